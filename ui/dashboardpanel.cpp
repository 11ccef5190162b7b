#include "ui/dashboardpanel.h"
#include "ui/fitwidth.h"
#include "core/domain/outputfile.h"

#include "core/domain/catalogue.h"
#include "core/reports/deadlinereport.h"
#include "core/service/casereader.h"
#include "core/service/caseservice.h"
#include "ui/dueitemsmodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

DashboardPanel::DashboardPanel(service::CaseService &service, QWidget *parent)
    : QWidget(parent), m_service(service), m_model(new DueItemsModel(this)), m_asOf(new QDateEdit(QDate::currentDate(), this)),
      m_within(new QSpinBox(this)), m_unit(new QComboBox(this)), m_district(new QComboBox(this)), m_summary(new QLabel(this)), m_view(new QTableView(this))
{
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(u"yyyy-MM-dd"_s);
    // 0 would mean "due today only"; the lowest value instead means "each kind's own warning days".
    m_within->setRange(-1, 365);
    m_within->setSpecialValueText(tr("each kind's warning days"));
    m_within->setSuffix(tr(" days"));
    m_within->setValue(QSettings().value(u"dashboard/within"_s, -1).toInt());
    m_unit->addItem(tr("All units"), QString());
    for (const domain::Department &d : domain::departments())
        m_unit->addItem(d.displayName(), d.key);
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(QSettings().value(u"dashboard/unit"_s).toString())));
    m_unit->setObjectName(u"dashboardUnit"_s);
    m_district->setObjectName(u"dashboardDistrict"_s);
    m_district->addItem(tr("All districts"), QString());
    for (const domain::District &d : domain::districts())
        m_district->addItem(d.displayName(), d.code);
    m_district->setCurrentIndex(std::max(0, m_district->findData(QSettings().value(u"dashboard/district"_s).toString())));
    // Fixed widths, whole names in the opened list: the bar fits 1024 pixels in English too (issue 16 part 8).
    keepNarrow(m_unit, 10); // ui/fitwidth.h
    keepNarrow(m_district, 10);

    auto *print = new QPushButton(tr("Print list…"), this);
    print->setObjectName(u"printDueList"_s);
    auto *changes = new QPushButton(tr("Changes of the day…"), this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("As of"), this));
    bar->addWidget(m_asOf);
    bar->addWidget(new QLabel(tr("Due within"), this));
    bar->addWidget(m_within);
    bar->addWidget(new QLabel(tr("District"), this));
    bar->addWidget(m_district);
    bar->addWidget(new QLabel(tr("Unit"), this));
    bar->addWidget(m_unit);
    bar->addStretch(1);
    bar->addWidget(print);
    bar->addWidget(changes);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(DueItemsModel::Why, QHeaderView::Stretch);
    header->resizeSection(DueItemsModel::DueOn, 95);
    header->resizeSection(DueItemsModel::Status, 150);
    header->resizeSection(DueItemsModel::CaseNumber, 130);
    header->resizeSection(DueItemsModel::Title, 240);
    header->resizeSection(DueItemsModel::Deadline, 170);
    header->resizeSection(DueItemsModel::Article, 110);
    widenToTitles(header); // ui/fitwidth.h
    fitDateColumn(m_view, DueItemsModel::DueOn);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    connect(m_asOf, &QDateEdit::dateChanged, this, &DashboardPanel::refresh);
    connect(m_within, &QSpinBox::valueChanged, this, &DashboardPanel::refresh);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &DashboardPanel::refresh);
    connect(m_district, &QComboBox::currentIndexChanged, this, &DashboardPanel::refresh);
    connect(print, &QPushButton::clicked, this, &DashboardPanel::printDueList);
    connect(changes, &QPushButton::clicked, this, &DashboardPanel::printChanges);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_model->caseIdAt(index))
            Q_EMIT caseActivated(id);
    });
}

bool DashboardPanel::event(QEvent *event)
{
    // Filled after the panel's first paint, which comes in the same pass as the case list's: the
    // window shows the list at once and the thousands of due items of a large register follow a
    // moment later (docs/BENCHMARKS.md, P2). A control changed before that refreshes at once.
    if (event->type() == QEvent::Paint && !m_filled) {
        m_filled = true;
        QTimer::singleShot(0, this, &DashboardPanel::refresh);
    }
    return QWidget::event(event);
}

void DashboardPanel::refresh()
{
    m_filled = true;
    QSettings().setValue(u"dashboard/within"_s, m_within->value());
    QSettings().setValue(u"dashboard/unit"_s, m_unit->currentData().toString());
    QSettings().setValue(u"dashboard/district"_s, m_district->currentData().toString());
    const service::DashboardQuery query = currentQuery();
    auto items = m_service.reader().dueItems(query);
    if (!items) {
        m_summary->setText(items.errorString());
        m_model->setItems({});
        return;
    }
    m_model->setItems(items.value());
    m_summary->setText(tr("Overdue: %1   Due today: %2   Coming: %3")
                           .arg(m_model->count(service::DueStatus::Overdue))
                           .arg(m_model->count(service::DueStatus::DueToday))
                           .arg(m_model->count(service::DueStatus::Upcoming)));
}

service::DashboardQuery DashboardPanel::currentQuery() const
{
    service::DashboardQuery query;
    query.asOf = m_asOf->date();
    if (m_within->value() >= 0)
        query.withinDays = m_within->value();
    query.unit = m_unit->currentData().toString();
    query.districtCode = m_district->currentData().toString();
    query.stage = m_listFilter.stage;
    query.majorOnly = m_listFilter.majorOnly;
    query.overdueOnly = m_listFilter.overdueOnly;
    return query;
}

void DashboardPanel::setListFilter(const domain::CaseListFilter &filter)
{
    m_listFilter = filter;
    const QSignalBlocker district(m_district), unit(m_unit); // one refresh below, not one per choice
    m_district->setCurrentIndex(std::max(0, m_district->findData(filter.districtCode)));
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(filter.unit)));
    if (m_filled)
        refresh();
}

void DashboardPanel::printDueList()
{
    // Through the print dialog (a printer, or "print to file" for a PDF); the pages are the PDF's
    // (core/reports/tablepages.h): A4 landscape, the header on each page, rows kept whole.
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(20, 20, 20, 25), QPageLayout::Millimeter));
    printer.setDocName(tr("deadlines-%1").arg(m_asOf->date().toString(Qt::ISODate)));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the list of deadlines"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto pages = reports::printDueList(m_model->items(), currentQuery(), printer); !pages)
        QMessageBox::warning(this, tr("Print list"), pages.errorString());
}

void DashboardPanel::printChanges()
{
    const QDate day = m_asOf->date();
    auto changes = m_service.reader().deadlineChangesOn(day);
    if (!changes) {
        QMessageBox::warning(this, tr("Changes of the day"), changes.errorString());
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the day's deadline changes as PDF"),
                                                      domain::defaultExportPath(tr("deadline-changes-%1.pdf").arg(day.toString(Qt::ISODate))),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto s = reports::writeChangeListPdf(changes.value(), day, path); !s)
        QMessageBox::warning(this, tr("Changes of the day"), s.errorString());
}

} // namespace ecoclaim::ui
