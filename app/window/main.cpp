// ecoclaim: the caseworker's window. Opens the database given with --db LOCATION directly; otherwise the
// one chosen at an earlier start, and at the first start asks where it lives — a file on this computer
// (the user's data folder by default) or the bureau's server — and offers the demo case set. A server
// that wants a password gets it from a prompt (or libpq's PGPASSWORD / ~/.pgpass); it is never kept.

#include "core/i18n/language.h"
#include "core/calendar/workcalendar.h"
#include "core/service/casenotifier.h"
#include "core/service/casereader.h"
#include "core/service/accounts.h"
#include "core/service/caseservice.h"
#include "core/service/databasefiles.h"
#include "core/service/demoset.h"
#include "core/storage/database.h"
#include "ui/accounts/signindialog.h"
#include "ui/firststartdialog.h"
#include "ui/mainwindow.h"

#include <QDir>
#include <QFileInfo>

#include <QApplication>
#include <QIcon>
#include <QCommandLineParser>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
// Opens the database; a server that asks for a password gets it typed here, up to three tries.
ecoclaim::domain::Result<std::unique_ptr<ecoclaim::storage::Database>> openDatabase(const QString &location)
{
    auto database = ecoclaim::storage::Database::open(location);
    for (int attempt = 0; attempt < 3 && !database && ecoclaim::storage::Database::isServerLocation(location)
         && database.problems().list().first().field == u"password"; ++attempt) {
        bool ok = false;
        const QString password = QInputDialog::getText(
            nullptr, QApplication::translate("ecoclaim::Window", "Sign in to the bureau's server"),
            QApplication::translate("ecoclaim::Window", "%1\n\nPassword for %2:").arg(database.errorString(), location),
            QLineEdit::Password, QString(), &ok);
        if (!ok)
            break;
        database = ecoclaim::storage::Database::open(location, password);
    }
    return database;
}

// A database with accounts (issue 17): a desk's file asks for the login and password in the sign-in dialog
// (ui/accounts/signindialog.h: a wrong password or a lock is said there, and it stays open); on a server the
// connection's login is the account. False when nobody signed in.
bool signIn(ecoclaim::service::CaseService &service)
{
    using ecoclaim::service::Access;
    if (service.access().account()) // a server login with an account: signed in by connecting
        return ecoclaim::service::Accounts(service).signIn(service.access().account()->login, {}).ok();
    if (service.access().mode() != Access::Mode::SignInRequired)
        return true;
    ecoclaim::ui::SignInDialog dialog(service);
    return dialog.exec() == QDialog::Accepted;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"EcoClaim"_s);
    QApplication::setApplicationName(u"EcoClaim"_s);
    QApplication::setApplicationVersion(QStringLiteral(ECOCLAIM_VERSION));
    QIcon icon; // the package's icon (packaging/icons), also the desktop's through ecoclaim.desktop
    for (const int size : {32, 48, 256})
        icon.addFile(u":/icons/ecoclaim-%1.png"_s.arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
    QGuiApplication::setDesktopFileName(u"ecoclaim"_s);

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(
        u"db"_s, QApplication::translate("ecoclaim::Window", "Open this database: a file, or the server's postgresql://USER@HOST:PORT/DATABASE."),
        u"LOCATION"_s);
    const QCommandLineOption demoOption(u"demo"_s, QApplication::translate("ecoclaim::Window", "Load the demo case set if the database is empty."));
    const QCommandLineOption langOption(u"lang"_s, QApplication::translate("ecoclaim::Window", "Language: zh_CN or en."), u"LANG"_s);
    parser.addOptions({dbOption, langOption, demoOption});
    parser.process(app);
    ecoclaim::i18n::installTranslators(app, parser.value(langOption));

    using ecoclaim::ui::FirstStartDialog;
    QString path = parser.value(dbOption);
    bool offerDemo = parser.isSet(demoOption);
    if (path.isEmpty()) {
        path = FirstStartDialog::rememberedPath();
        const bool known = ecoclaim::storage::Database::isServerLocation(path) || (!path.isEmpty() && QFileInfo::exists(path));
        if (!known) {
            FirstStartDialog first(path.isEmpty() ? ecoclaim::storage::Database::defaultPath() : path);
            if (first.exec() != QDialog::Accepted)
                return 0;
            path = first.location();
            offerDemo = first.loadDemo();
            if (!first.onServer())
                QDir().mkpath(QFileInfo(path).absolutePath());
        }
    }
    // `--db PATH` names a file that should exist: a mistyped path is asked about, never silently a new
    // empty database. The first start (above) has already asked where the new database goes.
    if (!ecoclaim::storage::Database::isServerLocation(path) && !QFileInfo::exists(path) && parser.isSet(dbOption)) {
        const auto answer = QMessageBox::question(
            nullptr, QApplication::translate("ecoclaim::Window", "EcoClaim"),
            QApplication::translate("ecoclaim::Window", "There is no database at %1.\n\nCreate a new, empty database "
                                                        "there?").arg(QDir::toNativeSeparators(path)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return 1;
    }
    // An empty (0-byte) file holds nothing — a first start stopped while the file was being created: the
    // window offers to start over in it rather than refusing it for ever (storage says the same to the CLI).
    if (!ecoclaim::storage::Database::isServerLocation(path) && ecoclaim::service::isEmptyFile(path)) {
        const auto answer = QMessageBox::question(
            nullptr, QApplication::translate("ecoclaim::Window", "EcoClaim"),
            QApplication::translate("ecoclaim::Window", "%1 is an empty file (0 bytes), not an EcoClaim database. It holds "
                                                        "no cases: usually a first start was stopped while the database "
                                                        "was being created.\n\nCreate a new, empty EcoClaim database in it?")
                .arg(QDir::toNativeSeparators(path)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return 1;
        if (auto created = ecoclaim::service::createDatabaseFile(path, false, QDate::currentDate()); !created) {
            QMessageBox::critical(nullptr, QApplication::translate("ecoclaim::Window", "EcoClaim"), created.errorString());
            return 1;
        }
    }
    auto database = openDatabase(path);
    if (!database) {
        QMessageBox::critical(nullptr, QApplication::translate("ecoclaim::Window", "EcoClaim"), database.errorString());
        return 1;
    }
    if (!parser.isSet(dbOption))
        FirstStartDialog::remember(path);
    ecoclaim::service::CaseNotifier notifier;
    auto opened = ecoclaim::service::CaseService::open(*database.value(), notifier);
    if (!opened) {
        QMessageBox::critical(nullptr, QApplication::translate("ecoclaim::Window", "EcoClaim"), opened.errorString());
        return 1;
    }
    ecoclaim::service::CaseService &service = *opened.value();
    if (!signIn(service))
        return 0;
    if (!service.notes().isEmpty())
        QMessageBox::information(nullptr, QApplication::translate("ecoclaim::Window", "EcoClaim"), service.notes().join(u'\n'));

    auto count = service.reader().caseCount();
    if (offerDemo && count && count.value() == 0) {
        auto loaded = ecoclaim::service::loadDemoSet(service, QDate::currentDate());
        if (!loaded)
            QMessageBox::warning(nullptr, QApplication::translate("ecoclaim::Window", "EcoClaim"), loaded.errorString());
    }

    ecoclaim::ui::MainWindow window(service);
    if (!window.restoreGeometry(QSettings().value(u"window/geometry"_s).toByteArray()))
        window.resize(1280, 800);
    if (const auto &account = service.access().account()) // who is signed in, always in sight
        window.setWindowTitle(QApplication::translate("ecoclaim::Window", "%1 — signed in: %2 (%3, %4)")
                                  .arg(window.windowTitle(), account->name, account->login,
                                       ecoclaim::domain::roleDisplayName(account->role)));
    window.show();
    const int exitCode = app.exec();
    ecoclaim::service::Accounts(service).signOut();
    return exitCode;
}
