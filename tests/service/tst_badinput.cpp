// Bad input gets a clear message naming the field, and changes nothing: malformed script lines,
// unknown commands, impossible dates, negative or malformed amounts, wrong identifiers, unknown
// fields, a command in the wrong stage.

#include "casetestbed.h"

#include "core/service/scriptrunner.h"

#include <QBuffer>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using namespace ecoclaim::domain;
using ecoclaim::test::json;

class TestBadInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusedWithAClearMessage_data();
    void refusedWithAClearMessage();
    void scriptStopsAtTheFirstBadLine_data();
    void scriptStopsAtTheFirstBadLine();
    void identifiersAreNormalisedBeforeTheyAreChecked();
};

void TestBadInput::refusedWithAClearMessage_data()
{
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<QString>("field");   // the field the first problem names ("" for case-level)
    QTest::addColumn<QString>("excerpt"); // a piece of the message

    QTest::newRow("unknown command") << QByteArray(R"({"cmd":"sign_everything"})") << u"cmd"_s << u"sign_everything"_s;
    QTest::newRow("no command") << QByteArray(R"({"title":"x"})") << u"cmd"_s << u"cmd"_s;
    QTest::newRow("impossible date")
        << QByteArray(R"({"cmd":"record_verification","concluded_on":"2026-02-30","damage_found":true,"finding":"有"})")
        << u"concluded_on"_s << u"2026-02-30"_s;
    QTest::newRow("date in the wrong shape")
        << QByteArray(R"({"cmd":"record_verification","concluded_on":"2026/02/03","damage_found":true,"finding":"有"})")
        << u"concluded_on"_s << u"YYYY-MM-DD"_s;
    QTest::newRow("date in the future")
        << QByteArray(R"({"cmd":"record_verification","concluded_on":"2027-01-05","damage_found":true,"finding":"有"})")
        << u"concluded_on"_s << u"future"_s;
    QTest::newRow("not a boolean")
        << QByteArray(R"({"cmd":"record_verification","concluded_on":"2026-01-20","damage_found":"maybe","finding":"有"})")
        << u"damage_found"_s << u"true or false"_s;
    QTest::newRow("missing required field")
        << QByteArray(R"({"cmd":"record_verification","concluded_on":"2026-01-20","damage_found":true})") << u"finding"_s
        << u"required"_s;
    QTest::newRow("unknown field")
        << QByteArray(R"({"cmd":"record_verification","concluded_on":"2026-01-20","damage_found":true,"finding":"有","findng":"x"})")
        << u"findng"_s << u"findng"_s;
    QTest::newRow("wrong stage") << QByteArray(R"({"cmd":"sign_agreement","signed_on":"2026-01-20"})") << QString()
                                 << u"Clue"_s;
    QTest::newRow("negative amount") << QByteArray(R"({"cmd":"record_payment","paid_on":"2026-03-25","amount":"-100"})")
                                     << u"amount"_s << u"negative"_s;
    QTest::newRow("amount with three decimals")
        << QByteArray(R"({"cmd":"record_payment","paid_on":"2026-03-25","amount":"12.345"})") << u"amount"_s << u"12.345"_s;
    QTest::newRow("amount that is not a number")
        << QByteArray(R"({"cmd":"record_payment","paid_on":"2026-03-25","amount":"十万元"})") << u"amount"_s << u"十万元"_s;
    QTest::newRow("impossible month")
        << QByteArray(R"({"cmd":"add_milestone","due_on":"2026-13-01","description":"x"})") << u"due_on"_s << u"2026-13-01"_s;
}

void TestBadInput::refusedWithAClearMessage()
{
    QFETCH(QByteArray, command);
    QFETCH(QString, field);
    QFETCH(QString, excerpt);
    test::CaseTestbed bed;
    const QByteArray tag = QTest::currentDataTag();
    const Stage stage = tag == "wrong stage" ? Stage::Clue
        : (tag.startsWith("amount") || tag.startsWith("negative") || tag.startsWith("impossible month")) ? Stage::Agreement
                                                                                                    : Stage::Verification;
    const QString c = bed.caseAt(stage);
    const auto before = bed.snapshot();
    const Problems p = bed.refuse(QJsonDocument::fromJson(command).object(), c);
    QVERIFY2(!p.isEmpty(), "not refused");
    QCOMPARE(p.first().field, field);
    QVERIFY2(p.toString().contains(excerpt), qPrintable(p.toString()));
    QCOMPARE(bed.snapshot(), before);
}

void TestBadInput::scriptStopsAtTheFirstBadLine_data()
{
    QTest::addColumn<QByteArray>("badLine");
    QTest::addColumn<QString>("excerpt");
    QTest::newRow("malformed JSON") << QByteArray(R"({"cmd":"add_party", "name": )") << u"JSON"_s;
    QTest::newRow("JSON array") << QByteArray(R"(["add_party"])") << u"JSON"_s;
    QTest::newRow("credit code with a wrong check character")
        << QByteArray(R"({"cmd":"add_party","case":"A","kind":"company","name":"某公司","credit_code":"91310000132200821J"})")
        << u"91310000132200821"_s;
    QTest::newRow("ID number with an impossible birth date")
        << QByteArray(R"({"cmd":"add_party","case":"A","kind":"person","name":"某人","id_number":"110105194902300021"})")
        << u"birth"_s;
    QTest::newRow("a district outside Shanghai")
        << QByteArray(R"({"cmd":"register_clue","title":"t","district":"苏州市","unit":"water","channel":"complaint","received_on":"2026-01-05"})")
        << u"苏州市"_s;
}

void TestBadInput::scriptStopsAtTheFirstBadLine()
{
    QFETCH(QByteArray, badLine);
    QFETCH(QString, excerpt);
    test::CaseTestbed bed;
    QByteArray script = R"({"cmd":"register_clue","ref":"A","title":"崇明区某湿地破坏案","district":"崇明区","unit":"district_greening","channel":"complaint","received_on":"2026-01-05"})"
                        "\n"
                        R"({"cmd":"start_verification","case":"A","started_on":"2026-01-06"})"
                        "\n";
    const int goodLines = 2 + badLine.count('\n');
    script += badLine + "\n" + R"({"cmd":"record_verification","case":"A","concluded_on":"2026-01-20","damage_found":true,"finding":"有"})";
    QBuffer buffer(&script);
    QVERIFY(buffer.open(QIODevice::ReadOnly));

    // What the good lines write, applied alone in a second database, is what must be there.
    const service::ScriptReport report = service::runScript(bed.service(), buffer, u"tester"_s, test::CaseTestbed::today());
    QCOMPARE(report.failedLine, goodLines + 1);
    QCOMPARE(report.applied, goodLines);
    QVERIFY2(report.errorString().contains(excerpt), qPrintable(report.errorString()));
    QVERIFY(report.errorString().startsWith(u"line %1:"_s.arg(goodLines + 1)));
    // The line after the refused one never ran: the case is still in verification without a conclusion.
    auto file = bed.service().caseFile(report.outcomes.first().caseNumber);
    QVERIFY(file);
    QCOMPARE(file->stage, Stage::Verification);
    QVERIFY(!file->verification->concludedOn.isValid());
    QCOMPARE(file->parties.size(), 0);
}

void TestBadInput::identifiersAreNormalisedBeforeTheyAreChecked()
{
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Clue);
    QVERIFY(!bed.apply(json(R"({"cmd":"add_party","kind":"company","name":"宝武","credit_code":" 91310000132200821h "})"), c).isEmpty());
    auto file = bed.service().caseFile(c);
    QCOMPARE(file->parties.first().creditCode, u"91310000132200821H"_s);
    // The same code written differently is the same party.
    const Problems p = bed.refuse(json(R"({"cmd":"add_party","kind":"company","name":"宝武集团","credit_code":"91310000132200821H"})"), c);
    QCOMPARE(p.size(), 1);
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
