#pragma once
// The bureau_settings table (migration 0004): the values a bureau set, each under its unit ('' for
// the whole bureau) and name. What the names mean and which values they take is the service's
// (core/service/bureausettings.h); here they are rows. Written only inside the caller's write
// transaction — CaseService::changeSettings, which audits every change.

#include "core/domain/result.h"

#include <QSqlDatabase>
#include <QString>

namespace ecoclaim::storage {

struct StoredSetting
{
    QString unit; // '' for the bureau, "310115/district_ecology" for one issuing unit
    QString name, value;
    QString changedAt, changedBy;
};

namespace settings {

// Every stored value, by unit then name.
domain::Result<QList<StoredSetting>> readAll(const QSqlDatabase &db);
// Inserts or replaces one value.
domain::Status write(const QSqlDatabase &db, const QString &unit, const QString &name, const QString &value,
                     const QString &actor);

} // namespace settings
} // namespace ecoclaim::storage
