// The case file view and the main window over a real database, offscreen: what the rules still
// require shown per section with its article, actions from the lifecycle table, archived cases
// read-only, refresh on CaseNotifier, the timeline model under QAbstractItemModelTester, opening a
// case with Enter, the list filters, and a list that stays right while another connection writes.

#include "casetestbed.h"
#include "dialogdriver.h"

#include "core/domain/readiness.h"
#include "core/service/casenotifier.h"
#include "core/service/casereader.h"
#include "ui/casefile/casefileheader.h"
#include "ui/casefile/casefileview.h"
#include "ui/casefile/casesection.h"
#include "ui/casefile/richtextblock.h"
#include "ui/casefile/timelinemodel.h"
#include "ui/caselistmodel.h"
#include "ui/archive/evidencepanel.h"
#include "ui/archive/selfcheckview.h"
#include "ui/papers/documentssection.h"
#include "ui/commanddialog/newcluedialog.h"
#include "ui/firststartdialog.h"
#include "ui/format.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>
#include <QCheckBox>
#include <QComboBox>
#include <QClipboard>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QMenu>
#include <QTableView>
#include <QToolButton>
#include <QListWidget>
#include <QTreeWidget>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>

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
    void sectionTextWrapsToItsWidth();
    void timelineUnderTheTesterWithOldAndNew();
    void archivedCaseIsReadOnly();
    void refreshesWhenTheNotifierSaysSo();
    void evidenceAndPapersAreSectionsOfTheCaseFile();
    void enterOpensTheCaseInATab();
    void filtersNarrowTheList();
    void listStaysRightWhileAnotherConnectionWrites();
    void fromClueToArchiveByKeysAndClicks();
    void firstStartSuggestsAndRemembers();
    void datesAndAmountsTheChineseWay();
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

void TestCaseFile::sectionTextWrapsToItsWidth()
{
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Investigation);
    ui::CaseFileView view(bed.service(), idOf(bed, c), today());
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // What is on file is in the section's text, as the caseworker reads it.
    QVERIFY(!view.section(u"clue"_s)->contentText().isEmpty());
    // A block of text wraps: narrower is taller, the height a layout gets is the one it paints at, and
    // the block is given at least that height (nothing clipped).
    auto *block = view.section(u"parties"_s)->findChild<ui::RichTextBlock *>(u"requirements"_s);
    QVERIFY(block && block->isVisible());
    const int wide = block->heightForWidth(900), narrow = block->heightForWidth(120);
    QVERIFY2(narrow > wide, qPrintable(u"%1 !> %2"_s.arg(narrow).arg(wide)));
    QCOMPARE(block->heightForWidth(900), wide); // the cached answer is the same
    QVERIFY(block->height() >= block->heightForWidth(block->width()));
    ui::RichTextBlock plain;
    plain.setHtml(u"<b>甲</b> 乙"_s);
    QCOMPARE(plain.toPlainText(), u"甲 乙"_s);
    // Selectable with the mouse and copied with Ctrl+C, as the label it replaced.
    plain.resize(300, plain.heightForWidth(300));
    plain.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plain));
    const int y = plain.height() / 2;
    QTest::mousePress(&plain, Qt::LeftButton, {}, QPoint(0, y));
    QMouseEvent drag(QEvent::MouseMove, QPointF(290, y), plain.mapToGlobal(QPointF(290, y)), Qt::NoButton, Qt::LeftButton, {});
    QApplication::sendEvent(&plain, &drag);
    QTest::mouseRelease(&plain, Qt::LeftButton, {}, QPoint(290, y));
    plain.setFocus();
    QTest::keySequence(&plain, QKeySequence::Copy);
    QCOMPARE(QApplication::clipboard()->text(), u"甲 乙"_s);
}

void TestCaseFile::timelineUnderTheTesterWithOldAndNew()
{
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Closed);
    const CaseFile f = bed.service().caseFile(c).value();
    ui::TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCaseFile(f, bed.service().reader().auditTrail(f.id).value());
    QCOMPARE(model.rowCount(), f.timeline.size());
    bool sawFiling = false;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString stage = model.data(model.index(r, ui::TimelineModel::StageChange)).toString();
        const QString changes = model.data(model.index(r, ui::TimelineModel::Changes)).toString();
        if (stage == u"%1 → %2"_s.arg(stageDisplayName(Stage::Verification), stageDisplayName(Stage::Investigation))) {
            sawFiling = true;
            // In words (core/domain/auditwording.h): the table's row and the column's label, the stages by name.
            QVERIFY2(changes.contains(u"Case · Stage: Preliminary verification → Filed · investigation"_s), qPrintable(changes));
        }
    }
    QVERIFY(sawFiling);
    // Fields a command asks for read with the command's label, not the column name.
    const QString startedOn = domain::fieldLabelFor(u"started_on");
    QVERIFY(!startedOn.isEmpty());
    bool sawLabel = false;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString changes = model.data(model.index(r, ui::TimelineModel::Changes), Qt::ToolTipRole).toString();
        QVERIFY2(!changes.contains(u"verifications.started_on"_s), qPrintable(changes));
        sawLabel = sawLabel || changes.contains(u"Preliminary verification · "_s + startedOn + u": (empty) → 6 Jan 2026"_s /* the English form (core/domain/dateformat.h) */);
    }
    QVERIFY(sawLabel);
    QVERIFY(domain::fieldLabelFor(u"kind").isEmpty()); // a party's type and an evidence file's kind: ambiguous
    model.setCaseFile(CaseFile{}, {});
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
    service::CaseService service(bed.database(), calendar::WorkCalendar::builtIn(), notifier);
    ui::CaseFileView view(service, idOf(bed, c), today());
    QCOMPARE(view.caseFile().parties.size(), 0);
    QJsonObject addParty = json(R"({"cmd":"add_party","kind":"company","name":"上海某化工有限公司"})");
    addParty.insert(u"case"_s, c);
    auto r = service.execute(addParty, u"tester"_s, today());
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QCOMPARE(view.caseFile().parties.size(), 1);
    QVERIFY(view.section(u"parties"_s)->requirementsText().isEmpty());
}

// The papers register and the evidence with the Art. 42 self-check live in the case file, and follow a
// change made elsewhere (here: evidence added through the service, as the CLI would).
void TestCaseFile::evidenceAndPapersAreSectionsOfTheCaseFile()
{
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Closed);
    service::CaseNotifier notifier;
    service::CaseService service(bed.database(), calendar::WorkCalendar::builtIn(), notifier);
    ui::CaseFileView view(service, idOf(bed, c), today());
    // Built when asked for (issue 16 ¶11: the page builds them when scrolled to; tst_casepage).
    view.showSection(u"documents"_s);
    view.showSection(u"evidence"_s);
    QVERIFY(view.section(u"documents"_s)->findChild<ui::DocumentsSection *>());
    auto *evidence = view.section(u"evidence"_s)->findChild<ui::EvidencePanel *>();
    auto *selfCheck = view.section(u"evidence"_s)->findChild<ui::SelfCheckView *>();
    QVERIFY(evidence && selfCheck);
    const int before = evidence->list()->topLevelItemCount();
    const int missingBefore = selfCheck->list()->count();
    QVERIFY(missingBefore > 0); // a closed case of the testbed has none of its Art. 42 materials on file

    QJsonObject add{{u"cmd"_s, u"add_evidence"_s}, {u"case"_s, c},
                    {u"file"_s, u":/demo/materials/investigation-report.txt"_s},
                    {u"title"_s, u"损害调查报告"_s}, {u"kind"_s, u"investigation"_s}};
    auto r = service.execute(add, u"tester"_s, today());
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QCOMPARE(evidence->list()->topLevelItemCount(), before + 1);
    QCOMPARE(selfCheck->list()->count(), missingBefore - 1); // the investigation materials are there now
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
    window.findChild<QCheckBox *>(u"overdueFilter"_s)->setChecked(false);
    // Part of a case number finds the case (it is not in the text index).
    auto *search = window.findChild<QLineEdit *>(u"search"_s);
    search->setText(u"2026-310115"_s);
    QTRY_COMPARE(window.listModel()->totalCount(), 1);
    search->clear();
    QTRY_COMPARE(window.listModel()->totalCount(), 4);
    window.findChild<QCheckBox *>(u"overdueFilter"_s)->setChecked(true);
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
    ui::CaseListModel model(bed.service().reader());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    domain::CaseListRequest request;
    request.sort = domain::CaseSort::CaseNumber;
    request.descending = false;
    model.setRequest(request);
    QCOMPARE(model.rowCount(), 100);
    const qint64 versionBefore = bed.database().dataVersion().value();

    // A second program (the CLI, a colleague) writes to the same file between two pages.
    auto other = storage::Database::open(bed.path());
    QVERIFY(other.ok());
    service::CaseNotifier writerNotifier;
    service::CaseService writer(*other.value(), calendar::WorkCalendar::builtIn(), writerNotifier);
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
    // Within a second, without a key pressed (the change feed polls, or listens on a server).
    QTRY_COMPARE_WITH_TIMEOUT(window.listModel()->totalCount(), 171, 3000);
    model.reload();
    QCOMPARE(model.data(model.index(0, ui::CaseListModel::Title)).toString(), u"改过的标题"_s);
}

namespace {
using Fields = QList<QPair<QString, QVariant>>;

// Fills the command dialog that `trigger` opens (modal, as in the window) and clicks OK; irreversible
// commands are confirmed. Returns the refusal if the dialog stayed open.
QString runModal(const std::function<void()> &trigger, const Fields &fields)
{
    QString refusal;
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto *d = qobject_cast<ui::CommandDialog *>(QApplication::activeModalWidget());
        if (!d)
            return;
        seen = true;
        for (const auto &[key, value] : fields)
            test::fill(*d, key, value);
        if (ui::CommandDialog::isIrreversible(d->spec()))
            test::answerNextMessageBox(QMessageBox::Yes);
        test::clickOk(*d);
        if (d->isVisible()) {
            refusal = d->refusalText();
            d->done(QDialog::Rejected);
        }
    });
    trigger();
    return seen ? refusal : u"no dialog opened"_s;
}

// The step as the caseworker finds it: a button of the header, else an entry of "Other actions".
QString step(ui::CaseFileView *view, const QString &command, const Fields &fields)
{
    const QString name = u"action_"_s + command;
    if (auto *button = view->findChild<QPushButton *>(name))
        return runModal([button] { QTest::mouseClick(button, Qt::LeftButton); }, fields);
    if (auto *action = view->findChild<QAction *>(name))
        return runModal([action] { action->trigger(); }, fields);
    return u"no action for "_s + command;
}
} // namespace

void TestCaseFile::fromClueToArchiveByKeysAndClicks()
{
    test::CaseTestbed bed;
    service::CaseNotifier notifier;
    service::CaseService service(bed.database(), calendar::WorkCalendar::builtIn(), notifier);
    ui::MainWindow window(service);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // Ctrl+N: a new clue; the window opens it in a tab.
    const QString registered = runModal([&] { QTest::keySequence(&window, QKeySequence::New); },
                                        {{u"title"_s, u"金山区某化工企业渗漏污染土壤案"_s}, {u"district"_s, u"310116"_s},
                                         {u"unit"_s, u"district_ecology"_s}, {u"channel"_s, u"routine_supervision"_s},
                                         {u"received_on"_s, QDate(2026, 1, 5)}, {u"site"_s, u"金山区漕泾镇某路1号"_s}});
    QVERIFY2(registered.isEmpty(), qPrintable(registered));
    auto *view = qobject_cast<ui::CaseFileView *>(window.tabs()->currentWidget());
    QVERIFY(view);
    QCOMPARE(view->caseFile().stage, Stage::Clue);

    const QList<QPair<QString, Fields>> steps{
        {u"start_verification"_s, {{u"started_on"_s, QDate(2026, 1, 6)}, {u"verified_by"_s, u"王芳"_s}}},
        {u"record_verification"_s, {{u"concluded_on"_s, QDate(2026, 1, 20)}, {u"damage_found"_s, true}, {u"finding"_s, u"土壤中检出特征污染物。"_s}}},
        {u"file_case"_s, {{u"filed_on"_s, QDate(2026, 1, 21)}}},
        {u"add_party"_s, {{u"kind"_s, u"company"_s}, {u"name"_s, u"上海某化工有限公司"_s}, {u"credit_code"_s, u"91310000132200821H"_s}}},
        {u"commission_appraisal"_s, {{u"mode"_s, u"institution"_s}, {u"institution"_s, u"上海市环境科学研究院司法鉴定所"_s},
                                     {u"commissioned_on"_s, QDate(2026, 1, 25)}, {u"due_on"_s, QDate(2026, 2, 25)}, {u"items"_s, u"损害确认"_s}}},
        {u"record_appraisal_result"_s, {{u"completed_on"_s, QDate(2026, 2, 20)}, {u"damage_determination"_s, u"土壤受到污染"_s},
                                        {u"loss_scope"_s, u"约500平方米"_s}, {u"causation"_s, u"渗漏所致"_s},
                                        {u"quantification"_s, u"修复费用150000元"_s}, {u"restoration_outline"_s, u"异位修复"_s},
                                        {u"restoration_costs"_s, u"150,000.00"_s}, {u"assessment_costs"_s, u"30000"_s}}},
        {u"conclude_investigation"_s, {{u"concluded_on"_s, QDate(2026, 2, 22)}, {u"damage_exists"_s, true}, {u"scope"_s, u"约500平方米"_s},
                                       {u"degree"_s, u"中度"_s}, {u"obligor_identified"_s, true}, {u"causation"_s, u"明确"_s},
                                       {u"proposal"_s, u"consultation"_s}}},
        {u"draft_restoration_plan"_s, {{u"drafted_on"_s, QDate(2026, 2, 24)}, {u"elements"_s, u"土壤"_s}, {u"scope"_s, u"500平方米"_s},
                                       {u"targets"_s, u"恢复至基线"_s}, {u"technical_plan"_s, u"异位修复"_s}, {u"schedule"_s, u"三个月"_s}}},
        {u"start_consultation"_s, {{u"started_on"_s, QDate(2026, 3, 1)}}},
        {u"serve_consultation_notice"_s, {{u"party"_s, 1}, {u"served_on"_s, QDate(2026, 3, 2)}, {u"service_method"_s, u"direct"_s},
                                          {u"meeting_on"_s, QDate(2026, 3, 16)}, {u"reply_due_on"_s, QDate(2026, 3, 10)}}},
        {u"record_notice_reply"_s, {{u"party"_s, 1}, {u"reply"_s, u"agreed"_s}, {u"replied_on"_s, QDate(2026, 3, 5)}}},
        {u"hold_consultation_round"_s, {{u"held_on"_s, QDate(2026, 3, 16)}, {u"mode"_s, u"meeting"_s}, {u"participants"_s, u"双方"_s},
                                        {u"summary"_s, u"达成一致"_s}}},
        {u"sign_agreement"_s, {{u"signed_on"_s, QDate(2026, 3, 20)}, {u"restoration_terms"_s, u"义务人自行修复"_s},
                               {u"restoration_costs"_s, u"150000"_s}, {u"assessment_costs"_s, u"30000"_s}}},
        {u"start_restoration"_s, {{u"started_on"_s, QDate(2026, 4, 1)}, {u"executor"_s, u"obligor"_s}}},
        {u"complete_restoration"_s, {{u"completed_on"_s, QDate(2026, 6, 30)}, {u"completion_report"_s, u"修复工程完工"_s}}},
        {u"record_effect_evaluation"_s, {{u"evaluated_on"_s, QDate(2026, 7, 15)}, {u"method"_s, u"institution"_s}, {u"passed"_s, true},
                                         {u"targets"_s, u"恢复至基线"_s}, {u"execution"_s, u"按方案实施"_s}, {u"achievement"_s, u"已达到"_s},
                                         {u"effect"_s, u"良好"_s}}},
        {u"record_payment"_s, {{u"paid_on"_s, QDate(2026, 7, 20)}, {u"amount"_s, u"180,000.00"_s}}},
        {u"close_case"_s, {{u"closed_on"_s, QDate(2026, 7, 25)}}},
        // Art. 42: the materials of the volume, added through the same dialog as every command.
        {u"add_evidence"_s, {{u"file"_s, u":/demo/materials/investigation-report.txt"_s}, {u"title"_s, u"损害调查报告"_s}, {u"kind"_s, u"investigation"_s}}},
        {u"add_evidence"_s, {{u"file"_s, u":/demo/materials/appraisal-report.txt"_s}, {u"title"_s, u"鉴定评估报告"_s}, {u"kind"_s, u"appraisal"_s}}},
        {u"add_evidence"_s, {{u"file"_s, u":/demo/materials/consultation-record.txt"_s}, {u"title"_s, u"磋商会议记录"_s}, {u"kind"_s, u"consultation"_s}}},
        {u"add_evidence"_s, {{u"file"_s, u":/demo/materials/agreement.txt"_s}, {u"title"_s, u"赔偿协议"_s}, {u"kind"_s, u"agreement"_s}}},
        {u"add_evidence"_s, {{u"file"_s, u":/demo/materials/restoration-evaluation.txt"_s}, {u"title"_s, u"修复效果评估意见"_s}, {u"kind"_s, u"restoration"_s}}},
        {u"archive_case"_s, {{u"archived_on"_s, QDate(2026, 8, 1)}, {u"archivist"_s, u"档案室"_s}}}};
    for (const auto &[command, fields] : steps) {
        const QString refusal = step(view, command, fields);
        QVERIFY2(refusal.isEmpty(), qPrintable(command + u": "_s + refusal));
    }
    QCOMPARE(view->caseFile().stage, Stage::Archived); // refreshed through the notifier
    QVERIFY(view->findChild<QLabel *>(u"readOnly"_s));
    QCOMPARE(view->caseFile().amountPaid().fen(), 18'000'000);
    // The list follows (reloaded once the notifier's signals of this step are all in).
    QTRY_COMPARE(window.listModel()->data(window.listModel()->index(0, ui::CaseListModel::Stage)).toString(),
                 stageDisplayName(Stage::Archived));
    // A refused step through the same path: nothing can be done to an archived case (Art. 42).
    QVERIFY(view->runCommand(u"link_proceeding"_s) == false);
}

void TestCaseFile::firstStartSuggestsAndRemembers()
{
    QVERIFY(ui::FirstStartDialog::rememberedPath().isEmpty());
    ui::FirstStartDialog first(u"/data/ecoclaim.db"_s);
    first.show();
    QCOMPARE(first.location(), u"/data/ecoclaim.db"_s);
    QVERIFY(!first.onServer());
    QVERIFY(!first.findChild<QLineEdit *>(u"serverHost"_s)->isEnabled()); // the server's fields wait for their choice
    QVERIFY(!first.loadDemo()); // a real database never gets the demo cases unasked
    auto *path = first.findChild<QLineEdit *>(u"databasePath"_s);
    path->selectAll();
    test::typeInto(path, u"/home/wang/cases.db"_s);
    QTest::mouseClick(first.findChild<QCheckBox *>(u"loadDemo"_s), Qt::LeftButton, {}, QPoint(4, 4));
    QCOMPARE(first.location(), u"/home/wang/cases.db"_s);
    QVERIFY(first.loadDemo());
    ui::FirstStartDialog::remember(first.location());
    QCOMPARE(ui::FirstStartDialog::rememberedPath(), u"/home/wang/cases.db"_s);

    // The bureau's server: its address typed, the location is the address the storage opens (no password).
    QTest::mouseClick(first.findChild<QRadioButton *>(u"bureauServer"_s), Qt::LeftButton, {}, QPoint(4, 4));
    QVERIFY(first.onServer());
    QVERIFY(!path->isEnabled());
    test::typeInto(first.findChild<QLineEdit *>(u"serverHost"_s), u"db.jinshan.example"_s);
    first.findChild<QSpinBox *>(u"serverPort"_s)->setValue(5433);
    test::typeInto(first.findChild<QLineEdit *>(u"serverDatabase"_s), u"ecoclaim"_s);
    auto *user = first.findChild<QLineEdit *>(u"serverUser"_s);
    user->selectAll();
    test::typeInto(user, u"wangfang"_s);
    QCOMPARE(first.location(), u"postgresql://wangfang@db.jinshan.example:5433/ecoclaim"_s);

    // Opened again on a remembered server address, the dialog shows it.
    ui::FirstStartDialog again(u"postgresql://limin@10.1.2.3:5432/bureau"_s);
    QVERIFY(again.onServer());
    QCOMPARE(again.findChild<QLineEdit *>(u"serverHost"_s)->text(), u"10.1.2.3"_s);
    QCOMPARE(again.findChild<QLineEdit *>(u"serverUser"_s)->text(), u"limin"_s);
    QCOMPARE(again.location(), u"postgresql://limin@10.1.2.3:5432/bureau"_s);
}

void TestCaseFile::datesAndAmountsTheChineseWay()
{
    const QLocale before;
    QLocale::setDefault(QLocale(u"zh_CN"_s));
    QCOMPARE(ui::formatDate(QDate(2026, 3, 1)), u"2026年3月1日"_s);
    QCOMPARE(ui::formatMoney(Money::fromFen(15'000'050)), u"150,000.50元"_s);
    QLocale::setDefault(QLocale(u"en_GB"_s));
    QCOMPARE(ui::formatDate(QDate(2026, 3, 1)), u"1 Mar 2026"_s);
    QCOMPARE(ui::formatMoney(Money::fromFen(15'000'050)), u"¥150,000.50"_s);
    QVERIFY(ui::formatDate(QDate()).isEmpty());
    QLocale::setDefault(before);
}

QTEST_MAIN(TestCaseFile)
#include "tst_casefile.moc"
