// No silent changes (issue 16, part 6): on the real case page inside the main window, a wheel event over
// a drop-down, a date field or a number that has no focus changes nothing and scrolls the page; the same
// wheel over the focused field still turns it. Events go to the window as the window system delivers
// them (QWidgetWindow finds the widget under the pointer), not to the widget directly.

#include "casetestbed.h"

#include "ui/casefile/casefileview.h"
#include "ui/mainwindow.h"
#include "ui/wheelguard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QWheelEvent>
#include <QWindow>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using namespace ecoclaim::domain;

class TestWheelGuard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QSettings().clear(); }
    void wheelOverAnUnfocusedComboScrollsThePage();
    void wheelOverAnUnfocusedDateOrNumberChangesNothing();
    void theWheelGivesNoFocus();
};

namespace {
// Rolls the wheel one notch down (angle −120, as a mouse gives) with the pointer over the centre of
// `target`, delivered to its top-level window.
void wheelDownOver(QWidget *target)
{
    QWidget *top = target->window();
    const QPoint inTop = target->mapTo(top, target->rect().center());
    QWheelEvent wheel(QPointF(inTop), QPointF(top->mapToGlobal(inTop)), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QVERIFY(top->windowHandle());
    QApplication::sendEvent(top->windowHandle(), &wheel);
}

struct OpenCase
{
    test::CaseTestbed bed;
    ui::MainWindow window{bed.service()};
    ui::CaseFileView *view = nullptr;
    QScrollArea *page = nullptr;

    OpenCase()
    {
        const QString c = bed.caseAt(Stage::Consultation);
        window.resize(1024, 700);
        window.show();
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            qFatal("window not active");
        view = window.openCase(bed.service().resolve(c).value());
        QCoreApplication::processEvents();
        if (view) // the papers part (its paper type, its date) is built when asked for or scrolled to
            view->showSection(u"documents"_s);
    }
    // Scrolls the page so that `w` is in view with room to scroll further down, and takes the focus
    // elsewhere (the case list's tab is not shown: the page itself).
    void bringIntoView(QWidget *w)
    {
        page = nullptr;
        for (QWidget *p = w->parentWidget(); p && !page; p = p->parentWidget())
            page = qobject_cast<QScrollArea *>(p);
        QVERIFY(page);
        page->ensureWidgetVisible(w, 50, 100);
        QCoreApplication::processEvents();
        QVERIFY(page->verticalScrollBar()->value() < page->verticalScrollBar()->maximum());
        page->setFocus();
        QVERIFY(!w->hasFocus());
        QVERIFY(page->viewport()->rect().contains(w->mapTo(page->viewport(), w->rect().center())));
    }
};
} // namespace

void TestWheelGuard::wheelOverAnUnfocusedComboScrollsThePage()
{
    OpenCase open;
    QVERIFY(open.view);
    auto *paper = open.view->findChild<QComboBox *>(u"paperType"_s);
    QVERIFY(paper);
    QVERIFY(paper->count() > 2);
    paper->setCurrentIndex(0);
    const QString chosen = paper->currentText();
    open.bringIntoView(paper);
    const int scrolledTo = open.page->verticalScrollBar()->value();

    wheelDownOver(paper);
    QCOMPARE(paper->currentIndex(), 0);
    QCOMPARE(paper->currentText(), chosen);
    QVERIFY2(open.page->verticalScrollBar()->value() > scrolledTo, "the page did not scroll under the wheel");
    QVERIFY(!paper->hasFocus());

    // The caseworker puts the cursor in it: now the wheel turns it, one item per notch, and the page stays.
    paper->setFocus();
    QVERIFY(paper->hasFocus());
    open.page->ensureWidgetVisible(paper, 50, 100);
    const int still = open.page->verticalScrollBar()->value();
    wheelDownOver(paper);
    QCOMPARE(paper->currentIndex(), 1);
    QCOMPARE(open.page->verticalScrollBar()->value(), still);
}

void TestWheelGuard::wheelOverAnUnfocusedDateOrNumberChangesNothing()
{
    OpenCase open;
    auto *dated = open.view->findChild<QDateEdit *>(u"datedOn"_s);
    QVERIFY(dated);
    dated->setDate(QDate(2026, 11, 28));
    open.bringIntoView(dated);
    const int scrolledTo = open.page->verticalScrollBar()->value();
    wheelDownOver(dated);
    QCOMPARE(dated->date(), QDate(2026, 11, 28));
    QVERIFY(open.page->verticalScrollBar()->value() > scrolledTo);

    dated->setFocus();
    wheelDownOver(dated);
    QVERIFY(dated->date() != QDate(2026, 11, 28)); // focused: the wheel steps the date

    // A number outside any scroll area (the deadline panel's "within N days", under the case list since
    // issue 16: on the list's tab): unfocused, it stays.
    auto *within = open.window.findChild<QSpinBox *>();
    QVERIFY(within);
    within->setValue(10);
    open.window.tabs()->setCurrentIndex(0);
    open.window.tabs()->setFocus();
    QVERIFY(within->isVisible());
    wheelDownOver(within);
    QCOMPARE(within->value(), 10);
}

void TestWheelGuard::theWheelGivesNoFocus()
{
    // QApplication hands the focus to a widget under a real (spontaneous) wheel when its policy includes
    // Qt::WheelFocus — Qt's default for these kinds — and it would then turn. None keeps that policy.
    OpenCase open;
    int guarded = 0;
    for (QWidget *w : QApplication::allWidgets()) {
        if (!ui::WheelGuard::guards(w))
            continue;
        ++guarded;
        QVERIFY2((w->focusPolicy() & Qt::WheelFocus) != Qt::WheelFocus, qPrintable(w->objectName() + u' ' + QString::fromLatin1(w->metaObject()->className())));
    }
    QVERIFY(guarded >= 5); // the list's filters, the deadline panel, the case page's paper form
}

QTEST_MAIN(TestWheelGuard)
#include "tst_wheelguard.moc"
