// Bad input gets a clear message naming the field, and changes nothing: malformed script lines,
// unknown commands, impossible dates, negative or malformed amounts, wrong identifiers, unknown
// fields, a command in the wrong stage.

#include "casetestbed.h"

#include "core/service/scriptrunner.h"

#include <QBuffer>
#include <QJsonArray>

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
    void textAndMoneyRules_data();
    void textAndMoneyRules();
    void storedTextIsTheAuditedText();
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

// The rules of core/domain/textrules.h and the money policy (commandinput.cpp): each bad value refused
// with its field named, the database unchanged by content; the good ones at the limits accepted.
void TestBadInput::textAndMoneyRules_data()
{
    QTest::addColumn<int>("stage");       // the case the command is given for
    QTest::addColumn<QJsonObject>("command");
    QTest::addColumn<QString>("field");   // the field the refusal names; empty: accepted
    QTest::addColumn<QString>("excerpt");
    const auto party = [](const QJsonValue &name) {
        return QJsonObject{{u"cmd"_s, u"add_party"_s}, {u"kind"_s, u"company"_s}, {u"name"_s, name}};
    };
    const auto milestone = [](const QJsonValue &description) {
        return QJsonObject{{u"cmd"_s, u"add_milestone"_s}, {u"due_on"_s, u"2026-12-20"_s}, {u"description"_s, description}};
    };
    const auto finding = [](const QJsonValue &text) {
        return QJsonObject{{u"cmd"_s, u"record_verification"_s}, {u"concluded_on"_s, u"2026-01-20"_s},
                           {u"damage_found"_s, true}, {u"finding"_s, text}};
    };
    const auto payment = [](const QJsonValue &amount) {
        return QJsonObject{{u"cmd"_s, u"record_payment"_s}, {u"paid_on"_s, u"2026-03-25"_s}, {u"amount"_s, amount}};
    };
    const int clue = int(Stage::Clue), verification = int(Stage::Verification), agreement = int(Stage::Agreement),
              restoration = int(Stage::Restoration);
    QTest::newRow("name as a number") << clue << party(12345) << u"name"_s << u"text"_s;
    QTest::newRow("name of 200 CJK characters") << clue << party(QString(200, QChar(0x6c5f))) << QString() << QString();
    QTest::newRow("name of 201 CJK characters") << clue << party(QString(201, QChar(0x6c5f))) << u"name"_s << u"201"_s;
    QTest::newRow("name of 200 characters outside the BMP")
        << clue << party(QString(u"𠀀"_s).repeated(200)) << QString() << QString();
    QTest::newRow("NUL") << clue << party(QString(u"上海"_s + QChar(0x0000) + u"某公司"_s)) << u"name"_s << u"U+0000"_s;
    QTest::newRow("escape character") << clue << party(QString(u"上海"_s + QChar(0x001b) + u"[31m某公司"_s)) << u"name"_s << u"U+001B"_s;
    QTest::newRow("C1 control") << clue << party(QString(u"上海"_s + QChar(0x0085) + u"某公司"_s)) << u"name"_s << u"U+0085"_s;
    QTest::newRow("tab in one line") << clue << party(u"上海\t某公司"_s) << u"name"_s << u"one line"_s;
    QTest::newRow("line break in one line") << clue << party(u"上海\n某公司"_s) << u"name"_s << u"one line"_s;
    QTest::newRow("lone high surrogate") << clue << party(QString(u"上海"_s + QChar(0xd840) + u"公司"_s)) << u"name"_s << u"half"_s;
    QTest::newRow("lone low surrogate") << clue << party(QString(u"上海"_s + QChar(0xdc00) + u"公司"_s)) << u"name"_s << u"half"_s;
    QTest::newRow("replacement character") << clue << party(u"上海\ufffd公司"_s) << u"name"_s << u"UTF-8"_s;
    QTest::newRow("right-to-left override") << clue << party(u"上海\u202e司公某"_s) << u"name"_s << u"U+202E"_s;
    QTest::newRow("noncharacter") << clue << party(u"上海\uffff公司"_s) << u"name"_s << u"U+FFFF"_s;
    QTest::newRow("paragraph keeps tab and newline") << verification << finding(u"一、土壤\t超标\n二、地下水未超标"_s) << QString() << QString();
    QTest::newRow("paragraph with CR alone") << verification << finding(u"一、土壤\r二、地下水"_s) << u"finding"_s << u"line break"_s;
    QTest::newRow("paragraph of 20,000 characters") << verification << finding(QString(20000, QChar(0x571f))) << QString() << QString();
    QTest::newRow("paragraph of 20,001 characters") << verification << finding(QString(20001, QChar(0x571f))) << u"finding"_s << u"20001"_s;
    QTest::newRow("paragraph as a list") << verification << finding(QJsonArray{u"土壤"_s}) << u"finding"_s << u"text"_s;
    QTest::newRow("one line of 200 in a milestone") << restoration << milestone(QString(200, u'x')) << QString() << QString();
    QTest::newRow("amount as a whole JSON number") << agreement << payment(1000) << QString() << QString();
    QTest::newRow("amount as a JSON number with fen") << agreement << payment(1000.5) << u"amount"_s << u"string"_s;
    QTest::newRow("amount as a JSON number with three decimals") << agreement << payment(12.345) << u"amount"_s << u"string"_s;
    QTest::newRow("amount as a JSON number beyond 2^53") << agreement << payment(1e17) << u"amount"_s << u"string"_s;
    QTest::newRow("amount as a negative JSON number") << agreement << payment(-5) << u"amount"_s << u"negative"_s;
    QTest::newRow("amount as a string with fen") << agreement << payment(u"1,000.05"_s) << QString() << QString();
    QTest::newRow("amount in exponent notation") << agreement << payment(u"1e3"_s) << u"amount"_s << u"1e3"_s;
    QTest::newRow("amount with a trailing dot") << agreement << payment(u"12."_s) << u"amount"_s << u"12."_s;
    QTest::newRow("amount as true") << agreement << payment(true) << u"amount"_s << u"amount"_s;
}

void TestBadInput::textAndMoneyRules()
{
    QFETCH(int, stage);
    QFETCH(QJsonObject, command);
    QFETCH(QString, field);
    QFETCH(QString, excerpt);
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage(stage));
    QVERIFY(!c.isEmpty());
    const auto before = bed.snapshot();
    command.insert(u"case"_s, c);
    auto r = bed.service().execute(command, u"tester"_s, test::CaseTestbed::today());
    if (field.isEmpty()) {
        QVERIFY2(r, qPrintable(r.errorString()));
        return;
    }
    QVERIFY(!r);
    QCOMPARE(r.problems().first().field, field);
    QVERIFY2(r.errorString().contains(excerpt), qPrintable(r.errorString()));
    QCOMPARE(bed.snapshot(), before);
}

// What the caseworker typed is what the row holds and what the audit entry says, character for
// character: tabs and line breaks of a paragraph, CJK beyond the BMP, emoji, combining marks.
void TestBadInput::storedTextIsTheAuditedText()
{
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Verification);
    const QString typed = u"一、土壤：\t铬 12.5 mg/kg（𠀀𡃁）\n二、地下水：未超标 ✅\n三、e\u0301valuation"_s;
    QVERIFY(!bed.apply(QJsonObject{{u"cmd"_s, u"record_verification"_s}, {u"concluded_on"_s, u"2026-01-20"_s},
                                   {u"damage_found"_s, true}, {u"finding"_s, QString(u"  "_s + typed + u"\r\n"_s)}}, c).isEmpty());
    const qint64 id = bed.service().resolve(c).value();
    const QSqlDatabase db = bed.database().connection();
    QCOMPARE(storage::scalar(db, u"SELECT finding FROM verifications WHERE case_id = ?"_s, {id}).value().toString(), typed);
    const QString payload = storage::scalar(db, u"SELECT payload FROM audit_log WHERE case_id = ? AND command = 'record_verification'"_s, {id})
                                .value().toString();
    QCOMPARE(QJsonDocument::fromJson(payload.toUtf8()).object().value(u"finding"_s).toString(), typed);
    QCOMPARE(bed.service().caseFile(c)->verification->finding, typed);
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
