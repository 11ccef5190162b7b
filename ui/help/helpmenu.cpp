#include "ui/help/helpmenu.h"

#include "ui/help/helpkey.h"
#include "ui/help/helpwindow.h"

#include <QApplication>
#include <QMenu>
#include <QMenuBar>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

void addHelpMenu(QMenuBar *bar, QWidget *window)
{
    HelpKey::install();
    QMenu *help = bar->addMenu(QApplication::translate("ecoclaim::Help", "&Help"));
    // F1 as the main window's shortcut fires before the key reaches the filter: the same thing happens.
    QAction *guide = help->addAction(QApplication::translate("ecoclaim::Help", "&Help for what is in front of you"),
                                     QKeySequence::HelpContents, window, [window] {
                                         QWidget *focus = QApplication::focusWidget();
                                         HelpKey::helpFor(focus ? focus : window);
                                     });
    guide->setObjectName(u"helpContext"_s);
    help->addAction(QApplication::translate("ecoclaim::Help", "&Guide to the procedure"), window,
                    [window] { HelpWindow::open(window)->showGuide(); })->setObjectName(u"helpGuide"_s);
    help->addAction(QApplication::translate("ecoclaim::Help", "The &rules (full text)"), window,
                    [window] { HelpWindow::open(window)->showArticle(1); })->setObjectName(u"helpRules"_s);
    help->addAction(QApplication::translate("ecoclaim::Help", "&Keyboard shortcuts"), window,
                    [window] { HelpWindow::open(window)->showShortcuts(); })->setObjectName(u"helpShortcuts"_s);
    help->addSeparator();
    help->addAction(QApplication::translate("ecoclaim::Help", "&About EcoClaim"), window,
                    [window] { HelpWindow::open(window)->showAbout(); })->setObjectName(u"helpAbout"_s);
    help->addAction(QApplication::translate("ecoclaim::Help", "About &Qt"), qApp, &QApplication::aboutQt);
}

} // namespace ecoclaim::ui
