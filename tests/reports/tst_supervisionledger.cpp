// The supervision ledger of major cases (Art. 39, core/reports/supervisionledger.h over
// CaseReader::majorCaseLedger) on the demo set and a new major clue: every case marked major is in it —
// also those without an open deadline, which the timetable of open deadlines (the old ledger) leaves out —
// with its latest timeline event and its open deadlines exactly as the reader's whole case file and due list
// say; a district narrows it to that district's major cases. A report made upward is recorded through the
// real command line (`ledger report`, the command report_major_case: audited, on the timeline) and shows
// in the ledger's JSON, PDF (pdftotext), CSV and XLSX (read back from the ZIP) with the values written
// here; one on a case that is not major, dated in the future or before the clue, without content, or on an
// archived case is refused with its reason and changes nothing.

#include "core/reports/supervisionledger.h"
#include "core/service/casereader.h"
#include "core/service/dashboard.h"
#include "core/service/demoset.h"
#include "tests/service/casetestbed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace ecoclaim;

namespace {
const QString ReportedTo = u"上海市生态环境局"_s;
const QString Content = u"已完成应急处置，启动损害调查（宝环报〔2026〕7号）"_s;
const QString MajorReason = u"突发环境事件，影响长江口水域"_s;

// RFC 4180 rows (quoted fields may hold commas, quotes and line breaks).
QList<QStringList> parseCsv(QString text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    return rows;
}

// The cells of the first sheet's rows, by column (A = 0), shared strings resolved.
QList<QStringList> readXlsx(const QString &path)
{
    const QString unzip = QStandardPaths::findExecutable(u"unzip"_s);
    if (unzip.isEmpty())
        qFatal("unzip is needed to read the workbook back");
    auto member = [&](const QString &name) {
        QProcess p;
        p.start(unzip, {u"-p"_s, path, name});
        p.waitForFinished(60000);
        return p.readAllStandardOutput();
    };
    QStringList shared;
    QXmlStreamReader strings(member(u"xl/sharedStrings.xml"_s));
    while (!strings.atEnd())
        if (strings.readNext() == QXmlStreamReader::StartElement && strings.name() == u"t")
            shared << strings.readElementText();
    QXmlStreamReader xml(member(u"xl/worksheets/sheet1.xml"_s));
    QList<QStringList> rows;
    int column = 0;
    bool sharedCell = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"row") {
            rows << QStringList();
        } else if (xml.name() == u"c") {
            const QString ref = xml.attributes().value(u"r"_s).toString();
            column = ref.front().unicode() - u'A';
            sharedCell = xml.attributes().value(u"t"_s) == u"s";
        } else if (xml.name() == u"v" || xml.name() == u"t") {
            QStringList &row = rows.last();
            while (row.size() <= column)
                row << QString();
            const QString v = xml.readElementText();
            row[column] = sharedCell && xml.name() != u"t" ? shared.value(v.toInt()) : v;
        }
    }
    if (xml.hasError())
        qFatal("broken sheet XML: %s", qPrintable(xml.errorString()));
    return rows;
}

QStringList rowOf(const QList<QStringList> &rows, const QString &caseNo)
{
    for (const QStringList &r : rows)
        if (r.value(0) == caseNo)
            return r;
    return {};
}
} // namespace

class TestSupervisionLedger : public QObject
{
    Q_OBJECT

    test::CaseTestbed bed;
    QTemporaryDir dir;
    QString newMajor;

    int cli(const QStringList &args, QString *output = nullptr, QString *errors = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(ECOCLAIM_BIN_DIR) + u"/ecoclaim-cli"_s,
                QStringList{u"--lang"_s, u"en"_s, u"--today"_s, u"2026-11-28"_s, u"--actor"_s, u"张科长"_s, u"--db"_s, bed.path()} + args);
        p.waitForFinished(120000);
        if (output)
            *output = QString::fromUtf8(p.readAllStandardOutput());
        if (errors)
            *errors = QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    // Every case as the reader's whole case file has it (timeline included): the test's own view.
    QList<domain::CaseFile> allCases()
    {
        QList<domain::CaseFile> files;
        auto n = bed.service().reader().caseCount();
        for (qint64 id = 1; n && id <= n.value(); ++id)
            if (auto f = bed.service().reader().caseFile(id))
                files << f.value();
        return files;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        auto demo = service::loadDemoSet(bed.service(), test::CaseTestbed::today());
        QVERIFY2(demo, qPrintable(demo.errorString()));
        // A new major clue: its only deadline is the preliminary check of Art. 13.
        newMajor = bed.apply(test::json(R"({"cmd":"register_clue","title":"宝山区某码头油污泄漏案","district":"宝山区",
            "unit":"district_ecology","channel":"emergency","received_on":"2026-11-20","major":true,
            "major_reason":"突发环境事件，影响长江口水域"})"));
        QVERIFY(!newMajor.isEmpty());
    }

    void everyMajorCaseIsInTheLedger()
    {
        auto ledger = reports::supervisionLedger(bed.service().reader(), {});
        QVERIFY2(ledger, qPrintable(ledger.errorString()));
        QStringList want, got;
        QHash<QString, domain::CaseFile> byNumber;
        for (const domain::CaseFile &f : allCases())
            if (f.major) {
                want << f.number;
                byNumber.insert(f.number, f);
            }
        want.sort();
        for (const service::MajorCaseEntry &e : ledger.value())
            got << e.file.number;
        QCOMPARE(got, want);
        QVERIFY(want.size() >= 8);

        // The old ledger — the open deadlines of major cases — misses some of them.
        auto timetable = bed.service().reader().majorCaseTimetable();
        QVERIFY(timetable);
        QSet<QString> withDeadline;
        for (const domain::DeadlineRow &r : timetable.value())
            withDeadline.insert(r.caseNo);
        QVERIFY2(withDeadline.size() < want.size(), "every major case has an open deadline: the test proves nothing");

        service::DashboardQuery everything;
        everything.asOf = test::CaseTestbed::today();
        everything.withinDays = 100000;
        auto due = bed.service().reader().dueItems(everything);
        QVERIFY(due);
        for (const service::MajorCaseEntry &e : ledger.value()) {
            const domain::CaseFile &f = byNumber.value(e.file.number);
            QCOMPARE(e.file.stage, f.stage);
            QCOMPARE(e.file.majorReason, f.majorReason);
            QCOMPARE(e.file.amountPaid().fen(), f.amountPaid().fen());
            // The latest progress: the last event recorded on the whole file's timeline.
            QVERIFY(!f.timeline.isEmpty());
            QCOMPARE(e.lastEvent, f.timeline.last().summary);
            QCOMPARE(e.lastEventOn, f.timeline.last().occurredOn);
            // The open deadlines, as the due list has them.
            QStringList open, listed;
            for (const service::DueItem &i : due.value())
                if (i.row.caseNo == e.file.number)
                    open << i.row.kind + u'@' + i.row.due.toString(Qt::ISODate);
            for (const domain::DeadlineRow &d : e.deadlines)
                if (!d.suspended)
                    listed << d.kind + u'@' + d.due.toString(Qt::ISODate);
            open.sort();
            listed.sort();
            QCOMPARE(listed, open);
        }
        const service::MajorCaseEntry *fresh = nullptr;
        for (const service::MajorCaseEntry &e : ledger.value())
            if (e.file.number == newMajor)
                fresh = &e;
        QVERIFY(fresh);
        QVERIFY(!fresh->reported());
        QCOMPARE(fresh->file.majorReason, MajorReason);
        QCOMPARE(fresh->lastEventOn, QDate(2026, 11, 20));
        QCOMPARE(fresh->deadlines.size(), 1); // the preliminary check (Art. 13)
    }

    void aDistrictNarrowsTheLedger()
    {
        QStringList want;
        for (const domain::CaseFile &f : allCases())
            if (f.major && f.districtCode == u"310113") // 宝山区
                want << f.number;
        want.sort();
        QVERIFY(want.contains(newMajor));
        auto scope = reports::ReportScope::parse(u"宝山区"_s, {});
        QVERIFY(scope);
        auto ledger = reports::supervisionLedger(bed.service().reader(), scope.value());
        QVERIFY(ledger);
        QStringList got;
        for (const service::MajorCaseEntry &e : ledger.value())
            got << e.file.number;
        QCOMPARE(got, want);

        QString output, errors;
        QCOMPARE(cli({u"ledger"_s, u"--district"_s, u"310113"_s}, &output, &errors), 0);
        QStringList printed;
        for (const QString &line : output.trimmed().split(u'\n'))
            printed << line.section(u'\t', 0, 0);
        QCOMPARE(printed, want);
        QCOMPARE(cli({u"ledger"_s, u"--district"_s, u"火星区"_s}, &output, &errors), 2);
        QVERIFY2(errors.contains(u"火星区"_s), qPrintable(errors));
    }

    void reportUpwardIsRecordedAndShown()
    {
        QString output, errors;
        QCOMPARE(cli({u"ledger"_s, u"report"_s, newMajor, u"--on"_s, u"2026-11-25"_s, u"--to"_s, ReportedTo, u"--content"_s, Content},
                     &output, &errors),
                 0);
        auto file = bed.service().reader().caseFile(newMajor);
        QVERIFY(file);
        QCOMPARE(file->timeline.last().command, u"report_major_case"_s);
        QCOMPARE(file->stage, domain::Stage::Clue); // a record: no stage change
        QCOMPARE(file->supervisionReports.size(), 1);
        QCOMPARE(file->supervisionReports.first().reportedOn, QDate(2026, 11, 25));
        QCOMPARE(file->supervisionReports.first().reportedTo, ReportedTo);
        QCOMPARE(file->supervisionReports.first().content, Content);
        auto audit = bed.service().reader().auditTrail(file->id);
        QVERIFY(audit);
        QCOMPARE(audit->last().command, u"report_major_case"_s);
        QCOMPARE(audit->last().actor, u"张科长"_s);

        QHash<QString, int> reportsOf; // the test's own count of each major case's reports upward
        for (const domain::CaseFile &f : allCases())
            if (f.major)
                reportsOf.insert(f.number, int(f.supervisionReports.size()));

        QCOMPARE(cli({u"ledger"_s, u"--json"_s}, &output, &errors), 0);
        const QJsonArray cases = QJsonDocument::fromJson(output.toUtf8()).array();
        QCOMPARE(cases.size(), reportsOf.size());
        for (const QJsonValue &c : cases) {
            const QString no = c[u"case_no"_s].toString();
            const QJsonArray reports = c[u"supervision_reports"_s].toArray();
            QCOMPARE(reports.size(), reportsOf.value(no, -1));
            QCOMPARE(c[u"reported"_s].toBool(), reportsOf.value(no) > 0);
            if (no != newMajor)
                continue;
            QCOMPARE(reports.at(0)[u"reported_on"_s].toString(), u"2026-11-25"_s);
            QCOMPARE(reports.at(0)[u"reported_to"_s].toString(), ReportedTo);
            QCOMPARE(reports.at(0)[u"content"_s].toString(), Content);
            QCOMPARE(c[u"last_event_on"_s].toString(), u"2026-11-25"_s);
            QCOMPARE(c[u"district"_s].toString(), u"310113"_s);
            QCOMPARE(c[u"received_on"_s].toString(), u"2026-11-20"_s);
        }

        // PDF, CSV and XLSX of the ledger.
        const QString pdf = dir.filePath(u"ledger.pdf"_s), csv = dir.filePath(u"ledger.csv"_s), xlsx = dir.filePath(u"ledger.xlsx"_s);
        QCOMPARE(cli({u"ledger"_s, u"--pdf"_s, pdf, u"--csv"_s, csv, u"--xlsx"_s, xlsx}, &output, &errors), 0);
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed to read the PDF back");
        QProcess p;
        p.start(pdftotext, {u"-raw"_s, pdf, u"-"_s}); // in drawing order: each table cell's text together
        QVERIFY(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).remove(QRegularExpression(u"\\s+"_s));
        for (const QJsonValue &c : cases)
            QVERIFY2(text.contains(c[u"case_no"_s].toString()), qPrintable(c[u"case_no"_s].toString()));
        QVERIFY2(text.contains(u"2026-11-25上海市生态环境局：已完成应急处置，启动损害调查（宝环报〔2026〕7号）"_s), qPrintable(text));

        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> csvRows = parseCsv(QString::fromUtf8(bytes));
        QCOMPARE(csvRows.size(), cases.size() + 1);
        QCOMPARE(csvRows.first().size(), 18);
        const QStringList fromCsv = rowOf(csvRows, newMajor);
        QCOMPARE(fromCsv.value(4), MajorReason);
        QCOMPARE(fromCsv.value(6), u"2026-11-20"_s);
        QCOMPARE(fromCsv.value(10), u"2026-11-25 → 上海市生态环境局"_s);
        QCOMPARE(fromCsv.value(11), u"1"_s);
        QCOMPARE(fromCsv.value(15), u"2026-11-25"_s);

        const QList<QStringList> sheet = readXlsx(xlsx);
        QCOMPARE(sheet.size(), cases.size() + 1);
        const QStringList fromXlsx = rowOf(sheet, newMajor);
        QCOMPARE(fromXlsx.value(1), u"宝山区某码头油污泄漏案"_s);
        QCOMPARE(fromXlsx.value(4), MajorReason);
        QCOMPARE(fromXlsx.value(10), u"2026-11-25 → 上海市生态环境局"_s);
        QCOMPARE(fromXlsx.value(11), u"1"_s);
        // Every case's count of reports upward, in both files, as the test counted them.
        for (auto it = reportsOf.cbegin(); it != reportsOf.cend(); ++it) {
            QCOMPARE(rowOf(csvRows, it.key()).value(11), QString::number(it.value()));
            QCOMPARE(rowOf(sheet, it.key()).value(11), QString::number(it.value()));
        }
    }

    void refusedReportsChangeNothing_data()
    {
        QTest::addColumn<QString>("which"); // new | notMajor | archived
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a major case") << u"notMajor"_s << u"2026-11-25"_s << Content << u"Art. 39"_s;
        QTest::newRow("in the future") << u"new"_s << u"2026-12-25"_s << Content << u"2026-12-25"_s;
        QTest::newRow("before the clue") << u"new"_s << u"2026-11-01"_s << Content << u"before the clue"_s;
        QTest::newRow("impossible date") << u"new"_s << u"2026-02-30"_s << Content << u"2026-02-30"_s;
        QTest::newRow("no content") << u"new"_s << u"2026-11-25"_s << u"  "_s << u"What was reported"_s;
        QTest::newRow("archived case") << u"archived"_s << u"2026-11-25"_s << Content << u"archived"_s;
    }
    void refusedReportsChangeNothing()
    {
        QFETCH(QString, which);
        QFETCH(QString, date);
        QFETCH(QString, content);
        QFETCH(QString, message);
        QString target = newMajor;
        if (which != u"new") {
            target.clear();
            for (const domain::CaseFile &f : allCases())
                if ((which == u"notMajor" && !f.major && f.stage != domain::Stage::Archived)
                    || (which == u"archived" && f.stage == domain::Stage::Archived)) {
                    target = f.number;
                    break;
                }
            QVERIFY2(!target.isEmpty(), "the demo set has no such case");
        }
        const auto before = bed.snapshot();
        QString output, errors;
        QCOMPARE(cli({u"ledger"_s, u"report"_s, target, u"--on"_s, date, u"--to"_s, u"市生态环境局"_s, u"--content"_s, content}, &output, &errors),
                 1);
        QVERIFY2(errors.contains(message, Qt::CaseInsensitive), qPrintable(errors));
        QCOMPARE(bed.snapshot(), before);
    }
};

QTEST_MAIN(TestSupervisionLedger)
#include "tst_supervisionledger.moc"
