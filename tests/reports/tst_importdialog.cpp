// File ▸ Import clues (ui/importdialog.h), offscreen: the GB18030 fixture checked (dry run: nothing changed,
// Import offered), imported (the two cases exist), and a file with a refused row listed in the table with
// Import withheld. Saves the dialog as PNG when ECOCLAIM_SHOT_DIR is set (for a look at it).

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

private Q_SLOTS:
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
