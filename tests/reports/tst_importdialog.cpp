// File ▸ Import clues (ui/importdialog.h), offscreen: the GB18030 fixture checked (dry run: nothing changed,
// Import offered), imported (the two cases exist), and a file with a refused row listed in the table with
// Import withheld. File ▸ Import a legacy case ledger with cases at consultation … closed and three
// impossible rows: the rows refused with their articles, then the good ones imported. Saves the dialogs as
// PNG when ECOCLAIM_SHOT_DIR is set (for a look at it; run on a real display, in English and Chinese).

#include "tests/reports/tst_ledgerstages.h"
#include "tests/service/casetestbed.h"
#include "ui/importdialog.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace ecoclaim;

class TestImportDialog : public QObject
{
    Q_OBJECT
    test::CaseTestbed bed;
    QTemporaryDir dir;

    void shot(QWidget *w, const char *name)
    {
        const QString folder = qEnvironmentVariable("ECOCLAIM_SHOT_DIR");
        if (!folder.isEmpty())
            w->grab().save(folder + u'/' + QString::fromUtf8(name));
    }

    // A district ledger beyond the appraisal: six good rows, three impossible ones (an amount without its
    // Art. 5 category, the notice served two days before the meeting, closed before the evaluation).
    void ledgerWithLaterStages(const char *lang)
    {
        using namespace test::ledgerstages;
        test::CaseTestbed ledgerBed;
        ui::ImportCluesDialog dialog(ledgerBed.service(), nullptr, ui::ImportCluesDialog::Kind::CaseLedger);
        dialog.resize(1100, 560);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *file = dialog.findChild<QLineEdit *>(u"importFile"_s);
        auto *check = dialog.findChild<QPushButton *>(u"importCheck"_s);
        auto *run = dialog.findChild<QPushButton *>(u"importRun"_s);
        auto *report = dialog.findChild<QTableWidget *>(u"importReport"_s);
        auto *summary = dialog.findChild<QLabel *>(u"importSummary"_s);
        QVERIFY(file && check && run && report && summary);
        QList<QMap<QString, QString>> rows = goodRows();
        rows << with(baseRow(u"无金额类别"_s, u"磋商"_s), {{u"金额类别"_s, {}}})
             << with(baseRow(u"告知书送达过晚"_s, u"磋商"_s), {{u"磋商告知书送达日期"_s, u"2025-05-26"_s}})
             << with(goodRows().at(4), {{u"案件名称"_s, u"结案早于评估"_s}, {u"结案日期"_s, u"2025-11-10"_s}});
        const QString path = dir.filePath(u"ledger-%1.csv"_s.arg(QString::fromLatin1(lang)));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csvOf(rows));
        f.close();
        const auto before = ledgerBed.snapshot();
        file->setText(path);
        QTest::mouseClick(check, Qt::LeftButton);
        QCOMPARE(report->rowCount(), 3);
        const bool zh = qstrcmp(lang, "zh") == 0;
        const QStringList rowNumbers{u"8"_s, u"9"_s, u"10"_s};
        const QStringList articles = zh ? QStringList{u"第五条"_s, u"第十九条"_s, u"第二十九条"_s}
                                        : QStringList{u"Art. 5"_s, u"Art. 19"_s, u"Art. 29"_s};
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(report->item(i, 0)->text(), rowNumbers.at(i));
            QCOMPARE(report->item(i, 4)->text(), articles.at(i));
        }
        QVERIFY(!run->isEnabled());
        shot(&dialog, zh ? "ledger-import-refused-zh.png" : "ledger-import-refused-en.png");
        QCOMPARE(ledgerBed.snapshot(), before);

        f.remove();
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csvOf(goodRows()));
        f.close();
        file->setText(u""_s);
        file->setText(path);
        QTest::mouseClick(check, Qt::LeftButton);
        QCOMPARE(report->rowCount(), 0);
        QVERIFY(run->isEnabled());
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY(!run->isEnabled());
        shot(&dialog, zh ? "ledger-import-imported-zh.png" : "ledger-import-imported-en.png");
        QCOMPARE(ledgerBed.service().caseFile(u"2025-310112-0005"_s)->stage, domain::Stage::Closed);
        if (!zh)
            QVERIFY2(summary->text().contains(u"Imported 6 case(s) as batch 1"_s), qPrintable(summary->text()));
    }

private Q_SLOTS:
    void caseLedgerBeyondTheAppraisal() { ledgerWithLaterStages("en"); }

    // With ECOCLAIM_SHOT_DIR set (run on a real display), the same in Chinese, the default language.
    void caseLedgerInChinese()
    {
        if (qEnvironmentVariable("ECOCLAIM_SHOT_DIR").isEmpty())
            QSKIP("ECOCLAIM_SHOT_DIR not set");
        QTranslator chinese;
        QVERIFY(chinese.load(u":/i18n/ecoclaim_zh_CN.qm"_s));
        QCoreApplication::installTranslator(&chinese);
        ledgerWithLaterStages("zh");
        QCoreApplication::removeTranslator(&chinese);
    }

    void checkThenImport()
    {
        ui::ImportCluesDialog dialog(bed.service());
        dialog.show();
        auto *file = dialog.findChild<QLineEdit *>(u"importFile"_s);
        auto *check = dialog.findChild<QPushButton *>(u"importCheck"_s);
        auto *run = dialog.findChild<QPushButton *>(u"importRun"_s);
        auto *report = dialog.findChild<QTableWidget *>(u"importReport"_s);
        auto *summary = dialog.findChild<QLabel *>(u"importSummary"_s);
        QVERIFY(file && check && run && report && summary);

        // A refused row: listed, Import withheld, nothing changed.
        const QString bad = dir.filePath(u"bad.csv"_s);
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("title,district,unit,channel,received_on\n好,金山区,district_ecology,complaint,2026-11-02\n坏,火星区,district_ecology,complaint,2026-11-02\n");
        f.close();
        const auto before = bed.snapshot();
        file->setText(bad);
        QTest::mouseClick(check, Qt::LeftButton);
        QCOMPARE(report->rowCount(), 1);
        QCOMPARE(report->item(0, 0)->text(), u"3"_s);
        QCOMPARE(report->item(0, 1)->text(), u"B district"_s);
        QVERIFY(report->item(0, 3)->text().contains(u"火星区"_s));
        QVERIFY(!run->isEnabled());
        shot(&dialog, "import-dialog-refused.png");
        QCOMPARE(bed.snapshot(), before);

        // The GB18030 register: checked, then imported.
        file->setText(QStringLiteral(ECOCLAIM_SOURCE_DIR) + u"/tests/reports/data/import/clues-gb18030.csv"_s);
        QVERIFY(!run->isEnabled());
        QTest::mouseClick(check, Qt::LeftButton);
        QCOMPARE(report->rowCount(), 0);
        QVERIFY2(summary->text().contains(u"GB18030"_s), qPrintable(summary->text()));
        QVERIFY(run->isEnabled());
        QCOMPARE(bed.snapshot(), before);
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY2(summary->text().contains(u"Imported 2 clue(s) as batch 1"_s), qPrintable(summary->text()));
        QVERIFY(!run->isEnabled());
        shot(&dialog, "import-dialog-imported.png");
        auto batches = bed.service().importBatches();
        QVERIFY(batches);
        QCOMPARE(batches->size(), 1);
        QCOMPARE(batches->first().encoding, u"GB18030"_s);
        QCOMPARE(batches->first().rowCount, 2);
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
