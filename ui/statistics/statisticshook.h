#pragma once
// Puts the statistics page into the main window: Reports ▸ Statistics… (Ctrl+Shift+T) opens it as a tab
// (or brings it forward), and a case chosen in it opens as the window's other case tabs do. One call from
// MainWindow's constructor; nothing else of the window changes.

namespace ecoclaim::service {
class CaseService;
}

namespace ecoclaim::ui {

class MainWindow;

void installStatistics(MainWindow &window, service::CaseService &service);

} // namespace ecoclaim::ui
