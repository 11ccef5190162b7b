#include "ui/dueitemsmodel.h"
#include "ui/format.h"

#include <QBrush>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

DueItemsModel::DueItemsModel(QObject *parent) : QAbstractTableModel(parent) {}

void DueItemsModel::setItems(QList<service::DueItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

qint64 DueItemsModel::caseIdAt(const QModelIndex &index) const
{
    return index.isValid() && index.row() < m_items.size() ? m_items.at(index.row()).row.caseId : 0;
}

int DueItemsModel::count(service::DueStatus status) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [status](const service::DueItem &i) { return i.status == status; }));
}

int DueItemsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_items.size()); }
int DueItemsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant DueItemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const service::DueItem &i = m_items.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DueOn: return formatDate(i.row.due);
        case Status: return i.statusText();
        case CaseNumber: return i.row.caseNo.isEmpty() ? tr("(unit)") : i.row.caseNo;
        case Title: return i.row.title;
        case Deadline: return i.kindName;
        case Why: return i.row.calendarNote.isEmpty() ? shownExplanation(i.row.explanation) : QString(shownExplanation(i.row.explanation) + u' ' + shownExplanation(i.row.calendarNote));
        case Article: return shownArticle(i.row.article);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Why)
        return QString(shownExplanation(i.row.explanation) + (i.row.calendarNote.isEmpty() ? QString() : u"\n"_s + shownExplanation(i.row.calendarNote)));
    if (role == Qt::ForegroundRole && (index.column() == Status || index.column() == DueOn)) {
        if (i.status == service::DueStatus::Overdue)
            return QBrush(QColor(0xb0, 0, 0));
        if (i.status == service::DueStatus::DueToday)
            return QBrush(QColor(0xc0, 0x60, 0));
    }
    return {};
}

QVariant DueItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DueOn: return tr("Due on");
    case Status: return tr("Status");
    case CaseNumber: return tr("Case number");
    case Title: return tr("Title");
    case Deadline: return tr("Deadline");
    case Why: return tr("Why");
    case Article: return tr("Article");
    }
    return {};
}

} // namespace ecoclaim::ui
