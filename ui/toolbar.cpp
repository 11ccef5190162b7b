#include "ui/toolbar.h"

#include <QAbstractItemView>
#include <QAction>
#include <QMainWindow>
#include <QStyle>
#include <QToolBar>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::ToolBar)
};
} // namespace

void addToolBarAndListMenu(QMainWindow *window, QAbstractItemView *list)
{
    QStyle *style = window->style();
    struct Button
    {
        QString action;
        QStyle::StandardPixmap icon;
        QString text; // short, under the icon; the tooltip keeps the menu's words
    };
    const QList<Button> buttons{
        {u"newClue"_s, QStyle::SP_FileIcon, Tr::tr("New clue")},
        {u"openCase"_s, QStyle::SP_DirOpenIcon, Tr::tr("Open")},
        {u"papers"_s, QStyle::SP_FileDialogDetailedView, Tr::tr("Papers")},
        {u"exportArchive"_s, QStyle::SP_DialogSaveButton, Tr::tr("Export")},
        {u"refresh"_s, QStyle::SP_BrowserReload, Tr::tr("Refresh")},
        {u"helpContext"_s, QStyle::SP_MessageBoxQuestion, Tr::tr("Help")},
    };
    auto *bar = window->addToolBar(Tr::tr("Main tools"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    bar->setMovable(false);
    for (const Button &b : buttons) {
        QAction *action = window->findChild<QAction *>(b.action);
        if (!action)
            continue;
        action->setIcon(style->standardIcon(b.icon));
        action->setToolTip(QString(action->text()).remove(u'&') + u"  ("_s + action->shortcut().toString(QKeySequence::NativeText) + u')');
        action->setIconText(b.text);
        if (b.action == u"refresh"_s || b.action == u"helpContext"_s)
            bar->addSeparator();
        bar->addAction(action);
    }
    // Right click on the list: what can be done with the cases selected.
    list->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (const QString &name : {u"openCase"_s, u"papers"_s, u"exportArchive"_s})
        if (QAction *action = window->findChild<QAction *>(name))
            list->addAction(action);
}

} // namespace ecoclaim::ui
