// ecoclaim-screenshots: renders the window's main screens to PNG files for docs/screenshots —
// the case list, a case file, a refused action and a command dialog — from a database (the demo set).
// Run by scripts/screenshots.sh under Xvfb, so fonts and styles are the real ones. A tool for the
// documentation, not part of the application.

#include "core/i18n/language.h"
#include "core/service/casenotifier.h"
#include "core/service/caseservice.h"
#include "core/service/casereader.h"
#include "core/storage/database.h"
#include "ui/casefile/casefileview.h"
#include "ui/casefile/casesection.h"
#include "ui/commanddialog/commanddialog.h"
#include "ui/commanddialog/fieldeditor.h"
#include "ui/commanddialog/newcluedialog.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"
#include "casepageshots.h"
#include "reportshots.h"
#include "shellshots.h"
#include "fitshots.h"
#include "statisticsshots.h" // beside this file (the tool's include root is ui's)

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace ecoclaim;

namespace {
QTextStream err(stderr);

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        QTest::qWait(60);
    }
}

bool save(QWidget *w, const QString &path)
{
    settle();
    const bool ok = w->grab().save(path);
    err << (ok ? "wrote " : "could not write ") << path << Qt::endl;
    return ok;
}

// The first case at `stage` in the list order, or 0.
qint64 firstCaseAt(const service::CaseReader &reader, domain::Stage stage)
{
    domain::CaseListRequest request;
    request.filter.stage = stage;
    request.sort = domain::CaseSort::CaseNumber;
    request.descending = false;
    request.limit = 1;
    auto rows = reader.casePage(request);
    return rows && !rows.value().isEmpty() ? rows.value().first().id : 0;
}

void fill(ui::CommandDialog &d, const QString &key, const QString &text)
{
    if (ui::FieldEditor *e = d.editor(key)) {
        if (auto *line = qobject_cast<QLineEdit *>(e->input()))
            line->setText(text);
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(e->input()))
            plain->setPlainText(text);
    }
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"EcoClaim"_s);
    QApplication::setApplicationName(u"EcoClaim-screenshots"_s);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(u"db"_s, u"Database (the demo set)."_s, u"PATH"_s);
    const QCommandLineOption outOption(u"out"_s, u"Folder for the PNG files."_s, u"DIR"_s, u"docs/screenshots"_s);
    const QCommandLineOption langOption(u"lang"_s, u"zh_CN (default) or en; en adds -en to the names."_s, u"LANG"_s, u"zh_CN"_s);
    const QCommandLineOption statisticsOption(u"statistics-only"_s, u"Only the statistics page's screens."_s);
    const QCommandLineOption shellOption(u"shell-only"_s, u"Only the File menu and Help screens (shellshots.cpp)."_s);
    // Issue 16's views alone (a day's work, the step that unblocks, the deadlines under the list), in a language.
    const QCommandLineOption deskOption(u"desk-views"_s, u"Only the day's work and the next-step views."_s);
    const QCommandLineOption fitOption(u"fit-1024"_s, u"Only the main views at 1024 x 700 (fitshots.cpp)."_s);
    // Issue 16 parts 5 and 11: the case page's tabs, the payment dialog, the status bar (records a payment).
    const QCommandLineOption casePageOption(u"case-page"_s, u"Only the case page's tabs and payment screens (casepageshots.cpp)."_s);
    // Issue 13 part 1: the annual report and the screening results shown in the window, over a period.
    const QCommandLineOption reportsOption(u"reports"_s, u"Only the report views, for the period FROM,TO (reportshots.cpp)."_s,
                                           u"FROM,TO"_s);
    parser.addOptions({dbOption, outOption, langOption, statisticsOption, shellOption, deskOption, fitOption, casePageOption,
                       reportsOption});
    parser.process(app);
    i18n::installTranslators(app, parser.value(langOption));
    QSettings().clear(); // the same layout every time

    auto database = storage::Database::open(parser.value(dbOption));
    if (!database) {
        err << database.errorString() << Qt::endl;
        return 1;
    }
    service::CaseNotifier notifier;
    auto opened = service::CaseService::open(*database.value(), notifier);
    if (!opened) {
        err << opened.errorString() << Qt::endl;
        return 1;
    }
    service::CaseService &service = *opened.value();
    const QDir out(parser.value(outOption));
    QDir().mkpath(out.path());
    bool ok = true;

    ui::MainWindow window(service);
    window.resize(1440, 900);
    window.show();
    if (parser.isSet(statisticsOption)) // the statistics page (app/screenshots/statisticsshots.h)
        return statisticsShots(window, out, save) ? 0 : 1;
    if (parser.isSet(shellOption)) {
        const QString suffix = parser.value(langOption) == u"en"_s ? u"-en"_s : QString();
        const qint64 id = firstCaseAt(service.reader(), domain::Stage::Investigation);
        auto file = service.caseFile(QString::number(id));
        if (!file)
            return 1;
        return renderShellShots(service, window, file.value(),
                                [&](QWidget *w, const QString &name) { return save(w, out.filePath(name + u".png"_s)); }, suffix)
            ? 0 : 1;
    }
    if (parser.isSet(fitOption))
        return fitShots(window, service, firstCaseAt(service.reader(), domain::Stage::Consultation),
                        parser.value(langOption) == u"en" ? u"-en"_s : QString(),
                        [&](QWidget *w, const QString &name) { return save(w, out.filePath(name + u".png"_s)); })
            ? 0 : 1;
    if (parser.isSet(reportsOption)) {
        const QStringList period = parser.value(reportsOption).split(u',');
        const QDate from = QDate::fromString(period.value(0), Qt::ISODate), to = QDate::fromString(period.value(1), Qt::ISODate);
        if (!from.isValid() || !to.isValid())
            return 1;
        return renderReportShots(service, from, to, [&](QWidget *w, const QString &name) { return save(w, out.filePath(name + u".png"_s)); },
                                 parser.value(langOption) == u"en"_s ? u"-en"_s : QString())
            ? 0 : 1;
    }
    if (parser.isSet(casePageOption))
        return renderCasePageShots(service, window, [&](QWidget *w, const QString &name) { return save(w, out.filePath(name + u".png"_s)); },
                                   parser.value(langOption) == u"en"_s ? u"-en"_s : QString())
            ? 0 : 1;
    if (parser.isSet(deskOption)) {
        const QString suffix = parser.value(langOption) == u"en" ? u"-en"_s : QString();
        ok &= save(&window, out.filePath(u"case-list-deadlines%1.png"_s.arg(suffix)));
        if (auto *myWork = window.findChild<QAction *>(u"showMyWork"_s)) {
            myWork->trigger();
            ok &= save(&window, out.filePath(u"my-work%1.png"_s.arg(suffix)));
        }
        const qint64 verifying = firstCaseAt(service.reader(), domain::Stage::Verification);
        if (verifying) {
            window.openCase(verifying);
            ok &= save(&window, out.filePath(u"case-file-next-step%1.png"_s.arg(suffix)));
        }
        return ok ? 0 : 1;
    }
    ok &= save(&window, out.filePath(u"case-list.png"_s));

    // The case files get the whole window (View ▸ Deadlines hides the dock, Ctrl+D).
    if (auto *dock = window.findChild<QDockWidget *>(u"deadlinesDock"_s))
        dock->hide();
    // A case in consultation: notices, rounds, and what the agreement still needs.
    const qint64 consulting = firstCaseAt(service.reader(), domain::Stage::Consultation);
    if (ui::CaseFileView *view = consulting ? window.openCase(consulting) : nullptr) {
        ok &= save(&window, out.filePath(u"case-file.png"_s));
        view->showSection(u"timeline"_s); // built when scrolled to (issue 16 ¶11)
        settle();
        ok &= save(&window, out.filePath(u"case-file-timeline.png"_s));
    }

    // A refused step: starting consultation before the investigation is complete.
    const qint64 investigating = firstCaseAt(service.reader(), domain::Stage::Investigation);
    if (investigating) {
        ui::CaseFileView *view = window.openCase(investigating);
        if (auto *scroll = view->findChild<QScrollArea *>()) {
            settle();
            scroll->ensureWidgetVisible(view->section(u"appraisal"_s), 0, 0);
        }
        ok &= save(&window, out.filePath(u"case-file-requirements.png"_s));
        ui::CommandDialog refused(service, *domain::findCommand(u"start_consultation"), &view->caseFile(), QDate::currentDate(), &window);
        refused.show();
        refused.accept(); // refused: the dialog stays open and says why
        ok &= save(&refused, out.filePath(u"refused-action.png"_s));
        refused.hide();
    }

    // A dialog: the appraisal result with amounts in 元 and their 大写.
    ui::NewClueDialog clue(service, QDate::currentDate(), &window);
    fill(clue, u"title"_s, u"金山区漕泾镇某化工企业渗漏污染土壤案"_s);
    fill(clue, u"site"_s, u"金山区漕泾镇"_s);
    fill(clue, u"description"_s, u"群众投诉厂区外围土壤有异味，疑似储罐渗漏。"_s);
    for (const auto &[key, value] : {std::pair{u"district"_s, u"310116"_s}, {u"unit"_s, u"district_ecology"_s}, {u"channel"_s, u"complaint"_s}})
        if (auto *combo = qobject_cast<QComboBox *>(clue.editor(key)->input()))
            combo->setCurrentIndex(combo->findData(value));
    clue.show();
    clue.checkForSimilarCases();
    ok &= save(&clue, out.filePath(u"dialog-new-clue.png"_s));
    clue.hide();

    const qint64 appraising = firstCaseAt(service.reader(), domain::Stage::Investigation);
    if (appraising) {
        auto file = service.caseFile(QString::number(appraising));
        ui::CommandDialog money(service, *domain::findCommand(u"record_appraisal_result"), file ? &file.value() : nullptr,
                                QDate::currentDate(), &window);
        fill(money, u"damage_determination"_s, u"厂区外围约500平方米土壤受到石油烃污染。"_s);
        fill(money, u"assessment_costs"_s, u"30,000"_s);
        fill(money, u"restoration_costs"_s, u"1,680,032.50"_s);
        fill(money, u"interim_loss"_s, u"12.345"_s);
        money.resize(760, 720);
        money.show();
        ok &= save(&money, out.filePath(u"dialog-amounts.png"_s));
        money.hide();
    }

    // File ▸ Settings: the bureau's settings (the same for every desk of the database) and the desk's own.
    ui::SettingsDialog settings(service, &window);
    settings.show();
    ok &= save(&settings, out.filePath(u"settings-deadlines.png"_s));
    if (auto *tabs = settings.findChild<QTabWidget *>())
        tabs->setCurrentIndex(1);
    settings.chooseUnit(u"310115"_s, u"district_ecology"_s);
    ok &= save(&settings, out.filePath(u"settings-units.png"_s));
    settings.hide();
    ok &= statisticsShots(window, out, save);
    return ok ? 0 : 1;
}
