// Reports ▸ Clue screening results… (Art. 36 ¶1) in the window (ui/reportview.h), offscreen: the clues
// received in a chosen period, as they stand at its end, for one district. A real click on "received by
// inspection" lists exactly the clues this test registered in that district, channel and period (computed
// here from what the test registered, not from the report); clues received before or after the period are
// not behind it. A period that runs backwards is refused with the core's message and shows no table.
// The menu entry is there, named in the reader's words.

#include "core/domain/catalogue.h"
#include "core/reports/annualreport.h"
#include "tests/reports/reportviewhelpers.h"
#include "ui/reportview.h"
#include "ui/reportsmenu.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecoclaim;

class TestScreeningView : public QObject
{
    Q_OBJECT
    test::CaseTestbed bed;
    QList<test::RegisteredClue> registered;

    void registerClue(const QString &title, const QString &district, const QString &channel, QDate received)
    {
        registered << test::registerClue(bed, title, district, channel, received);
    }

    // The figure cell of `table` for the row labelled `rowLabel` and the column titled `columnTitle`.
    static QTableWidgetItem *cell(QTableWidget *table, const QString &rowLabel, const QString &columnTitle)
    {
        const int row = test::reportRow(table, rowLabel), column = test::reportColumn(table, columnTitle);
        return row >= 0 && column >= 0 ? table->item(row, column) : nullptr;
    }

private Q_SLOTS:
    void aPeriodsNumberListsItsClues()
    {
        registerClue(u"浦东新区一月的线索"_s, u"310115"_s, u"inspection"_s, QDate(2026, 1, 31)); // the day before
        registerClue(u"浦东新区二月的线索"_s, u"310115"_s, u"inspection"_s, QDate(2026, 2, 1));  // the first day
        registerClue(u"浦东新区三月的线索"_s, u"310115"_s, u"inspection"_s, QDate(2026, 3, 15));
        registerClue(u"浦东新区四月末的线索"_s, u"310115"_s, u"inspection"_s, QDate(2026, 4, 30)); // the last day
        registerClue(u"浦东新区五月的线索"_s, u"310115"_s, u"inspection"_s, QDate(2026, 5, 1)); // the day after
        registerClue(u"宝山区三月的线索"_s, u"310113"_s, u"inspection"_s, QDate(2026, 3, 1));   // another district
        registerClue(u"浦东新区三月的投诉"_s, u"310115"_s, u"complaint"_s, QDate(2026, 3, 2));  // another channel
        const QDate from(2026, 2, 1), to(2026, 4, 30);
        QStringList expected;
        for (const test::RegisteredClue &r : std::as_const(registered))
            if (r.district == u"310115" && r.channel == u"inspection" && r.received >= from && r.received <= to)
                expected << r.number;
        expected.sort();
        QCOMPARE(expected.size(), 3);

        QList<qint64> opened;
        ui::ReportView view(bed.service(), reports::ReportKind::Screening, QDate(2026, 1, 1), QDate(2026, 12, 31),
                            [&opened](qint64 id) { opened << id; });
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!view.findChild<QSpinBox *>(u"reportYear"_s)); // a period, not a year
        auto *fromField = view.findChild<QDateEdit *>(u"reportFrom"_s);
        auto *toField = view.findChild<QDateEdit *>(u"reportTo"_s);
        auto *district = view.findChild<QComboBox *>(u"reportDistrict"_s);
        auto *show = view.findChild<QPushButton *>(u"reportShow"_s);
        auto *tabs = view.findChild<QTabWidget *>(u"reportTables"_s);
        auto *cases = view.findChild<QTableWidget *>(u"reportCases"_s);
        auto *status = view.findChild<QLabel *>(u"reportStatus"_s);
        QVERIFY(fromField && toField && district && show && tabs && cases && status);
        QCOMPARE(fromField->date(), QDate(2026, 1, 1));
        QCOMPARE(toField->date(), QDate(2026, 12, 31));
        fromField->setDate(from);
        toField->setDate(to);
        district->setCurrentIndex(district->findData(u"310115"_s));
        QVERIFY(district->currentIndex() > 0);
        QTest::mouseClick(show, Qt::LeftButton);
        // The screening results are the clue tables only — by channel and outcome, and the grounds of the
        // clues not initiated (the year's case, money and restoration tables belong to the annual report).
        QCOMPARE(tabs->count(), 2);
        QVERIFY(view.findChild<QTableWidget *>(u"reportTable_not_initiated"_s));
        QVERIFY(!view.findChild<QTableWidget *>(u"reportTable_cases"_s));
        QCOMPARE(status->text(), u"Pudong New Area: clue screening results, 1 Feb 2026 to 30 Apr 2026"_s);

        auto *clues = view.findChild<QTableWidget *>(u"reportTable_clues"_s);
        QVERIFY(clues);
        const QString inspection = domain::findChoice(domain::clueChannels(), u"inspection"_s)->displayName();
        const QString complaint = domain::findChoice(domain::clueChannels(), u"complaint"_s)->displayName();
        QTableWidgetItem *figure = cell(clues, inspection, u"Received"_s);
        QVERIFY(figure);
        QCOMPARE(figure->text(), QString::number(expected.size()));
        QTableWidgetItem *complaints = cell(clues, complaint, u"Received"_s);
        QVERIFY(complaints);
        QCOMPARE(complaints->text(), u"1"_s);
        QTest::mouseClick(clues->viewport(), Qt::LeftButton, {}, clues->visualItemRect(figure).center());
        QStringList listed;
        for (int r = 0; r < cases->rowCount(); ++r)
            listed << cases->item(r, 0)->text();
        listed.sort();
        QCOMPARE(listed, expected);

        const QPoint at = cases->visualItemRect(cases->item(0, 0)).center();
        QTest::mouseClick(cases->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(cases->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(opened, QList<qint64>{bed.service().resolve(cases->item(0, 0)->text()).value()});
    }

    void aBackwardPeriodIsRefused()
    {
        ui::ReportView view(bed.service(), reports::ReportKind::Screening, QDate(2026, 3, 1), QDate(2026, 1, 1), {});
        view.show();
        const auto before = bed.snapshot();
        view.showReport();
        auto *status = view.findChild<QLabel *>(u"reportStatus"_s);
        auto *tabs = view.findChild<QTabWidget *>(u"reportTables"_s);
        auto *save = view.findChild<QPushButton *>(u"reportSave"_s);
        QVERIFY(status && tabs && save);
        QVERIFY2(status->text().contains(u"The period must run from a real date to a later or equal one."_s), qPrintable(status->text()));
        QCOMPARE(tabs->count(), 0);
        QVERIFY(!save->isEnabled());
        QCOMPARE(bed.snapshot(), before);
    }

    void theReportsMenuOffersIt()
    {
        QWidget window;
        QMenuBar bar(&window);
        ui::addReportsMenu(&bar, &window, bed.service());
        auto *menu = bar.findChild<QMenu *>(u"reportsMenu"_s);
        QVERIFY(menu);
        QAction *screening = nullptr;
        for (QAction *a : menu->actions())
            if (a->objectName() == u"screeningReport")
                screening = a;
        QVERIFY(screening);
        QCOMPARE(screening->text(), u"&Clue screening results…"_s);
    }
};

QTEST_MAIN(TestScreeningView)
#include "tst_screeningview.moc"
