#pragma once
// The window at 1024 × 700 (issue 16 part 8): the list, a case page (top and timeline), the day's work
// and the statistics page, as window-1024-<view>[-en].png, and the case page's right-click menu (case-menu[-en].png) — the smallest screen a bureau desk has, to look
// for clipped buttons and headers in each language.

#include <QDir>

#include <functional>

class QWidget;

namespace ecoclaim::service {
class CaseService;
}
namespace ecoclaim::ui {
class MainWindow;
}

bool fitShots(ecoclaim::ui::MainWindow &window, ecoclaim::service::CaseService &service, qint64 caseId, const QString &suffix,
              const std::function<bool(QWidget *, const QString &)> &save);
