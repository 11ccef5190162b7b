#pragma once
// One field a command changed: table, row, column, old → new. What the audit entry and the timeline
// record, and what a command's outcome reports. A plain value here (not in storage) because the
// window shows it: ui/ may see core/domain but never core/storage (docs/ARCHITECTURE.md, "Layers").

#include <QString>
#include <QVariant>

namespace ecoclaim::domain {

struct FieldChange
{
    QString entity; // table
    qint64 id = 0;  // row id (case id for one-row-per-case tables)
    QString field;
    QVariant before, after;
};

} // namespace ecoclaim::domain
