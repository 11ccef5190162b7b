#include "ui/casefile/timelinemodel.h"

#include "core/domain/auditwording.h"
#include "core/domain/lifecycle.h"
#include "ui/format.h"

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

void TimelineModel::setCaseFile(const domain::CaseFile &file, const QList<domain::AuditEntry> &entries,
                                const QHash<QString, domain::Person> &people)
{
    beginResetModel();
    m_rows.clear();
    m_people = people;
    // Each command writes one timeline event and one audit entry, in the same order: pair them by
    // command name in order, so a gap in one never shifts the other.
    qsizetype next = 0;
    for (const domain::TimelineEvent &e : file.timeline) {
        Row row{e, {}, shownSummary(e.summary)};
        for (qsizetype i = next; i < entries.size(); ++i) {
            if (entries.at(i).command == e.command) {
                // In the caseworker's words (core/domain/auditwording.h); long text shortened to 40
                // characters here, whole in `ecoclaim-cli audit show`.
                row.changes = domain::auditChangeLines(entries.at(i).changes, &file, 40);
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
        case Actor: return domain::auditActorText(r.event.actor, m_people); // 王芳（wangfang）
        case Summary: return r.summary; // the stored text in this desk's language
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
