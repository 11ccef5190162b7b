// The annual report in the window (ui/reportview.h, Reports ▸ Annual report…), offscreen: the
// report of one district and year shown, a real click on a number lists exactly the cases behind it —
// computed here from the cases this test registered (district, channel, day received), not from the
// report — and a double click on a listed case asks to open that case. Also File ▸ Import a legacy case
// ledger… (ui/importdialog.h): the GB18030 ledger checked, then imported, each case at its stage.
// Saves the views as PNG when ECOCLAIM_SHOT_DIR is set (for a look at them).

#include "core/domain/catalogue.h"
#include "core/reports/annualreport.h"
#include "tests/reports/reportviewhelpers.h"
#include "ui/reportview.h"
#include "ui/importdialog.h"

#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecoclaim;

class TestReportWindow : public QObject
{
    Q_OBJECT
    test::CaseTestbed bed;
    QList<test::RegisteredClue> registered;

    void shot(QWidget *w, const char *name)
    {
        const QString folder = qEnvironmentVariable("ECOCLAIM_SHOT_DIR");
        if (!folder.isEmpty())
            w->grab().save(folder + u'/' + QString::fromUtf8(name));
    }

    void registerClue(const QString &title, const QString &district, const QString &channel, QDate received)
    {
        registered << test::registerClue(bed, title, district, channel, received);
    }

private Q_SLOTS:
    void aClickOnANumberListsItsCases()
    {
        registerClue(u"浦东新区某厂废气"_s, u"310115"_s, u"inspection"_s, QDate(2026, 2, 1));
        registerClue(u"浦东新区某河道"_s, u"310115"_s, u"inspection"_s, QDate(2026, 3, 1));
        registerClue(u"宝山区某码头"_s, u"310113"_s, u"inspection"_s, QDate(2026, 4, 1));
        registerClue(u"浦东新区某投诉"_s, u"310115"_s, u"complaint"_s, QDate(2026, 5, 1));
        registerClue(u"浦东新区去年的线索"_s, u"310115"_s, u"inspection"_s, QDate(2025, 6, 1));
        registerClue(u"浦东新区年末线索"_s, u"310115"_s, u"inspection"_s, QDate(2026, 11, 20));
        // What the figure "clues received by inspection, Pudong, 2026" must stand for.
        QStringList expected;
        for (const test::RegisteredClue &r : std::as_const(registered))
            if (r.district == u"310115" && r.channel == u"inspection" && r.received.year() == 2026)
                expected << r.number;
        expected.sort();
        QCOMPARE(expected.size(), 3);

        QList<qint64> opened;
        ui::ReportView view(bed.service(), reports::ReportKind::Annual, QDate(2025, 1, 1), QDate(2025, 12, 31),
                            [&opened](qint64 id) { opened << id; });
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *year = view.findChild<QSpinBox *>(u"reportYear"_s);
        auto *district = view.findChild<QComboBox *>(u"reportDistrict"_s);
        auto *show = view.findChild<QPushButton *>(u"reportShow"_s);
        auto *tabs = view.findChild<QTabWidget *>(u"reportTables"_s);
        auto *cases = view.findChild<QTableWidget *>(u"reportCases"_s);
        auto *save = view.findChild<QPushButton *>(u"reportSave"_s);
        QVERIFY(year && district && show && tabs && cases && save);
        year->setValue(2026);
        district->setCurrentIndex(district->findData(u"310115"_s));
        QVERIFY(district->currentIndex() > 0);
        QTest::mouseClick(show, Qt::LeftButton);
        QVERIFY(save->isEnabled());

        auto *clues = view.findChild<QTableWidget *>(u"reportTable_clues"_s);
        QVERIFY(clues);
        tabs->setCurrentWidget(clues);
        const QString inspection = domain::findChoice(domain::clueChannels(), u"inspection"_s)->displayName();
        const int row = test::reportRow(clues, inspection), column = test::reportColumn(clues, u"Received"_s);
        QVERIFY(row >= 0 && column >= 0);
        QTableWidgetItem *figure = clues->item(row, column);
        QCOMPARE(figure->text(), QString::number(expected.size()));
        clues->scrollToItem(figure);
        QTest::mouseClick(clues->viewport(), Qt::LeftButton, {}, clues->visualItemRect(figure).center());
        QStringList listed;
        for (int r = 0; r < cases->rowCount(); ++r)
            listed << cases->item(r, 0)->text();
        listed.sort();
        QCOMPARE(listed, expected);
        QCOMPARE(cases->item(0, 1)->text().isEmpty(), false); // the title beside the number
        shot(&view, "annual-report-view.png");

        // A double click on a listed case asks the window to open it.
        const QString first = cases->item(0, 0)->text();
        // As a mouse does it: the press of the first click, then the double click (QTest's double click alone
        // carries no press, and an item view opens only the item the press was on).
        const QPoint at = cases->visualItemRect(cases->item(0, 0)).center();
        QTest::mouseClick(cases->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(cases->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(opened, QList<qint64>{bed.service().resolve(first).value()});

        // A zero lists no case: "complaint" received in Pudong is 1, the court channel 0.
        const QString court = domain::findChoice(domain::clueChannels(), u"court"_s)->displayName();
        const int courtRow = test::reportRow(clues, court);
        QVERIFY(courtRow >= 0);
        QCOMPARE(clues->item(courtRow, column)->text(), u"0"_s);
        QTest::mouseClick(clues->viewport(), Qt::LeftButton, {}, clues->visualItemRect(clues->item(courtRow, column)).center());
        QCOMPARE(cases->rowCount(), 0);
    }

    void ledgerImportFromTheWindow()
    {
        ui::ImportCluesDialog dialog(bed.service(), nullptr, ui::ImportCluesDialog::Kind::CaseLedger);
        dialog.show();
        auto *file = dialog.findChild<QLineEdit *>(u"importFile"_s);
        auto *check = dialog.findChild<QPushButton *>(u"importCheck"_s);
        auto *run = dialog.findChild<QPushButton *>(u"importRun"_s);
        auto *summary = dialog.findChild<QLabel *>(u"importSummary"_s);
        QVERIFY(file && check && run && summary);
        const auto before = bed.snapshot();
        file->setText(QStringLiteral(ECOCLAIM_SOURCE_DIR) + u"/tests/reports/data/import/ledger-gb18030.csv"_s);
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY2(run->isEnabled(), qPrintable(summary->text()));
        QVERIFY(summary->text().contains(u"GB18030"_s));
        QCOMPARE(bed.snapshot(), before);
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY2(summary->text().contains(u"Imported 4 case"_s) && summary->text().contains(u"as batch 1"_s), qPrintable(summary->text()));
        shot(&dialog, "import-ledger-dialog.png");
        QCOMPARE(bed.service().caseFile(u"2023-310118-0007"_s)->stage, domain::Stage::Investigation);
        QCOMPARE(bed.service().caseFile(u"沪浦环损〔2024〕12号"_s)->appraisals.size(), 1);
    }
};

QTEST_MAIN(TestReportWindow)
#include "tst_reportwindow.moc"
