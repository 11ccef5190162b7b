// The window's models against Qt's own model checker, the deadline dashboard driven as a caseworker
// drives it, and the Settings dialog changing the bureau's settings — on a real database, offscreen.

#include "casetestbed.h"

#include "core/service/casereader.h"
#include "core/service/dashboard.h"
#include "ui/caselistmodel.h"
#include "ui/dashboardpanel.h"
#include "ui/dueitemsmodel.h"
#include "ui/settingsdialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonArray>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using namespace ecoclaim::domain;
using ecoclaim::test::json;

class TestModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void caseListPagesByKeyUnderTheTester();
    void caseListSearchAndSortUnderTheTester();
    void dueItemsUnderTheTester();
    void dashboardFollowsItsControls();
    void settingsDialogChangesTheBureausSettings();
};

namespace {
// Registers `n` clues quickly; titles carry a searchable word for every third case.
void registerMany(test::CaseTestbed &bed, int n)
{
    for (int i = 0; i < n; ++i) {
        QJsonObject c = json(R"({"cmd":"register_clue","district":"310115","unit":"district_ecology","channel":"complaint"})");
        c.insert(u"title"_s, (i % 3 == 0 ? u"浦东某码头排污案%1"_s : u"浦东某地块倾倒案%1"_s).arg(i));
        c.insert(u"received_on"_s, QDate(2026, 1, 1).addDays(i % 300).toString(Qt::ISODate));
        bed.apply(c);
    }
}
} // namespace

void TestModels::caseListPagesByKeyUnderTheTester()
{
    test::CaseTestbed bed;
    registerMany(bed, 250);
    ui::CaseListModel model(bed.service().reader());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRequest({});
    QCOMPARE(model.totalCount(), 250);
    QCOMPARE(model.rowCount(), 100); // one page, not everything
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 250);
    QSet<qint64> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.insert(model.caseIdAt(model.index(r, 0)));
    QCOMPARE(ids.size(), 250);
}

void TestModels::caseListSearchAndSortUnderTheTester()
{
    test::CaseTestbed bed;
    registerMany(bed, 120);
    ui::CaseListModel model(bed.service().reader());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    domain::CaseListRequest request;
    request.filter.search = u"排污"_s; // two characters: the gram index
    model.setRequest(request);
    QCOMPARE(model.totalCount(), 40);
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY(model.data(model.index(r, ui::CaseListModel::Title)).toString().contains(u"排污"_s));
    model.sort(ui::CaseListModel::Number, Qt::AscendingOrder);
    QString previous;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString number = model.data(model.index(r, ui::CaseListModel::Number)).toString();
        QVERIFY(number > previous);
        previous = number;
    }
    // A write by the service shows after a reload.
    bed.apply(json(R"({"cmd":"register_clue","title":"新的排污线索","district":"310115","unit":"water","channel":"complaint","received_on":"2026-11-01"})"));
    model.reload();
    QCOMPARE(model.totalCount(), 41);
}

void TestModels::dueItemsUnderTheTester()
{
    test::CaseTestbed bed;
    bed.caseAt(Stage::Clue);
    ui::DueItemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto items = service::dueItems(bed.database().connection(), {QDate(2026, 2, 10), 30, {}});
    model.setItems(items.value());
    QVERIFY(model.rowCount() >= 1);
    QCOMPARE(model.count(service::DueStatus::Overdue), 1);
    // Stored as 第十三条; shown as the untranslated test reads citations (issue 16 part 8).
    QCOMPARE(model.data(model.index(0, ui::DueItemsModel::Article)).toString(), u"Art. 13"_s);
    model.setItems({});
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::dashboardFollowsItsControls()
{
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Clue); // due 2026-02-04, district_ecology
    ui::DashboardPanel panel(bed.service());
    auto *asOf = panel.findChild<QDateEdit *>();
    auto *within = panel.findChild<QSpinBox *>();
    auto *unit = panel.findChild<QComboBox *>();
    QVERIFY(asOf && within && unit);
    within->setValue(0);
    asOf->setDate(QDate(2026, 2, 4));
    QCOMPARE(panel.model()->count(service::DueStatus::DueToday), 1);
    asOf->setDate(QDate(2026, 2, 6));
    QCOMPARE(panel.model()->count(service::DueStatus::Overdue), 1);
    unit->setCurrentIndex(unit->findData(u"water"_s));
    QCOMPARE(panel.model()->rowCount(), 0);
    unit->setCurrentIndex(unit->findData(u"district_ecology"_s));
    QCOMPARE(panel.model()->rowCount(), 1);
    QSignalSpy activated(&panel, &ui::DashboardPanel::caseActivated);
    auto *view = panel.findChild<QTableView *>();
    Q_EMIT view->activated(panel.model()->index(0, 0));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toLongLong(), bed.service().resolve(c).value());
}

void TestModels::settingsDialogChangesTheBureausSettings()
{
    test::CaseTestbed bed;
    {
        ui::SettingsDialog dialog(bed.service());
        dialog.readingBox()->setCurrentIndex(dialog.readingBox()->findData(u"lenient"_s));
        dialog.leadDaysBox(u"milestone"_s)->setValue(12);
        dialog.chooseUnit(u"310116"_s, u"district_ecology"_s);
        QCOMPARE(dialog.unitField(u"number_prefix"_s)->placeholderText(), u"沪金环损"_s); // the unit's default, in grey
        dialog.unitField(u"number_prefix"_s)->setText(u"沪金环赔"_s);
        dialog.chooseUnit(u"310115"_s, u"district_ecology"_s); // another unit: the first one's edit is kept
        dialog.unitField(u"contact_person"_s)->setText(u"王五"_s);
        QSignalSpy told(&bed.notifier(), &service::CaseNotifier::settingsChanged);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(told.size(), 1);
    }
    const service::BureauSettings s = bed.service().reader().bureauSettings().value();
    QCOMPARE(s.serviceLeadReading(), calendar::ServiceLeadReading::Lenient);
    QCOMPARE(s.leadDays(u"milestone"_s), 12);
    QCOMPARE(s.value(u"number_prefix"_s, u"310116/district_ecology"_s), u"沪金环赔"_s);
    QCOMPARE(s.value(u"contact_person"_s, u"310115/district_ecology"_s), u"王五"_s);
    // One audit entry for the four values the dialog changed (the others were left as they were).
    auto changes = storage::scalar(bed.database().connection(),
                                   u"SELECT changes FROM audit_log WHERE command = 'change_settings'"_s).value().toString();
    QCOMPARE(QJsonDocument::fromJson(changes.toUtf8()).array().size(), 4);

    // Opened again it shows what is stored; a value the bureau may not keep stays in the dialog, refused.
    const auto before = test::contentFingerprint(bed.database().connection());
    ui::SettingsDialog again(bed.service());
    QCOMPARE(again.readingBox()->currentData().toString(), u"lenient"_s);
    again.chooseUnit(u"310116"_s, u"district_ecology"_s);
    QCOMPARE(again.unitField(u"number_prefix"_s)->text(), u"沪金环赔"_s);
    again.unitField(u"address"_s)->setText(QString(201, u'路'));
    again.accept();
    QVERIFY(again.result() != QDialog::Accepted);
    QVERIFY2(again.problemText().contains(u"200"_s), qPrintable(again.problemText()));
    QCOMPARE(test::contentFingerprint(bed.database().connection()), before);

    // The bureau's numbers (issue 14): shown with their defaults, changed, and a bad one refused.
    ui::SettingsDialog numbers(bed.service());
    QCOMPARE(numbers.numberField(u"suit_deadline_days"_s)->text(), u"30"_s);
    QCOMPARE(numbers.numberField(u"simple_case_threshold"_s)->text(), u"300000.00"_s);
    numbers.numberField(u"simple_case_threshold"_s)->setText(u"-500000"_s);
    numbers.accept();
    QVERIFY(numbers.result() != QDialog::Accepted);
    QVERIFY2(numbers.problemText().contains(u"simple_case_threshold"_s), qPrintable(numbers.problemText()));
    QCOMPARE(test::contentFingerprint(bed.database().connection()), before);
    numbers.numberField(u"simple_case_threshold"_s)->setText(u"500000"_s);
    numbers.numberField(u"suit_deadline_days"_s)->setText(u"15"_s);
    numbers.accept();
    QCOMPARE(numbers.result(), int(QDialog::Accepted));
    const domain::BureauRules rules = bed.service().reader().bureauSettings().value().bureauRules();
    QCOMPARE(rules.suitDeadlineDays, 15);
    QCOMPARE(rules.simpleCaseThreshold, domain::Money::fromFen(500'000'00));
    QCOMPARE(rules.reporterReplyDays, 30);
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
