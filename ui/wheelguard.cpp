#include "ui/wheelguard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QPointer>
#include <QWheelEvent>

namespace ecoclaim::ui {

void WheelGuard::install()
{
    static QPointer<WheelGuard> installed;
    if (installed || !qApp)
        return;
    installed = new WheelGuard(qApp);
    qApp->installEventFilter(installed);
    // Widgets polished before the guard came (none in the window's startup; a test's) lose the wheel's focus too.
    for (QWidget *w : QApplication::allWidgets())
        if (guards(w) && w->focusPolicy() == Qt::WheelFocus)
            w->setFocusPolicy(Qt::StrongFocus);
}

bool WheelGuard::guards(const QWidget *widget)
{
    return qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget);
}

namespace {
// A copy of `wheel` at `position` (in the receiver's coordinates), to be sent to another widget.
QWheelEvent moved(const QWheelEvent &wheel, QPointF position)
{
    return QWheelEvent(position, wheel.globalPosition(), wheel.pixelDelta(), wheel.angleDelta(), wheel.buttons(),
                       wheel.modifiers(), wheel.phase(), wheel.inverted(), wheel.source(), wheel.pointingDevice());
}
} // namespace

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Wheel && event->type() != QEvent::Polish)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget)
        return false;
    if (event->type() == QEvent::Polish) {
        // Qt::WheelFocus would hand the widget the focus as the wheel passes over it (QApplication gives
        // focus by policy before delivering a wheel event from the window system), and then it would turn.
        if (guards(widget) && widget->focusPolicy() == Qt::WheelFocus)
            widget->setFocusPolicy(Qt::StrongFocus);
        return false;
    }
    auto *wheel = static_cast<QWheelEvent *>(event);
    QPointF position = wheel->position();
    // The pointer over a spin box's or date field's text (its own line edit) is the pointer over the field.
    QWidget *field = widget;
    if (!guards(field)) {
        field = widget->isWindow() ? nullptr : widget->parentWidget();
        if (!field || !guards(field))
            return false;
        position = widget->mapToParent(position);
        if (field->hasFocus()) { // the field turns, as if the pointer were on its frame
            QWheelEvent toField = moved(*wheel, position);
            QCoreApplication::sendEvent(field, &toField);
            wheel->accept();
            return true;
        }
    }
    if (field->hasFocus())
        return false;
    // Not delivered: passed up the parents instead until one takes it (the scroll area's viewport, in
    // the end the scroll area), as if the pointer were over the page beside the field. Qt passes a
    // refused wheel event on only when it came from the window system, so the guard walks the parents
    // itself, and marks the original taken so that Qt does not pass it on a second time.
    for (QWidget *w = field; !w->isWindow() && !w->testAttribute(Qt::WA_NoMousePropagation) && w->parentWidget();) {
        position = w->mapToParent(position);
        w = w->parentWidget();
        QWheelEvent passed = moved(*wheel, position);
        if (QCoreApplication::sendEvent(w, &passed) && passed.isAccepted())
            break;
    }
    wheel->accept();
    return true;
}

} // namespace ecoclaim::ui
