#include "ui/caselistmodel.h"
#include "ui/format.h"

#include "core/domain/catalogue.h"
#include "core/service/casereader.h"

#include <QBrush>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

namespace {
constexpr int PageSize = 100;

domain::CaseSort sortFor(int column)
{
    switch (column) {
    case CaseListModel::Number: return domain::CaseSort::CaseNumber;
    case CaseListModel::Title: return domain::CaseSort::Title;
    case CaseListModel::District: return domain::CaseSort::District;
    case CaseListModel::Unit: return domain::CaseSort::Unit;
    case CaseListModel::Stage: return domain::CaseSort::Stage;
    case CaseListModel::Parties: return domain::CaseSort::Party;
    case CaseListModel::NextDeadline: return domain::CaseSort::NextDeadline;
    case CaseListModel::Claimed: return domain::CaseSort::Claimed;
    default: return domain::CaseSort::LastChange;
    }
}
} // namespace

CaseListModel::CaseListModel(const service::CaseReader &reader, QObject *parent)
    : QAbstractTableModel(parent), m_reader(reader)
{
}

void CaseListModel::setRequest(const domain::CaseListRequest &request)
{
    m_request = request;
    reload();
}

void CaseListModel::reload()
{
    // The first page is read inside the reset, so views (and the model tester) see a complete state
    // when modelReset arrives, and no rows are inserted while the reset is still in flight.
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_error.clear();
    auto total = m_reader.caseCount(m_request.filter);
    m_total = total ? total.value() : 0;
    auto first = readPage();
    if (first)
        m_rows = first.value();
    // Whoever reacts to modelReset (a view, QAbstractItemModelTester) may ask for more rows before
    // every listener has seen the reset; answer "no more" until the change is announced.
    m_changing = true;
    endResetModel();
    m_changing = false;
}

domain::Result<QList<domain::CaseRow>> CaseListModel::readPage()
{
    domain::CaseListRequest page = m_request;
    page.limit = PageSize;
    if (!m_rows.isEmpty())
        page.after = domain::PageKey{m_rows.last().sortKey, m_rows.last().id};
    auto rows = m_reader.casePage(page);
    if (!rows) {
        m_error = rows.errorString();
        m_atEnd = true;
        return rows;
    }
    m_atEnd = rows.value().size() < PageSize;
    return rows;
}

qint64 CaseListModel::caseIdAt(const QModelIndex &index) const
{
    return index.isValid() && index.row() < m_rows.size() ? m_rows.at(index.row()).id : 0;
}

int CaseListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int CaseListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_changing;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_changing = true; // no nested fetch from a listener while these rows are being inserted
    auto rows = readPage();
    if (rows && !rows.value().isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.value().size() - 1));
        m_rows.append(rows.value());
        endInsertRows();
    }
    m_changing = false;
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_request.sort = sortFor(column);
    m_request.descending = order == Qt::DescendingOrder;
    reload();
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const domain::CaseRow &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Number: return r.number;
        case Title: return r.title;
        case District: {
            const domain::District *d = domain::findDistrict(r.districtCode);
            return d ? d->displayName() : r.districtCode;
        }
        case Unit: {
            const domain::Department *d = domain::findDepartment(r.unit);
            return d ? d->displayName() : r.unit;
        }
        case Stage: return domain::stageDisplayName(r.stage);
        case Parties: return r.partyNames;
        case NextDeadline: return formatDate(r.nextDeadlineOn);
        case Claimed: return r.claimed.isZero() ? QString() : r.claimed.toYuanString();
        case LastChange: return formatTimestamp(r.updatedAt);
        }
    }
    if (role == Qt::ForegroundRole && index.column() == NextDeadline && r.nextDeadlineOn.isValid()
        && r.nextDeadlineOn < m_request.filter.today)
        return QBrush(Qt::red);
    if (role == Qt::TextAlignmentRole && index.column() == Claimed)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number: return tr("Case number");
    case Title: return tr("Title");
    case District: return tr("District");
    case Unit: return tr("Handling unit");
    case Stage: return tr("Stage");
    case Parties: return tr("Liable party");
    case NextDeadline: return tr("Next deadline");
    case Claimed: return tr("Amount claimed (yuan)");
    case LastChange: return tr("Last change");
    }
    return {};
}

} // namespace ecoclaim::ui
