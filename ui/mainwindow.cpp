#include "ui/mainwindow.h"

#include "core/service/caseservice.h"
#include "core/storage/database.h"
#include "ui/caselistmodel.h"

#include <QCloseEvent>
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
      m_view(new QTableView(this)), m_search(new QLineEdit(this)), m_count(new QLabel(this))
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

    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    m_view->horizontalHeader()->restoreState(settings.value(u"window/listColumns"_s).toByteArray());
    statusBar()->showMessage(tr("Database: %1").arg(service.database().path()));
    updateCount();
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
    settings.setValue(u"window/listColumns"_s, m_view->horizontalHeader()->saveState());
    event->accept();
}

} // namespace ecoclaim::ui
