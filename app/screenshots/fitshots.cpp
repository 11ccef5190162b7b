#include "fitshots.h" // beside this file (the tool's include root is ui's)

#include "ui/casefile/casefileview.h"
#include "ui/casefile/casemenus.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QMenu>
#include <QTableView>
#include <QTreeWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ecoclaim;

bool fitShots(ui::MainWindow &window, service::CaseService &, qint64 caseId, const QString &suffix,
              const std::function<bool(QWidget *, const QString &)> &save)
{
    window.resize(1024, 700);
    bool ok = save(&window, u"window-1024-list"_s + suffix);
    if (ui::CaseFileView *view = caseId ? window.openCase(caseId) : nullptr) {
        ok &= save(&window, u"window-1024-case"_s + suffix);
        if (auto *scroll = view->findChild<QScrollArea *>()) {
            scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
            ok &= save(&window, u"window-1024-case-timeline"_s + suffix);
            // The right-click menu (issue 16 part 10) on a filed paper, else on the first row of the timeline.
            auto *menus = view->findChild<ui::CaseMenus *>();
            auto *papers = view->findChild<QTreeWidget *>(u"papers"_s);
            auto *timeline = view->findChild<QTableView *>(u"timelineView"_s);
            QWidget *target = nullptr;
            if (papers && papers->topLevelItemCount() > 0) {
                papers->setCurrentItem(papers->topLevelItem(0));
                target = papers->viewport();
            } else if (timeline && timeline->model()->rowCount() > 0) {
                timeline->selectRow(0);
                target = timeline->viewport();
            }
            if (menus && target) {
                std::unique_ptr<QMenu> menu(menus->menuFor(target));
                menu->popup(window.mapToGlobal(QPoint(300, 200)));
                ok &= save(menu.get(), u"case-menu"_s + suffix);
                menu->close();
            }
            scroll->verticalScrollBar()->setValue(0);
        }
    }
    if (auto *myWork = window.findChild<QAction *>(u"showMyWork"_s)) {
        myWork->trigger();
        ok &= save(&window, u"window-1024-my-work"_s + suffix);
    }
    if (auto *statistics = window.findChild<QAction *>(u"statistics"_s)) {
        statistics->trigger();
        ok &= save(&window, u"window-1024-statistics"_s + suffix);
    }
    return ok;
}
