// The case file view and the main window over a real database, offscreen: what the rules still
// require shown per section with its article, actions from the lifecycle table, archived cases
// read-only, refresh on CaseNotifier, the timeline model under QAbstractItemModelTester, opening a
// case with Enter, the list filters, and a list that stays right while another connection writes.

#include "casetestbed.h"

#include "core/domain/readiness.h"
#include "core/service/casenotifier.h"
#include "ui/casefile/casefileheader.h"
#include "ui/casefile/casefileview.h"
#include "ui/casefile/casesection.h"
#include "ui/casefile/timelinemodel.h"
#include "ui/caselistmodel.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using namespace ecoclaim::domain;
using ecoclaim::test::json;

class TestCaseFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QSettings().clear(); }
    void stillRequiredComesFromTheTable();
    void sectionsShowWhatIsStillRequired();
    void timelineUnderTheTesterWithOldAndNew();
    void archivedCaseIsReadOnly();
    void refreshesWhenTheNotifierSaysSo();
    void enterOpensTheCaseInATab();
    void filtersNarrowTheList();
    void listStaysRightWhileAnotherConnectionWrites();
};

namespace {
QDate today() { return test::CaseTestbed::today(); }
qint64 idOf(test::CaseTestbed &bed, const QString &number) { return bed.service().resolve(number).value(); }
} // namespace

void TestCaseFile::stillRequiredComesFromTheTable()
{
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Investigation); // no party, no appraisal, no conclusion, no plan
    const CaseFile f = bed.service().caseFile(c).value();
    const QList<const CommandSpec *> next = mainPathCommands(f.stage);
    QCOMPARE(next.size(), 1);
    QCOMPARE(next.first()->name, u"start_consultation"_s);
    QStringList ids;
    for (const Requirement &r : stillRequired(*next.first(), f, today()))
        ids << r.id;
    QCOMPARE(ids, (QStringList{u"liable_party"_s, u"investigation_complete"_s, u"appraisal_complete"_s, u"restoration_plan"_s}));
    // Dates to be typed are judged favourably: a case at the end of consultation still lacks nothing
    // but what the file lacks.
    const QString agreed = bed.caseAt(Stage::Consultation);
    bed.apply(json(R"({"cmd":"serve_consultation_notice","party":1,"served_on":"2026-03-02","service_method":"direct",
        "meeting_on":"2026-03-16","reply_due_on":"2026-03-10"})"), agreed);
    bed.apply(json(R"({"cmd":"record_notice_reply","party":1,"reply":"agreed","replied_on":"2026-03-05"})"), agreed);
    bed.apply(json(R"({"cmd":"hold_consultation_round","held_on":"2026-03-16","mode":"meeting","participants":"双方","summary":"一致"})"), agreed);
    QVERIFY(stillRequired(*findCommand(u"sign_agreement"), bed.service().caseFile(agreed).value(), today()).isEmpty());
    QVERIFY(mainPathCommands(Stage::Archived).isEmpty());
}

void TestCaseFile::sectionsShowWhatIsStillRequired()
{
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Investigation);
    ui::CaseFileView view(bed.service(), idOf(bed, c), today());
    QVERIFY2(view.section(u"parties"_s)->requirementsText().contains(u"No liable party is recorded on the case. (Art. 15)"_s),
             qPrintable(view.section(u"parties"_s)->requirementsText()));
    QVERIFY(view.section(u"appraisal"_s)->requirementsText().contains(u"appraisal is not complete"_s));
    QVERIFY(view.section(u"investigation"_s)->requirementsText().contains(u"Art. 18"_s));
    QVERIFY(view.section(u"restoration"_s)->requirementsText().contains(u"restoration plan"_s));
    QVERIFY(view.section(u"consultation"_s)->requirementsText().isEmpty());
    // The next step is offered, marked as not ready, with what is missing as its tooltip.
    auto *next = view.findChild<QPushButton *>(u"action_start_consultation"_s);
    QVERIFY(next);
    QVERIFY(next->toolTip().contains(u"Art. 15"_s));
    // Every other command the stage allows is in the menu, none of another stage.
    auto *more = view.findChild<QObject *>(u"otherActions"_s);
    QVERIFY(more);
    QVERIFY(view.findChild<QAction *>(u"action_commission_appraisal"_s));
    QVERIFY(!view.findChild<QAction *>(u"action_sign_agreement"_s));
    QVERIFY(view.section(u"documents"_s));
    QCOMPARE(view.findChild<QLabel *>(u"caseStage"_s)->text(), stageDisplayName(Stage::Investigation));
}

void TestCaseFile::timelineUnderTheTesterWithOldAndNew()
{
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Closed);
    const CaseFile f = bed.service().caseFile(c).value();
    ui::TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCaseFile(bed.database().connection(), f);
    QCOMPARE(model.rowCount(), f.timeline.size());
    bool sawFiling = false;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString stage = model.data(model.index(r, ui::TimelineModel::StageChange)).toString();
        const QString changes = model.data(model.index(r, ui::TimelineModel::Changes)).toString();
        if (stage == u"%1 → %2"_s.arg(stageDisplayName(Stage::Verification), stageDisplayName(Stage::Investigation))) {
            sawFiling = true;
            QVERIFY2(changes.contains(u"cases.stage: verification → investigation"_s), qPrintable(changes));
        }
    }
    QVERIFY(sawFiling);
    model.setCaseFile(bed.database().connection(), CaseFile{});
    QCOMPARE(model.rowCount(), 0);
}

void TestCaseFile::archivedCaseIsReadOnly()
{
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Archived);
    ui::CaseFileView view(bed.service(), idOf(bed, c), today());
    QVERIFY(view.findChild<QLabel *>(u"readOnly"_s));
    for (QPushButton *b : view.findChildren<QPushButton *>())
        QVERIFY2(!b->objectName().startsWith(u"action_"_s), qPrintable(b->objectName()));
    QVERIFY(!view.findChild<QWidget *>(u"otherActions"_s)->isEnabled());
    QVERIFY(!view.runCommand(u"link_proceeding"_s));
}

void TestCaseFile::refreshesWhenTheNotifierSaysSo()
{
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Investigation);
    service::CaseNotifier notifier;
    service::CaseService service(bed.database(), calendar::WorkCalendar::builtIn(), &notifier);
    ui::CaseFileView view(service, idOf(bed, c), today());
    QCOMPARE(view.caseFile().parties.size(), 0);
    QJsonObject addParty = json(R"({"cmd":"add_party","kind":"company","name":"上海某化工有限公司"})");
    addParty.insert(u"case"_s, c);
    auto r = service.execute(addParty, u"tester"_s, today());
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QCOMPARE(view.caseFile().parties.size(), 1);
    QVERIFY(view.section(u"parties"_s)->requirementsText().isEmpty());
}

void TestCaseFile::enterOpensTheCaseInATab()
{
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Consultation);
    ui::MainWindow window(bed.service());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTableView *list = window.listView();
    QCOMPARE(window.listModel()->rowCount(), 1);
    list->setFocus();
    list->setCurrentIndex(window.listModel()->index(0, 0));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(window.tabs()->count(), 2);
    auto *view = qobject_cast<ui::CaseFileView *>(window.tabs()->currentWidget());
    QVERIFY(view);
    QCOMPARE(view->caseFile().number, c);
    QCOMPARE(window.tabs()->tabText(1), c);
    // Opening it again brings the same tab forward.
    window.tabs()->setCurrentIndex(0);
    QCOMPARE(window.openCase(view->caseId()), view);
    QCOMPARE(window.tabs()->count(), 2);
    QTest::keySequence(window.tabs()->currentWidget(), QKeySequence::Close); // Ctrl+W
    QCOMPARE(window.tabs()->count(), 1);
}

void TestCaseFile::filtersNarrowTheList()
{
    test::CaseTestbed bed;
    bed.caseAt(Stage::Clue);
    bed.caseAt(Stage::Consultation);
    bed.caseAt(Stage::Consultation);
    bed.apply(json(R"({"cmd":"register_clue","title":"浦东新区某码头排污案","district":"310115","unit":"water","channel":"complaint",
        "received_on":"2026-11-20","major":true,"major_reason":"涉及饮用水源"})"));
    ui::MainWindow window(bed.service());
    QCOMPARE(window.listModel()->totalCount(), 4);
    auto *stage = window.findChild<QComboBox *>(u"stageFilter"_s);
    stage->setCurrentIndex(stage->findData(stageKey(Stage::Consultation)));
    QCOMPARE(window.listModel()->totalCount(), 2);
    stage->setCurrentIndex(0);
    auto *district = window.findChild<QComboBox *>(u"districtFilter"_s);
    district->setCurrentIndex(district->findData(u"310115"_s));
    QCOMPARE(window.listModel()->totalCount(), 1);
    district->setCurrentIndex(0);
    window.findChild<QCheckBox *>(u"majorFilter"_s)->setChecked(true);
    QCOMPARE(window.listModel()->totalCount(), 1);
    window.findChild<QCheckBox *>(u"majorFilter"_s)->setChecked(false);
    // The clue received 2026-01-05 is overdue for verification long before the real today.
    window.findChild<QCheckBox *>(u"overdueFilter"_s)->setChecked(true);
    QVERIFY(window.listModel()->totalCount() >= 1);
    // The filters are remembered.
    window.close();
    QCOMPARE(QSettings().value(u"list/filter/overdue"_s).toBool(), true);
    ui::MainWindow again(bed.service());
    QVERIFY(again.findChild<QCheckBox *>(u"overdueFilter"_s)->isChecked());
}

void TestCaseFile::listStaysRightWhileAnotherConnectionWrites()
{
    test::CaseTestbed bed;
    for (int i = 0; i < 150; ++i) {
        QJsonObject c = json(R"({"cmd":"register_clue","district":"310115","unit":"district_ecology","channel":"complaint","received_on":"2026-06-01"})");
        c.insert(u"title"_s, u"浦东某地块倾倒案%1"_s.arg(i));
        bed.apply(c);
    }
    ui::CaseListModel model(bed.database().connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    storage::CaseListRequest request;
    request.sort = storage::CaseSort::CaseNumber;
    request.descending = false;
    model.setRequest(request);
    QCOMPARE(model.rowCount(), 100);
    const qint64 versionBefore = bed.database().dataVersion().value();

    // A second program (the CLI, a colleague) writes to the same file between two pages.
    auto other = storage::Database::open(bed.path());
    QVERIFY(other.ok());
    service::CaseService writer(*other.value(), calendar::WorkCalendar::builtIn());
    for (int i = 0; i < 20; ++i) {
        QJsonObject c = json(R"({"cmd":"register_clue","district":"310115","unit":"district_ecology","channel":"complaint","received_on":"2026-06-02"})");
        c.insert(u"title"_s, u"另一连接写入的线索%1"_s.arg(i));
        QVERIFY(writer.execute(c, u"other"_s, today()).ok());
    }
    QVERIFY(writer.execute(json(R"({"cmd":"update_case","case":"2026-310115-0001","title":"改过的标题"})"), u"other"_s, today()).ok());

    while (model.canFetchMore({}))
        model.fetchMore({});
    QSet<qint64> ids;
    QString previous;
    for (int r = 0; r < model.rowCount(); ++r) {
        ids.insert(model.caseIdAt(model.index(r, 0)));
        const QString number = model.data(model.index(r, ui::CaseListModel::Number)).toString();
        QVERIFY(number > previous); // keyset paging: no row twice, none out of order
        previous = number;
    }
    QCOMPARE(ids.size(), model.rowCount());
    QCOMPARE(model.rowCount(), 170); // the new cases sort after the pages already read

    // The window notices the other connection's commit and re-reads.
    QVERIFY(bed.database().dataVersion().value() != versionBefore);
    ui::MainWindow window(bed.service());
    QCOMPARE(window.listModel()->totalCount(), 170);
    QVERIFY(writer.execute(json(R"({"cmd":"register_clue","title":"又一条","district":"310115","unit":"water","channel":"complaint","received_on":"2026-06-03"})"),
                           u"other"_s, today()).ok());
    window.checkForOutsideChanges();
    QCOMPARE(window.listModel()->totalCount(), 171);
    model.reload();
    QCOMPARE(model.data(model.index(0, ui::CaseListModel::Title)).toString(), u"改过的标题"_s);
}

QTEST_MAIN(TestCaseFile)
#include "tst_casefile.moc"
