#pragma once
// Screens of issue 16's File menu and Help for docs/screenshots (see shellshots.cpp).

#include "core/domain/casefile.h"

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

// `save(widget, name)` writes name.png; `suffix`: "" (Chinese) or "-en".
bool renderShellShots(service::CaseService &service, ui::MainWindow &window, const domain::CaseFile &investigating,
                      const std::function<bool(QWidget *, const QString &)> &save, const QString &suffix);

} // namespace ecoclaim
