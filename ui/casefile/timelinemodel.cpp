#include "ui/casefile/timelinemodel.h"

#include "core/domain/lifecycle.h"
#include "ui/format.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

namespace {
QString shown(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return u"∅"_s;
    if (v.isBool())
        return v.toBool() ? TimelineModel::tr("yes") : TimelineModel::tr("no");
    if (v.isDouble())
        return QString::number(v.toInteger());
    const QString s = v.toString();
    if (s.isEmpty())
        return u"∅"_s;
    return s.size() > 40 ? s.left(38) + u"…"_s : s;
}

QStringList changeLines(const QString &json)
{
    QStringList lines;
    const QJsonArray changes = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &c : changes) {
        const QJsonObject o = c.toObject();
        // The field's label where a command names it (核查结论), else the stored name (cases.case_no);
        // the exported audit log keeps the stored names.
        const QString column = o.value(u"field"_s).toString();
        const QString label = domain::fieldLabelFor(column);
        const QString name = label.isEmpty() ? o.value(u"entity"_s).toString() + u'.' + column : label;
        lines << u"%1: %2 → %3"_s.arg(name, shown(o.value(u"old"_s)), shown(o.value(u"new"_s)));
    }
    return lines;
}
} // namespace

void TimelineModel::setCaseFile(const domain::CaseFile &file, const QList<domain::AuditEntry> &entries)
{
    beginResetModel();
    m_rows.clear();
    // Each command writes one timeline event and one audit entry, in the same order: pair them by
    // command name in order, so a gap in one never shifts the other.
    qsizetype next = 0;
    for (const domain::TimelineEvent &e : file.timeline) {
        Row row{e, {}};
        for (qsizetype i = next; i < entries.size(); ++i) {
            if (entries.at(i).command == e.command) {
                row.changes = changeLines(entries.at(i).changes);
                next = i + 1;
                break;
            }
        }
        m_rows << row;
    }
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int TimelineModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case OccurredOn: return formatDate(r.event.occurredOn);
        case RecordedAt: return formatTimestamp(r.event.recordedAt);
        case Actor: return r.event.actor;
        case Summary: return r.event.summary;
        case StageChange: {
            domain::Stage from, to;
            const bool hasFrom = domain::stageFromKey(r.event.stageFrom, &from);
            const bool hasTo = domain::stageFromKey(r.event.stageTo, &to);
            if (hasTo && (!hasFrom || from != to))
                return hasFrom ? u"%1 → %2"_s.arg(domain::stageDisplayName(from), domain::stageDisplayName(to))
                               : domain::stageDisplayName(to);
            return QString();
        }
        case Changes: {
            // A registration changes a dozen fields: the first few here, all of them in the tooltip.
            constexpr int Shown = 4;
            if (r.changes.size() <= Shown)
                return r.changes.join(u'\n');
            return QString(r.changes.mid(0, Shown).join(u'\n') + u'\n' + tr("… and %1 more").arg(r.changes.size() - Shown));
        }
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Changes && !r.changes.isEmpty())
        return r.changes.join(u'\n');
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignLeft | Qt::AlignTop);
    if (role == Qt::ToolTipRole && index.column() == Summary) {
        const domain::CommandSpec *spec = domain::findCommand(r.event.command);
        return spec ? spec->titleText() : r.event.command;
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OccurredOn: return tr("Date");
    case RecordedAt: return tr("Recorded");
    case Actor: return tr("By");
    case Summary: return tr("What");
    case StageChange: return tr("Stage");
    case Changes: return tr("Changed (old → new)");
    }
    return {};
}

} // namespace ecoclaim::ui
