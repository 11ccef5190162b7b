// The audit trail in words (issue 16, part 2): every table and column the migrations create has a label
// (so a new column cannot reach the trail as `table.column`), and real audit entries — written by the
// service for real commands — read in Chinese and in English as the expected texts below say: labels per
// table and column, choices by label, booleans 是/否, money in yuan, ids as the party, paper or case they name.

#include "casetestbed.h"

#include "core/domain/auditwording.h"
#include "core/service/casereader.h"
#include "core/storage/schema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QLocale>
#include <QTranslator>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using namespace ecoclaim::domain;
using ecoclaim::test::json;

class TestAuditWording : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyTableAndColumnHasALabel();
    void registrationInWords_data();
    void registrationInWords();
    void partyAndPaymentInWords_data();
    void partyAndPaymentInWords();
    void valuesOutsideTheFile();
    void cliShowsTheTrailInWords();
};

namespace {
// Installs the Chinese translation and locale for the scope, as core/i18n does (English: none, the source
// text, and the C locale).
struct Language
{
    QTranslator chinese;
    bool installed = false;
    explicit Language(const QString &language)
    {
        if (language == u"zh_CN"_s) {
            QLocale::setDefault(QLocale(u"zh_CN"_s)); // dates are written the Chinese way (core/domain/dateformat.h)
            if (!chinese.load(u":/i18n/ecoclaim_zh_CN.qm"_s))
                qFatal("the built-in Chinese translation is missing");
            installed = QCoreApplication::installTranslator(&chinese);
        }
    }
    ~Language()
    {
        if (installed)
            QCoreApplication::removeTranslator(&chinese);
        QLocale::setDefault(QLocale::c());
    }
};

QStringList linesOf(test::CaseTestbed &bed, const QString &caseNo, const QString &command)
{
    const CaseFile file = bed.service().caseFile(caseNo).value();
    const auto trail = bed.service().reader().auditTrail(file.id);
    if (!trail)
        qFatal("no audit trail");
    QStringList lines;
    for (const AuditEntry &e : trail.value())
        if (e.command == command)
            lines = auditChangeLines(e.changes, &file); // the last of its kind
    return lines;
}
} // namespace

void TestAuditWording::everyTableAndColumnHasALabel()
{
    test::CaseTestbed bed;
    auto tables = storage::schemaTables(bed.database().connection());
    QVERIFY2(tables, qPrintable(tables.errorString()));
    QVERIFY(tables->size() > 40);
    QStringList missing;
    int columns = 0;
    for (const storage::SchemaTable &t : tables.value()) {
        if (auditTableLabel(t.name).isEmpty())
            missing << t.name;
        for (const QString &c : t.columns) {
            ++columns;
            if (auditColumnLabel(t.name, c).isEmpty())
                missing << t.name + u'.' + c;
        }
    }
    QVERIFY(columns > 400);
    for (const QString &m : missing)
        qWarning().noquote() << "no label:" << m;
    QVERIFY2(missing.isEmpty(), qPrintable(u"no label: "_s + missing.join(u", "_s)));
}

void TestAuditWording::registrationInWords_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("zh_CN") << u"zh_CN"_s << QStringList{
        u"案件 · 线索渠道：（空） → 信访投诉、举报和媒体曝光涉及的案件线索"_s,
        u"案件 · 所属区：（空） → 浦东新区"_s,
        u"案件 · 重大案件：（空） → 是"_s,
        u"案件 · 接收日期：（空） → 2026年11月20日"_s,
        u"案件 · 办理阶段：（空） → 线索"_s,
        u"案件 · 承办部门：（空） → 区生态环境局"_s,
    };
    QTest::newRow("en") << u"en"_s << QStringList{
        u"Case · Clue channel: (empty) → Petitions, complaints, tip-offs or media reports"_s,
        u"Case · District: (empty) → Pudong New Area"_s,
        u"Case · Major case: (empty) → yes"_s,
        u"Case · Received on: (empty) → 20 Nov 2026"_s,
        u"Case · Stage: (empty) → Clue"_s,
        u"Case · Department: (empty) → District Bureau of Ecology and Environment"_s,
    };
}

void TestAuditWording::registrationInWords()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    test::CaseTestbed bed;
    const QString c = bed.apply(json(R"({"cmd":"register_clue","title":"浦东新区某码头排污案","district":"310115","unit":"district_ecology",
        "channel":"complaint","received_on":"2026-11-20","major":true,"major_reason":"涉及饮用水源"})"));
    QVERIFY(!c.isEmpty());
    Language lang(language);
    const QStringList lines = linesOf(bed, c, u"register_clue"_s);
    for (const QString &line : expected)
        QVERIFY2(lines.contains(line), qPrintable(line + u"\nnot among:\n"_s + lines.join(u'\n')));
    // No stored name is left: neither a table.column nor a raw key of a choice, nor an id.
    for (const QString &line : lines)
        QVERIFY2(!line.contains(u"cases"_s) && !line.endsWith(u"→ complaint"_s) && !line.contains(u"is_major"_s)
                     && !line.contains(u"district_ecology"_s) && !line.contains(u"_at"_s),
                 qPrintable(line));
}

void TestAuditWording::partyAndPaymentInWords_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("party");
    QTest::addColumn<QStringList>("payment");
    // %1: the case's number.
    QTest::newRow("zh_CN") << u"zh_CN"_s
        << QStringList{u"赔偿义务人 · 案件：（空） → %1"_s, u"赔偿义务人 · 主体类型：（空） → 法人"_s,
                       u"赔偿义务人 · 名称或姓名：（空） → 上海某化工有限公司"_s,
                       u"赔偿义务人 · 统一社会信用代码：（空） → 91310000MA1FL4T85Y"_s}
        << QStringList{u"缴款 · 金额：（空） → 120,000.50 元"_s, u"缴款 · 缴款日期：（空） → 2026年11月20日"_s,
                       u"缴款 · 案件：（空） → %1"_s, u"缴款 · 缴款人：（空） → 上海某化工有限公司"_s,
                       u"缴款 · 对应赔偿项目：（空） → 清除污染、修复生态环境费用"_s};
    QTest::newRow("en") << u"en"_s
        << QStringList{u"Liable party · Case: (empty) → %1"_s, u"Liable party · Kind of party: (empty) → Legal person (company or institution)"_s,
                       u"Liable party · Name: (empty) → 上海某化工有限公司"_s,
                       u"Liable party · Unified social credit code: (empty) → 91310000MA1FL4T85Y"_s}
        << QStringList{u"Payment · Amount: (empty) → 120,000.50 yuan"_s, u"Payment · Paid on: (empty) → 20 Nov 2026"_s,
                       u"Payment · Case: (empty) → %1"_s, u"Payment · Paid by: (empty) → 上海某化工有限公司"_s,
                       u"Payment · What it pays: (empty) → Costs of removing pollution and restoring the environment"_s};
}

void TestAuditWording::partyAndPaymentInWords()
{
    QFETCH(QString, language);
    QFETCH(QStringList, party);
    QFETCH(QStringList, payment);
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Investigation);
    QVERIFY(!bed.apply(json(R"({"cmd":"add_party","kind":"company","name":"上海某化工有限公司","credit_code":"91310000MA1FL4T85Y"})"), c).isEmpty());
    const QString agreed = bed.caseAt(Stage::Agreement);
    QVERIFY(!bed.apply(json(R"({"cmd":"record_payment","paid_on":"2026-11-20","amount":"120000.50","payer":"上海某化工有限公司",
        "category":"restoration_costs"})"), agreed).isEmpty());
    Language lang(language);
    const QStringList partyLines = linesOf(bed, c, u"add_party"_s);
    for (const QString &line : party)
        QVERIFY2(partyLines.contains(line.contains(u"%1"_s) ? line.arg(c) : line), qPrintable(line + u"\nnot among:\n"_s + partyLines.join(u'\n')));
    const QStringList paymentLines = linesOf(bed, agreed, u"record_payment"_s);
    for (const QString &line : payment)
        QVERIFY2(paymentLines.contains(line.contains(u"%1"_s) ? line.arg(agreed) : line),
                 qPrintable(line + u"\nnot among:\n"_s + paymentLines.join(u'\n')));
}

void TestAuditWording::valuesOutsideTheFile()
{
    Language lang(u"en"_s);
    // Without the case file an id reads as a record number; money and booleans need no file.
    QCOMPARE(auditValueText(u"payments", u"party_id", QJsonValue(7), nullptr), u"record 7"_s);
    QCOMPARE(auditValueText(u"payments", u"amount_fen", QJsonValue(12345), nullptr), u"123.45 yuan"_s);
    QCOMPARE(auditValueText(u"cases", u"is_major", QJsonValue(0), nullptr), u"no"_s);
    // A date as English writes it (issue 16 part 8); a stored value that is no date stays as stored.
    QCOMPARE(auditValueText(u"payments", u"paid_on", QJsonValue(u"2026-11-20"_s), nullptr), u"20 Nov 2026"_s);
    QCOMPARE(auditValueText(u"payments", u"paid_on", QJsonValue(u"2026-02-30"_s), nullptr), u"2026-02-30"_s);
    QCOMPARE(auditValueText(u"cases", u"title", QJsonValue(u"一二三四五六七八九十"_s), nullptr, 5), u"一二三四…"_s);
}

void TestAuditWording::cliShowsTheTrailInWords()
{
    test::CaseTestbed bed;
    const QString agreed = bed.caseAt(Stage::Agreement);
    QVERIFY(!bed.apply(json(R"({"cmd":"record_payment","paid_on":"2026-11-20","amount":"120000.50","payer":"上海某化工有限公司"})"), agreed).isEmpty());
    for (const auto &[language, expected] : {std::pair{u"en"_s, QStringList{u"Record a payment  by tester"_s,
                                                                             u"    Payment · Amount: (empty) → 120,000.50 yuan"_s,
                                                                             u"    Case · Stage: (empty) → Clue"_s,
                                                                             u"    Payment · Paid on: (empty) → 20 Nov 2026"_s}},
                                              std::pair{u"zh_CN"_s, QStringList{u"    缴款 · 金额：（空） → 120,000.50 元"_s,
                                                                                u"    案件 · 办理阶段：（空） → 线索"_s,
                                                                                u"    缴款 · 缴款日期：（空） → 2026年11月20日"_s}}}) {
        QProcess cli;
        cli.start(QStringLiteral(ECOCLAIM_BIN_DIR "/ecoclaim-cli"), {u"--db"_s, bed.path(), u"--lang"_s, language, u"audit"_s, u"show"_s, agreed});
        QVERIFY(cli.waitForFinished(60000));
        const QString printed = QString::fromUtf8(cli.readAllStandardOutput());
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY2(printed.startsWith(agreed + u"  "_s), qPrintable(printed.left(200)));
        for (const QString &line : expected)
            QVERIFY2(printed.contains(line), qPrintable(line));
        QVERIFY(!printed.contains(u"amount_fen"_s));
    }
    // --json keeps the stored names and values beside the words.
    QProcess cli;
    cli.start(QStringLiteral(ECOCLAIM_BIN_DIR "/ecoclaim-cli"), {u"--db"_s, bed.path(), u"--lang"_s, u"en"_s, u"audit"_s, u"show"_s, agreed, u"--json"_s});
    QVERIFY(cli.waitForFinished(60000));
    const QJsonObject o = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    QCOMPARE(o.value(u"case"_s).toString(), agreed);
    const QJsonObject last = o.value(u"entries"_s).toArray().last().toObject();
    QCOMPARE(last.value(u"command"_s).toString(), u"record_payment"_s);
    bool sawAmount = false;
    for (const QJsonValue &v : last.value(u"changes"_s).toArray()) {
        const QJsonObject c = v.toObject();
        if (c.value(u"field"_s).toString() != u"amount_fen"_s)
            continue;
        sawAmount = true;
        QCOMPARE(c.value(u"new"_s).toInteger(), 12000050);
        QCOMPARE(c.value(u"new_text"_s).toString(), u"120,000.50 yuan"_s);
        QCOMPARE(c.value(u"label"_s).toString(), u"Amount"_s);
    }
    QVERIFY(sawAmount);
    // A case that does not exist: refused with a message, nothing printed on standard output.
    cli.start(QStringLiteral(ECOCLAIM_BIN_DIR "/ecoclaim-cli"), {u"--db"_s, bed.path(), u"--lang"_s, u"en"_s, u"audit"_s, u"show"_s, u"2026-310116-9999"_s});
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY(cli.exitCode() != 0);
    QVERIFY(cli.readAllStandardOutput().isEmpty());
    QVERIFY(!cli.readAllStandardError().isEmpty());
}

QTEST_GUILESS_MAIN(TestAuditWording)
#include "tst_auditwording.moc"
