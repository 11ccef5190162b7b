#pragma once
// The statistics page's screenshots (issue 13 part 2): each chart of the page, and the list a click on a
// bar opens, as PNG files named statistics-<chart>.png / statistics-cases.png.

#include <QDir>

#include <functional>

class QWidget;

namespace ecoclaim::ui {
class MainWindow;
}

bool statisticsShots(ecoclaim::ui::MainWindow &window, const QDir &out, const std::function<bool(QWidget *, const QString &)> &save);
