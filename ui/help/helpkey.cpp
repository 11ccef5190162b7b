#include "ui/help/helpkey.h"

#include "ui/help/helpwindow.h"

#include <QApplication>
#include <QKeyEvent>
#include <QPointer>
#include <QWidget>

namespace ecoclaim::ui {

void HelpKey::install()
{
    static QPointer<HelpKey> installed;
    if (installed || !qApp)
        return;
    installed = new HelpKey;
    installed->setParent(qApp);
    qApp->installEventFilter(installed);
}

int HelpKey::articleFor(const QWidget *widget)
{
    // The focused widget's window too: a dialog's refusal names its article on the dialog's label.
    for (const QWidget *w = widget; w; w = w->parentWidget())
        if (const int n = w->property("ecoclaimArticle").toInt(); n > 0)
            return n;
    if (widget)
        for (const QWidget *child : widget->window()->findChildren<QWidget *>())
            if (const int n = child->property("ecoclaimArticle").toInt(); n > 0 && child->isVisible())
                return n;
    return 0;
}

void HelpKey::helpFor(QWidget *widget)
{
    HelpWindow *help = HelpWindow::open(widget);
    if (const int n = articleFor(widget))
        help->showArticle(n);
    else
        help->showGuide();
}

bool HelpKey::eventFilter(QObject *watched, QEvent *event)
{
    // The key press reaches the filter once per object on its way up; act on the first (a widget).
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_F1
        && static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier && watched->isWidgetType()) {
        auto *widget = static_cast<QWidget *>(watched);
        if (!qobject_cast<HelpWindow *>(widget->window())) {
            helpFor(widget);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ecoclaim::ui
