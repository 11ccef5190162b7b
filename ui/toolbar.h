#pragma once
// The main window's toolbar (new clue, open, papers, export, refresh, help) and the case list's context menu
// (open, papers, export), made from the menus' own actions (found by object name), so a shortcut, a menu
// entry, a toolbar button and a right click are one action with one icon (issue 16 part 10).

class QAbstractItemView;
class QMainWindow;

namespace ecoclaim::ui {

void addToolBarAndListMenu(QMainWindow *window, QAbstractItemView *list);

} // namespace ecoclaim::ui
