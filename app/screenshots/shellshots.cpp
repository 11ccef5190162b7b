// The screens of issue 16's File menu and Help (ecoclaim-screenshots --shell-only): Help at the article a
// refusal cites, the guide, the File menu, the first-start dialog — in the language installed.

#include "shellshots.h"

#include "core/service/caseservice.h"
#include "ui/commanddialog/commanddialog.h"
#include "ui/firststartdialog.h"
#include "ui/help/helpkey.h"
#include "ui/help/helpwindow.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QMenu>
#include <QMenuBar>

using namespace Qt::StringLiterals;

namespace ecoclaim {

bool renderShellShots(service::CaseService &service, ui::MainWindow &window, const domain::CaseFile &investigating,
                      const std::function<bool(QWidget *, const QString &)> &save, const QString &suffix)
{
    bool ok = true;
    // A refused step (start_consultation before the appraisal), then F1: the article it cites.
    ui::CommandDialog refused(service, *domain::findCommand(u"start_consultation"), &investigating, QDate::currentDate(), &window);
    refused.show();
    refused.accept();
    ok &= save(&refused, u"refused-action-links"_s + suffix);
    ui::HelpKey::helpFor(&refused);
    if (ui::HelpWindow *help = ui::HelpWindow::open(&refused)) {
        help->resize(1000, 640);
        ok &= save(help, u"help-article"_s + suffix);
        help->showGuide();
        ok &= save(help, u"help-guide"_s + suffix);
        help->close();
    }
    refused.hide();

    // The File menu with the database actions.
    for (QAction *a : window.menuBar()->actions()) {
        QMenu *m = a->menu();
        bool hasNew = false;
        for (QAction *x : m ? m->actions() : QList<QAction *>())
            hasNew |= x->objectName() == u"newDatabase"_s;
        if (!hasNew)
            continue;
        m->popup(window.mapToGlobal(QPoint(10, 30)));
        ok &= save(m, u"file-menu"_s + suffix);
        m->hide();
        break;
    }

    ui::FirstStartDialog first(u"/home/lim/.local/share/EcoClaim/EcoClaim/ecoclaim.db"_s, &window);
    first.show();
    ok &= save(&first, u"first-start"_s + suffix);
    return ok;
}

} // namespace ecoclaim
