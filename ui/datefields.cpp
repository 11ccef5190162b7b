#include "ui/datefields.h"

#include "core/domain/dateformat.h"

#include <QApplication>
#include <QDateEdit>
#include <QEvent>

namespace ecoclaim::ui {

void DateFields::install()
{
    static DateFields *installed = nullptr;
    if (installed || !qApp)
        return;
    installed = new DateFields(qApp);
    qApp->installEventFilter(installed);
}

bool DateFields::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Polish)
        if (auto *field = qobject_cast<QDateEdit *>(watched))
            field->setDisplayFormat(domain::displayDateFormat());
    return false;
}

} // namespace ecoclaim::ui
