#pragma once
// File ▸ Open another database…, New database…, Load the demo set… (issue 16 part 7). Switching runs a new
// window process on the chosen database and closes this one: every view, model and connection of a window
// belongs to the database it was opened on. A new database file is made here first (service/databasefiles.h:
// migrated, never on a network share, the demo set in it when asked), so the new window opens a database
// that exists. The demo set goes into this database when it holds no case; otherwise into a new file.
// The menu's actions call the public functions below, which the tests call without the dialogs.

#include "core/domain/result.h"

#include <QDate>
#include <QObject>
#include <QStringList>

#include <functional>

class QMainWindow;
class QMenu;

namespace ecoclaim::service {
class CaseService;
}

namespace ecoclaim::ui {

class DatabaseMenu : public QObject
{
    Q_OBJECT
public:
    // Starts the window with these arguments; true when it started. The default starts this program.
    using Launcher = std::function<bool(const QStringList &arguments)>;

    DatabaseMenu(service::CaseService &service, QMainWindow *window);
    // Adds the three actions (object names openDatabase, newDatabase, loadDemo) to the File menu.
    void addTo(QMenu *file);
    void setLauncher(Launcher launcher) { m_launch = std::move(launcher); }
    void setToday(QDate today) { m_today = today; }

    // Opens `location` in a new window and closes this one (remembered for the next start).
    domain::Status switchTo(const QString &location);
    // Makes a new database file at `path` (with the demo set when `demo`) and switches to it.
    domain::Status createAndSwitch(const QString &path, bool demo);
    // The demo set into this database when it holds no case (this window shows it at once); otherwise a new
    // database file at `newFile` with the demo set, switched to. Returns the cases loaded.
    domain::Result<int> loadDemo(const QString &newFile);
    // Where a new demo database is suggested: the data folder's ecoclaim-demo.db (-2, -3… when taken).
    static QString suggestedDemoPath();

private:
    void chooseAnother();
    void chooseNew();
    void chooseDemo();
    void tell(const QString &title, const domain::Problems &problems);

    service::CaseService &m_service;
    QMainWindow *m_window;
    Launcher m_launch;
    QDate m_today;
};

// The one-line hook of MainWindow::buildMenus.
void addDatabaseActions(QMenu *file, QMainWindow *window, service::CaseService &service);

} // namespace ecoclaim::ui
