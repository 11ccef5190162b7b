// ecoclaim: the caseworker's window. Opens the database (--db PATH, else the user's data folder),
// and on an empty database offers the demo case set.

#include "app/i18n/language.h"
#include "core/calendar/workcalendar.h"
#include "core/service/caseservice.h"
#include "core/service/demoset.h"
#include "core/storage/caserepository.h"
#include "core/storage/database.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"EcoClaim"_s);
    QApplication::setApplicationName(u"EcoClaim"_s);

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(u"db"_s, QApplication::translate("ecoclaim::Window", "Open this database file."), u"PATH"_s);
    const QCommandLineOption langOption(u"lang"_s, QApplication::translate("ecoclaim::Window", "Language: zh_CN or en."), u"LANG"_s);
    parser.addOptions({dbOption, langOption});
    parser.process(app);
    ecoclaim::i18n::installTranslators(app, parser.value(langOption));

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : ecoclaim::storage::Database::defaultPath();
    auto database = ecoclaim::storage::Database::open(path);
    if (!database) {
        QMessageBox::critical(nullptr, QApplication::translate("ecoclaim::Window", "EcoClaim"), database.errorString());
        return 1;
    }
    auto opened = ecoclaim::service::CaseService::open(*database.value());
    if (!opened) {
        QMessageBox::critical(nullptr, QApplication::translate("ecoclaim::Window", "EcoClaim"), opened.errorString());
        return 1;
    }
    ecoclaim::service::CaseService &service = *opened.value();

    auto count = ecoclaim::storage::CaseRepository(database.value()->connection()).caseCount();
    if (count && count.value() == 0 && !parser.isSet(dbOption)) {
        const auto answer = QMessageBox::question(
            nullptr, QApplication::translate("ecoclaim::Window", "EcoClaim"),
            QApplication::translate("ecoclaim::Window", "The database at %1 is empty. Load the demo case set to try EcoClaim?").arg(path));
        if (answer == QMessageBox::Yes) {
            auto loaded = ecoclaim::service::loadDemoSet(service, QDate::currentDate());
            if (!loaded)
                QMessageBox::warning(nullptr, QApplication::translate("ecoclaim::Window", "EcoClaim"), loaded.errorString());
        }
    }

    ecoclaim::ui::MainWindow window(service);
    window.resize(1280, 800);
    window.show();
    return app.exec();
}
