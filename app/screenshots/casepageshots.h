#pragma once
// Screens of the case page's issue 16 parts 5 and 11 for docs/screenshots (casepageshots.cpp): the
// section tabs, the payment dialog with each instalment's due / paid / owed, the same dialog grown by a
// refusal, and the status bar after a payment.

#include <QString>

#include <functional>

class QWidget;

namespace ecoclaim::service {
class CaseService;
}
namespace ecoclaim::ui {
class MainWindow;
}

namespace ecoclaim {

// `save(widget, name)` writes name.png; `suffix`: "" (Chinese) or "-en". Records one payment on the
// database it is given (use a copy of the demo set).
bool renderCasePageShots(service::CaseService &service, ui::MainWindow &window,
                         const std::function<bool(QWidget *, const QString &)> &save, const QString &suffix);

} // namespace ecoclaim
