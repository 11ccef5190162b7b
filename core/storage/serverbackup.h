#pragma once
// The server side of backup.h: pg_dump (custom format) of the open PostgreSQL database, checked with
// pg_restore. Used only by backupTo.

#include "core/domain/result.h"
#include "core/storage/backup.h"

#include <QSqlDatabase>

namespace ecoclaim::storage {

domain::Result<BackupReport> backupServer(const QSqlDatabase &db, const QString &target);

} // namespace ecoclaim::storage
