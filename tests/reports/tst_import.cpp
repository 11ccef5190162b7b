// Spreadsheets in, the import of a clue register (core/import/clueimport.h, CaseService::importBatch and
// undoImportBatch), on SQLite and PostgreSQL: a file with errors on chosen rows gets exactly those errors
// (row, column, message, article — written here) and changes nothing (content fingerprint, the search index
// included); good files — CSV in UTF-8 with a BOM and in GB18030 with the window's Chinese labels, an XLSX
// written by the project's own writer and one made by hand with inline strings and a 1904 date — import
// exactly the cases written here; an undo removes exactly that batch (every table as before, save the
// audit trail and the batch's own record, which say what happened); an undo after a case was worked on is
// refused; the command line does the same (exit 1 with the report); a mapping names other headers.

#include "core/import/clueimport.h"
#include "core/import/csvreader.h"
#include "core/import/xlsxreader.h"
#include "core/reports/xlsxbook.h"
#include "tests/reports/xlsxfixture.h"
#include "tests/service/casetestbed.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using namespace ecoclaim::importing;

namespace {
// One expected case: the values a row carries, as the case file must hold them.
struct Expected
{
    QString title, district, unit, channel;
    QDate received;
    QString site, reporter;
};

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(ECOCLAIM_SOURCE_DIR) + u"/tests/reports/data/import/"_s + QString::fromUtf8(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

// Every table but the audit trail and the batches' own record: what an undo must give back exactly. The
// search index is compared by its content (SQLite: case_fts_content, _docsize; PostgreSQL: case_search,
// case_grams), not by FTS5's segment b-trees (_data, _idx), which record a deletion as a new segment.
QMap<QString, QByteArray> withoutHistory(QMap<QString, QByteArray> fp)
{
    fp.remove(u"audit_log"_s);
    fp.remove(u"import_batches"_s);
    fp.remove(u"import_batch_cases"_s);
    for (const QString &t : {u"case_fts_data"_s, u"case_fts_idx"_s, u"case_grams_data"_s, u"case_grams_idx"_s})
        fp.remove(t);
    return fp;
}

// Cells equal as text, or as numbers (an XLSX amount is a number cell, 0; its CSV twin the text "0.00").
bool sameCells(const QList<QStringList> &a, const QList<QStringList> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype r = 0; r < a.size(); ++r) {
        if (a.at(r).size() != b.at(r).size())
            return false;
        for (qsizetype c = 0; c < a.at(r).size(); ++c) {
            bool okA = false, okB = false;
            const double x = a.at(r).at(c).toDouble(&okA), y = b.at(r).at(c).toDouble(&okB);
            if (a.at(r).at(c) != b.at(r).at(c) && !(okA && okB && x == y)) {
                qWarning("row %d column %d: %s vs %s", int(r + 1), int(c + 1), qPrintable(a.at(r).at(c)), qPrintable(b.at(r).at(c)));
                return false;
            }
        }
    }
    return true;
}

const QByteArray GoodCsv = "title,district,unit,channel,received_on,site,reporter\r\n"
                           "青浦区河道油污,青浦区,district_ecology,complaint,2026-11-02,朱家角镇,李某\r\n"
                           "\"奉贤区养殖场废水, 直排\",310120,区生态环境局,routine_supervision,2026-10-15,,\r\n";
const QList<Expected> GoodCsvCases = {
    {u"青浦区河道油污"_s, u"310118"_s, u"district_ecology"_s, u"complaint"_s, QDate(2026, 11, 2), u"朱家角镇"_s, u"李某"_s},
    {u"奉贤区养殖场废水, 直排"_s, u"310120"_s, u"district_ecology"_s, u"routine_supervision"_s, QDate(2026, 10, 15), {}, {}},
};
} // namespace
Q_DECLARE_METATYPE(Expected)

class TestImport : public QObject
{
    Q_OBJECT

    test::CaseTestbed bed;
    QTemporaryDir dir;

    QMap<QString, QByteArray> fingerprint()
    {
        return test::contentFingerprint(bed.database().connection(), test::Derived::Include);
    }

    int cli(const QStringList &args, QString *output = nullptr, QString *errors = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(ECOCLAIM_BIN_DIR) + u"/ecoclaim-cli"_s,
                QStringList{u"--lang"_s, u"en"_s, u"--today"_s, u"2026-11-28"_s, u"--db"_s, bed.path()} + args);
        p.waitForFinished(120000);
        if (output)
            *output = QString::fromUtf8(p.readAllStandardOutput());
        if (errors)
            *errors = QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    ImportReport run(const QByteArray &bytes, bool dryRun, const ColumnMapping &mapping = {})
    {
        ImportOptions o;
        o.dryRun = dryRun;
        o.today = test::CaseTestbed::today();
        o.actor = u"importer"_s;
        o.mapping = mapping;
        return importClues(bed.service(), bytes, u"register.csv"_s, o);
    }

    void compareCases(const ImportReport &report, const QList<Expected> &expected)
    {
        QCOMPARE(report.cases.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            auto file = bed.service().caseFile(report.cases.at(i).second);
            QVERIFY2(file, qPrintable(file.errorString()));
            const Expected &e = expected.at(i);
            QCOMPARE(file->title, e.title);
            QCOMPARE(file->districtCode, e.district);
            QCOMPARE(file->unit, e.unit);
            QCOMPARE(file->channel, e.channel);
            QCOMPARE(file->receivedOn, e.received);
            QCOMPARE(file->site, e.site);
            QCOMPARE(file->reporter, e.reporter);
            QCOMPARE(file->stage, domain::Stage::Clue);
        }
    }

    QStringList lastAuditCommands(int n)
    {
        auto q = storage::exec(bed.database().connection(), u"SELECT command FROM audit_log ORDER BY id DESC LIMIT %1"_s.arg(n));
        if (!q)
            qFatal("%s", qPrintable(q.errorString()));
        QStringList out;
        while (q.value().next())
            out.prepend(q.value().value(0).toString());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        // Something in the register before the imports, in a district a file also uses.
        bed.apply(test::json(R"j({"cmd":"register_clue","title":"已有线索","district":"青浦区","unit":"district_ecology",
            "channel":"complaint","received_on":"2026-09-01"})j"));
    }

    void refusedRowsAreReportedAndNothingChanges()
    {
        const QByteArray csv = "title,district,unit,channel,received_on,discovered_on,major,major_reason\n"
                               "好行一,金山区,district_ecology,complaint,2026-11-02,,,\n"               // row 2: good
                               "坏日期,金山区,district_ecology,complaint,2026-13-01,,,\n"               // row 3
                               "坏区,火星区,district_ecology,complaint,2026-11-02,,,\n"                 // row 4
                               "好行二,金山区,district_ecology,inspection,2026-11-03,2026-11-01,,\n"    // row 5: good
                               "晚发现,金山区,district_ecology,complaint,2026-11-02,2026-11-05,,\n"     // row 6
                               "\n"                                                                       // row 7: blank
                               "重大无理由,金山区,district_ecology,complaint,2026-11-02,,是,\n"          // row 8
                               "无区,,district_ecology,complaint,2026-11-02,,,\n";                     // row 9
        const auto before = fingerprint();
        for (bool dryRun : {true, false}) {
            const ImportReport r = run(csv, dryRun);
            QCOMPARE(r.encoding, u"UTF-8"_s);
            QCOMPARE(r.rows, 7);
            QVERIFY(!r.applied);
            QCOMPARE(r.batchId, qint64(0));
            QVERIFY(r.cases.isEmpty());
            QStringList got;
            for (const RowError &e : r.errors)
                got << u"%1|%2|%3|%4|%5|%6"_s.arg(e.row).arg(e.column, e.header, e.field, e.message, e.article);
            const QStringList expected{
                u"3|E|received_on|received_on|Received on: \"2026-13-01\" is not a real date (write YYYY-MM-DD).|"_s,
                u"4|B|district|district|District: \"火星区\" is not a Shanghai district (give its code, such as 310115, or its name).|"_s,
                u"6||||The clue cannot be discovered after the day it was received.|"_s,
                u"8||||A major case needs the reason it is major.|Art. 39"_s,
                u"9|B|district|district|District is required.|Art. 6"_s,
            };
            QCOMPARE(got, expected);
            QVERIFY(test::sameTables(fingerprint(), before));
        }
    }

    void fileProblemsAreReportedAndNothingChanges()
    {
        const auto before = fingerprint();
        ImportReport r = run("序号,title,district\n1,x,金山区\n", false);
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().row, 0);
        QCOMPARE(r.errors.first().message, u"Column A \"序号\" is no field of register_clue: name it in a mapping (or map it to \"\" to "
                                            "leave it out)."_s);
        r = run("title,title\nx,y\n", false);
        QCOMPARE(r.errors.first().message, u"Columns A and B both fill \"title\"."_s);
        r = run(fixture("broken-encoding.csv"), false);
        QVERIFY(r.errors.first().message.startsWith(u"The file is neither UTF-8"_s));
        r = run("title\n", false);
        QCOMPARE(r.errors.first().message, u"The file holds no rows to import."_s);
        QVERIFY(test::sameTables(fingerprint(), before));
    }

    void goodFilesImportAndUndo_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QList<Expected>>("expected");
        QTest::newRow("CSV UTF-8 with BOM, field names") << QByteArray("\xEF\xBB\xBF" + GoodCsv) << u"UTF-8 with BOM"_s << GoodCsvCases;
        QTest::newRow("CSV GB18030, the window's Chinese labels")
            << fixture("clues-gb18030.csv") << u"GB18030"_s
            << QList<Expected>{{u"金山区某化工厂废水偷排"_s, u"310116"_s, u"district_ecology"_s, u"complaint"_s, QDate(2026, 10, 8),
                                u"金山卫镇"_s, u"王某"_s},
                               {u"松江区非法倾倒建筑垃圾"_s, u"310117"_s, u"district_ecology"_s, u"routine_supervision"_s,
                                QDate(2026, 9, 30), u"泖港镇"_s, {}}};
        {
            // The project's own writer (libxlsxwriter): English labels, dates as date cells (1900 epoch).
            const QString path = dir.filePath(u"own.xlsx"_s);
            reports::XlsxBook book;
            if (!book.open(path) || !book.addSheet(u"clues"_s, {u"Title"_s, u"District"_s, u"Handling unit"_s, u"Clue channel"_s,
                                                                 u"Received on"_s, u"Site"_s, u"Reported by"_s}))
                qFatal("cannot write the workbook");
            using C = reports::XlsxBook::Cell;
            const QList<C> kinds{C::Text, C::Text, C::Text, C::Text, C::Date};
            if (!book.addRow({u"闵行区土壤污染"_s, u"闵行区"_s, u"district_ecology"_s, u"court"_s, QDate(2026, 8, 31), u"吴泾镇"_s, QString()}, kinds)
                || !book.addRow({u"=HYPERLINK(\"x\")"_s, u"310112"_s, u"district_ecology"_s, u"procuratorate"_s, QDate(2026, 1, 1),
                                 QString(), u"赵某"_s}, kinds)
                || !book.close())
                qFatal("cannot write the workbook");
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            QTest::newRow("XLSX by the project's writer")
                << f.readAll() << u"XLSX"_s
                << QList<Expected>{{u"闵行区土壤污染"_s, u"310112"_s, u"district_ecology"_s, u"court"_s, QDate(2026, 8, 31), u"吴泾镇"_s, {}},
                                   {u"=HYPERLINK(\"x\")"_s, u"310112"_s, u"district_ecology"_s, u"procuratorate"_s, QDate(2026, 1, 1),
                                    {}, u"赵某"_s}};
        }
        {
            // By hand: Chinese labels as shared strings, values as inline strings, the date 44866 on the 1904
            // epoch (2026-11-02, computed outside the program) and one as text.
            const QByteArray shared = "<si><t>案件名称</t></si><si><t>行政区</t></si><si><t>承办单位</t></si><si><t>线索渠道</t></si>"
                                      "<si><t>接收日期</t></si>";
            auto inl = [](const char *ref, const char *text) -> QByteArray {
                return QByteArray("<c r=\"") + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
            };
            const QByteArray sheet =
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c>"
                "<c r=\"D1\" t=\"s\"><v>3</v></c><c r=\"E1\" t=\"s\"><v>4</v></c></row>"
                "<row r=\"2\">" + inl("A2", "嘉定区危废非法转移") + inl("B2", "嘉定区") + inl("C2", "区生态环境局") + inl("D2", "emergency")
                + "<c r=\"E2\" s=\"1\"><v>44866</v></c></row>"
                "<row r=\"3\">" + inl("A3", "宝山区扬尘") + inl("B3", "310113") + inl("C3", "district_ecology") + inl("D3", "other")
                + inl("E3", "2026/7/9") + "</row>";
            QTest::newRow("XLSX by hand, inline strings, 1904 epoch")
                << test::zipOf(test::workbookParts(sheet, shared, true)) << u"XLSX"_s
                << QList<Expected>{{u"嘉定区危废非法转移"_s, u"310114"_s, u"district_ecology"_s, u"emergency"_s, QDate(2026, 11, 2), {}, {}},
                                   {u"宝山区扬尘"_s, u"310113"_s, u"district_ecology"_s, u"other"_s, QDate(2026, 7, 9), {}, {}}};
        }
    }
    void goodFilesImportAndUndo()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(QList<Expected>, expected);
        const auto before = fingerprint();
        const ImportReport dry = run(bytes, true);
        QVERIFY2(dry.ok(), qPrintable(dry.toText()));
        QCOMPARE(dry.encoding, encoding);
        QCOMPARE(dry.cases.size(), expected.size());
        QVERIFY(test::sameTables(fingerprint(), before)); // a dry run changes nothing

        const ImportReport r = run(bytes, false);
        QVERIFY2(r.ok(), qPrintable(r.toText()));
        QVERIFY(r.applied);
        QVERIFY(r.batchId > 0);
        compareCases(r, expected);
        QCOMPARE(lastAuditCommands(1), QStringList{u"import_batch"_s});
        // The dry run named the numbers the import then gave.
        QCOMPARE(dry.cases, r.cases);

        auto undone = bed.service().undoImportBatch(r.batchId, u"importer"_s);
        QVERIFY2(undone, qPrintable(undone.errorString()));
        QCOMPARE(undone->caseNumbers.size(), expected.size());
        for (const auto &[row, number] : r.cases)
            QVERIFY(!bed.service().caseFile(number));
        QVERIFY(test::sameTables(withoutHistory(fingerprint()), withoutHistory(before)));
        QCOMPARE(lastAuditCommands(2), (QStringList{u"import_batch"_s, u"undo_import_batch"_s}));
    }

    void undoIsRefusedOnceACaseWasWorkedOn()
    {
        const ImportReport r = run(GoodCsv, false);
        QVERIFY2(r.ok(), qPrintable(r.toText()));
        const QString worked = r.cases.at(1).second;
        bed.apply(test::json(R"({"cmd":"add_party","kind":"company","name":"上海某养殖有限公司"})"), worked);
        const auto before = fingerprint();
        auto refused = bed.service().undoImportBatch(r.batchId, u"importer"_s);
        QVERIFY(!refused);
        QCOMPARE(refused.problems().first().message,
                 u"Import batch %1 cannot be undone: case %2 (row 3) — it has been worked on since the import (add_party on its "
                 "timeline). Nothing was removed; correct or close that case through its own commands instead."_s.arg(r.batchId).arg(worked));
        QVERIFY(test::sameTables(fingerprint(), before));
        QVERIFY(bed.service().caseFile(r.cases.at(0).second));

        // A batch undone once is not undone again; an unknown batch is named.
        const ImportReport second = run("title,district,unit,channel,received_on\n再一条,金山区,district_ecology,complaint,2026-11-20\n", false);
        QVERIFY2(second.ok(), qPrintable(second.toText()));
        QVERIFY(bed.service().undoImportBatch(second.batchId, u"importer"_s));
        const auto afterUndo = fingerprint();
        auto again = bed.service().undoImportBatch(second.batchId, u"importer"_s);
        QVERIFY(!again);
        QVERIFY2(again.problems().first().message.startsWith(u"Import batch %1 was undone on "_s.arg(second.batchId)), qPrintable(again.errorString()));
        QCOMPARE(bed.service().undoImportBatch(9999, u"importer"_s).problems().first().message, u"There is no import batch 9999."_s);
        QVERIFY(test::sameTables(fingerprint(), afterUndo));
    }

    void commandLine()
    {
        // Refused rows: exit 1, the report on stderr, nothing changed.
        const auto before = fingerprint();
        const QString bad = write(u"bad.csv"_s, "title,district,unit,channel,received_on\n好,金山区,district_ecology,complaint,2026-11-02\n"
                                                "坏,金山区,district_ecology,mail,2026-11-02\n");
        QString output, errors;
        QCOMPARE(cli({u"import"_s, u"clues"_s, bad}, &output, &errors), 1);
        QVERIFY2(errors.contains(u"row 3, column D (channel): Clue channel: \"mail\" is not one of: inspection,"_s), qPrintable(errors));
        QVERIFY2(errors.contains(u"Nothing was imported: 1 row refused."_s), qPrintable(errors));
        QCOMPARE(cli({u"import"_s, u"clues"_s, bad, u"--json"_s}, &output), 1);
        const QJsonObject report = QJsonDocument::fromJson(output.toUtf8()).object();
        QCOMPARE(report.value(u"errors"_s).toArray().size(), 1);
        QCOMPARE(report.value(u"errors"_s).toArray().first().toObject().value(u"row"_s).toInt(), 3);
        QCOMPARE(report.value(u"errors"_s).toArray().first().toObject().value(u"column"_s).toString(), u"D"_s);
        QVERIFY(test::sameTables(fingerprint(), before));

        // Other headers need a mapping; saved, it is used again.
        const QString ledger = write(u"ledger.csv"_s, "线索名称,所在区,承办部门,来源,受理时间,序号\n"
                                                      "长宁区噪声扰民,长宁区,district_ecology,complaint,2026.11.1,1\n");
        QCOMPARE(cli({u"import"_s, u"clues"_s, ledger, u"--dry-run"_s}, &output, &errors), 1);
        QVERIFY2(errors.contains(u"Column A \"线索名称\" is no field of register_clue"_s), qPrintable(errors));
        const QString mapping = write(u"mapping.json"_s, R"({"format": "ecoclaim-import-mapping", "version": 1,
            "columns": {"线索名称": "title", "所在区": "district", "承办部门": "unit", "来源": "channel", "受理时间": "received_on", "序号": ""}})");
        const QString saved = dir.filePath(u"saved.json"_s);
        QCOMPARE(cli({u"import"_s, u"clues"_s, ledger, u"--mapping"_s, mapping, u"--save-mapping"_s, saved, u"--dry-run"_s, u"--json"_s}, &output), 0);
        QCOMPARE(QJsonDocument::fromJson(output.toUtf8()).object().value(u"dry_run"_s).toBool(), true);
        QVERIFY(test::sameTables(fingerprint(), before));
        auto reloaded = ColumnMapping::load(saved);
        QVERIFY(reloaded);
        QCOMPARE(reloaded->columns.value(u"受理时间"_s), u"received_on"_s);
        QCOMPARE(reloaded->columns.value(u"序号"_s), QString());

        // The import, its batch listed, its undo; an undo again is refused.
        QCOMPARE(cli({u"import"_s, u"clues"_s, ledger, u"--mapping"_s, saved, u"--json"_s}, &output), 0);
        const QJsonObject done = QJsonDocument::fromJson(output.toUtf8()).object();
        const qint64 batch = done.value(u"batch"_s).toInteger();
        QVERIFY(batch > 0);
        const QString number = done.value(u"cases"_s).toArray().first().toObject().value(u"case"_s).toString();
        auto file = bed.service().caseFile(number);
        QVERIFY2(file, qPrintable(file.errorString()));
        QCOMPARE(file->title, u"长宁区噪声扰民"_s);
        QCOMPARE(file->receivedOn, QDate(2026, 11, 1));
        QCOMPARE(cli({u"import"_s, u"batches"_s, u"--json"_s}, &output), 0);
        QCOMPARE(QJsonDocument::fromJson(output.toUtf8()).array().first().toObject().value(u"file"_s).toString(), u"ledger.csv"_s);
        QCOMPARE(cli({u"import"_s, u"undo"_s, QString::number(batch)}, &output), 0);
        QVERIFY2(output.contains(number), qPrintable(output));
        QVERIFY(test::sameTables(withoutHistory(fingerprint()), withoutHistory(before)));
        QCOMPARE(cli({u"import"_s, u"undo"_s, QString::number(batch)}, &output, &errors), 1);
        QVERIFY2(errors.contains(u"was undone on"_s), qPrintable(errors));
        QCOMPARE(cli({u"import"_s, u"undo"_s, u"x"_s}, &output, &errors), 1);
    }

    void spreadsheetsOutReadBack()
    {
        // The case list the program writes as XLSX reads back as the same rows as its CSV.
        const QString xlsx = dir.filePath(u"list.xlsx"_s), csv = dir.filePath(u"list.csv"_s);
        QCOMPARE(cli({u"case"_s, u"list"_s, u"--xlsx"_s, xlsx}), 0);
        QCOMPARE(cli({u"case"_s, u"list"_s, u"--csv"_s, csv}), 0);
        QFile x(xlsx), c(csv);
        QVERIFY(x.open(QIODevice::ReadOnly) && c.open(QIODevice::ReadOnly));
        auto fromXlsx = readXlsx(x.readAll());
        auto fromCsv = readCsv(c.readAll());
        QVERIFY2(fromXlsx, qPrintable(fromXlsx.errorString()));
        QVERIFY2(fromCsv, qPrintable(fromCsv.errorString()));
        QCOMPARE(fromCsv->encoding, u"UTF-8 with BOM"_s);
        QVERIFY(fromXlsx->rows.size() >= 4);
        QVERIFY(sameCells(fromXlsx->rows, fromCsv->rows));
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
