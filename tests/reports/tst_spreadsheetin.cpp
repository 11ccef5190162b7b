// Spreadsheets in, the readers (core/import: csvreader.h, textdecoding.h, xlsxreader.h): CSV in UTF-8 with
// and without a BOM and in GB18030 (a fixture encoded outside the program), quoting, the cells
// spreadsheets-out neutralised; XLSX made by hand (shared and inline strings, rich and phonetic runs, dates
// on the 1904 epoch and the 1900 epoch with its phantom 29 February) and by the project's own writer
// (reports::XlsxBook); and hostile files — broken encodings, huge cells, too many rows or columns, ZIP
// bombs, parts that lie about their size, malformed XML, a DTD, dangling references — each refused with
// its message. Expected values are literals written here.

#include "core/import/csvreader.h"
#include "core/import/textdecoding.h"
#include "core/import/xlsxreader.h"
#include "core/reports/xlsxbook.h"
#include "tests/reports/xlsxfixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using namespace ecoclaim::importing;

namespace {
QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(ECOCLAIM_SOURCE_DIR) + u"/tests/reports/data/import/"_s + QString::fromUtf8(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

QString problemOf(const domain::Result<SheetTable> &r) { return r ? QString() : r.problems().first().message; }
} // namespace

class TestSpreadsheetIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvInEachEncoding_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QByteArray text = "标题,行政区\r\n\"金山区,化工厂\",金山区\r\n";
        QTest::newRow("UTF-8 with BOM") << (QByteArray("\xEF\xBB\xBF") + text) << u"UTF-8 with BOM"_s;
        QTest::newRow("UTF-8") << text << u"UTF-8"_s;
        // 标题 and 金山区 in GB18030, written as bytes: B1EA CCE2, BDF0 C9BD C7F8.
        QTest::newRow("GB18030") << QByteArray("\xB1\xEA\xCC\xE2,x\r\n\"\xBD\xF0\xC9\xBD\xC7\xF8,y\",z\n") << u"GB18030"_s;
    }
    void csvInEachEncoding()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        auto t = readCsv(bytes);
        QVERIFY2(t, qPrintable(problemOf(t)));
        QCOMPARE(t->encoding, encoding);
        QCOMPARE(t->rows.size(), 2);
        QCOMPARE(t->rows.at(0).first(), u"标题"_s);
        QVERIFY(t->rows.at(1).first().startsWith(u"金山区,"_s));
    }

    void gb18030Fixture()
    {
        auto t = readCsv(fixture("clues-gb18030.csv"));
        QVERIFY2(t, qPrintable(problemOf(t)));
        QCOMPARE(t->encoding, u"GB18030"_s);
        QCOMPARE(t->rows.size(), 3);
        QCOMPARE(t->rows.at(0), (QStringList{u"案件名称"_s, u"行政区"_s, u"承办单位"_s, u"线索渠道"_s, u"接收日期"_s, u"地点"_s, u"举报人"_s}));
        QCOMPARE(t->rows.at(1).at(3), u"信访投诉、举报和媒体曝光涉及的案件线索"_s);
        QCOMPARE(t->rows.at(2).at(4), u"2026年9月30日"_s);
        QCOMPARE(t->rows.at(2).at(6), QString());
    }

    void brokenEncodingsAreRefused()
    {
        const QString neither = problemOf(readCsv(fixture("broken-encoding.csv")));
        QVERIFY2(neither.contains(u"neither UTF-8"_s) && neither.contains(u"nor GB18030 (byte 61, line 2"_s), qPrintable(neither));
        const QString bom = problemOf(readCsv(QByteArray("\xEF\xBB\xBFtitle\r\nab\xC3(\r\n")));
        QVERIFY2(bom.contains(u"byte 13 (line 2) is not UTF-8"_s), qPrintable(bom));
        QVERIFY(problemOf(readCsv(QByteArray("\xFF\xFEt\0i\0", 6))).contains(u"UTF-16"_s));
        // Overlong and surrogate forms are no UTF-8, and no GB18030 either here.
        QVERIFY(!problemOf(readCsv(QByteArray("a,\xC0\xAF\xFF\r\n"))).isEmpty());
    }

    void csvQuotingAndNeutralisedCells()
    {
        auto t = readCsv(QByteArray("title,description\n\"a \"\"quoted\"\" name\",\"two\nlines, one cell\"\n'=1+2,'@sum\n  padded  ,\"  kept  \"\n\n"));
        QVERIFY2(t, qPrintable(problemOf(t)));
        QCOMPARE(t->rows.size(), 4);
        QCOMPARE(t->rows.at(1), (QStringList{u"a \"quoted\" name"_s, u"two\nlines, one cell"_s}));
        QCOMPARE(t->rows.at(2), (QStringList{u"=1+2"_s, u"@sum"_s}));
        QCOMPARE(t->rows.at(3), (QStringList{u"padded"_s, u"  kept  "_s}));
        QVERIFY(problemOf(readCsv("title\n\"never closed\n")).contains(u"line 2 is never closed"_s));
        QVERIFY(problemOf(readCsv("title\n\"closed\"x\n")).contains(u"Line 2: text follows a closing quote"_s));
        auto tabs = readCsv("title\tdistrict\nA\tB\n");
        QVERIFY(tabs);
        QCOMPARE(tabs->rows.at(1), (QStringList{u"A"_s, u"B"_s}));
    }

    void csvLimits()
    {
        ReadLimits small;
        small.cellChars = 100;
        small.rows = 5;
        small.columns = 3;
        QVERIFY(problemOf(readCsv("title\n" + QByteArray(101, 'x') + "\n", small)).contains(u"Row 2, column A has more than 100 characters"_s));
        QVERIFY(problemOf(readCsv("title\n\"" + QByteArray(101, 'x') + "\"\n", small)).contains(u"more than 100 characters"_s));
        QVERIFY(problemOf(readCsv("a,b,c,d\n", small)).contains(u"Row 1 has more than 3 columns"_s));
        QVERIFY(problemOf(readCsv("a\n1\n2\n3\n4\n5\n", small)).contains(u"more than 5 rows"_s));
        QVERIFY(readCsv("a\n1\n2\n3\n4\n", small));
        small.fileBytes = 10;
        QVERIFY(problemOf(readCsv(QByteArray(11, 'a'), small)).contains(u"11 bytes"_s));
    }

    void handMadeXlsxOn1904Epoch()
    {
        // Shared strings 0–3 (3: rich text with a phonetic run that is not part of the text); inline strings;
        // 44866 and 44848 on the 1904 epoch are 2026-11-02 and 2026-10-15 (computed outside the program).
        const QByteArray shared = "<si><t>title</t></si><si><t>received_on</t></si><si><t xml:space=\"preserve\">金山区 </t></si>"
                                  "<si><r><t>化工</t></r><r><rPr><b/></rPr><t>厂</t></r><rPh sb=\"0\" eb=\"1\"><t>ホア</t></rPh></si>";
        const QByteArray sheet =
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"inlineStr\"><is><t>major</t></is></c>"
            "<c r=\"D1\" t=\"inlineStr\"><is><t>amount</t></is></c></row>"
            "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>3</v></c><c r=\"B2\" s=\"1\"><v>44866</v></c><c r=\"C2\" t=\"b\"><v>1</v></c>"
            "<c r=\"D2\" s=\"3\"><v>1234.5</v></c></row>"
            "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><r><t>倾倒</t></r><r><t>垃圾</t></r></is></c><c r=\"B4\" s=\"2\"><v>44848.75</v></c>"
            "<c r=\"D4\" t=\"str\"><f>1+1</f><v>2</v></c></row>";
        auto t = readXlsx(test::zipOf(test::workbookParts(sheet, shared, true)));
        QVERIFY2(t, qPrintable(problemOf(t)));
        QCOMPARE(t->encoding, u"XLSX"_s);
        QCOMPARE(t->rows.size(), 4);
        QCOMPARE(t->rows.at(0), (QStringList{u"title"_s, u"received_on"_s, u"major"_s, u"amount"_s}));
        QCOMPARE(t->rows.at(1), (QStringList{u"化工厂"_s, u"2026-11-02"_s, u"true"_s, u"1234.5"_s}));
        QCOMPARE(t->rows.at(2), QStringList());
        QCOMPARE(t->rows.at(3), (QStringList{u"倾倒垃圾"_s, u"2026-10-15"_s, QString(), u"2"_s}));
    }

    void excelDatesOn1900Epoch()
    {
        // Serials of the 1900 epoch: 1 = 1900-01-01, 59 = 1900-02-28, 60 = the 29 February 1900 that never was,
        // 61 = 1900-03-01, 46328 = 2026-11-02.
        QCOMPARE(excelDate(1, false), QDate(1900, 1, 1));
        QCOMPARE(excelDate(59, false), QDate(1900, 2, 28));
        QVERIFY(!excelDate(60, false).isValid());
        QCOMPARE(excelDate(61, false), QDate(1900, 3, 1));
        QCOMPARE(excelDate(46328.99, false), QDate(2026, 11, 2));
        QCOMPARE(excelDate(0, true), QDate(1904, 1, 1));
        QVERIFY(!excelDate(-1, false).isValid());
        const QByteArray sheet = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>d</t></is></c></row>"
                                 "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>46328</v></c></row><row r=\"3\"><c r=\"A3\" s=\"1\"><v>60</v></c></row>"
                                 "<row r=\"4\"><c r=\"A4\" s=\"2\"><v>61</v></c></row><row r=\"5\"><c r=\"A5\"><v>46328</v></c></row>";
        auto t = readXlsx(test::zipOf(test::workbookParts(sheet, QByteArray(), false)));
        QVERIFY2(t, qPrintable(problemOf(t)));
        QCOMPARE(t->rows.at(1).first(), u"2026-11-02"_s);
        QCOMPARE(t->rows.at(2).first(), u"60"_s); // no day: handed on as the number, for the command to refuse
        QCOMPARE(t->rows.at(3).first(), u"1900-03-01"_s);
        QCOMPARE(t->rows.at(4).first(), u"46328"_s); // not date-formatted: a number
    }

    void projectsOwnWriterReadsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"register.xlsx"_s);
        reports::XlsxBook book;
        QVERIFY(book.open(path));
        QVERIFY(book.addSheet(u"线索"_s, {u"title"_s, u"received_on"_s, u"count"_s, u"note"_s}));
        QVERIFY(book.addRow({u"青浦区河道油污"_s, QDate(2026, 11, 2), qint64(42), u"=1+1"_s},
                            {reports::XlsxBook::Cell::Text, reports::XlsxBook::Cell::Date, reports::XlsxBook::Cell::Number}));
        QVERIFY(book.addRow({u"第二行"_s, QDate(1900, 3, 1), 2.5, QString()},
                            {reports::XlsxBook::Cell::Text, reports::XlsxBook::Cell::Date, reports::XlsxBook::Cell::Number}));
        QVERIFY(book.close());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto t = readXlsx(f.readAll());
        QVERIFY2(t, qPrintable(problemOf(t)));
        QCOMPARE(t->rows.size(), 3);
        QCOMPARE(t->rows.at(0), (QStringList{u"title"_s, u"received_on"_s, u"count"_s, u"note"_s}));
        QCOMPARE(t->rows.at(1), (QStringList{u"青浦区河道油污"_s, u"2026-11-02"_s, u"42"_s, u"=1+1"_s}));
        QCOMPARE(t->rows.at(2).mid(0, 3), (QStringList{u"第二行"_s, u"1900-03-01"_s, u"2.5"_s}));
    }

    void hostileWorkbooksAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QByteArray header = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>title</t></is></c></row>";
        auto book = [&](const QByteArray &sheet, const QByteArray &shared = {}) {
            return test::zipOf(test::workbookParts(header + sheet, shared, false));
        };
        // 4 MiB of one byte deflates to a few KiB: a ratio far beyond any spreadsheet's.
        test::Parts bomb = test::workbookParts(header, {}, false);
        bomb << std::pair{u"xl/media/padding.bin"_s, QByteArray(4 << 20, 'A')};
        QTest::newRow("zip bomb") << test::zipOf(bomb) << u"Part xl/media/padding.bin of the workbook would inflate"_s;
        QTest::newRow("malformed XML") << book("<row r=\"2\"><c r=\"A2\"><v>1</c></row>") << u"is not well-formed XML (line 1"_s;
        QTest::newRow("DTD") << test::zipOf(test::Parts{{u"xl/workbook.xml"_s, "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"aaaa\">]><workbook/>"}})
                             << u"document type declaration (DTD) is not accepted"_s;
        QTest::newRow("shared string out of range") << book("<row r=\"2\"><c r=\"A2\" t=\"s\"><v>7</v></c></row>", "<si><t>x</t></si>")
                                                    << u"Cell A2 refers to shared string \"7\"; the workbook has 1"_s;
        QTest::newRow("too many rows") << book("<row r=\"30000\"><c r=\"A30000\"><v>1</v></c></row>") << u"more than 20000 rows"_s;
        QTest::newRow("too many columns") << book("<row r=\"2\"><c r=\"ZZ2\"><v>1</v></c></row>") << u"Row 2 has more than 256 columns"_s;
        QTest::newRow("cell of another row") << book("<row r=\"2\"><c r=\"A3\"><v>1</v></c></row>") << u"Cell reference \"A3\" in row 2"_s;
        QTest::newRow("rows out of order") << book("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>") << u"rows are out of order"_s;
        QTest::newRow("number that is none") << book("<row r=\"2\"><c r=\"A2\"><v>12abc</v></c></row>") << u"Cell A2 should hold a number"_s;
        QTest::newRow("huge cell") << book("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" + QByteArray(40000, 'x') + "</t></is></c></row>")
                                   << u"Row 2, column A has more than 32767 characters"_s;
        QTest::newRow("no workbook") << test::zipOf(test::Parts{{u"word/document.xml"_s, "<w/>"}}) << u"not an Excel workbook"_s;
        const QByteArray good = book({});
        QTest::newRow("truncated") << good.left(good.size() / 2) << u"ZIP directory is damaged or truncated"_s;
        // The directory says the sheet is 10 bytes: it is never read past them.
        QByteArray lying = good;
        for (qsizetype at = lying.indexOf("PK\x01\x02"); at >= 0; at = lying.indexOf("PK\x01\x02", at + 4))
            if (lying.mid(at + 46, 26) == "xl/worksheets/register.xml") {
                const char ten[4] = {10, 0, 0, 0};
                lying.replace(at + 24, 4, QByteArray(ten, 4));
            }
        QTest::newRow("directory that lies") << lying << u"Part xl/worksheets/register.xml of the workbook"_s;
    }
    void hostileWorkbooksAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString message = problemOf(readXlsx(bytes));
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void sizesAreCheckedBeforeInflating()
    {
        ReadLimits small;
        small.entryBytes = 100;
        const QString message = problemOf(readXlsx(test::zipOf(test::workbookParts({}, {}, false)), small));
        QVERIFY2(message.contains(u"would inflate to"_s) && message.contains(u"(at most 100 are read)"_s), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestSpreadsheetIn)
#include "tst_spreadsheetin.moc"
