#include "ui/reportview.h"

#include "core/domain/catalogue.h"
#include "core/domain/dateformat.h"
#include "core/domain/outputfile.h"
#include "core/reports/annualreport.h"
#include "core/reports/reportoutput.h"
#include "core/service/caseservice.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextLayout>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

namespace {
constexpr int FigureRole = Qt::UserRole + 1; // (table, row, column) of the figure behind a cell
// Titles are read for the first cases of a list only: a figure of the whole city may stand for thousands.
constexpr int TitledCases = 500;
constexpr int RowLabelWidth = 300; // px

// `text` with line breaks where it would run past `width` (the header sizes its rows to the lines;
// Qt::TextWordWrap alone would wrap the painting but not the row's height).
QString wrapped(const QString &text, const QFont &font, int width)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines.join(u'\n');
}
} // namespace

ReportView::ReportView(service::CaseService &service, reports::ReportKind kind, QDate from, QDate to,
                       std::function<void(qint64)> openCase, QWidget *parent)
    : QDialog(parent), m_service(service), m_kind(kind), m_openCase(std::move(openCase))
{
    const bool annual = kind == reports::ReportKind::Annual;
    setWindowTitle(annual ? tr("Annual report (Art. 36)") : tr("Clue screening results (Art. 36)"));
    setObjectName(annual ? u"annualReportView"_s : u"screeningReportView"_s);
    auto *top = new QHBoxLayout;
    if (annual) {
        m_year = new QSpinBox(this);
        m_year->setObjectName(u"reportYear"_s);
        m_year->setRange(2000, 2200);
        m_year->setValue(from.year());
        top->addWidget(new QLabel(tr("Year:"), this));
        top->addWidget(m_year);
    } else {
        // The clues received in the period, as they stand at its last day (Art. 36 ¶1).
        auto dateField = [this](QDate value, const QString &name) {
            auto *field = new QDateEdit(value, this);
            field->setObjectName(name);
            field->setCalendarPopup(true);
            field->setDateRange(QDate(2000, 1, 1), QDate(2200, 12, 31));
            return field;
        };
        m_from = dateField(from, u"reportFrom"_s);
        m_to = dateField(to, u"reportTo"_s);
        top->addWidget(new QLabel(tr("Received from:"), this));
        top->addWidget(m_from);
        top->addWidget(new QLabel(tr("to:"), this));
        top->addWidget(m_to);
    }
    m_district = new QComboBox(this);
    m_district->setObjectName(u"reportDistrict"_s);
    m_district->addItem(tr("The whole city"), QString());
    for (const domain::District &d : domain::districts())
        if (d.code != u"310000")
            m_district->addItem(d.displayName(), d.code);
    m_unit = new QComboBox(this);
    m_unit->setObjectName(u"reportUnit"_s);
    m_unit->addItem(tr("Every handling unit"), QString());
    for (const domain::Department &d : domain::departments())
        m_unit->addItem(d.displayName(), d.key);
    auto *show = new QPushButton(tr("Show"), this);
    show->setObjectName(u"reportShow"_s);
    top->addWidget(new QLabel(tr("District:"), this));
    top->addWidget(m_district, 1);
    top->addWidget(new QLabel(tr("Unit:"), this));
    top->addWidget(m_unit, 1);
    top->addWidget(show);

    m_status = new QLabel(this);
    m_status->setObjectName(u"reportStatus"_s);
    m_status->setWordWrap(true);
    m_tables = new QTabWidget(this);
    m_tables->setObjectName(u"reportTables"_s);
    m_casesCaption = new QLabel(tr("Click a number to list the cases behind it; double-click a case to open it."), this);
    m_casesCaption->setObjectName(u"reportCasesCaption"_s);
    m_casesCaption->setWordWrap(true);
    m_cases = new QTableWidget(0, 2, this);
    m_cases->setObjectName(u"reportCases"_s);
    m_cases->setHorizontalHeaderLabels({tr("Case number"), tr("Title")});
    m_cases->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_cases->verticalHeader()->hide();
    m_cases->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cases->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *casesBox = new QWidget(this);
    auto *casesLayout = new QVBoxLayout(casesBox);
    casesLayout->setContentsMargins(0, 0, 0, 0);
    casesLayout->addWidget(m_casesCaption);
    casesLayout->addWidget(m_cases, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tables);
    split->addWidget(casesBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    m_tables->setMinimumHeight(220);
    split->setSizes({420, 200});

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save PDF and XLSX…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(u"reportSave"_s);
    m_save->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(1000, 700);

    connect(show, &QPushButton::clicked, this, &ReportView::showReport);
    connect(m_save, &QPushButton::clicked, this, &ReportView::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_cases, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { openListed(row); });
}

ReportView::~ReportView() = default;

void ReportView::showReport()
{
    m_tables->clear();
    m_cases->setRowCount(0);
    m_save->setEnabled(false);
    m_report.reset();
    auto scope = reports::ReportScope::parse(m_district->currentData().toString(), m_unit->currentData().toString());
    if (!scope) {
        m_status->setText(scope.problems().toString());
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = m_kind == reports::ReportKind::Annual
                      ? reports::annualReport(m_service, scope.value(), m_year->value(), true)
                      : reports::screeningReport(m_service, scope.value(), m_from->date(), m_to->date(), true);
    QApplication::restoreOverrideCursor();
    if (!report) {
        m_status->setText(report.problems().toString());
        return;
    }
    m_report = std::make_unique<reports::Report>(std::move(report).value());
    m_status->setText(m_report->title()); // names the scope and the period
    for (int t = 0; t < m_report->tables.size(); ++t) {
        const reports::ReportTable &table = m_report->tables.at(t);
        auto *grid = new QTableWidget(int(table.rows.size()), int(table.columns.size()), m_tables);
        grid->setObjectName(u"reportTable_%1"_s.arg(table.key));
        grid->setHorizontalHeaderLabels(table.columns);
        // Some row labels are a whole sentence of the rules (the channels of Art. 12): broken into lines
        // of at most RowLabelWidth so the figures keep their room, and the whole label stays readable.
        QStringList rowLabels;
        for (const reports::ReportRow &row : table.rows)
            rowLabels << wrapped(row.label, grid->verticalHeader()->font(), RowLabelWidth);
        grid->setVerticalHeaderLabels(rowLabels);
        for (int r = 0; r < table.rows.size(); ++r) // the label as one line, for a screen reader
            grid->verticalHeaderItem(r)->setData(Qt::AccessibleTextRole, table.rows.at(r).label);
        grid->verticalHeader()->setMinimumSectionSize(grid->verticalHeader()->defaultSectionSize());
        grid->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
        grid->setToolTip(table.note.isEmpty() ? table.article : u"%1 (%2)"_s.arg(table.note, table.article));
        for (int r = 0; r < table.rows.size(); ++r)
            for (int c = 0; c < table.rows.at(r).cells.size() && c < table.columns.size(); ++c) {
                const reports::Figure &f = table.rows.at(r).cells.at(c);
                const bool money = c < table.money.size() && table.money.at(c);
                auto *item = new QTableWidgetItem(money ? reports::yuan(f.value) : QString::number(f.value));
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                item->setData(FigureRole, QList<QVariant>{t, r, c});
                if (!f.cases.isEmpty())
                    item->setToolTip(tr("%n case(s) behind this figure: click to list them.", nullptr, int(f.cases.size())));
                grid->setItem(r, c, item);
            }
        grid->resizeColumnsToContents();
        connect(grid, &QTableWidget::cellClicked, this, [this, t](int row, int column) { listCases(t, row, column); });
        m_tables->addTab(grid, table.title);
    }
    m_save->setEnabled(true);
}

void ReportView::listCases(int table, int row, int column)
{
    if (!m_report || table >= m_report->tables.size())
        return;
    const reports::ReportTable &t = m_report->tables.at(table);
    if (row >= t.rows.size() || column >= t.rows.at(row).cells.size())
        return;
    const reports::Figure &figure = t.rows.at(row).cells.at(column);
    // A case counted twice in one figure (consultation rounds) is listed once.
    QStringList numbers;
    for (const QString &n : figure.cases)
        if (!numbers.contains(n))
            numbers << n;
    m_casesCaption->setText(tr("%1 · %2 · %3: %n case(s).", nullptr, int(numbers.size()))
                                .arg(t.title, t.rows.at(row).label, t.columns.value(column)));
    m_cases->setRowCount(int(numbers.size()));
    for (int i = 0; i < numbers.size(); ++i) {
        m_cases->setItem(i, 0, new QTableWidgetItem(numbers.at(i)));
        QString title;
        if (i < TitledCases)
            if (auto file = m_service.reader().caseFile(numbers.at(i)))
                title = file->title;
        m_cases->setItem(i, 1, new QTableWidgetItem(title));
    }
    m_cases->resizeColumnToContents(0);
}

void ReportView::openListed(int row)
{
    const QTableWidgetItem *item = m_cases->item(row, 0);
    if (!item || !m_openCase)
        return;
    auto id = m_service.reader().resolve(item->text());
    if (!id) {
        QMessageBox::warning(this, windowTitle(), id.problems().toString());
        return;
    }
    m_openCase(id.value());
}

void ReportView::save()
{
    if (!m_report)
        return;
    const QString pdf = QFileDialog::getSaveFileName(this, windowTitle(),
                                                     domain::defaultExportPath(
                                                         m_kind == reports::ReportKind::Annual
                                                             ? tr("annual-report-%1.pdf").arg(m_report->from.year())
                                                             : tr("screening-results-%1-%2.pdf")
                                                                   .arg(m_report->from.toString(u"yyyyMMdd"_s),
                                                                        m_report->to.toString(u"yyyyMMdd"_s))),
                                                     tr("PDF (*.pdf)"));
    if (pdf.isEmpty())
        return;
    QString xlsx = pdf;
    xlsx.replace(QRegularExpression(u"\\.pdf$"_s), u".xlsx"_s);
    if (xlsx == pdf)
        xlsx += u".xlsx"_s;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    domain::Problems problems;
    if (auto pages = reports::writeReportPdf(*m_report, pdf, false); !pages)
        problems = pages.problems();
    else if (auto s = reports::writeReportXlsx(*m_report, xlsx, true); !s)
        problems = s.problems();
    QApplication::restoreOverrideCursor();
    if (!problems.isEmpty())
        QMessageBox::warning(this, windowTitle(), problems.toString());
    else
        QMessageBox::information(this, windowTitle(), tr("Saved %1 and %2.").arg(pdf, xlsx));
}

} // namespace ecoclaim::ui
