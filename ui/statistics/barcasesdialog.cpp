#include "ui/statistics/barcasesdialog.h"

#include "core/domain/catalogue.h"
#include "ui/format.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

BarCasesDialog::BarCasesDialog(const QString &heading, const QList<domain::CaseRow> &rows, QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(int(rows.size()), 6, this))
{
    setObjectName(u"barCases"_s);
    setWindowTitle(tr("Cases behind the figure"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *label = new QLabel(tr("%1: %n case(s). Double-click a case to open it.", nullptr, int(rows.size())).arg(heading), this);
    label->setWordWrap(true);
    m_table->setObjectName(u"barCasesTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Case number"), tr("Title"), tr("District"), tr("Unit"), tr("Stage"), tr("Claimed")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    for (int i = 0; i < rows.size(); ++i) {
        const domain::CaseRow &r = rows.at(i);
        m_ids << r.id;
        const domain::District *d = domain::findDistrict(r.districtCode);
        const domain::Department *u = domain::findDepartment(r.unit);
        const QStringList cells{r.number, r.title, d ? d->displayName() : r.districtCode, u ? u->displayName() : r.unit,
                                domain::stageDisplayName(r.stage), r.claimed.fen() ? formatMoney(r.claimed) : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, r.id);
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) { Q_EMIT caseActivated(m_ids.value(row)); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 520);
}

} // namespace ecoclaim::ui
