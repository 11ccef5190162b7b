#pragma once
// A consistent copy of the open database, checked before it is called a backup. VACUUM INTO writes
// the copy through SQLite itself, inside a read transaction, so the window and the CLI can keep
// working meanwhile; the live file is never opened with QFile or copied byte for byte (closing such a
// descriptor drops SQLite's POSIX locks — docs/PITFALLS.md §10). The copy is then opened on its own and must
// pass PRAGMA quick_check and hold the same schema version and number of cases as the source.
// A copy that fails is removed: no half-written file may look like a backup.
//
// On a PostgreSQL server the copy is pg_dump's custom format (one consistent snapshot, the server keeps
// working), checked by reading it back with pg_restore: its table of contents must hold every table,
// and its cases and schema version rows must be those of the database. Restore it with
// `pg_restore --no-owner -d NEW_DATABASE FILE` into an empty database created with a UTF-8 locale.

#include "core/domain/result.h"

#include <QSqlDatabase>

namespace ecoclaim::storage {

struct BackupReport
{
    QString path;
    qint64 bytes = 0;
    qint64 cases = 0;
    int schemaVersion = 0;
    double copySeconds = 0, checkSeconds = 0;
    QString checkedWith; // "quick_check" or "pg_restore"
};

// Writes the copy to `target` (which must not exist yet) and checks it.
domain::Result<BackupReport> backupTo(const QSqlDatabase &db, const QString &target);

// PRAGMA quick_check of a database file, opened read-only on a connection of its own: "ok" or the
// first problems SQLite reports.
domain::Result<QString> quickCheck(const QString &path);

} // namespace ecoclaim::storage
