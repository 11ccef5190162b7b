#pragma once
// The case's timeline with its audit trail: one row per command issued on the case — when it
// happened, when it was recorded, who, what, the stage it moved, and every field it changed
// (old → new) from the chained audit log. Rows are read once per refresh (a case has tens of
// commands, not thousands).

#include "core/domain/account.h"
#include "core/domain/auditentry.h"
#include "core/domain/casefile.h"

#include <QAbstractTableModel>

namespace ecoclaim::ui {

class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { OccurredOn, RecordedAt, Actor, Summary, StageChange, Changes, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    // Pairs each timeline event of `file` with its audit entry (CaseReader::auditTrail).
    // `people` (CaseReader::people()): the actor column names the person — name with login (issue 16 ¶2).
    void setCaseFile(const domain::CaseFile &file, const QList<domain::AuditEntry> &entries,
                     const QHash<QString, domain::Person> &people = {});

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        domain::TimelineEvent event;
        QStringList changes; // "field: old → new"
        QString summary;     // the stored summary in this desk's language (ui/format.h shownSummary), once
    };
    QList<Row> m_rows;
    QHash<QString, domain::Person> m_people;
};

} // namespace ecoclaim::ui
