// Inside a case (issue 16 parts 5 and 11), offscreen on a real database: the section tabs jump to each
// part of the case; the papers, evidence and timeline parts are built only when scrolled to, with the
// case's own content; the payment dialog shows due / paid / owed per instalment (figures written here);
// a refused dialog grows instead of squeezing its fields, and its error clears once the field is fixed;
// a success is said in the main window's status bar.

#include "casetestbed.h"
#include "dialogdriver.h"

#include "core/documents/paperoffice.h"
#include "core/documents/papersettings.h"
#include "ui/archive/evidencepanel.h"
#include "ui/casefile/casefileview.h"
#include "ui/casefile/casesection.h"
#include "ui/mainwindow.h"
#include "ui/papers/documentssection.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTextDocument>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using ecoclaim::test::json;

class TestCasePage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QSettings().clear(); }
    void tabsJumpToEachSection();
    void heavyPartsAreBuiltWhenScrolledTo();
    void theTimelinesTabStaysWhenPartsAboveItAreBuilt();
    void sectionsBelowTheFoldAreLaidOutWhenShown();
    void paymentDialogShowsEachInstalment();
    void refusedDialogGrowsAndItsErrorClearsOnceFixed();
    void successIsSaidInTheStatusBar();
};

namespace {
QDate today() { return test::CaseTestbed::today(); }

// A case with an agreement of 90,000.00 yuan in three instalments of 30,000.00 (due 2026-04-20, 05-20,
// 06-20), 30,000.00 paid on 2026-04-18 and 20,000.00 on 2026-05-19.
QString payingCase(test::CaseTestbed &bed)
{
    const QString c = bed.caseAt(domain::Stage::Consultation);
    bed.apply(json(R"({"cmd":"serve_consultation_notice","party":1,"served_on":"2026-03-02","service_method":"direct",
        "meeting_on":"2026-03-16","reply_due_on":"2026-03-10"})"), c);
    bed.apply(json(R"({"cmd":"record_notice_reply","party":1,"reply":"agreed","replied_on":"2026-03-05"})"), c);
    bed.apply(json(R"({"cmd":"hold_consultation_round","held_on":"2026-03-16","mode":"meeting","participants":"双方","summary":"一致"})"), c);
    bed.apply(json(R"({"cmd":"sign_agreement","signed_on":"2026-03-20","restoration_terms":"自行修复","restoration_costs":"90000",
        "instalments":[{"due_on":"2026-04-20","amount":"30000"},{"due_on":"2026-05-20","amount":"30000"},{"due_on":"2026-06-20","amount":"30000"}]})"), c);
    bed.apply(json(R"({"cmd":"record_payment","paid_on":"2026-04-18","amount":"30000"})"), c);
    bed.apply(json(R"({"cmd":"record_payment","paid_on":"2026-05-19","amount":"20000"})"), c);
    return c;
}

QScrollArea *pageOf(ui::CaseFileView &view) { return view.findChild<QScrollArea *>(); }

// Where `section` starts, in the page's visible area (0: at its top edge).
int topInView(ui::CaseFileView &view, const QString &section)
{
    QScrollArea *page = pageOf(view);
    return view.section(section)->mapTo(page->viewport(), QPoint(0, 0)).y();
}

// Whether the section's text has been laid out: a section waiting below the fold has no document with
// its text in it yet (CaseFileView lays it out when it comes into view or is asked for).
bool textLaidOut(ui::CaseFileView &view, const QString &section)
{
    for (const QTextDocument *d : view.section(section)->findChildren<QTextDocument *>())
        if (!d->isEmpty())
            return true;
    return false;
}

// What the page shows in its visible area, as pixels.
QImage shown(ui::CaseFileView &view) { return pageOf(view)->viewport()->grab().toImage(); }

QString cell(QTableWidget *t, int row, int column) { return t->item(row, column) ? t->item(row, column)->text() : QString(); }
} // namespace

void TestCasePage::tabsJumpToEachSection()
{
    test::CaseTestbed bed;
    const QString c = payingCase(bed);
    ui::CaseFileView view(bed.service(), bed.service().resolve(c).value(), today());
    view.resize(1024, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *tabs = view.findChild<QTabBar *>(u"sectionTabs"_s);
    QVERIFY2(tabs, "no section tabs in the case page");
    QStringList names;
    for (int i = 0; i < tabs->count(); ++i)
        names << tabs->tabData(i).toString();
    QCOMPARE(names, (QStringList{u"parties"_s, u"clue"_s, u"investigation"_s, u"appraisal"_s, u"consultation"_s, u"agreement"_s,
                                 u"litigation"_s, u"enforcement"_s, u"restoration"_s, u"proceedings"_s, u"costs"_s,
                                 u"jurisdiction"_s, u"documents"_s, u"evidence"_s, u"timeline"_s}));
    QScrollBar *bar = pageOf(view)->verticalScrollBar();
    // A click on a tab brings its section to the top of the page (the last ones as far as the page goes).
    for (const QString &name : {u"agreement"_s, u"consultation"_s, u"enforcement"_s, u"parties"_s, u"evidence"_s}) {
        const int i = int(names.indexOf(name));
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(i).center());
        QApplication::processEvents();
        const int top = topInView(view, name);
        if (bar->value() < bar->maximum())
            QVERIFY2(top >= 0 && top <= 4, qPrintable(u"%1 starts at %2"_s.arg(name).arg(top)));
        else
            QVERIFY2(top >= 0 && top < pageOf(view)->viewport()->height(), qPrintable(u"%1 at %2"_s.arg(name).arg(top)));
        QCOMPARE(tabs->currentIndex(), i);
    }
    // Scrolled by hand, the tab follows the section at the top.
    bar->setValue(view.section(u"appraisal"_s)->y() + 2);
    QApplication::processEvents();
    QCOMPARE(tabs->tabData(tabs->currentIndex()).toString(), u"appraisal"_s);
    // The timeline, the last part: in view after its tab.
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(int(names.indexOf(u"timeline"_s))).center());
    QApplication::processEvents();
    QVERIFY(topInView(view, u"timeline"_s) >= 0 && topInView(view, u"timeline"_s) < pageOf(view)->viewport()->height());
    // Once the page has settled (the timeline built, the page's end moved), the tab asked for stays
    // current: the section at the top of the page is then another one, but the caseworker chose this.
    QTest::qWait(300);
    QCOMPARE(tabs->tabData(tabs->currentIndex()).toString(), u"timeline"_s);
    QVERIFY(topInView(view, u"timeline"_s) >= 0 && topInView(view, u"timeline"_s) < pageOf(view)->viewport()->height());
}

// The Timeline tab on a case with evidence and papers: the page goes to its end, where the evidence and
// papers parts above the timeline come into view and are built (their real heights replace the
// estimates, the page's end moves). The tab the caseworker chose stays current — not the section that
// happens to be at the top of the page then.
void TestCasePage::theTimelinesTabStaysWhenPartsAboveItAreBuilt()
{
    test::CaseTestbed bed;
    const QString c = bed.caseAt(domain::Stage::Closed);
    for (int i = 0; i < 3; ++i) {
        QJsonObject add{{u"cmd"_s, u"add_evidence"_s}, {u"case"_s, c}, {u"file"_s, u":/demo/materials/investigation-report.txt"_s},
                        {u"title"_s, u"损害调查报告（测试%1）"_s.arg(i + 1)}, {u"kind"_s, u"investigation"_s}};
        QVERIFY(bed.service().execute(add, u"tester"_s, today()).ok());
    }
    ui::CaseFileView view(bed.service(), bed.service().resolve(c).value(), today());
    view.resize(1024, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QApplication::processEvents();
    auto *tabs = view.findChild<QTabBar *>(u"sectionTabs"_s);
    QVERIFY(tabs);
    int timeline = -1;
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->tabData(i).toString() == u"timeline")
            timeline = i;
    QVERIFY(timeline >= 0);
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(timeline).center());
    QTest::qWait(300);
    QCOMPARE(tabs->tabData(tabs->currentIndex()).toString(), u"timeline"_s);
    QVERIFY(topInView(view, u"timeline"_s) >= 0 && topInView(view, u"timeline"_s) < pageOf(view)->viewport()->height());
}

void TestCasePage::heavyPartsAreBuiltWhenScrolledTo()
{
    test::CaseTestbed bed;
    const QString c = bed.caseAt(domain::Stage::Closed);
    QJsonObject add{{u"cmd"_s, u"add_evidence"_s}, {u"case"_s, c}, {u"file"_s, u":/demo/materials/investigation-report.txt"_s},
                    {u"title"_s, u"损害调查报告（测试）"_s}, {u"kind"_s, u"investigation"_s}};
    QVERIFY(bed.service().execute(add, u"tester"_s, today()).ok());
    documents::PaperOffice office(bed.service(), documents::PaperSettings{});
    documents::PaperOptions draft;
    draft.draft = true;
    draft.datedOn = today();
    auto filed = office.issue(c, u"case_approval"_s, draft, u"tester"_s, today());
    QVERIFY2(filed, qPrintable(filed.errorString()));
    const int timelineRows = int(bed.service().caseFile(c).value().timeline.size());
    QVERIFY(timelineRows >= 8);

    ui::CaseFileView view(bed.service(), bed.service().resolve(c).value(), today());
    view.resize(1024, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QApplication::processEvents();
    // Below the fold: none of the three parts is built yet, their sections are there.
    QVERIFY(view.section(u"documents"_s) && view.section(u"evidence"_s) && view.section(u"timeline"_s));
    QVERIFY(topInView(view, u"documents"_s) > pageOf(view)->viewport()->height());
    QVERIFY(!view.findChild<ui::DocumentsSection *>());
    QVERIFY(!view.findChild<ui::EvidencePanel *>());
    QVERIFY(!view.findChild<QTableView *>(u"timelineView"_s));

    // Scrolled down to the papers (the wheel, the bar, a key: the page moves), they are built.
    QScrollBar *bar = pageOf(view)->verticalScrollBar();
    bar->setValue(view.section(u"documents"_s)->y());
    QApplication::processEvents();
    auto *papers = view.findChild<ui::DocumentsSection *>();
    QVERIFY2(papers, "the papers part was not built when scrolled to");
    QCOMPARE(papers->findChild<QTreeWidget *>(u"papers"_s)->topLevelItemCount(), 1); // the one paper filed above

    // Further down: the evidence with the file added above, and the timeline with every event.
    bar->setValue(view.section(u"evidence"_s)->y());
    QApplication::processEvents();
    auto *evidence = view.findChild<ui::EvidencePanel *>();
    QVERIFY2(evidence, "the evidence part was not built when scrolled to");
    QStringList titles;
    for (int i = 0; i < evidence->list()->topLevelItemCount(); ++i)
        for (int col = 0; col < evidence->list()->columnCount(); ++col)
            titles << evidence->list()->topLevelItem(i)->text(col);
    QVERIFY2(titles.contains(u"损害调查报告（测试）"_s), qPrintable(titles.join(u" | "_s)));
    bar->setValue(bar->maximum());
    QApplication::processEvents();
    bar->setValue(view.section(u"timeline"_s)->y());
    QApplication::processEvents();
    auto *timeline = view.findChild<QTableView *>(u"timelineView"_s);
    QVERIFY2(timeline, "the timeline was not built when scrolled to");
    QCOMPARE(timeline->model()->rowCount(), timelineRows);
    bool closing = false;
    for (int r = 0; r < timelineRows; ++r)
        for (int col = 0; col < timeline->model()->columnCount(); ++col)
            closing = closing || timeline->model()->index(r, col).data().toString() == u"Case closed"_s;
    QVERIFY(closing);
}

void TestCasePage::sectionsBelowTheFoldAreLaidOutWhenShown()
{
    test::CaseTestbed bed;
    const QString c = payingCase(bed);
    const qint64 id = bed.service().resolve(c).value();
    const QStringList texts{u"parties"_s, u"clue"_s, u"investigation"_s, u"appraisal"_s, u"consultation"_s, u"agreement"_s,
                            u"litigation"_s, u"enforcement"_s, u"restoration"_s, u"proceedings"_s, u"costs"_s, u"jurisdiction"_s};
    ui::CaseFileView view(bed.service(), id, today());
    view.resize(1024, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QApplication::processEvents();
    const int viewport = pageOf(view)->viewport()->height();
    // In view: laid out. Below the fold: not yet (the first section is always in view).
    QVERIFY(textLaidOut(view, u"parties"_s));
    QStringList below;
    for (const QString &name : texts)
        if (topInView(view, name) > viewport)
            below << name;
    QVERIFY2(below.size() >= 6, qPrintable(below.join(u' ')));
    for (const QString &name : std::as_const(below))
        QVERIFY2(!textLaidOut(view, name), qPrintable(name + u" was laid out below the fold"_s));

    // Asked for by its tab: that section and every one above it are laid out, and it starts at the top.
    view.showSection(u"restoration"_s);
    QApplication::processEvents();
    QVERIFY2(topInView(view, u"restoration"_s) >= 0 && topInView(view, u"restoration"_s) <= 4,
             qPrintable(QString::number(topInView(view, u"restoration"_s))));
    for (const QString &name : texts.mid(0, texts.indexOf(u"restoration"_s) + 1))
        QVERIFY2(textLaidOut(view, name), qPrintable(name));
    // And the page shows there exactly what a page with every section laid out shows.
    ui::CaseFileView whole(bed.service(), id, today());
    whole.resize(1024, 700);
    whole.show();
    QVERIFY(QTest::qWaitForWindowExposed(&whole));
    whole.showSection(u"timeline"_s); // every section above the last part laid out
    QApplication::processEvents();
    for (const QString &name : texts)
        QVERIFY(textLaidOut(whole, name));
    whole.showSection(u"restoration"_s);
    QApplication::processEvents();
    QCOMPARE(pageOf(whole)->verticalScrollBar()->value(), pageOf(view)->verticalScrollBar()->value());
    QVERIFY2(shown(view) == shown(whole), "the page at “restoration” differs from the page laid out whole");

    // Scrolled down step by step (as a wheel does), every view of the page equals the page laid out whole.
    {
        ui::CaseFileView stepping(bed.service(), id, today());
        stepping.resize(1024, 700);
        stepping.show();
        QVERIFY(QTest::qWaitForWindowExposed(&stepping));
        QApplication::processEvents();
        QScrollBar *lazyBar = pageOf(stepping)->verticalScrollBar();
        QScrollBar *wholeBar = pageOf(whole)->verticalScrollBar();
        int steps = 0;
        for (int v = 0; v <= std::min(lazyBar->maximum(), wholeBar->maximum()); v += 150, ++steps) {
            lazyBar->setValue(v);
            wholeBar->setValue(v);
            QApplication::processEvents();
            QVERIFY2(shown(stepping) == shown(whole), qPrintable(u"the page scrolled to %1 differs from the page laid out whole"_s.arg(v)));
        }
        QVERIFY2(steps >= 10, qPrintable(QString::number(steps)));
    }

    // Scrolled to by hand (the bar), a section is laid out before it is painted; its text is the case's.
    QScrollBar *bar = pageOf(view)->verticalScrollBar();
    bar->setValue(view.section(u"jurisdiction"_s)->y());
    QApplication::processEvents();
    QVERIFY(textLaidOut(view, u"jurisdiction"_s));
    // Taken to the end of the page, it stays at the end once the parts there are built.
    bar->setValue(bar->maximum());
    QApplication::processEvents();
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(topInView(view, u"timeline"_s) < viewport);

    // The text of a section not yet shown is there for "Copy this part's text" (casemenus.cpp).
    ui::CaseFileView fresh(bed.service(), id, today());
    fresh.resize(1024, 700);
    fresh.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fresh));
    QApplication::processEvents();
    QVERIFY(!textLaidOut(fresh, u"agreement"_s));
    QVERIFY2(fresh.section(u"agreement"_s)->contentText().contains(u"90,000.00"_s), qPrintable(fresh.section(u"agreement"_s)->contentText()));
}

void TestCasePage::paymentDialogShowsEachInstalment()
{
    test::CaseTestbed bed;
    const QString c = payingCase(bed);
    const domain::CaseFile file = bed.service().caseFile(c).value();
    ui::CommandDialog d(bed.service(), *domain::findCommand(u"record_payment"), &file, today());
    auto *table = d.findChild<QTableWidget *>(u"instalmentsDue"_s);
    QVERIFY2(table, "the payment dialog shows no instalments");
    QCOMPARE(table->rowCount(), 4); // three instalments and the total
    const QStringList expected[] = {
        {u"2026-04-20"_s, u"30,000.00"_s, u"30,000.00"_s, u"0.00"_s},
        {u"2026-05-20"_s, u"30,000.00"_s, u"20,000.00"_s, u"10,000.00"_s},
        {u"2026-06-20"_s, u"30,000.00"_s, u"0.00"_s, u"30,000.00"_s},
        {QString(), u"90,000.00"_s, u"50,000.00"_s, u"40,000.00"_s}};
    for (int row = 0; row < 4; ++row) {
        QStringList got;
        for (int col = 1; col <= 4; ++col)
            got << cell(table, row, col);
        QCOMPARE(got, expected[row]);
    }
    QVERIFY(cell(table, 0, 0).contains(u'1') && cell(table, 2, 0).contains(u'3'));
}

void TestCasePage::refusedDialogGrowsAndItsErrorClearsOnceFixed()
{
    test::CaseTestbed bed;
    const QString c = payingCase(bed);
    const domain::CaseFile file = bed.service().caseFile(c).value();
    ui::CommandDialog d(bed.service(), *domain::findCommand(u"record_payment"), &file, today());
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QApplication::processEvents();
    const int before = d.height();
    QHash<QString, int> heights;
    for (const domain::FieldSpec &f : domain::findCommand(u"record_payment")->fields)
        heights.insert(f.key, d.editor(f.key)->input()->height());
    const int viewport = d.findChild<QScrollArea *>()->viewport()->height();

    auto *amount = d.findChild<QLineEdit *>(u"amount"_s);
    test::typeInto(amount, u"50000"_s);
    test::clickOk(d);
    QApplication::processEvents();
    QVERIFY(d.isVisible());
    QVERIFY(d.refusalText().contains(u"at most 40,000.00 yuan"_s));
    auto *message = d.findChild<QLabel *>(u"amount_message"_s);
    QVERIFY(message->isVisible());
    // The dialog grew by the message instead of squeezing the form.
    QVERIFY2(d.height() >= before, qPrintable(u"%1 < %2"_s.arg(d.height()).arg(before)));
    for (auto it = heights.cbegin(); it != heights.cend(); ++it)
        QCOMPARE(d.editor(it.key())->input()->height(), it.value());
    QVERIFY2(d.findChild<QScrollArea *>()->viewport()->height() >= viewport,
             qPrintable(u"the form's area shrank from %1 to %2"_s.arg(viewport).arg(d.findChild<QScrollArea *>()->viewport()->height())));

    // Still too much: the error stays (checked again, not merely hidden).
    amount->selectAll();
    test::typeInto(amount, u"45000"_s);
    QApplication::processEvents();
    QVERIFY(message->isVisible());
    QVERIFY(d.refusalText().contains(u"at most 40,000.00 yuan"_s));
    // Fixed: the error and the refusal clear at once, before anything is executed.
    amount->selectAll();
    test::typeInto(amount, u"10000"_s);
    QApplication::processEvents();
    QVERIFY(!message->isVisible());
    QVERIFY2(d.refusalText().isEmpty(), qPrintable(d.refusalText()));
    QCOMPARE(bed.service().caseFile(c).value().payments.size(), 2); // nothing recorded yet
}

void TestCasePage::successIsSaidInTheStatusBar()
{
    test::CaseTestbed bed;
    const QString c = payingCase(bed);
    ui::MainWindow window(bed.service());
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ui::CaseFileView *view = window.openCase(bed.service().resolve(c).value());
    QVERIFY(view);
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto *d = qobject_cast<ui::CommandDialog *>(QApplication::activeModalWidget());
        QVERIFY(d);
        seen = true;
        test::typeInto(d->findChild<QLineEdit *>(u"amount"_s), u"10000"_s);
        test::clickOk(*d);
    });
    QVERIFY(view->runCommand(u"record_payment"_s));
    QVERIFY(seen);
    QCOMPARE(bed.service().caseFile(c).value().payments.size(), 3);
    QCOMPARE(window.statusBar()->currentMessage(),
             u"%1: payment of 10,000.00 yuan recorded (Instalment 2); 30,000.00 yuan still owed."_s.arg(c));
    // Another step: its own summary.
    QTimer::singleShot(0, [&] {
        auto *d = qobject_cast<ui::CommandDialog *>(QApplication::activeModalWidget());
        QVERIFY(d);
        test::fill(*d, u"due_on"_s, QDate(2026, 12, 31));
        test::typeInto(d->findChild<QWidget *>(u"description"_s), u"plant"_s);
        test::clickOk(*d);
    });
    QVERIFY(view->runCommand(u"add_milestone"_s));
    QCOMPARE(window.statusBar()->currentMessage(), u"%1: Milestone added: plant — done."_s.arg(c));
}

QTEST_MAIN(TestCasePage)
#include "tst_casepage.moc"
