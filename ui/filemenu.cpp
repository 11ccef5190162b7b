#include "ui/filemenu.h"

#include "core/service/caseservice.h"
#include "core/service/casereader.h"
#include "core/service/databasefiles.h"
#include "core/service/demoset.h"
#include "ui/firststartdialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

DatabaseMenu::DatabaseMenu(service::CaseService &service, QMainWindow *window)
    : QObject(window), m_service(service), m_window(window), m_today(QDate::currentDate())
{
    m_launch = [](const QStringList &arguments) {
        return QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
    };
}

void DatabaseMenu::addTo(QMenu *file)
{
    file->addAction(tr("Open another &database…"), this, &DatabaseMenu::chooseAnother)->setObjectName(u"openDatabase"_s);
    file->addAction(tr("New data&base file…"), this, &DatabaseMenu::chooseNew)->setObjectName(u"newDatabase"_s);
    file->addAction(tr("Load the de&mo case set…"), this, &DatabaseMenu::chooseDemo)->setObjectName(u"loadDemo"_s);
}

domain::Status DatabaseMenu::switchTo(const QString &location)
{
    // A new window process on the chosen database (it asks for the server's password itself).
    if (!m_launch({u"--db"_s, location}))
        return domain::Problem{{}, tr("EcoClaim could not be started again on %1.").arg(location), {}};
    FirstStartDialog::remember(location);
    m_window->close();
    return domain::success();
}

domain::Status DatabaseMenu::createAndSwitch(const QString &path, bool demo)
{
    auto created = service::createDatabaseFile(path, demo, m_today);
    if (!created)
        return created.problems();
    return switchTo(created->path);
}

domain::Result<int> DatabaseMenu::loadDemo(const QString &newFile)
{
    auto count = m_service.reader().caseCount();
    if (!count)
        return count.problems();
    if (count.value() == 0) { // into this database: the list follows the notifier
        auto loaded = service::loadDemoSet(m_service, m_today);
        if (!loaded)
            return loaded.problems();
        auto now = m_service.reader().caseCount();
        return now ? int(now.value()) : 0;
    }
    auto created = service::createDatabaseFile(newFile, true, m_today);
    if (!created)
        return created.problems();
    if (auto switched = switchTo(created->path); !switched)
        return switched.problems();
    return created->demoCases;
}

QString DatabaseMenu::suggestedDemoPath()
{
    const QDir folder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    QString path = folder.filePath(u"ecoclaim-demo.db"_s);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = folder.filePath(u"ecoclaim-demo-%1.db"_s.arg(n));
    return path;
}

void DatabaseMenu::chooseAnother()
{
    FirstStartDialog choice(m_service.databaseLocation(), m_window);
    choice.setWindowTitle(tr("Open another database"));
    if (choice.exec() != QDialog::Accepted || choice.location() == m_service.databaseLocation())
        return;
    if (!choice.onServer() && !QFileInfo::exists(choice.location())) { // a new file: made here, with the demo if asked
        if (auto made = createAndSwitch(choice.location(), choice.loadDemo()); !made)
            tell(tr("Open another database"), made.problems());
        return;
    }
    if (auto switched = switchTo(choice.location()); !switched)
        tell(tr("Open another database"), switched.problems());
}

void DatabaseMenu::chooseNew()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"ecoclaim-new.db"_s);
    const QString path = QFileDialog::getSaveFileName(m_window, tr("New database file"), suggested, tr("EcoClaim databases (*.db)"));
    if (path.isEmpty())
        return;
    if (auto made = createAndSwitch(path, false); !made)
        tell(tr("New database file"), made.problems());
}

void DatabaseMenu::chooseDemo()
{
    auto count = m_service.reader().caseCount();
    QString newFile;
    if (count && count.value() > 0) {
        newFile = suggestedDemoPath();
        const auto answer = QMessageBox::question(
            m_window, tr("Load the demo case set"),
            tr("This database already holds %n case(s); the demo set goes only into an empty database.\n\n"
               "Make a new demo database at %1 and open it?", nullptr, int(count.value()))
                .arg(QDir::toNativeSeparators(newFile)));
        if (answer != QMessageBox::Yes)
            return;
    }
    auto loaded = loadDemo(newFile);
    if (!loaded)
        tell(tr("Load the demo case set"), loaded.problems());
    else if (newFile.isEmpty())
        m_window->statusBar()->showMessage(tr("The demo set was loaded: %n case(s).", nullptr, loaded.value()), 8000);
}

void DatabaseMenu::tell(const QString &title, const domain::Problems &problems)
{
    QStringList lines;
    for (const domain::Problem &p : problems.list())
        lines << p.toString();
    QMessageBox::warning(m_window, title, lines.join(u'\n'));
}

void addDatabaseActions(QMenu *file, QMainWindow *window, service::CaseService &service)
{
    (new DatabaseMenu(service, window))->addTo(file);
}

} // namespace ecoclaim::ui
