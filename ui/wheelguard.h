#pragma once
// No silent changes (issue 16, part 6): the mouse wheel never changes a drop-down, a number or a date
// field the caseworker has not put the cursor in. Rolling the wheel over the case page once turned its
// paper type to another paper unnoticed: Qt gives a QComboBox / QAbstractSpinBox (QSpinBox,
// QDoubleSpinBox, QDateEdit) the wheel, and even the focus (their Qt::WheelFocus), as the pointer passes.
//
// One application-wide event filter, installed once (MainWindow's constructor calls install()):
//  - every such widget, when polished, takes Qt::StrongFocus instead of Qt::WheelFocus, so the wheel no
//    longer gives it the focus (Tab and a click still do);
//  - a wheel event reaching one without focus is not given to it but sent on to its parent, so the
//    scroll area around it scrolls as over any other part of the page. A focused one still turns.

#include <QObject>

class QWidget;

namespace ecoclaim::ui {

// No Q_OBJECT: it declares no signal, slot or property, and an event filter needs none.
class WheelGuard : public QObject
{
public:
    // Installs the guard on the application, once (later calls do nothing). Needs a QApplication.
    static void install();
    // Whether the wheel is kept from `widget` while it has no focus (tests; the kinds named above).
    static bool guards(const QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace ecoclaim::ui
