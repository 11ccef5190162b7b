// The reports upward (Art. 36, core/reports/annualreport.h) on a generated register of 1,500 cases
// (fixed seed, moved to the server on the PostgreSQL run): every figure of the annual report and the
// screening results — for the city, a district and a unit, for several periods — equals the figure
// computed independently here from the case files the reader loads (reportoracle.h), and the case
// numbers behind each figure are exactly the cases counted. The PDF (pdftotext, pdfinfo) and the XLSX
// (its sheets read back from the ZIP) carry the same numbers; `ecoclaim-cli report` prints the same
// JSON; bad input is refused with a message and changes nothing.

#include "reportoracle.h"

#include "core/generator/generator.h"
#include "core/reports/annualreport.h"
#include "core/reports/reportoutput.h"
#include "core/service/casenotifier.h"
#include "core/service/caseservice.h"
#include "core/storage/database.h"
#include "core/storage/movetoserver.h"
#include "core/storage/sqlquery.h"
#include "tests/common/fingerprint.h"
#include "tests/common/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace ecoclaim;

namespace {
constexpr int Cases = 1500;
const QDate Today(2026, 11, 28);

QString run(const QString &program, const QStringList &args, int *exitCode = nullptr, QString *errors = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000))
        return {};
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    if (errors)
        *errors = QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

class TestAnnualReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::TestDatabase m_server;
    std::unique_ptr<storage::Database> m_db;
    service::CaseNotifier m_notifier;
    std::unique_ptr<service::CaseService> m_service;
    QList<domain::CaseFile> m_files;
    QList<test::DeadlineFact> m_deadlines;

    test::ReportOracle oracle(const reports::ReportScope &scope, QDate from, QDate to, bool annual) const
    {
        test::ReportOracle o;
        for (const domain::CaseFile &c : m_files) {
            if (!scope.districtCode.isEmpty() && c.districtCode != scope.districtCode)
                continue;
            if (!scope.unit.isEmpty() && c.unit != scope.unit)
                continue;
            o.add(c, from, to, annual);
        }
        if (annual)
            for (const test::DeadlineFact &d : m_deadlines) {
                const domain::CaseFile &c = m_files.at(int(d.caseId - 1));
                if ((scope.districtCode.isEmpty() || c.districtCode == scope.districtCode) && (scope.unit.isEmpty() || c.unit == scope.unit))
                    o.addDeadline(d, to);
            }
        return o;
    }

    // Every figure of the report equals the oracle's (absent there: zero, no cases), totals are the
    // sums of their rows, and the oracle has no figure the report lacks. Returns the number compared.
    int compare(const reports::Report &report, const test::ReportOracle &o)
    {
        int compared = 0;
        QSet<QString> seen;
        for (const reports::ReportTable &t : report.tables) {
            for (const reports::ReportRow &r : t.rows) {
                for (int i = 0; i < t.columnKeys.size(); ++i) {
                    const QString key = t.key + u'/' + r.key + u'/' + t.columnKeys.at(i);
                    test::Expected want;
                    if (r.key == u"total") {
                        for (auto it = o.figures.cbegin(); it != o.figures.cend(); ++it)
                            if (it.key().startsWith(t.key + u'/') && it.key().endsWith(u'/' + t.columnKeys.at(i))) {
                                want.value += it->value;
                                want.cases += it->cases;
                            }
                    } else {
                        want = o.figures.value(key);
                        seen.insert(key);
                    }
                    QStringList got = r.cells.value(i).cases;
                    got.sort();
                    want.cases.sort();
                    if (r.cells.value(i).value != want.value || got != want.cases)
                        qWarning("%s: report %lld (%lld cases), counted here %lld (%lld cases)", qPrintable(key),
                                 r.cells.value(i).value, qint64(got.size()), want.value, qint64(want.cases.size()));
                    [&] {
                        QCOMPARE(r.cells.value(i).value, want.value);
                        QCOMPARE(got, want.cases);
                    }();
                    if (QTest::currentTestFailed())
                        return compared;
                    ++compared;
                }
            }
        }
        for (auto it = o.figures.cbegin(); it != o.figures.cend(); ++it)
            if (!seen.contains(it.key()) && it->value != 0)
                qWarning("counted here but not in the report: %s = %lld", qPrintable(it.key()), it->value);
        for (auto it = o.figures.cbegin(); it != o.figures.cend(); ++it)
            if (!seen.contains(it.key()))
                [&] { QVERIFY2(it->cases.isEmpty(), qPrintable(it.key())); }();
        return compared;
    }

    QString cli() const { return QStringLiteral(ECOCLAIM_BIN_DIR) + u"/ecoclaim-cli"_s; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = storage::Database::open(m_dir.filePath(u"register.db"_s));
        QVERIFY2(db, qPrintable(db.errorString()));
        m_db = std::move(db).value();
        generator::GeneratorOptions options;
        options.cases = Cases;
        options.seed = 13;
        options.today = Today;
        auto generated = generator::generate(*m_db, calendar::WorkCalendar::builtIn(), options);
        QVERIFY2(generated, qPrintable(generated.errorString()));
        if (test::onPostgres()) {
            auto server = storage::Database::open(m_server.location());
            QVERIFY2(server, qPrintable(server.errorString()));
            auto moved = storage::moveToServer(*m_db, *server.value());
            QVERIFY2(moved, qPrintable(moved.errorString()));
            m_db = std::move(server).value();
        }
        m_service = std::make_unique<service::CaseService>(*m_db, calendar::WorkCalendar::builtIn(), m_notifier);
        for (qint64 id = 1; id <= Cases; ++id) {
            auto file = m_service->reader().caseFile(id);
            QVERIFY2(file, qPrintable(file.errorString()));
            QCOMPARE(file->id, id);
            m_files << file.value();
        }
        auto q = storage::exec(m_db->connection(), u"SELECT d.case_id, c.case_no, d.kind, d.state, d.due_on FROM deadlines d "
                                                    "JOIN cases c ON c.id = d.case_id"_s);
        QVERIFY(q);
        while (q.value().next())
            m_deadlines << test::DeadlineFact{q.value().value(1).toString(), q.value().value(2).toString(),
                                              q.value().value(3).toString(), storage::dateFrom(q.value().value(4)),
                                              q.value().value(0).toLongLong()};
    }

    void annualFiguresEqualIndependentCounts_data()
    {
        QTest::addColumn<QString>("district");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<int>("year");
        QTest::newRow("city 2025") << QString() << QString() << 2025;
        QTest::newRow("city 2026") << QString() << QString() << 2026;
        QTest::newRow("city 2024") << QString() << QString() << 2024;
        QTest::newRow("Pudong 2026") << u"310115"_s << QString() << 2026;
        QTest::newRow("Minhang 2025") << u"闵行区"_s << QString() << 2025;
        QTest::newRow("district water units 2026") << QString() << u"district_water"_s << 2026;
        QTest::newRow("Pudong ecology bureau 2025") << QString() << u"310115/district_ecology"_s << 2025;
    }
    void annualFiguresEqualIndependentCounts()
    {
        QFETCH(QString, district);
        QFETCH(QString, unit);
        QFETCH(int, year);
        auto scope = reports::ReportScope::parse(district, unit);
        QVERIFY2(scope, qPrintable(scope.errorString()));
        auto report = reports::annualReport(*m_service, scope.value(), year);
        QVERIFY2(report, qPrintable(report.errorString()));
        const test::ReportOracle o = oracle(scope.value(), QDate(year, 1, 1), QDate(year, 12, 31), true);
        const int compared = compare(report.value(), o);
        if (QTest::currentTestFailed())
            return;
        // The figures alone (no case lists read) are the same figures.
        auto figuresOnly = reports::annualReport(*m_service, scope.value(), year, false);
        QVERIFY(figuresOnly);
        QCOMPARE(figuresOnly->tables.size(), report->tables.size());
        for (int t = 0; t < report->tables.size(); ++t)
            for (const reports::ReportRow &r : report->tables.at(t).rows)
                for (int c = 0; c < r.cells.size(); ++c) {
                    const reports::Figure *f = figuresOnly->tables.at(t).figure(r.key, report->tables.at(t).columnKeys.at(c));
                    QVERIFY2(f || r.cells.at(c).value == 0, qPrintable(r.key));
                    if (f) {
                        QCOMPARE(f->value, r.cells.at(c).value);
                        QVERIFY(f->cases.isEmpty());
                    }
                }
        QVERIFY(compared > 150);
        // Not a comparison of zeros: the register's busiest year has something in every table for the city.
        if (district.isEmpty() && unit.isEmpty() && year == 2026) {
            for (const char *t : {"clues", "cases", "stages", "consultation", "suits", "amounts", "money", "restoration", "plans",
                                  "evaluations"}) {
                qint64 sum = 0;
                for (const reports::ReportRow &r : report->table(QString::fromLatin1(t))->rows)
                    for (const reports::Figure &f : r.cells)
                        sum += f.value;
                QVERIFY2(sum > 0, t);
            }
        }
        // The clue outcomes add up to the clues received, row by row (each clue has exactly one).
        const reports::ReportTable *clues = report->table(u"clues"_s);
        for (const reports::ReportRow &r : clues->rows) {
            qint64 outcomes = 0;
            for (const char *c : {"filed", "transfer", "not_applicable", "no_damage", "not_initiated", "pending"})
                outcomes += clues->value(r.key, QString::fromLatin1(c));
            QCOMPARE(outcomes, clues->value(r.key, u"received"_s));
        }
    }

    void screeningFiguresEqualIndependentCounts_data()
    {
        QTest::addColumn<QString>("district");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::newRow("city, first half of 2026") << QString() << QDate(2026, 1, 1) << QDate(2026, 6, 30);
        QTest::newRow("city, one day") << QString() << QDate(2025, 3, 3) << QDate(2025, 3, 3);
        QTest::newRow("Jinshan, 2024–2026") << u"310116"_s << QDate(2024, 1, 1) << QDate(2026, 11, 28);
    }
    void screeningFiguresEqualIndependentCounts()
    {
        QFETCH(QString, district);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        auto scope = reports::ReportScope::parse(district, {});
        QVERIFY(scope);
        auto report = reports::screeningReport(*m_service, scope.value(), from, to);
        QVERIFY2(report, qPrintable(report.errorString()));
        QCOMPARE(report->tables.size(), 2);
        compare(report.value(), oracle(scope.value(), from, to, false));
    }

    void pdfAndWorkbookCarryTheFigures()
    {
        auto report = reports::annualReport(*m_service, {}, 2025);
        QVERIFY(report);
        const QString pdf = m_dir.filePath(u"annual.pdf"_s);
        auto pages = reports::writeReportPdf(report.value(), pdf, false);
        QVERIFY2(pages, qPrintable(pages.errorString()));
        QVERIFY(pages.value() >= 2);
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed to read the PDF back");
        int code = -1;
        const QString text = run(pdftotext, {u"-layout"_s, pdf, u"-"_s}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(text.contains(report->title().left(8)), qPrintable(text.left(300)));
        // No Kangxi radicals instead of the characters (a CJK font whose text layer extracts badly).
        for (QChar ch : text)
            QVERIFY2(ch.unicode() < 0x2E80 || ch.unicode() > 0x2FDF, "a Kangxi radical in the PDF text");
        // Each clue channel's row: its received count and outcome figures in that order on its line.
        const reports::ReportTable *clues = report->table(u"clues"_s);
        const QString flat = QString(text).replace(QRegularExpression(u"\\s+"_s), u" "_s);
        for (const reports::ReportRow &r : clues->rows) {
            QStringList numbers;
            for (const reports::Figure &f : r.cells)
                numbers << QString::number(f.value);
            QVERIFY2(flat.contains(numbers.join(u' ')), qPrintable(r.label + u": "_s + numbers.join(u' ')));
        }
        // Amounts in 元 with two decimals.
        const qint64 paid = report->table(u"money"_s)->value(u"paid"_s, u"amount"_s);
        QVERIFY(paid > 0);
        QVERIFY2(flat.contains(reports::yuan(paid)), qPrintable(reports::yuan(paid)));
        const QString pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
        QVERIFY2(!pdfinfo.isEmpty(), "pdfinfo is needed");
        const QString info = run(pdfinfo, {pdf});
        QVERIFY2(info.contains(u"595 x 842 pts (A4)"_s), qPrintable(info));
        QVERIFY2(info.contains(QRegularExpression(u"Pages:\\s+%1\n"_s.arg(pages.value()))), qPrintable(info));

        // The workbook: one sheet per table (+ the cases sheet with detail), each figure in its cell.
        const QString xlsx = m_dir.filePath(u"annual.xlsx"_s);
        auto written = reports::writeReportXlsx(report.value(), xlsx, true);
        QVERIFY2(written, qPrintable(written.errorString()));
        const QString unzip = QStandardPaths::findExecutable(u"unzip"_s);
        QVERIFY2(!unzip.isEmpty(), "unzip is needed to read the workbook back");
        const QString listing = run(unzip, {u"-Z1"_s, xlsx});
        QCOMPARE(listing.count(u"xl/worksheets/sheet"_s), report->tables.size() + 1);
        // Sheet 1 is the clue table: row 4 on hold the rows, column B on the figures (inline strings:
        // constant_memory mode).
        const QString sheet = run(unzip, {u"-p"_s, xlsx, u"xl/worksheets/sheet1.xml"_s});
        QXmlStreamReader xml(sheet);
        QMap<QString, QString> cells; // "B4" → value
        QString ref;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"c")
                ref = xml.attributes().value(u"r"_s).toString();
            else if (xml.isStartElement() && (xml.name() == u"v" || xml.name() == u"t"))
                cells[ref] = xml.readElementText();
        }
        QVERIFY(!xml.hasError());
        QCOMPARE(cells.value(u"A1"_s), clues->title);
        for (int i = 0; i < clues->rows.size(); ++i) {
            QCOMPARE(cells.value(u"A%1"_s.arg(i + 4)), clues->rows.at(i).label);
            for (int col = 0; col < clues->columns.size(); ++col)
                QCOMPARE(cells.value(QChar(u'B' + col) + QString::number(i + 4)), QString::number(clues->rows.at(i).cells.at(col).value));
        }
        // The detail sheet lists every case behind every figure (totals aside).
        qint64 behind = 0;
        for (const reports::ReportTable &t : report->tables)
            for (const reports::ReportRow &r : t.rows)
                if (r.key != u"total")
                    for (const reports::Figure &f : r.cells)
                        behind += f.cases.size();
        const QString detail = run(unzip, {u"-p"_s, xlsx, u"xl/worksheets/sheet%1.xml"_s.arg(report->tables.size() + 1)});
        QCOMPARE(qint64(detail.count(u"<row "_s)), behind + 1);
    }

    void commandLinePrintsTheSameReport()
    {
        const QString location = test::onPostgres() ? m_server.location() : m_dir.filePath(u"register.db"_s);
        int code = -1;
        QString errors;
        const QString json = run(cli(), {u"--lang"_s, u"en"_s, u"--db"_s, location, u"report"_s, u"annual"_s, u"--year"_s, u"2025"_s, u"--district"_s,
                                         u"310115"_s, u"--json"_s, u"--detail"_s},
                                 &code, &errors);
        QVERIFY2(code == 0, qPrintable(errors));
        auto report = reports::annualReport(*m_service, reports::ReportScope::parse(u"310115"_s, {}).value(), 2025);
        QVERIFY(report);
        QCOMPARE(QJsonDocument::fromJson(json.toUtf8()).object(), report->toJson(true));

        const QString pdf = m_dir.filePath(u"screening.pdf"_s), xlsx = m_dir.filePath(u"screening.xlsx"_s);
        run(cli(), {u"--db"_s, location, u"report"_s, u"screening"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-06-30"_s,
                    u"--pdf"_s, pdf, u"--xlsx"_s, xlsx},
            &code, &errors);
        QVERIFY2(code == 0, qPrintable(errors));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        QVERIFY(QFileInfo(xlsx).size() > 1000);
    }

    // GB/T 9704 7.3.2: a title too long for one line breaks between words (where the translation says). At 22 pt a line holds ~20
    // characters; "金山区2025年度生态环境损害赔偿工作情况报告" is 23 wide and used to leave "报告" alone on
    // its second line. Read back from the PDF printed in Chinese, line by line.
    void theChineseTitleBreaksBetweenWords()
    {
        const QString location = test::onPostgres() ? m_server.location() : m_dir.filePath(u"register.db"_s);
        const QString pdf = m_dir.filePath(u"annual-zh.pdf"_s);
        int code = -1;
        QString errors;
        run(cli(), {u"--lang"_s, u"zh_CN"_s, u"--db"_s, location, u"report"_s, u"annual"_s, u"--year"_s, u"2025"_s,
                    u"--district"_s, u"310116"_s, u"--pdf"_s, pdf},
            &code, &errors);
        QVERIFY2(code == 0, qPrintable(errors));
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed to read the PDF back");
        const QString text = run(pdftotext, {u"-l"_s, u"1"_s, pdf, u"-"_s}, &code);
        QCOMPARE(code, 0);
        QStringList lines;
        for (const QString &l : text.split(u'\n'))
            if (!l.trimmed().isEmpty())
                lines << l.trimmed();
        QVERIFY2(lines.size() >= 3, qPrintable(text.left(300)));
        QCOMPARE(lines.at(0), u"金山区2025年度"_s);
        QCOMPARE(lines.at(1), u"生态环境损害赔偿工作情况报告"_s);
        QCOMPARE(lines.at(2), u"（统计期间：2025年1月1日至2025年12月31日）"_s);

        // In English the printed title breaks at spaces (ecoclaim_en.ts); in one line the spaces are back.
        const QString json = run(cli(), {u"--lang"_s, u"en"_s, u"--db"_s, location, u"report"_s, u"annual"_s, u"--year"_s, u"2025"_s,
                                         u"--district"_s, u"310116"_s, u"--json"_s},
                                 &code, &errors);
        QVERIFY2(code == 0, qPrintable(errors));
        QCOMPARE(QJsonDocument::fromJson(json.toUtf8()).object().value(u"title"_s).toString(),
                 u"Jinshan District: report on the ecological damage compensation work of 2025"_s);
    }

    void badInputIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("year not a number") << QStringList{u"annual"_s, u"--year"_s, u"twenty"_s} << u"--year"_s;
        QTest::newRow("year out of range") << QStringList{u"annual"_s, u"--year"_s, u"1066"_s} << u"1066"_s;
        QTest::newRow("unknown district") << QStringList{u"annual"_s, u"--year"_s, u"2025"_s, u"--district"_s, u"999999"_s} << u"999999"_s;
        QTest::newRow("unknown unit") << QStringList{u"annual"_s, u"--year"_s, u"2025"_s, u"--unit"_s, u"police"_s} << u"police"_s;
        QTest::newRow("impossible date") << QStringList{u"screening"_s, u"--from"_s, u"2026-02-30"_s, u"--to"_s, u"2026-03-01"_s}
                                         << u"2026-02-30"_s;
        QTest::newRow("period backwards") << QStringList{u"screening"_s, u"--from"_s, u"2026-03-01"_s, u"--to"_s, u"2026-01-01"_s}
                                          << u"period"_s;
        QTest::newRow("folder missing") << QStringList{u"annual"_s, u"--year"_s, u"2025"_s, u"--xlsx"_s, u"/nonexistent/r.xlsx"_s}
                                        << u"/nonexistent/r.xlsx"_s;
    }
    void badInputIsRefusedAndChangesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString location = test::onPostgres() ? m_server.location() : m_dir.filePath(u"register.db"_s);
        QSqlDatabase db = m_db->connection();
        const auto before = test::contentFingerprint(db);
        int code = -1;
        QString errors;
        run(cli(), QStringList{u"--lang"_s, u"en"_s, u"--db"_s, location, u"report"_s} + args, &code, &errors);
        QVERIFY2(code == 1 || code == 2, qPrintable(errors));
        QVERIFY2(errors.contains(message), qPrintable(errors));
        QCOMPARE(test::contentFingerprint(db), before);
    }
};

QTEST_MAIN(TestAnnualReport)
#include "tst_annualreport.moc"
