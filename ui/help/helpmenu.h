#pragma once
// The Help menu (guide F1, the rules, keyboard shortcuts, About) and F1 everywhere (ui/help/helpkey.h):
// MainWindow's one-line hook.

class QMenuBar;
class QWidget;

namespace ecoclaim::ui {

void addHelpMenu(QMenuBar *bar, QWidget *window);

} // namespace ecoclaim::ui
