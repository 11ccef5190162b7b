// Spreadsheets out (core/reports/listexports.h, spreadsheetout.h) through the real command line: the
// case list with its filter and search, the deadlines due and the major-case ledger as CSV (UTF-8 with a
// BOM, CRLF, formula-neutralised) and XLSX (read back from the ZIP: inline strings, never a formula),
// row for row what the reader lists. Cells planted with = + - @ tab and CR come out as text. A file that
// cannot be written is refused with a message and changes nothing.

#include "core/reports/spreadsheetout.h"
#include "core/service/casereader.h"
#include "core/service/demoset.h"
#include "tests/service/casetestbed.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace ecoclaim;

namespace {
// RFC 4180 records of a CSV text (quotes doubled inside quoted fields, CRLF between records).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
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
    if (!cell.isEmpty() || !row.isEmpty())
        rows << (row << cell);
    return rows;
}

// The rows of the first sheet of an XLSX: each a list of cell texts by column letter order.
QList<QStringList> readXlsx(const QString &path, bool *hasFormula)
{
    const QString unzip = QStandardPaths::findExecutable(u"unzip"_s);
    if (unzip.isEmpty())
        qFatal("unzip is needed to read the workbook back");
    QProcess p;
    p.start(unzip, {u"-p"_s, path, u"xl/worksheets/sheet1.xml"_s});
    p.waitForFinished(60000);
    QXmlStreamReader xml(p.readAllStandardOutput());
    QList<QStringList> rows;
    *hasFormula = false;
    int column = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"row") {
            rows << QStringList();
        } else if (xml.name() == u"c") {
            const QString ref = xml.attributes().value(u"r"_s).toString();
            column = ref.front().unicode() - u'A';
        } else if (xml.name() == u"f") {
            *hasFormula = true;
        } else if (xml.name() == u"v" || xml.name() == u"t") {
            QStringList &row = rows.last();
            while (row.size() <= column)
                row << QString();
            row[column] = xml.readElementText();
        }
    }
    if (xml.hasError())
        qFatal("broken sheet XML: %s", qPrintable(xml.errorString()));
    return rows;
}

const QString Planted = u"=HYPERLINK(\"http://evil.example\",\"点此\")"_s;
} // namespace

class TestSpreadsheets : public QObject
{
    Q_OBJECT

    test::CaseTestbed bed;
    QTemporaryDir dir;
    QString planted;

    int cli(const QStringList &args, QString *errors = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(ECOCLAIM_BIN_DIR) + u"/ecoclaim-cli"_s,
                QStringList{u"--lang"_s, u"en"_s, u"--today"_s, u"2026-11-28"_s, u"--db"_s, bed.path()} + args);
        p.waitForFinished(120000);
        if (errors)
            *errors = QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    QString readText(const QString &path, bool *bom)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QByteArray bytes = f.readAll();
        *bom = bytes.startsWith("\xEF\xBB\xBF");
        return QString::fromUtf8(bytes.mid(*bom ? 3 : 0));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        auto demo = service::loadDemoSet(bed.service(), test::CaseTestbed::today());
        QVERIFY2(demo, qPrintable(demo.errorString()));
        // A clue whose free text a spreadsheet would run as formulas.
        QJsonObject cmd = test::json(R"j({"cmd":"register_clue","district":"金山区","unit":"district_ecology","channel":"complaint",
            "received_on":"2026-11-02","site":"+SUM(A1:A9)","reporter":"@import","description":"-1+2"})j");
        cmd.insert(u"title"_s, Planted);
        planted = bed.apply(cmd);
        QVERIFY(!planted.isEmpty());
    }

    void csvInjectionIsNeutralised_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("csv");
        QTest::newRow("=") << u"=1+1"_s << u"'=1+1"_s;
        QTest::newRow("+") << u"+41 21"_s << u"'+41 21"_s;
        QTest::newRow("-") << u"-5"_s << u"'-5"_s;
        QTest::newRow("@") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
        QTest::newRow("CR") << u"\r=1"_s << u"\"'\r=1\""_s;
        QTest::newRow("comma and quote") << u"a,\"b\""_s << u"\"a,\"\"b\"\"\""_s;
        QTest::newRow("plain Chinese") << u"宏达化工"_s << u"宏达化工"_s;
        QTest::newRow("inner =") << u"a=b"_s << u"a=b"_s;
    }
    void csvInjectionIsNeutralised()
    {
        QFETCH(QString, cell);
        QFETCH(QString, csv);
        QCOMPARE(reports::csvText(cell), csv);
    }

    void caseListExportEqualsTheList_data()
    {
        QTest::addColumn<QStringList>("filter");
        QTest::newRow("every case") << QStringList{};
        QTest::newRow("Jinshan") << QStringList{u"--district"_s, u"金山区"_s};
        QTest::newRow("search, two characters") << QStringList{u"--search"_s, u"化工"_s};
        QTest::newRow("major") << QStringList{u"--major"_s};
    }
    void caseListExportEqualsTheList()
    {
        QFETCH(QStringList, filter);
        const QString csv = dir.filePath(u"cases.csv"_s), xlsx = dir.filePath(u"cases.xlsx"_s);
        QFile::remove(csv);
        QFile::remove(xlsx);
        QString errors;
        QCOMPARE(cli(QStringList{u"case"_s, u"list"_s} + filter + QStringList{u"--csv"_s, csv, u"--xlsx"_s, xlsx}, &errors), 0);
        // What the reader lists under the same filter, in case-number order.
        domain::CaseListRequest request;
        request.filter.today = test::CaseTestbed::today();
        if (filter.value(0) == u"--district")
            request.filter.districtCode = u"310116"_s;
        if (filter.value(0) == u"--search")
            request.filter.search = filter.value(1);
        request.filter.majorOnly = filter.value(0) == u"--major";
        request.sort = domain::CaseSort::CaseNumber;
        request.descending = false;
        request.limit = 10000;
        auto want = bed.service().reader().casePage(request);
        QVERIFY(want);
        QVERIFY(!want->isEmpty());

        bool bom = false;
        const QList<QStringList> rows = parseCsv(readText(csv, &bom));
        QVERIFY(bom);
        QCOMPARE(rows.size(), want->size() + 1);
        QCOMPARE(rows.first().value(0), u"Case number"_s);
        bool formula = true;
        const QList<QStringList> sheet = readXlsx(xlsx, &formula);
        QVERIFY(!formula);
        QCOMPARE(sheet.size(), want->size() + 1);
        for (int i = 0; i < want->size(); ++i) {
            const domain::CaseRow &r = want->at(i);
            QCOMPARE(rows.at(i + 1).value(0), r.number);
            QCOMPARE(sheet.at(i + 1).value(0), r.number);
            QCOMPARE(sheet.at(i + 1).value(1), r.title); // XLSX: the text as it is, a string cell
            QCOMPARE(rows.at(i + 1).value(1), r.title.startsWith(u'=') ? u'\'' + r.title : r.title);
            QCOMPARE(rows.at(i + 1).value(8), u"%1.%2"_s.arg(r.claimed.fen() / 100).arg(r.claimed.fen() % 100, 2, 10, QChar(u'0')));
        }
        if (filter.isEmpty() || filter.value(0) == u"--district") {
            bool found = false;
            for (const QStringList &row : rows)
                if (row.value(0) == planted) {
                    QCOMPARE(row.value(1), u'\'' + Planted);
                    found = true;
                }
            QVERIFY(found);
        }
    }

    void deadlinesAndLedgerExportEqualTheReader()
    {
        const QString csv = dir.filePath(u"due.csv"_s), xlsx = dir.filePath(u"due.xlsx"_s);
        QCOMPARE(cli({u"deadlines"_s, u"--within"_s, u"400"_s, u"--csv"_s, csv, u"--xlsx"_s, xlsx}), 0);
        service::DashboardQuery query;
        query.asOf = test::CaseTestbed::today();
        query.withinDays = 400;
        auto due = bed.service().reader().dueItems(query);
        QVERIFY(due);
        QVERIFY(due->size() > 3);
        bool bom = false, formula = true;
        const QList<QStringList> rows = parseCsv(readText(csv, &bom));
        QCOMPARE(rows.size(), due->size() + 1);
        const QList<QStringList> sheet = readXlsx(xlsx, &formula);
        QCOMPARE(sheet.size(), due->size() + 1);
        for (int i = 0; i < due->size(); ++i) {
            QCOMPARE(rows.at(i + 1).value(0), due->at(i).row.due.toString(Qt::ISODate));
            QCOMPARE(rows.at(i + 1).value(2), due->at(i).row.caseNo);
            QCOMPARE(sheet.at(i + 1).value(2), due->at(i).row.caseNo);
        }

        const QString ledgerCsv = dir.filePath(u"ledger.csv"_s), ledgerXlsx = dir.filePath(u"ledger.xlsx"_s);
        QCOMPARE(cli({u"ledger"_s, u"--timetable"_s, u"--csv"_s, ledgerCsv, u"--xlsx"_s, ledgerXlsx}), 0);
        auto ledger = bed.service().reader().majorCaseTimetable();
        QVERIFY(ledger);
        QVERIFY(!ledger->isEmpty());
        const QList<QStringList> ledgerRows = parseCsv(readText(ledgerCsv, &bom));
        QVERIFY(bom);
        QCOMPARE(ledgerRows.size(), ledger->size() + 1);
        const QList<QStringList> ledgerSheet = readXlsx(ledgerXlsx, &formula);
        QCOMPARE(ledgerSheet.size(), ledger->size() + 1);
        for (int i = 0; i < ledger->size(); ++i) {
            QCOMPARE(ledgerRows.at(i + 1).value(0), ledger->at(i).caseNo);
            QCOMPARE(ledgerSheet.at(i + 1).value(0), ledger->at(i).caseNo);
            QCOMPARE(ledgerRows.at(i + 1).value(3), ledger->at(i).due.toString(Qt::ISODate));
        }
    }

    void anUnwritableFileIsRefusedAndChangesNothing()
    {
        const auto before = bed.snapshot();
        QString errors;
        QCOMPARE(cli({u"case"_s, u"list"_s, u"--xlsx"_s, u"/nonexistent/cases.xlsx"_s}, &errors), 1);
        QVERIFY2(errors.contains(u"/nonexistent/cases.xlsx"_s), qPrintable(errors));
        QCOMPARE(cli({u"ledger"_s, u"--csv"_s, u"/nonexistent/ledger.csv"_s}, &errors), 1);
        QVERIFY2(errors.contains(u"/nonexistent/ledger.csv"_s), qPrintable(errors));
        QCOMPARE(cli({u"case"_s, u"list"_s, u"--xlsx"_s, dir.filePath(u"x.xlsx"_s), u"--json"_s}, &errors), 2);
        QVERIFY(!QFile::exists(dir.filePath(u"x.xlsx"_s)));
        QCOMPARE(bed.snapshot(), before);
    }
};

QTEST_GUILESS_MAIN(TestSpreadsheets)
#include "tst_spreadsheets.moc"
