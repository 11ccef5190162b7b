#pragma once
// What the database's own catalogue says about EcoClaim's tables, on either engine: the tables in the
// order they were created (parents before children), their columns, primary key and foreign keys.
// The case transfer of an archive, `migrate-to` and the tests' content fingerprints read the schema
// through here instead of listing tables by hand, so a table a later migration adds is carried too.
// SQLite answers from sqlite_schema and pragma_table_info; PostgreSQL from pg_catalog.

#include "core/domain/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace ecoclaim::storage {

struct ForeignKey
{
    QString column, table;
};

struct SchemaTable
{
    QString name;
    QStringList columns;   // in declaration order
    QString primaryKey;    // the one primary-key column; empty for a composite key
    bool generatedId = false; // "id" is handed out by the database (SQLite rowid alias, PostgreSQL identity)
    QList<ForeignKey> keys;
};

// Every table of the case data and the bureau's settings, in creation order. Left out: the search
// index (rebuilt from the cases, never copied), the schema version and the engine's own tables.
domain::Result<QList<SchemaTable>> schemaTables(const QSqlDatabase &db);

// The single primary-key column of `table` ("id", or "case_id" for one-row-per-case tables), from the
// catalogue; remembered per table name (the schema is the same on every connection of one program).
domain::Result<QString> primaryKeyColumn(const QSqlDatabase &db, const QString &table);

// Search-index and bookkeeping tables, which schemaTables leaves out.
bool isDerivedTable(const QString &name);
// Every ordinary table, derived ones included (SQLite's FTS5 shadow tables, not the virtual tables over
// them), in creation order: what a content fingerprint of the whole database reads.
domain::Result<QStringList> allTableNames(const QSqlDatabase &db);

} // namespace ecoclaim::storage
