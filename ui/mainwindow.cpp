#include "ui/mainwindow.h"
#include "core/domain/outputfile.h"
#include "ui/filemenu.h"
#include "ui/help/helpmenu.h"
#include "ui/toolbar.h"
#include "ui/importdialog.h"
#include "ui/reportsmenu.h"

#include "core/reports/ledgerexport.h"
#include "core/service/casenotifier.h"
#include "core/service/casereader.h"
#include "core/service/caseservice.h"
#include "core/service/outsidechanges.h"
#include "ui/casefile/casefileview.h"
#include "ui/casefilterbar.h"
#include "ui/caselistmodel.h"
#include "ui/commanddialog/newcluedialog.h"
#include "ui/dashboardpanel.h"
#include "ui/myworkview.h"
#include "ui/settingsdialog.h"
#include "ui/statistics/statisticshook.h"
#include "ui/wheelguard.h"
#include "ui/accounts/accountsdialog.h"
#include "ui/accounts/approvalspanel.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QCoreApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QHBoxLayout>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

MainWindow::MainWindow(service::CaseService &service, QWidget *parent)
    : QMainWindow(parent), m_service(service), m_model(new CaseListModel(service.reader(), this)),
      m_view(new QTableView(this)), m_tabs(new QTabWidget(this)), m_filters(new CaseFilterBar(this)),
      m_search(new QLineEdit(this)), m_count(new QLabel(this)), m_dashboard(new DashboardPanel(service, this))
{
    setWindowTitle(tr("EcoClaim — Ecological damage compensation cases"));
    WheelGuard::install(); // the wheel changes no drop-down, number or date without focus (ui/wheelguard.h)

    m_search->setObjectName(u"search"_s);
    m_search->setPlaceholderText(tr("Search titles, parties, addresses, descriptions (from one character)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(360);
    m_count->setObjectName(u"hitCount"_s);

    m_view->setObjectName(u"caseList"_s);
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection); // papers and archives for several cases
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setTabKeyNavigation(false); // Tab leaves the list; arrows move inside it
    // The title takes the room; the other columns start at widths that fit Chinese labels and dates.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSectionResizeMode(CaseListModel::Title, QHeaderView::Stretch);
    header->resizeSection(CaseListModel::Number, 130);
    header->resizeSection(CaseListModel::District, 90);
    header->resizeSection(CaseListModel::Unit, 150);
    header->resizeSection(CaseListModel::Stage, 110);
    header->resizeSection(CaseListModel::Parties, 180);
    header->resizeSection(CaseListModel::NextDeadline, 100);
    header->resizeSection(CaseListModel::Claimed, 120);
    header->resizeSection(CaseListModel::LastChange, 130);
    // Enter or a double click opens the case.
    connect(m_view, &QAbstractItemView::activated, this, &MainWindow::openCurrentCase);

    auto *searchRow = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("Sea&rch"), this);
    searchLabel->setBuddy(m_search);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_count);
    auto *listPage = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->addLayout(searchRow);
    listLayout->addWidget(m_filters);
    // The deadlines belong to the list (issue 16): under it on its tab, following its filters (applyFilter).
    auto *listAndDeadlines = new QSplitter(Qt::Vertical, listPage);
    listAndDeadlines->setObjectName(u"listAndDeadlines"_s);
    listAndDeadlines->addWidget(m_view);
    listAndDeadlines->addWidget(m_dashboard);
    listAndDeadlines->setStretchFactor(0, 3);
    listAndDeadlines->setStretchFactor(1, 2);
    listLayout->addWidget(listAndDeadlines, 1);
    m_tabs->setObjectName(u"tabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->addTab(listPage, tr("Cases"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr); // the list stays
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    setCentralWidget(m_tabs);
    setTabOrder(m_search, m_filters);
    setTabOrder(m_filters, m_view);

    // Search as the caseworker types, without a query per keystroke.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &MainWindow::applyFilter);
    connect(m_filters, &CaseFilterBar::changed, this, &MainWindow::applyFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateCount);

    // Every commit — made in this window (any tab, any dialog), or by another program on the same
    // database (the CLI, a colleague's desk: OutsideChanges tells the notifier) — refreshes the list and
    // the dashboard; open case files listen for their own case. Nothing here re-reads by hand.
    service::CaseNotifier &notifier = m_service.notifier();
    auto *changed = new QTimer(this); // several signals in a row: one reload
    changed->setSingleShot(true);
    changed->setInterval(0);
    connect(changed, &QTimer::timeout, this, [this] {
        reloadList();
        m_dashboard->refresh();
    });
    connect(&notifier, &service::CaseNotifier::caseChanged, changed, qOverload<>(&QTimer::start));
    connect(&notifier, &service::CaseNotifier::caseAdded, changed, qOverload<>(&QTimer::start));
    connect(&notifier, &service::CaseNotifier::casesReset, changed, qOverload<>(&QTimer::start));
    connect(&notifier, &service::CaseNotifier::settingsChanged, changed, qOverload<>(&QTimer::start));
    if (!m_service.outsideChanges().start())
        statusBar()->showMessage(tr("Changes made on other desks will show after F5: %1").arg(m_service.outsideChanges().errorString()));

    connect(m_dashboard, &DashboardPanel::caseActivated, this, &MainWindow::openCase);
    buildMenus();
    installStatistics(*this, m_service); // Reports ▸ Statistics… (ui/statistics/statisticshook.h)

    QSettings settings;
    restoreState(settings.value(u"window/state"_s).toByteArray());
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    // The remembered sort column is applied to the model too (restoring the header only draws it).
    if (header->restoreState(settings.value(u"window/listColumns"_s).toByteArray()) && header->sortIndicatorSection() >= 0)
        m_view->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    else
        m_view->sortByColumn(CaseListModel::LastChange, Qt::DescendingOrder);
    m_filters->restore();
    m_search->setText(settings.value(u"list/search"_s).toString());
    applyFilter();
    statusBar()->showMessage(tr("Database: %1").arg(service.databaseLocation()));
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newClue = file->addAction(tr("&New clue…"), QKeySequence::New, this, &MainWindow::newClue);
    newClue->setObjectName(u"newClue"_s);
    addDatabaseActions(file, this, m_service); // ui/filemenu.h: open another, new file, demo set
    file->addSeparator();
    file->addAction(tr("Export the major-case &ledger…"), this, &MainWindow::exportLedger);
    file->addAction(tr("Import a year's &holiday calendar…"), this, &MainWindow::importCalendar);
    addImportCluesAction(file, this, m_service); // ui/importdialog.h
    file->addAction(tr("Si&gning key…"), this, &MainWindow::manageSigningKey);
    addReportsMenu(menuBar(), this, m_service, [this](qint64 id) { openCase(id); }); // ui/reportsmenu.h
    if (m_service.access().mayAdminister()) // issue 17: the administrators' page (a database without accounts too)
        file->addAction(tr("&Accounts…"), this, [this] { AccountsDialog(m_service, this).exec(); })->setObjectName(u"accounts"_s);
    file->addSeparator();
    file->addAction(tr("&Settings…"), QKeySequence::Preferences, this, [this] {
        SettingsDialog dialog(m_service, this);
        dialog.exec(); // what changed is told by the notifier (settingsChanged)
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *cases = menuBar()->addMenu(tr("&Case"));
    cases->addAction(tr("&Find…"), QKeySequence::Find, this, [this] {
        m_tabs->setCurrentIndex(0);
        m_search->setFocus();
        m_search->selectAll();
    });
    cases->addAction(tr("&Open the selected case"), QKeySequence(tr("Ctrl+O")), this, &MainWindow::openCurrentCase)->setObjectName(u"openCase"_s);
    cases->addAction(tr("&Close the case tab"), QKeySequence::Close, this, [this] { closeTab(m_tabs->currentIndex()); });
    cases->addAction(tr("Back to the case &list"), QKeySequence(tr("Ctrl+L")), this, [this] {
        m_tabs->setCurrentIndex(0);
        m_view->setFocus();
    });
    cases->addAction(tr("C&lear the filters"), QKeySequence(tr("Ctrl+Shift+L")), this, [this] {
        m_search->clear();
        m_filters->clear();
    });
    cases->addSeparator();
    cases->addAction(tr("&Papers for the selected cases…"), QKeySequence(tr("Ctrl+P")), this,
                     &MainWindow::paperForSeveralCases)->setObjectName(u"papers"_s);
    cases->addAction(tr("&Export the case archive…"), QKeySequence(tr("Ctrl+E")), this, &MainWindow::exportArchive)->setObjectName(u"exportArchive"_s);
    cases->addAction(tr("&Verify an archive…"), this, &MainWindow::verifyArchive);
    addApprovalsAction(cases, m_service, this, [this](qint64 id) { openCase(id); }); // issue 17: ui/accounts/approvalspanel.h

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *deadlines = view->addAction(tr("&Deadlines"));
    deadlines->setObjectName(u"showDeadlines"_s);
    deadlines->setCheckable(true);
    deadlines->setChecked(true);
    deadlines->setShortcut(QKeySequence(tr("Ctrl+D")));
    connect(deadlines, &QAction::toggled, m_dashboard, &QWidget::setVisible);
    view->addAction(tr("&Refresh"), QKeySequence::Refresh, this, &MainWindow::refreshAll)->setObjectName(u"refresh"_s);
    addMyWorkPage(view, m_tabs, m_service, [this](qint64 id) { return openCase(id); }); // ui/myworkview.h
    addHelpMenu(menuBar(), this); // ui/help/helpmenu.h: F1, the guide, the rules' text, shortcuts, About
    addToolBarAndListMenu(this, m_view); // ui/toolbar.h: the toolbar and the list's context menu, from these actions
}

CaseFileView *MainWindow::openCase(qint64 caseId)
{
    for (int i = 1; i < m_tabs->count(); ++i) {
        if (auto *c = qobject_cast<CaseFileView *>(m_tabs->widget(i)); c && c->caseId() == caseId) {
            m_tabs->setCurrentIndex(i);
            return c;
        }
    }
    auto *view = new CaseFileView(m_service, caseId, QDate::currentDate(), m_tabs);
    const int index = m_tabs->addTab(view, view->caseFile().number);
    m_tabs->setTabToolTip(index, view->caseFile().title);
    m_tabs->setCurrentIndex(index);
    return view;
}

void MainWindow::openCurrentCase()
{
    const qint64 id = m_model->caseIdAt(m_view->currentIndex());
    if (id > 0)
        openCase(id);
}

void MainWindow::closeTab(int index)
{
    if (index <= 0) // the list stays
        return;
    QWidget *w = m_tabs->widget(index);
    m_tabs->removeTab(index);
    w->deleteLater();
}

void MainWindow::reloadList()
{
    // The case the caseworker was on stays selected when it is still in the first page.
    const qint64 current = m_model->caseIdAt(m_view->currentIndex());
    m_model->reload();
    for (int r = 0; current > 0 && r < m_model->rowCount(); ++r) {
        if (m_model->caseIdAt(m_model->index(r, 0)) == current) {
            m_view->setCurrentIndex(m_model->index(r, 0));
            break;
        }
    }
}

void MainWindow::refreshAll()
{
    reloadList();
    m_dashboard->refresh();
    for (int i = 1; i < m_tabs->count(); ++i)
        if (auto *c = qobject_cast<CaseFileView *>(m_tabs->widget(i)))
            c->refresh();
}

void MainWindow::newClue()
{
    NewClueDialog dialog(m_service, QDate::currentDate(), this);
    if (dialog.exec() == QDialog::Accepted)
        openCase(dialog.outcome().caseId); // the list follows the notifier (caseAdded)
}

void MainWindow::exportLedger()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the major-case ledger"),
                                                      domain::defaultExportPath(tr("major-case-ledger-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate))),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    // Every major case, one row each (Art. 39; service/majorledger.h).
    auto entries = m_service.reader().majorCaseLedger();
    auto written = entries ? reports::writeLedgerCsv(entries.value(), path) : domain::Result<int>(entries.problems());
    if (!written)
        QMessageBox::warning(this, tr("Export the major-case ledger"), written.errorString());
    else
        statusBar()->showMessage(tr("%n row(s) written to %1", nullptr, written.value()).arg(path), 5000);
}

void MainWindow::importCalendar()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a year's holiday calendar"), QString(),
                                                      tr("Holiday calendars (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import a year's holiday calendar"), file.errorString());
        return;
    }
    auto year = m_service.importCalendarYear(file.readAll(), service::defaultActor());
    if (!year) {
        QMessageBox::warning(this, tr("Import a year's holiday calendar"), year.errorString());
        return;
    }
    statusBar()->showMessage(tr("Calendar %1 imported; every deadline was recomputed with it.").arg(year.value()), 8000);
}

void MainWindow::applyFilter()
{
    domain::CaseListRequest request = m_model->request();
    request.filter.search = m_search->text();
    request.filter.today = QDate::currentDate();
    m_filters->applyTo(request.filter);
    m_model->setRequest(request);
    m_dashboard->setListFilter(request.filter); // the deadlines under the list follow its filters
}

void MainWindow::updateCount()
{
    m_count->setText(tr("%n case(s)", nullptr, int(m_model->totalCount())));
    if (!m_model->lastError().isEmpty())
        statusBar()->showMessage(m_model->lastError());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/listColumns"_s, m_view->horizontalHeader()->saveState());
    settings.setValue(u"list/search"_s, m_search->text());
    m_filters->save();
    event->accept();
}

} // namespace ecoclaim::ui
