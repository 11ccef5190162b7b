#include "ui/mainwindow.h"

#include "core/service/caseservice.h"
#include "core/storage/database.h"
#include "ui/caselistmodel.h"
#include "ui/dashboardpanel.h"
#include "ui/settingsdialog.h"
#include "core/reports/ledgerexport.h"
#include "core/storage/deadlinestore.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

MainWindow::MainWindow(service::CaseService &service, QWidget *parent)
    : QMainWindow(parent), m_service(service), m_model(new CaseListModel(service.database().connection(), this)),
      m_view(new QTableView(this)), m_search(new QLineEdit(this)), m_count(new QLabel(this)),
      m_dashboard(new DashboardPanel(service, this))
{
    setWindowTitle(tr("EcoClaim — Ecological damage compensation cases"));

    auto *toolbar = addToolBar(tr("Search"));
    toolbar->setObjectName(u"searchToolbar"_s);
    m_search->setPlaceholderText(tr("Search titles, parties, addresses, descriptions (from one character)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(360);
    toolbar->addWidget(m_search);
    toolbar->addWidget(m_count);

    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // The title takes the room; the other columns start at widths that fit Chinese labels and dates.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(CaseListModel::Title, QHeaderView::Stretch);
    header->resizeSection(CaseListModel::Number, 130);
    header->resizeSection(CaseListModel::District, 90);
    header->resizeSection(CaseListModel::Unit, 150);
    header->resizeSection(CaseListModel::Stage, 110);
    header->resizeSection(CaseListModel::Parties, 180);
    header->resizeSection(CaseListModel::NextDeadline, 100);
    header->resizeSection(CaseListModel::Claimed, 120);
    header->resizeSection(CaseListModel::LastChange, 130);
    m_view->sortByColumn(CaseListModel::LastChange, Qt::DescendingOrder);
    setCentralWidget(m_view);

    // Search as the caseworker types, without a query per keystroke.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &MainWindow::applySearch);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateCount);

    auto *dock = new QDockWidget(tr("Deadlines"), this);
    dock->setObjectName(u"deadlinesDock"_s);
    dock->setWidget(m_dashboard);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    buildMenus();

    QSettings settings;
    restoreState(settings.value(u"window/state"_s).toByteArray());
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    m_view->horizontalHeader()->restoreState(settings.value(u"window/listColumns"_s).toByteArray());
    statusBar()->showMessage(tr("Database: %1").arg(service.database().path()));
    updateCount();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("Export the major-case &ledger…"), this, &MainWindow::exportLedger);
    file->addAction(tr("Import a year's &holiday calendar…"), this, &MainWindow::importCalendar);
    file->addSeparator();
    file->addAction(tr("&Settings…"), QKeySequence::Preferences, this, [this] {
        SettingsDialog dialog(m_service, this);
        if (dialog.exec() == QDialog::Accepted)
            m_dashboard->refresh();
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *deadlines = findChild<QDockWidget *>(u"deadlinesDock"_s)->toggleViewAction();
    deadlines->setShortcut(QKeySequence(tr("Ctrl+D")));
    view->addAction(deadlines);
    view->addAction(tr("&Refresh"), QKeySequence::Refresh, this, [this] {
        m_model->reload();
        m_dashboard->refresh();
    });
}

void MainWindow::exportLedger()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the major-case ledger"),
                                                      tr("major-case-ledger-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    auto rows = storage::deadlines::majorCaseTimetable(m_service.database().connection());
    auto written = rows ? reports::writeLedgerCsv(rows.value(), path) : domain::Result<int>(rows.problems());
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
    m_model->reload();
    m_dashboard->refresh();
    statusBar()->showMessage(tr("Calendar %1 imported; every deadline was recomputed with it.").arg(year.value()), 8000);
}

void MainWindow::applySearch()
{
    storage::CaseListRequest request = m_model->request();
    request.filter.search = m_search->text();
    m_model->setRequest(request);
}

void MainWindow::updateCount()
{
    m_count->setText(tr("%n case(s)", nullptr, int(m_model->totalCount())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/listColumns"_s, m_view->horizontalHeader()->saveState());
    event->accept();
}

} // namespace ecoclaim::ui
