// The disclosure text of Art. 35 ¶2 (core/reports/disclosure.h) with personal data planted everywhere:
// the scenario clue-to-archive (tests/data) walked to its effect evaluation, with natural persons added as
// parties (two of one surname, one of a compound surname, an individual business and its operator, a
// contact and a reporter) and a sentence of personal data appended to every free-text field — names, ID
// numbers (GB 11643), a credit code (GB 32100), mobile and landline numbers, addresses, a bank card
// (Luhn) and a labelled account, plate numbers. None of it may remain in the text, the .txt, the PDF
// (pdftotext) or the JSON's sections; the company stays named; the masks are surname + 某 (甲/乙 when the
// surname repeats). Issuing files the PDF on the case (add_evidence: its SHA-256, the text's SHA-256 in the
// title, audited); a refused issue or bad input changes nothing. The demo cases' own party data is gone too.

#include "core/reports/disclosure.h"
#include "core/reports/personaldata.h"
#include "core/service/casereader.h"
#include "core/service/demoset.h"
#include "tests/service/casetestbed.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecoclaim;

namespace {
// Check digits computed outside the code under test (GB 11643 MOD 11-2, GB 32100 MOD 31, Luhn).
const QString IdZhangWei = u"310114198503122011"_s;   // a party's, in its party data
const QString IdPlanted = u"310112199007044028"_s;    // only written in the free text
const QString IdOldMan = u"11010519491231002X"_s;     // check character X
const QString CreditIndividual = u"92310114MA1K2B3C4A"_s; // the individual business's
const QString Card = u"6222021234567890128"_s;        // 19 digits, Luhn
const QString NotAnId = u"310115202601010011"_s;      // 18 digits failing the check: a monitoring number, kept

// Every item of personal data planted; none may be in a published text.
const QStringList Planted{u"张伟"_s, u"张敏"_s, u"欧阳娜娜"_s, u"王强"_s, u"李娜"_s, u"赵磊"_s, IdZhangWei, IdPlanted, IdOldMan,
                          CreditIndividual, Card, u"13912345678"_s, u"13698765432"_s, u"15800001111"_s, u"59590001"_s,
                          u"徐潘路100弄5号302室"_s, u"墨玉路28弄3号"_s, u"七莘路88号"_s, u"沪A12345"_s, u"沪AD12345"_s,
                          u"1001 2345 6789 0123"_s, u"62135080"_s};

// Appended to every free-text field of the scenario.
const QString Sentence = u"（走访记录：张伟，身份证号310112199007044028，家住上海市闵行区七莘路88号，手机15800001111，"
                         "驾驶沪A12345运输；张敏电话021-59590001，银行卡6222021234567890128，账号 1001 2345 6789 0123；"
                         "欧阳娜娜车辆沪AD12345；老人证件11010519491231002X；监测编号310115202601010011）"_s;

// For a field of one line (≤ 200 characters).
const QString ShortSentence = u"（张伟家住七莘路88号，手机15800001111，沪A12345）"_s;
bool oneLine(const QString &cmd, const QString &key)
{
    return key == u"site" || key == u"note" || (key == u"description" && cmd == u"add_milestone");
}

const QStringList FreeText{u"title"_s, u"site"_s, u"description"_s, u"finding"_s, u"damage_determination"_s, u"loss_scope"_s,
                           u"causation"_s, u"quantification"_s, u"scope"_s, u"degree"_s, u"summary"_s, u"restoration_terms"_s,
                           u"note"_s, u"completion_report"_s, u"achievement"_s, u"effect"_s, u"targets"_s, u"execution"_s,
                           u"payer"_s, u"judgment_summary"_s};

QString squeeze(QString s) { return s.remove(QRegularExpression(u"\\s+"_s)); }

QString pdfText(const QString &pdf)
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        qFatal("pdftotext (poppler-utils) is needed to read the PDF back");
    QProcess p;
    p.start(pdftotext, {u"-raw"_s, pdf, u"-"_s});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}
} // namespace

class TestDisclosure : public QObject
{
    Q_OBJECT

    test::CaseTestbed bed;
    QTemporaryDir dir;
    QString planted; // the case with personal data everywhere

    int cli(const QStringList &args, QString *output = nullptr, QString *errors = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(ECOCLAIM_BIN_DIR) + u"/ecoclaim-cli"_s,
                QStringList{u"--lang"_s, u"zh_CN"_s, u"--today"_s, u"2026-11-28"_s, u"--actor"_s, u"信息公开专员"_s, u"--db"_s, bed.path()} + args);
        p.waitForFinished(120000);
        if (output)
            *output = QString::fromUtf8(p.readAllStandardOutput());
        if (errors)
            *errors = QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    static void assertClean(const QString &text, const QString &where)
    {
        const QString flat = squeeze(text);
        for (const QString &item : Planted)
            QVERIFY2(!flat.contains(squeeze(item)), qPrintable(where + u": "_s + item + u" remains"_s));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        auto demo = service::loadDemoSet(bed.service(), test::CaseTestbed::today());
        QVERIFY2(demo, qPrintable(demo.errorString()));
        QFile script(QStringLiteral(ECOCLAIM_SOURCE_DIR) + u"/tests/data/scenario-clue-to-archive.jsonl"_s);
        QVERIFY(script.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = script.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.trimmed().isEmpty() || line.startsWith('#'))
                continue;
            QJsonObject c = QJsonDocument::fromJson(line).object();
            const QString cmd = c.value(u"cmd"_s).toString();
            if (cmd == u"archive_case" || cmd == u"add_evidence" || cmd == u"close_case")
                continue; // stays open: an issued text is filed on the case
            c.remove(u"ref"_s);
            for (const QString &key : FreeText)
                if (c.contains(key) && key != u"payer" && key != u"title")
                    c.insert(key, QString(c.value(key).toString() + (oneLine(cmd, key) ? ShortSentence : Sentence)));
            if (cmd == u"register_clue")
                c.insert(u"reporter"_s, u"赵磊 13698765432"_s);
            if (cmd == u"record_payment" && c.value(u"note"_s).toString().contains(u"末期"_s)) {
                // The last instalment paid by a natural person, named in the payer field.
                c.insert(u"payer"_s, u"张伟"_s);
                c.insert(u"note"_s, u"张伟个人代缴，联系电话13912345678"_s);
            }
            if (cmd == u"hold_consultation_round" && c.value(u"held_on"_s).toString() == u"2025-06-18")
                c.insert(u"summary"_s, QString(c.value(u"summary"_s).toString() + u"证人孙丽丽在场。"_s)); // no party data names her
            const QString no = bed.apply(c, planted);
            QVERIFY2(!no.isEmpty(), qPrintable(QString::fromUtf8(line)));
            planted = no;
            if (cmd == u"add_party") {
                // The natural persons: two of one surname, one of a compound surname, an individual business.
                for (const char *party : {R"({"cmd":"add_party","kind":"person","name":"张伟","id_number":"310114198503122011",
                        "address":"上海市嘉定区徐行镇徐潘路100弄5号302室","contact":"李娜（配偶）13912345678"})",
                                          R"({"cmd":"add_party","kind":"person","name":"张敏","address":"上海市嘉定区安亭镇墨玉路28弄3号",
                        "contact":"6213 5080"})",
                                          R"({"cmd":"add_party","kind":"person","name":"欧阳娜娜"})",
                                          R"({"cmd":"add_party","kind":"individual_business","name":"嘉定区徐行镇强盛废品回收站",
                        "credit_code":"92310114MA1K2B3C4A","representative":"王强","address":"上海市嘉定区徐行镇徐潘路100弄5号302室"})"})
                    QVERIFY(!bed.apply(test::json(party), planted).isEmpty());
            }
        }
    }

    void checkDigitsAreChecked()
    {
        for (const QString &id : {IdZhangWei, IdPlanted, IdOldMan})
            QVERIFY2(reports::isResidentIdNumber(id), qPrintable(id));
        QVERIFY(!reports::isResidentIdNumber(NotAnId));
        QVERIFY(!reports::isResidentIdNumber(u"310114198503122012"_s)); // one check digit off
        QVERIFY(reports::isCreditCode(CreditIndividual));
        QVERIFY(reports::isCreditCode(u"91310114MA1H3N6P62"_s)); // the scenario company's
        QVERIFY(!reports::isCreditCode(u"91310114MA1H3N6P63"_s));
        QVERIFY(reports::passesLuhn(Card));
        QVERIFY(!reports::passesLuhn(u"6222021234567890127"_s));
        QCOMPARE(reports::surnameOf(u"欧阳娜娜"_s), u"欧阳"_s);
        QCOMPARE(reports::surnameOf(u"张伟"_s), u"张"_s);
    }

    void nothingPlantedRemains()
    {
        auto d = reports::composeDisclosure(bed.service().reader(), planted);
        QVERIFY2(d, qPrintable(d.errorString()));
        const QString text = d->text();
        assertClean(text, u"text"_s);
        // The masks, as the rule has them: surname + 某, 甲/乙 for the two 张 in the order they were added.
        for (const QString &mask : {u"张某甲"_s, u"张某乙"_s, u"欧阳某"_s})
            QVERIFY2(text.contains(mask), qPrintable(mask));
        QVERIFY(text.contains(u"上海嘉禾印染有限公司"_s)); // a company stays named
        QVERIFY(text.contains(NotAnId));                 // a number failing the ID check is not taken for one
        // Each section of Art. 35 ¶2 is there with the case's facts.
        QCOMPARE(d->sections.size(), 6);
        QVERIFY(text.contains(u"上海申环环境损害司法鉴定所"_s));
        QVERIFY(text.contains(u"（2025）沪03民特41号"_s));
        QVERIFY(text.contains(u"640,000.00"_s)); // paid: 240,000 + 200,000 + 200,000
        // The review list names each planted item with what replaced it.
        QHash<QString, QString> replaced;
        for (const reports::Replacement &r : d->replacements)
            replaced.insert(r.original, r.replacement);
        QCOMPARE(replaced.value(u"张伟"_s), u"张某甲"_s);
        QCOMPARE(replaced.value(u"张敏"_s), u"张某乙"_s);
        QCOMPARE(replaced.value(u"欧阳娜娜"_s), u"欧阳某"_s);
        for (const QString &item : {IdPlanted, IdOldMan, Card, u"沪A12345"_s, u"沪AD12345"_s})
            QVERIFY2(replaced.contains(item), qPrintable(item));
    }

    void draftFilesAreCleanAndChangeNothing()
    {
        const auto before = bed.snapshot();
        const QString pdf = dir.filePath(u"draft.pdf"_s), txt = dir.filePath(u"draft.txt"_s);
        QString output, errors;
        QCOMPARE(cli({u"disclosure"_s, planted, u"--pdf"_s, pdf, u"--txt"_s, txt}, &output, &errors), 0);
        QVERIFY2(errors.contains(u"张伟"_s), "the review list names what was replaced");
        QFile f(txt);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        assertClean(text, u"txt"_s);
        QVERIFY(text.contains(u"张某甲"_s));
        const QString fromPdf = pdfText(pdf);
        QVERIFY2(squeeze(fromPdf).contains(u"上海嘉禾印染有限公司"_s), qPrintable(fromPdf.left(400)));
        assertClean(fromPdf, u"pdf"_s);
        QCOMPARE(cli({u"disclosure"_s, planted, u"--json"_s}, &output, &errors), 0);
        const QJsonObject json = QJsonDocument::fromJson(output.toUtf8()).object();
        assertClean(QString::fromUtf8(QJsonDocument(json.value(u"sections"_s).toArray()).toJson()), u"json sections"_s);
        QCOMPARE(bed.snapshot(), before);
    }

    void aNameTheReviewerAddsIsMasked()
    {
        auto without = reports::composeDisclosure(bed.service().reader(), planted);
        QVERIFY(without);
        QVERIFY(without->text().contains(u"孙丽丽"_s)); // nothing in the case says she is a person
        QString output;
        QCOMPARE(cli({u"disclosure"_s, planted, u"--mask"_s, u"孙丽丽"_s}, &output), 0);
        QVERIFY(!output.contains(u"孙丽丽"_s));
        QVERIFY(output.contains(u"证人孙某在场"_s));
    }

    void issuingFilesTheReviewedText()
    {
        const QString pdf = dir.filePath(u"issued.pdf"_s), txt = dir.filePath(u"issued.txt"_s);
        QString output, errors;
        QCOMPARE(cli({u"disclosure"_s, planted, u"--issue"_s, u"--reviewed-by"_s, u"周审核"_s, u"--pdf"_s, pdf, u"--txt"_s, txt, u"--mask"_s,
                      u"孙丽丽"_s},
                     &output, &errors),
                 0);
        const QString textHash = sha256Of(txt);
        QVERIFY(!textHash.isEmpty());
        auto file = bed.service().reader().caseFile(planted);
        QVERIFY(file);
        const domain::EvidenceItem &filed = file->evidence.last();
        QCOMPARE(filed.sha256, sha256Of(pdf));
        QVERIFY2(filed.title.contains(textHash), qPrintable(filed.title));
        QVERIFY(filed.title.contains(u"周审核"_s));
        QCOMPARE(file->timeline.last().command, u"add_evidence"_s);
        auto audit = bed.service().reader().auditTrail(file->id);
        QVERIFY(audit);
        QCOMPARE(audit->last().command, u"add_evidence"_s);
        QCOMPARE(audit->last().actor, u"信息公开专员"_s);
        assertClean(pdfText(pdf), u"issued pdf"_s);
        QVERIFY(squeeze(pdfText(pdf)).contains(u"周审核"_s));
    }

    void badInputChangesNothing()
    {
        const auto before = bed.snapshot();
        QString output, errors;
        QCOMPARE(cli({u"disclosure"_s, u"2099-310000-9999"_s}, &output, &errors), 1);
        QVERIFY(!errors.isEmpty());
        QCOMPARE(cli({u"disclosure"_s, planted, u"--issue"_s, u"--pdf"_s, dir.filePath(u"x.pdf"_s)}, &output, &errors), 2); // no reviewer
        QCOMPARE(cli({u"disclosure"_s, planted, u"--pdf"_s, u"/nonexistent/d.pdf"_s}, &output, &errors), 1);
        QVERIFY2(errors.contains(u"/nonexistent/d.pdf"_s), qPrintable(errors));
        QVERIFY(!QFile::exists(dir.filePath(u"x.pdf"_s)));
        // An archived case: the text can be drafted, not filed; the refused issue leaves no PDF behind.
        QString archived;
        auto count = bed.service().reader().caseCount();
        QVERIFY(count);
        for (qint64 id = 1; id <= count.value() && archived.isEmpty(); ++id)
            if (auto f = bed.service().reader().caseFile(id); f && f->stage == domain::Stage::Archived)
                archived = f->number;
        QVERIFY2(!archived.isEmpty(), "the demo set has no archived case");
        const QString refusedPdf = dir.filePath(u"refused.pdf"_s);
        QCOMPARE(cli({u"disclosure"_s, archived, u"--issue"_s, u"--reviewed-by"_s, u"周审核"_s, u"--pdf"_s, refusedPdf}, &output, &errors), 1);
        QVERIFY(!QFile::exists(refusedPdf));
        QCOMPARE(bed.snapshot(), before);
    }

    // The demo cases: whatever personal data their parties carry is not in their disclosure texts.
    void demoCasesCarryNoPartyData()
    {
        auto count = bed.service().reader().caseCount();
        QVERIFY(count);
        int checked = 0, persons = 0;
        for (qint64 id = 1; id <= count.value(); ++id) {
            auto f = bed.service().reader().caseFile(id);
            if (!f || f->number == planted)
                continue;
            const QString text = squeeze(reports::composeDisclosure(f.value()).text());
            for (const domain::Party &p : f->parties) {
                QStringList secret{p.idNumber};
                if (p.kind == u"person") {
                    secret << p.name << p.address;
                    ++persons;
                }
                for (const QString &s : secret)
                    QVERIFY2(s.trimmed().isEmpty() || !text.contains(squeeze(s)), qPrintable(f->number + u": "_s + s));
                if (p.kind == u"company")
                    QVERIFY2(text.contains(squeeze(p.name)), qPrintable(p.name)); // companies named
            }
            ++checked;
        }
        QVERIFY(checked >= 10);
        qInfo("%d demo cases checked, %d natural persons among their parties", checked, persons);
    }
};

QTEST_MAIN(TestDisclosure)
#include "tst_disclosure.moc"
