#pragma once
// Numbered schema migrations, one folder per engine with the same numbers and names in each
// (resources/migrations/sqlite/NNNN_name.sql and resources/migrations/postgresql/NNNN_name.sql, built in
// as :/migrations/<engine>/). The schema version is kept in the database: PRAGMA user_version on SQLite,
// the one-row table ecoclaim_schema on PostgreSQL. Each migration runs in its own write transaction
// together with its version bump, so a crash leaves the database at a whole version (PostgreSQL's DDL is
// transactional too). A database newer than this program is refused before anything is written
// (STYLE.md, after Mixxx).

#include "core/domain/result.h"
#include "core/storage/dialect.h"

#include <QSqlDatabase>
#include <QStringList>

namespace ecoclaim::storage {

struct Migration
{
    int version = 0;
    QString name;
    QString resource;
};

// All migrations this program knows for an engine, in order; version N is the N-th.
const QList<Migration> &migrations(Engine engine = Engine::SQLite);
int latestSchemaVersion();

// Splits a migration script into complete statements. SQLite: sqlite3_complete, so triggers with inner
// semicolons stay whole — splitting on ';' would break them. PostgreSQL: ';' outside quotes, comments and
// dollar-quoted bodies ($$ … $$, the bodies of plpgsql functions).
QStringList splitStatements(const QString &script);
QStringList splitPostgresStatements(const QString &script);

domain::Result<int> schemaVersion(const QSqlDatabase &db);

// Brings the database up to `target` (default: the latest). Refuses a newer database untouched.
domain::Status migrate(const QSqlDatabase &db, int target = -1);

} // namespace ecoclaim::storage
