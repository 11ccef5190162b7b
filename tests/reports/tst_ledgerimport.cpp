// Spreadsheets in, a legacy case ledger (core/import/caseledger.h): each row brought to the stage the
// ledger says through the ordinary commands, on SQLite and PostgreSQL. A ledger of four rows at four
// stages — in UTF-8 CSV, in GB18030 CSV (a fixture written by Python's codec, outside the program) and in a
// hand-made XLSX with date cells — gives exactly those cases with those dates, stages and numbers (all
// written here); the ledger's case numbers are kept and the program's later numbers never collide with
// them; bad rows get exactly the row / column / message / article written here and change nothing
// (content fingerprint); an undo gives every table back as it was; the command line does the same.

#include "core/import/caseledger.h"
#include "core/reports/annualreport.h"
#include "tests/common/tablebits.h"
#include "tests/reports/tst_ledgerstages.h"
#include "tests/reports/xlsxfixture.h"
#include "tests/service/casetestbed.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using namespace ecoclaim::importing;

namespace {
const QByteArray Header = "案件编号,案件名称,所属区,承办部门,线索来源,接收日期,办理阶段,赔偿义务人,核查日期,核查结论,立案日期,"
                          "鉴定评估方式,鉴定评估机构,委托鉴定日期,鉴定报告期限,鉴定事项,义务人类型\r\n";
const QByteArray GoodRows =
    "2023-310118-0007,青浦区某厂违法排污,青浦区,district_ecology,complaint,2023/3/2,立案,上海某化工有限公司,2023/3/20,"
    "经核查已造成地表水损害,2023年4月3日,,,,,,法人\r\n"
    "沪浦环损〔2024〕12号,浦东新区某码头油污,浦东新区,区生态环境局,inspection,2024-06-10,鉴定评估,上海某航运有限公司,2024-06-28,"
    "码头溢油造成近岸水体损害,2024-07-05,institution,上海某环境损害司法鉴定中心,2024-07-20,2024-10-20,损害确认、因果关系与损害量化,company\r\n"
    ",金山区某河道污染线索,金山区,district_ecology,complaint,2025-09-01,初步核查,,,,,,,,,,\r\n"
    ",宝山区某仓库粉尘,310113,district_ecology,routine_supervision,2025-11-03,线索,,,,,,,,,,\r\n";

// What each of the four rows must become.
struct Expected
{
    QString number, title, district, channel;
    domain::Stage stage;
    QDate received, verificationStarted, verified, filed, commissioned;
    QString party, institution;
};
const QList<Expected> GoodCases = {
    {u"2023-310118-0007"_s, u"青浦区某厂违法排污"_s, u"310118"_s, u"complaint"_s, domain::Stage::Investigation, QDate(2023, 3, 2),
     QDate(2023, 3, 2), QDate(2023, 3, 20), QDate(2023, 4, 3), {}, u"上海某化工有限公司"_s, {}},
    {u"沪浦环损〔2024〕12号"_s, u"浦东新区某码头油污"_s, u"310115"_s, u"inspection"_s, domain::Stage::Investigation, QDate(2024, 6, 10),
     QDate(2024, 6, 10), QDate(2024, 6, 28), QDate(2024, 7, 5), QDate(2024, 7, 20), u"上海某航运有限公司"_s, u"上海某环境损害司法鉴定中心"_s},
    // No number in the ledger: the program's, the first of Jinshan's 2025 series and of Baoshan's.
    {u"2025-310116-0001"_s, u"金山区某河道污染线索"_s, u"310116"_s, u"complaint"_s, domain::Stage::Verification, QDate(2025, 9, 1),
     QDate(2025, 9, 1), {}, {}, {}, {}, {}},
    {u"2025-310113-0001"_s, u"宝山区某仓库粉尘"_s, u"310113"_s, u"routine_supervision"_s, domain::Stage::Clue, QDate(2025, 11, 3),
     {}, {}, {}, {}, {}, {}},
};

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(ECOCLAIM_SOURCE_DIR) + u"/tests/reports/data/import/"_s + QString::fromUtf8(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

// The same ledger as a hand-made workbook: headers as shared strings, text as inline strings, dates as date
// cells (style 1) on the 1900 epoch — serials computed outside the program (Python: days since 1899-12-30).
QByteArray ledgerXlsx()
{
    const QStringList headers = QString::fromUtf8(Header).trimmed().split(u',');
    QByteArray shared, sheet = "<row r=\"1\">";
    for (int c = 0; c < headers.size(); ++c) {
        shared += "<si><t>" + headers.at(c).toUtf8() + "</t></si>";
        sheet += "<c r=\"" + QString(QChar(u'A' + c)).toLatin1() + "1\" t=\"s\"><v>" + QByteArray::number(c) + "</v></c>";
    }
    sheet += "</row>";
    // Per row: cells as text, "#serial" for a date cell.
    const QList<QStringList> rows{
        {u"2023-310118-0007"_s, u"青浦区某厂违法排污"_s, u"青浦区"_s, u"district_ecology"_s, u"complaint"_s, u"#44987"_s, u"立案"_s,
         u"上海某化工有限公司"_s, u"#45005"_s, u"经核查已造成地表水损害"_s, u"#45019"_s, {}, {}, {}, {}, {}, u"法人"_s},
        {u"沪浦环损〔2024〕12号"_s, u"浦东新区某码头油污"_s, u"浦东新区"_s, u"区生态环境局"_s, u"inspection"_s, u"#45453"_s, u"鉴定评估"_s,
         u"上海某航运有限公司"_s, u"#45471"_s, u"码头溢油造成近岸水体损害"_s, u"#45478"_s, u"institution"_s, u"上海某环境损害司法鉴定中心"_s,
         u"#45493"_s, u"#45585"_s, u"损害确认、因果关系与损害量化"_s, u"company"_s},
        {{}, u"金山区某河道污染线索"_s, u"金山区"_s, u"district_ecology"_s, u"complaint"_s, u"#45901"_s, u"初步核查"_s},
        {{}, u"宝山区某仓库粉尘"_s, u"310113"_s, u"district_ecology"_s, u"routine_supervision"_s, u"#45964"_s, u"线索"_s},
    };
    for (int r = 0; r < rows.size(); ++r) {
        const QByteArray n = QByteArray::number(r + 2);
        sheet += "<row r=\"" + n + "\">";
        for (int c = 0; c < rows.at(r).size(); ++c) {
            const QString v = rows.at(r).at(c);
            if (v.isEmpty())
                continue;
            const QByteArray ref = QString(QChar(u'A' + c)).toLatin1() + n;
            if (v.startsWith(u'#'))
                sheet += "<c r=\"" + ref + "\" s=\"1\"><v>" + v.mid(1).toLatin1() + "</v></c>";
            else
                sheet += "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + v.toUtf8() + "</t></is></c>";
        }
        sheet += "</row>";
    }
    return test::zipOf(test::workbookParts(sheet, shared, false));
}

// The refusal of a stage the import does not take (written out once: three tests use it).
const QString Litigation = u"Stage \"诉讼\" is not taken by a ledger import (it takes clue, preliminary verification, filed, appraisal, "
                           "consultation, agreement, restoration, evaluation, closed, transferred, not applicable, no damage, not "
                           "initiated and terminated): a suit (Art. 25) and an archived file (Art. 42) rest on records a ledger does "
                           "not hold. The row is refused rather than imported as something it was not; import the case up to its "
                           "last stage taken and record the rest through its own steps.|"_s;

QMap<QString, QByteArray> withoutHistory(QMap<QString, QByteArray> fp)
{
    fp.remove(u"audit_log"_s);
    fp.remove(u"import_batches"_s);
    fp.remove(u"import_batch_cases"_s);
    for (const QString &t : {u"case_fts_data"_s, u"case_fts_idx"_s, u"case_grams_data"_s, u"case_grams_idx"_s})
        fp.remove(t);
    return fp;
}

} // namespace

class TestLedgerImport : public QObject
{
    Q_OBJECT

    test::CaseTestbed bed;
    QTemporaryDir dir;

    QMap<QString, QByteArray> fingerprint() { return test::contentFingerprint(bed.database().connection(), test::Derived::Include); }

    ImportReport run(const QByteArray &bytes, bool dryRun)
    {
        ImportOptions o;
        o.mapping.command = caseLedgerCommand();
        o.dryRun = dryRun;
        o.today = test::CaseTestbed::today();
        o.actor = u"importer"_s;
        return importCases(bed.service(), bytes, u"ledger.csv"_s, o);
    }

    int cli(const QStringList &args, QString *output = nullptr)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(ECOCLAIM_BIN_DIR) + u"/ecoclaim-cli"_s,
                QStringList{u"--lang"_s, u"en"_s, u"--today"_s, u"2026-11-28"_s, u"--db"_s, bed.path()} + args);
        p.waitForFinished(180000);
        if (output)
            *output = QString::fromUtf8(p.readAll());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    static QStringList errorLines(const ImportReport &r)
    {
        QStringList got;
        for (const RowError &e : r.errors)
            got << u"%1|%2|%3|%4|%5"_s.arg(e.row).arg(e.column, e.header, e.message, e.article);
        return got;
    }

    void compareCases(const ImportReport &report)
    {
        QCOMPARE(report.cases.size(), GoodCases.size());
        for (qsizetype i = 0; i < GoodCases.size(); ++i) {
            const Expected &e = GoodCases.at(i);
            QCOMPARE(report.cases.at(i).second, e.number);
            auto file = bed.service().caseFile(e.number);
            QVERIFY2(file, qPrintable(e.number + u": "_s + file.errorString()));
            QCOMPARE(file->number, e.number);
            QCOMPARE(file->title, e.title);
            QCOMPARE(file->districtCode, e.district);
            QCOMPARE(file->unit, u"district_ecology"_s);
            QCOMPARE(file->channel, e.channel);
            QCOMPARE(file->stage, e.stage);
            QCOMPARE(file->receivedOn, e.received);
            QCOMPARE(file->verification.has_value(), e.verificationStarted.isValid());
            if (file->verification) {
                QCOMPARE(file->verification->startedOn, e.verificationStarted);
                QCOMPARE(file->verification->concludedOn, e.verified);
                QCOMPARE(file->verification->damageFound, e.verified.isValid() ? std::optional<bool>(true) : std::nullopt);
            }
            QCOMPARE(file->investigation.has_value(), e.filed.isValid());
            if (file->investigation)
                QCOMPARE(file->investigation->filedOn, e.filed);
            QCOMPARE(file->appraisals.size(), e.commissioned.isValid() ? 1 : 0);
            if (e.commissioned.isValid()) {
                QCOMPARE(file->appraisals.first().commissionedOn, e.commissioned);
                QCOMPARE(file->appraisals.first().dueOn, QDate(2024, 10, 20));
                QCOMPARE(file->appraisals.first().institution, e.institution);
                QCOMPARE(file->appraisals.first().mode, u"institution"_s);
            }
            QCOMPARE(file->parties.size(), e.party.isEmpty() ? 0 : 1);
            if (!e.party.isEmpty())
                QCOMPARE(file->parties.first().name, e.party);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        // A clue typed before the import: Qingpu's 2023 series is at 1.
        bed.apply(test::json(R"j({"cmd":"register_clue","title":"已有线索","district":"青浦区","unit":"district_ecology",
            "channel":"complaint","received_on":"2023-01-05"})j"));
        QCOMPARE(bed.service().caseFile(u"2023-310118-0001"_s)->title, u"已有线索"_s);
    }

    void badRowsAreReportedAndNothingChanges()
    {
        const QByteArray csv = Header + QByteArray(
            "2023-310118-0009,好行,青浦区,district_ecology,complaint,2023-03-02,线索,,,,,,,,,\r\n"                       // row 2: good
            ",立案早于核查,金山区,district_ecology,complaint,2024-05-01,立案,,2024-05-10,已造成损害,2024-05-08,,,,,\r\n"   // row 3
            ",已起诉,金山区,district_ecology,complaint,2024-05-01,诉讼,,,,,,,,,\r\n"                                     // row 4
            ",核查早于接收,金山区,district_ecology,complaint,2024-05-01,立案,,2024-04-20,已造成损害,2024-06-01,,,,,\r\n"  // row 5
            "2023-310115-0003,别区编号,青浦区,district_ecology,complaint,2023-03-02,线索,,,,,,,,,\r\n"                   // row 6
            ",线索却有立案日期,金山区,district_ecology,complaint,2024-05-01,线索,,,,2024-06-01,,,,,\r\n"                 // row 7
            "2023-310118-0001,编号已被占用,青浦区,district_ecology,complaint,2023-03-02,线索,,,,,,,,,\r\n"                // row 8
            ",未到期鉴定,金山区,district_ecology,complaint,2024-05-01,鉴定评估,,2024-05-10,已造成损害,2024-05-20,institution,某中心,2024-06-01,,\r\n" // row 9
            "2021-310118-0002,编号早于接收年份,青浦区,district_ecology,complaint,2023-03-02,线索,,,,,,,,,\r\n");       // row 10
        const auto before = fingerprint();
        for (bool dryRun : {true, false}) {
            const ImportReport r = run(csv, dryRun);
            QCOMPARE(r.rows, 9);
            QVERIFY(!r.applied);
            QVERIFY(r.cases.isEmpty());
            const QStringList expected{
                u"3|K|立案日期|The case cannot be filed before the verification concluded.|Art. 13"_s,
                u"4|G|办理阶段|"_s + Litigation,
                u"5|I|核查日期|The conclusion cannot come before verification started.|Art. 13"_s,
                u"6|A|案件编号|A case number of the form YEAR-DISTRICT-SERIAL must name the case's own district.|Art. 6"_s,
                u"7|K|立案日期|The row says the case is at stage \"线索\" but has a value for Filed on, a later step: correct the stage "
                "or the value.|"_s,
                u"8|A|案件编号|Case number 2023-310118-0001 is already taken by another case.|"_s,
                u"9|||Commissioning an institution needs its name, the items of the commission and the time limit.|Art. 16"_s,
                u"10|A|案件编号|The year in the case number cannot be before the year the clue was received, nor after this year.|"_s,
            };
            QCOMPARE(errorLines(r), expected);
            QVERIFY(test::sameTables(fingerprint(), before));
        }
    }

    void contradictionsAndUnknownStagesAreRefused()
    {
        const auto before = fingerprint();
        const ImportReport r = run("案件名称,所属区,承办部门,线索来源,接收日期,办理阶段,索赔金额\r\n"
                                   "有金额的案件,金山区,district_ecology,complaint,2024-05-01,线索,120000\r\n"
                                   "无阶段,金山区,district_ecology,complaint,2024-05-01,,\r\n"
                                   "怪阶段,金山区,district_ecology,complaint,2024-05-01,待定,\r\n", false);
        QCOMPARE(errorLines(r),
                 (QStringList{u"2|G|索赔金额|The row says the case is at stage \"线索\" but has a value for Amount claimed, a later step: "
                              "correct the stage or the value.|"_s,
                              u"3|F|办理阶段|The stage the case has reached is required.|"_s,
                              u"4|F|办理阶段|Stage \"待定\" is none of: clue (线索), preliminary verification (初步核查), filed (立案·损害调查), "
                              "appraisal (鉴定评估), consultation (磋商), agreement (协议), restoration (修复), evaluation (修复效果评估), "
                              "closed (结案), transferred (已移送), not applicable (不适用), no damage (未造成损害), not initiated "
                              "(不启动索赔), terminated (终止索赔).|"_s}));
        QVERIFY(test::sameTables(fingerprint(), before));
    }

    void goodLedgerImportsAndUndoes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("CSV UTF-8") << QByteArray(Header + GoodRows) << u"UTF-8"_s;
        QTest::newRow("CSV GB18030") << fixture("ledger-gb18030.csv") << u"GB18030"_s;
        QTest::newRow("XLSX by hand, date cells") << ledgerXlsx() << u"XLSX"_s;
    }
    void goodLedgerImportsAndUndoes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const auto before = fingerprint();
        const ImportReport dry = run(bytes, true);
        QVERIFY2(dry.ok(), qPrintable(dry.toText()));
        QCOMPARE(dry.encoding, encoding);
        QVERIFY(test::sameTables(fingerprint(), before));

        const ImportReport r = run(bytes, false);
        QVERIFY2(r.ok(), qPrintable(r.toText()));
        QVERIFY(r.applied);
        QCOMPARE(dry.cases, r.cases);
        compareCases(r);
        // Each case's timeline: the ordinary commands, in order, dated as the ledger says.
        auto qingpu = bed.service().caseFile(u"2023-310118-0007"_s);
        QStringList commands;
        for (const domain::TimelineEvent &e : qingpu->timeline)
            commands << e.command;
        QCOMPARE(commands, (QStringList{u"register_clue"_s, u"start_verification"_s, u"record_verification"_s, u"file_case"_s,
                                        u"add_party"_s}));
        QStringList dates;
        for (const domain::TimelineEvent &e : qingpu->timeline)
            dates << e.occurredOn.toString(Qt::ISODate);
        QCOMPARE(dates, (QStringList{u"2023-03-02"_s, u"2023-03-02"_s, u"2023-03-20"_s, u"2023-04-03"_s, u"2026-11-28"_s}));

        auto undone = bed.service().undoImportBatch(r.batchId, u"importer"_s);
        QVERIFY2(undone, qPrintable(undone.errorString()));
        QCOMPARE(undone->caseNumbers.size(), 4);
        // Every table as before — Qingpu's 2023 series back at 1, Jinshan's and Baoshan's 2025 series gone.
        QVERIFY(test::sameTables(withoutHistory(fingerprint()), withoutHistory(before)));
    }

    // Issue 13 part 6, the later stages: six cases at consultation, agreement, restoration, evaluation and
    // closed (with restoration, and in money only) come in as if recorded step by step — stage, dates,
    // amounts, deadlines, the 2025 annual report's figures — and an undo gives every table back.
    void laterStagesImportAsIfRecordedStepByStep_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("CSV UTF-8") << test::ledgerstages::csvOf(test::ledgerstages::goodRows()) << u"UTF-8"_s;
        QTest::newRow("XLSX, date cells") << test::ledgerstages::xlsxOf(test::ledgerstages::goodRows()) << u"XLSX"_s;
    }
    void laterStagesImportAsIfRecordedStepByStep()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const auto before = fingerprint();
        const ImportReport dry = run(bytes, true);
        QVERIFY2(dry.ok(), qPrintable(dry.toText()));
        QCOMPARE(dry.encoding, encoding);
        QVERIFY(test::sameTables(fingerprint(), before));

        const ImportReport r = run(bytes, false);
        QVERIFY2(r.ok(), qPrintable(r.toText()));
        const QList<std::pair<int, QString>> numbers{{2, u"2025-310112-0001"_s}, {3, u"2025-310112-0002"_s}, {4, u"2025-310112-0003"_s},
                                                     {5, u"2025-310112-0004"_s}, {6, u"2025-310112-0005"_s}, {7, u"2025-310112-0006"_s}};
        QCOMPARE(r.cases, numbers);
        auto file = [&](int i) { return bed.service().caseFile(numbers.at(i).second).value(); };
        const QList<domain::Stage> stages{domain::Stage::Consultation, domain::Stage::Agreement, domain::Stage::Restoration,
                                          domain::Stage::Evaluation,   domain::Stage::Closed,    domain::Stage::Closed};
        const qint64 yuan = 100; // fen
        for (int i = 0; i < 6; ++i) {
            const domain::CaseFile f = file(i);
            QCOMPARE(f.stage, stages.at(i));
            QCOMPARE(f.parties.size(), 1);
            QCOMPARE(f.parties.first().name, u"上海某某化工有限公司"_s);
            // The appraisal's opinion of 28 April with the amount claimed in the ledger's category (Art. 5, 17).
            QCOMPARE(f.appraisals.size(), 1);
            QCOMPARE(f.appraisals.first().completedOn, QDate(2025, 4, 28));
            QCOMPARE(f.appraisals.first().amounts.restorationCosts.fen(), i == 5 ? 0 : 500000 * yuan);
            QCOMPARE(f.appraisals.first().amounts.interimLoss.fen(), i == 5 ? 320000 * yuan : 0);
            QVERIFY(f.investigation && f.investigation->concludedOn == QDate(2025, 4, 28));
            QCOMPARE(f.investigation->proposal, u"consultation"_s);
            // The notice: served 14 May, the first meeting 28 May (also the end of the reply period), agreed.
            QCOMPARE(f.notices.size(), 1);
            QCOMPARE(f.notices.first().servedOn, QDate(2025, 5, 14));
            QCOMPARE(f.notices.first().meetingOn, QDate(2025, 5, 28));
            QCOMPARE(f.notices.first().replyDueOn, QDate(2025, 5, 28));
            QCOMPARE(f.notices.first().serviceMethod, u"direct"_s);
            QCOMPARE(f.notices.first().reply, u"agreed"_s);
            QCOMPARE(f.rounds.size(), i == 0 || i == 5 ? 1 : 2);
            QCOMPARE(f.rounds.last().heldOn, i == 0 || i == 5 ? QDate(2025, 5, 28) : QDate(2025, 6, 11));
            QCOMPARE(f.agreement.has_value(), i > 0);
            QCOMPARE(f.restoration.has_value(), i >= 2 && i <= 4);
        }
        // Consultation: the one open deadline is the 90 days from service (Art. 22): 14 May + 90 = 12 August 2025.
        QSqlQuery q(bed.database().connection());
        auto openDeadlines = [&](int i) {
            q.prepare(u"SELECT kind, due_on FROM deadlines WHERE case_no = ? ORDER BY kind"_s);
            q.addBindValue(numbers.at(i).second);
            QStringList out;
            if (q.exec())
                while (q.next())
                    out << q.value(0).toString() + u' ' + q.value(1).toString();
            return out;
        };
        QCOMPARE(openDeadlines(0), QStringList{u"consultation_period 2025-08-12"_s});
        // Agreement: 450,000 yuan of restoration costs signed 18 June, confirmed by the court 25 July, 200,000 paid.
        QCOMPARE(file(1).agreement->signedOn, QDate(2025, 6, 18));
        QCOMPARE(file(1).agreement->amounts.restorationCosts.fen(), 450000 * yuan);
        QVERIFY(!file(1).agreement->moneyOnly);
        QVERIFY(file(1).agreement->confirmationClause);
        QCOMPARE(file(1).confirmations.size(), 1);
        QCOMPARE(file(1).confirmations.first().appliedOn, QDate(2025, 6, 20));
        QCOMPARE(file(1).confirmations.first().ruledOn, QDate(2025, 7, 25));
        QCOMPARE(file(1).confirmations.first().confirmed, std::optional<bool>(true));
        QCOMPARE(file(1).confirmations.first().rulingNo, u"（2025）沪03民特12号"_s);
        QCOMPARE(file(1).payments.size(), 1);
        QCOMPARE(file(1).payments.first().amount.fen(), 200000 * yuan);
        QCOMPARE(file(1).payments.first().paidOn, QDate(2025, 7, 30));
        QVERIFY(file(2).confirmations.isEmpty());
        // Restoration by a third party from 5 August; completed 15 October, evaluated as passed 20 November.
        QCOMPARE(file(2).restoration->startedOn, QDate(2025, 8, 5));
        QCOMPARE(file(2).restoration->executor, u"third_party"_s);
        QVERIFY(!file(2).restoration->completedOn.isValid());
        QCOMPARE(file(3).restoration->completedOn, QDate(2025, 10, 15));
        QCOMPARE(file(3).evaluations.size(), 1);
        QCOMPARE(file(3).evaluations.first().evaluatedOn, QDate(2025, 11, 20));
        QVERIFY(file(3).evaluations.first().passed);
        QCOMPARE(file(3).evaluations.first().method, u"institution"_s);
        // Closed in money only: 300,000 yuan of interim loss, no restoration.
        QVERIFY(file(5).agreement->moneyOnly);
        QCOMPARE(file(5).agreement->amounts.interimLoss.fen(), 300000 * yuan);
        QCOMPARE(file(5).agreement->amounts.restorationCosts.fen(), 0);
        for (int i : {4, 5})
            QCOMPARE(openDeadlines(i), QStringList{});
        // The closed case's timeline: the ordinary commands, in order, dated as the ledger says (the party on
        // the day the investigation concluded, which identified it).
        QStringList commands, dates;
        for (const domain::TimelineEvent &e : file(4).timeline) {
            commands << e.command;
            dates << e.occurredOn.toString(Qt::ISODate);
        }
        QCOMPARE(commands, (QStringList{u"register_clue"_s, u"start_verification"_s, u"record_verification"_s, u"file_case"_s,
                                        u"commission_appraisal"_s, u"record_appraisal_result"_s, u"conclude_investigation"_s,
                                        u"add_party"_s, u"draft_restoration_plan"_s, u"start_consultation"_s,
                                        u"serve_consultation_notice"_s, u"record_notice_reply"_s, u"hold_consultation_round"_s,
                                        u"hold_consultation_round"_s, u"sign_agreement"_s, u"record_payment"_s,
                                        u"start_restoration"_s, u"complete_restoration"_s, u"record_effect_evaluation"_s,
                                        u"close_case"_s}));
        QCOMPARE(dates, (QStringList{u"2025-01-06"_s, u"2025-01-06"_s, u"2025-01-20"_s, u"2025-02-03"_s, u"2025-02-10"_s,
                                     u"2025-04-28"_s, u"2025-04-28"_s, u"2025-04-28"_s, u"2025-04-28"_s, u"2025-05-14"_s,
                                     u"2025-05-14"_s, u"2025-05-14"_s, u"2025-05-28"_s, u"2025-06-11"_s, u"2025-06-18"_s,
                                     u"2025-07-30"_s, u"2025-08-05"_s, u"2025-10-15"_s, u"2025-11-20"_s, u"2025-12-10"_s}));

        // Minhang's 2025 annual report reads them as typed cases: counted by hand from the rows above.
        auto report = reports::annualReport(bed.service(), reports::ReportScope{u"310112"_s, {}}, 2025);
        QVERIFY2(report, qPrintable(report.errorString()));
        const reports::ReportTable *atEnd = report->table(u"stages"_s);
        QVERIFY(atEnd);
        QCOMPARE(atEnd->figure(u"consultation"_s, u"cases"_s)->cases, QStringList{numbers.at(0).second});
        QCOMPARE(atEnd->figure(u"agreement"_s, u"cases"_s)->cases, QStringList{numbers.at(1).second});
        QCOMPARE(atEnd->figure(u"restoration"_s, u"cases"_s)->cases, QStringList{numbers.at(2).second});
        QCOMPARE(atEnd->figure(u"evaluation"_s, u"cases"_s)->cases, QStringList{numbers.at(3).second});
        QCOMPARE(atEnd->value(u"closed"_s, u"cases"_s), 2);
        QCOMPARE(atEnd->value(u"investigation"_s, u"cases"_s), 0);
        const reports::ReportTable *amounts = report->table(u"amounts"_s);
        QVERIFY(amounts);
        QCOMPARE(amounts->value(u"restoration_costs"_s, u"appraised"_s), 5 * 500000 * yuan);
        QCOMPARE(amounts->value(u"interim_loss"_s, u"appraised"_s), 320000 * yuan);
        QCOMPARE(amounts->value(u"restoration_costs"_s, u"agreed"_s), 4 * 450000 * yuan);
        QCOMPARE(amounts->value(u"interim_loss"_s, u"agreed"_s), 300000 * yuan);
        const reports::ReportTable *money = report->table(u"money"_s);
        QVERIFY(money);
        QCOMPARE(money->value(u"agreed"_s, u"number"_s), 5);
        QCOMPARE(money->value(u"agreed"_s, u"amount"_s), (4 * 450000 + 300000) * yuan);
        QCOMPARE(money->value(u"paid"_s, u"number"_s), 5);
        QCOMPARE(money->value(u"paid"_s, u"amount"_s), (200000 + 3 * 450000 + 300000) * yuan);
        const reports::ReportTable *evaluations = report->table(u"evaluations"_s);
        QVERIFY(evaluations);
        QCOMPARE(evaluations->value(u"total"_s, u"passed"_s), 2);

        auto undone = bed.service().undoImportBatch(r.batchId, u"importer"_s);
        QVERIFY2(undone, qPrintable(undone.errorString()));
        QCOMPARE(undone->caseNumbers.size(), 6);
        QVERIFY(test::sameTables(withoutHistory(fingerprint()), withoutHistory(before)));
    }

    // An impossible ledger is refused by row with the rule's article, and the new columns' bad values with
    // a message naming the column; nothing changes.
    void impossibleLaterRowsAreRefusedWithTheArticle()
    {
        using namespace test::ledgerstages;
        QList<QMap<QString, QString>> rows{
            with(baseRow(u"无金额类别"_s, u"磋商"_s), {{u"金额类别"_s, {}}}),                                             // 2
            with(baseRow(u"金额类别不明"_s, u"磋商"_s), {{u"金额类别"_s, u"罚款"_s}}),                                   // 3
            with(baseRow(u"告知书送达过晚"_s, u"磋商"_s), {{u"磋商告知书送达日期"_s, u"2025-05-26"_s}}),                 // 4
            with(agreed(u"协议早于末次磋商"_s, u"协议"_s), {{u"协议签订日期"_s, u"2025-06-05"_s}}),                       // 5
            with(agreed(u"支付多于协议"_s, u"协议"_s), {{u"已支付金额"_s, u"500000"_s}, {u"支付日期"_s, u"2025-07-30"_s}}), // 6
            with(with(agreed(u"结案早于评估"_s, u"结案"_s), goodRows().at(4)), {{u"案件名称"_s, u"结案早于评估"_s}, {u"结案日期"_s, u"2025-11-10"_s}}), // 7
            with(agreed(u"未修复即结案"_s, u"结案"_s), {{u"已支付金额"_s, u"450000"_s}, {u"支付日期"_s, u"2025-07-30"_s},
                                                       {u"结案日期"_s, u"2025-08-01"_s}}),                              // 8
            with(baseRow(u"已起诉"_s, u"诉讼"_s), {}),                                                                    // 9
            with(baseRow(u"无鉴定意见日期"_s, u"磋商"_s), {{u"鉴定意见出具日期"_s, {}}}),                                 // 10
            with(baseRow(u"负数索赔"_s, u"鉴定评估"_s), {{u"索赔金额"_s, u"-100"_s}, {u"磋商告知书送达日期"_s, {}},
                                                        {u"送达方式"_s, {}}, {u"磋商日期"_s, {}}}),                      // 11
            with(baseRow(u"磋商却有协议日期"_s, u"磋商"_s), {{u"协议签订日期"_s, u"2025-06-18"_s}}),                     // 12
            with(agreed(u"协议早于告知书"_s, u"协议"_s), {{u"磋商告知书送达日期"_s, u"2025-06-20"_s}}),                   // 13
        };
        const auto before = fingerprint();
        for (bool dryRun : {true, false}) {
            const ImportReport r = run(csvOf(rows), dryRun);
            QCOMPARE(r.rows, 12);
            QVERIFY(!r.applied);
            QVERIFY(r.cases.isEmpty());
            const QStringList expected{
                u"2|T|索赔金额|Amount claimed is a total, and amounts are kept by the categories of Art. 5: name its category in the "
                "column Category of the amounts (期间损失, 永久性损害损失, 鉴定评估费用, 修复费用 or 应急处置费用).|Art. 5"_s,
                u"3|S|金额类别|\"罚款\" is not a category of Art. 5: write 期间损失, 永久性损害损失, 鉴定评估费用, 修复费用 or 应急处置费用.|Art. 5"_s,
                u"4|U|磋商告知书送达日期|The notice must be served at least five working days before the meeting.|Art. 19"_s,
                u"5|X|协议签订日期|The agreement cannot be signed before the last consultation round.|Art. 23"_s,
                u"6|AE|已支付金额|The payment is more than what remains due: at most 450,000.00 yuan may be paid.|Art. 34"_s,
                u"7|AM|结案日期|The case cannot be closed before the restoration-effect evaluation.|Art. 29"_s,
                u"8|AM|结案日期|The agreement or judgment provides for restoration (or restoration began): the case closes only after "
                "the restoration-effect evaluation has passed.|Art. 29"_s,
                u"9|G|办理阶段|"_s + Litigation,
                u"10|R|鉴定意见出具日期|Completed on is required.|"_s,
                u"11|T|索赔金额|Clean-up and restoration costs: “-100”: amounts cannot be negative.|"_s,
                u"12|X|协议签订日期|The row says the case is at stage \"磋商\" but has a value for Agreement signed on, a later step: correct "
                "the stage or the value.|"_s,
                // The agreement before the notice: the notice's first meeting (28 May) comes before its service.
                u"13|U|磋商告知书送达日期|The notice must be served at least five working days before the meeting.|Art. 19"_s,
                u"13|U|磋商告知书送达日期|The reply deadline must fall between service and the meeting.|Art. 19 ¶2"_s,
            };
            QCOMPARE(errorLines(r), expected);
            QVERIFY(test::sameTables(fingerprint(), before));
        }
    }

    // The outcomes a ledger may name instead of a stage: a clue transferred (Art. 13 ¶2), declared outside
    // the rules (Art. 4) or closed without damage (Art. 13), a claim not initiated (Art. 14) or terminated
    // after filing (Art. 14 ¶2) — each the ordinary steps up to where its columns say, then the outcome's
    // command; their bad values refused with column and article.
    void outcomesOfAClueOrAClaim()
    {
        const QByteArray header = "案件名称,所属区,承办部门,线索来源,接收日期,办理阶段,赔偿义务人,义务人类型,核查日期,核查结论,立案日期,"
                                  "处理日期,处理理由,情况说明,移送单位\r\n";
        const QByteArray good =
            "松江区某林地毁坏线索,松江区,district_ecology,complaint,2025-03-03,已移送,,,,,,2025-03-10,涉及林地破坏，属林业主管部门职责,,区绿化市容局\r\n"
            "松江区某河道轻微污染,松江区,district_ecology,complaint,2025-04-01,不启动索赔,,,2025-04-15,已造成轻微损害,,2025-04-20,"
            "环境污染或者生态破坏行为造成的生态环境损害显著轻微，且不需要赔偿的,,\r\n"
            "松江区某厂已赔偿案件,松江区,district_ecology,inspection,2025-05-06,终止索赔,上海某某有限公司,法人,2025-05-20,已造成土壤损害,"
            "2025-05-26,2025-06-30,赔偿义务人已经履行赔偿义务的,,\r\n"
            "松江区某入海口油污线索,松江区,district_ecology,complaint,2025-06-02,不适用,,,,,,2025-06-05,"
            "涉及海洋生态环境损害赔偿的，适用海洋环境保护法等法律及相关规定,已告知海事部门,\r\n"
            "松江区某沟渠异味线索,松江区,district_ecology,complaint,2025-07-01,未造成损害,,,2025-07-20,经监测未发现生态环境损害,,"
            "2025-07-25,,,\r\n";
        const auto before = fingerprint();
        const ImportReport r = run(header + good, false);
        QVERIFY2(r.ok(), qPrintable(r.toText()));
        const QStringList numbers{u"2025-310117-0001"_s, u"2025-310117-0002"_s, u"2025-310117-0003"_s, u"2025-310117-0004"_s,
                                  u"2025-310117-0005"_s};
        QCOMPARE(r.cases, (QList<std::pair<int, QString>>{{2, numbers.at(0)}, {3, numbers.at(1)}, {4, numbers.at(2)},
                                                          {5, numbers.at(3)}, {6, numbers.at(4)}}));
        auto timeline = [&](const QString &number) {
            QStringList out;
            const domain::CaseFile file = bed.service().caseFile(number).value(); // kept: the loop reads its timeline
            for (const domain::TimelineEvent &e : file.timeline)
                out << e.command + u' ' + e.occurredOn.toString(Qt::ISODate);
            return out;
        };
        const QStringList wrongBits = test::tableBitsDisagreeing(bed.database().connection()); // migration 0015
        QVERIFY2(wrongBits.isEmpty(), qPrintable(wrongBits.join(u"; "_s)));
        QCOMPARE(bed.service().caseFile(numbers.at(0))->stage, domain::Stage::Transferred);
        QCOMPARE(timeline(numbers.at(0)), (QStringList{u"register_clue 2025-03-03"_s, u"transfer_clue 2025-03-10"_s}));
        QCOMPARE(bed.service().caseFile(numbers.at(1))->stage, domain::Stage::NotInitiated);
        QCOMPARE(timeline(numbers.at(1)), (QStringList{u"register_clue 2025-04-01"_s, u"start_verification 2025-04-01"_s,
                                                       u"record_verification 2025-04-15"_s, u"decide_not_to_initiate 2025-04-20"_s}));
        QCOMPARE(bed.service().caseFile(numbers.at(2))->stage, domain::Stage::Terminated);
        QCOMPARE(timeline(numbers.at(2)), (QStringList{u"register_clue 2025-05-06"_s, u"start_verification 2025-05-06"_s,
                                                       u"record_verification 2025-05-20"_s, u"file_case 2025-05-26"_s,
                                                       u"add_party 2025-06-30"_s, u"terminate_claim 2025-06-30"_s}));
        // Art. 4: the exclusion in the rule's own words; Art. 13: the verification found no damage, the clue closed.
        const domain::CaseFile outside = bed.service().caseFile(numbers.at(3)).value();
        QCOMPARE(outside.stage, domain::Stage::NotApplicable);
        QCOMPARE(timeline(numbers.at(3)), (QStringList{u"register_clue 2025-06-02"_s, u"declare_not_applicable 2025-06-05"_s}));
        QCOMPARE(bed.service().caseFile(numbers.at(4))->stage, domain::Stage::NoDamage);
        QCOMPARE(timeline(numbers.at(4)), (QStringList{u"register_clue 2025-07-01"_s, u"start_verification 2025-07-01"_s,
                                                       u"record_verification 2025-07-20"_s, u"close_without_damage 2025-07-25"_s}));
        const domain::CaseFile noDamage = bed.service().caseFile(numbers.at(4)).value();
        QVERIFY(noDamage.verification && noDamage.verification->damageFound.has_value() && !*noDamage.verification->damageFound);
        QCOMPARE(noDamage.verification->finding, u"经监测未发现生态环境损害"_s);
        auto report = reports::annualReport(bed.service(), reports::ReportScope{u"310117"_s, {}}, 2025);
        QVERIFY2(report, qPrintable(report.errorString()));
        const reports::ReportTable *atEnd = report->table(u"stages"_s);
        QCOMPARE(atEnd->figure(u"transferred"_s, u"cases"_s)->cases, QStringList{numbers.at(0)});
        QCOMPARE(atEnd->figure(u"not_initiated"_s, u"cases"_s)->cases, QStringList{numbers.at(1)});
        QCOMPARE(atEnd->figure(u"terminated"_s, u"cases"_s)->cases, QStringList{numbers.at(2)});
        QCOMPARE(atEnd->figure(u"not_applicable"_s, u"cases"_s)->cases, QStringList{numbers.at(3)});
        QCOMPARE(atEnd->figure(u"no_damage"_s, u"cases"_s)->cases, QStringList{numbers.at(4)});
        auto undone = bed.service().undoImportBatch(r.batchId, u"importer"_s);
        QVERIFY2(undone, qPrintable(undone.errorString()));
        QVERIFY(test::sameTables(withoutHistory(fingerprint()), withoutHistory(before)));

        const auto beforeBad = fingerprint();
        const ImportReport bad = run(header + QByteArray(
            "理由不明,松江区,district_ecology,complaint,2025-05-06,终止,上海某某有限公司,法人,2025-05-20,已造成损害,2025-05-26,2025-06-30,资金困难,,\r\n"
            "未写接收单位,松江区,district_ecology,complaint,2025-03-03,移送,,,,,,2025-03-10,属林业主管部门职责,,\r\n"
            "立案却有处理日期,松江区,district_ecology,complaint,2025-03-03,立案,,,2025-03-10,已造成损害,2025-03-12,2025-03-20,,,\r\n"
            "情形不明,松江区,district_ecology,complaint,2025-06-02,不适用,,,,,,2025-06-05,与本区无关,,\r\n"
            "未写核查日期,松江区,district_ecology,complaint,2025-07-01,未造成损害,,,,,,2025-07-25,,,\r\n"), false);
        QCOMPARE(errorLines(bad),
                 (QStringList{u"2|M|处理理由|Reason: \"资金困难\" is not one of: already_compensated, court_judgment_covers, "
                              "minor_no_compensation, obligor_extinct, licensed_discharge, other, investigation_conclusion, "
                              "public_interest_handover.|"_s,
                              u"3|O|移送单位|Receiving department is required.|Art. 13 ¶2"_s,
                              u"4|L|处理日期|Decided or transferred on belongs to an outcome (transferred, not applicable, no damage, "
                              "not initiated, terminated) but the row says the case is at stage \"立案\": correct the stage or the value.|"_s,
                              u"5|M|处理理由|Exclusion: \"与本区无关\" is not one of: personal_injury_or_property, marine, "
                              "historical_no_obligor.|"_s,
                              u"6|I|核查日期|Concluded on is required.|"_s, u"6|J|核查结论|Finding is required.|Art. 13"_s}));
        QVERIFY(test::sameTables(fingerprint(), beforeBad));
    }

    void ledgerNumbersNeverCollideWithTheProgramsNumbers()
    {
        const ImportReport r = run(Header + GoodRows, false);
        QVERIFY2(r.ok(), qPrintable(r.toText()));
        // A clue typed afterwards in Qingpu, received in 2023: after the ledger's 0007, never 0002…0007.
        auto typed = bed.apply(test::json(R"j({"cmd":"register_clue","title":"补录线索","district":"310118","unit":"district_ecology",
            "channel":"inspection","received_on":"2023-06-01"})j"));
        QCOMPARE(typed, u"2023-310118-0008"_s);
        // A legacy number in the bureau's own form cannot be given twice either.
        const ImportReport again = run(Header + "沪浦环损〔2024〕12号,重号,浦东新区,district_ecology,inspection,2024-06-10,线索,,,,,,,,,\r\n", false);
        QCOMPARE(errorLines(again), QStringList{u"2|A|案件编号|Case number 沪浦环损〔2024〕12号 is already taken by another case.|"_s});
        // An undo now gives back only what is still the last number taken: Qingpu's series stays at 8.
        auto undone = bed.service().undoImportBatch(r.batchId, u"importer"_s);
        QVERIFY2(undone, qPrintable(undone.errorString()));
        auto next = bed.apply(test::json(R"j({"cmd":"register_clue","title":"再补录","district":"310118","unit":"district_ecology",
            "channel":"inspection","received_on":"2023-07-01"})j"));
        QCOMPARE(next, u"2023-310118-0009"_s);
    }

    void undoIsRefusedOnceACaseMovedOn()
    {
        const ImportReport r = run(Header + GoodRows.split('\n').at(2) + "\n", false); // the Jinshan row, at verification
        QVERIFY2(r.ok(), qPrintable(r.toText()));
        const QString number = r.cases.first().second;
        bed.apply(test::json(R"({"cmd":"record_verification","concluded_on":"2025-09-20","damage_found":"no","finding":"未见损害"})"),
                  number);
        const auto before = fingerprint();
        auto refused = bed.service().undoImportBatch(r.batchId, u"importer"_s);
        QVERIFY(!refused);
        QCOMPARE(refused.problems().first().message,
                 u"Import batch %1 cannot be undone: case %2 (row 2) — it has been worked on since the import (record_verification on "
                 "its timeline). Nothing was removed; correct or close that case through its own commands instead."_s
                     .arg(r.batchId).arg(number));
        QVERIFY(test::sameTables(fingerprint(), before));
    }

    void commandLine()
    {
        QFile f(dir.filePath(u"ledger.csv"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(fixture("ledger-gb18030.csv"));
        f.close();
        const QString bad = dir.filePath(u"bad.csv"_s);
        QFile b(bad);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(Header + ",立案早于核查,金山区,district_ecology,complaint,2024-05-01,立案,,2024-05-10,已造成损害,2024-05-08,,,,,\r\n");
        b.close();
        const auto before = fingerprint();
        QString output;
        QCOMPARE(cli({u"import"_s, u"cases"_s, bad}, &output), 1);
        QVERIFY2(output.contains(u"row 2, column K (立案日期): The case cannot be filed before the verification concluded. [Art. 13]"_s),
                 qPrintable(output));
        QVERIFY(test::sameTables(fingerprint(), before));
        QCOMPARE(cli({u"import"_s, u"cases"_s, f.fileName(), u"--dry-run"_s, u"--json"_s}, &output), 0);
        QCOMPARE(QJsonDocument::fromJson(output.toUtf8()).object().value(u"kind"_s).toString(), u"cases"_s);
        QVERIFY(test::sameTables(fingerprint(), before));
        QCOMPARE(cli({u"import"_s, u"cases"_s, f.fileName()}, &output), 0);
        QVERIFY2(output.contains(u"Imported 4 cases as batch"_s), qPrintable(output));
        QVERIFY(output.contains(u"row 3 → 沪浦环损〔2024〕12号"_s));
        QCOMPARE(bed.service().caseFile(u"沪浦环损〔2024〕12号"_s)->stage, domain::Stage::Investigation);
    }
};

QTEST_GUILESS_MAIN(TestLedgerImport)
#include "tst_ledgerimport.moc"
