#pragma once
// Numbered schema migrations (resources/migrations/NNNN_name.sql, built in as :/migrations). The
// schema version is PRAGMA user_version. Each migration runs in its own BEGIN IMMEDIATE transaction
// together with its version bump, so a crash leaves the database at a whole version. A database
// newer than this program is refused before anything is written (STYLE.md, after Mixxx).

#include "core/domain/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace ecoclaim::storage {

struct Migration
{
    int version = 0;
    QString name;
    QString resource;
};

// All migrations this program knows, in order; version N is the N-th.
const QList<Migration> &migrations();
int latestSchemaVersion();

// Splits a migration script into complete statements (sqlite3_complete, so triggers with inner
// semicolons stay whole — splitting on ';' would break them).
QStringList splitStatements(const QString &script);

domain::Result<int> schemaVersion(const QSqlDatabase &db);

// Brings the database up to `target` (default: the latest). Refuses a newer database untouched.
domain::Status migrate(const QSqlDatabase &db, int target = -1);

} // namespace ecoclaim::storage
