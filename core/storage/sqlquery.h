#pragma once
// Every statement EcoClaim runs goes through here: always prepared, values always bound (never
// spliced into SQL), dates and times converted one way (ISO text, UTC), failures logged with the
// statement and the driver's error and returned as a Problem — never a half-silent false.

#include "core/domain/result.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace ecoclaim::storage {

// Converts a value to what is stored: QDate → "YYYY-MM-DD" (NULL if invalid), QDateTime → UTC ISO
// with milliseconds, bool → 0/1, a null QString inside a valid QVariant → ''; anything else unchanged.
QVariant toStored(const QVariant &value);

// Whether a query on this connection should be forward-only (SQLite) or read whole (PostgreSQL).
bool forwardOnly(const QSqlDatabase &db);

// Runs one statement with positional (?) bindings. Forward-only on SQLite: QSQLITE caches every row a
// scrollable query has fetched (docs/PITFALLS.md §3–4). Read whole on PostgreSQL (see forwardOnly).
domain::Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});

// Ends a loop over QSqlQuery::next(). next() returns false both after the last row and when the driver
// could not fetch one (a damaged page, an I/O error, a lock); only lastError() tells them apart. Every
// read loop ends with this, so a read that stopped early is an error, never "no more rows".
domain::Status readEnded(const QSqlQuery &q);

// Runs a read whose statement stays prepared for the next call with the same SQL on the same
// connection (QSQLITE prepares anew on every QSqlQuery::prepare: ~45 % of a command's time), calling
// `row` for each result row. For hot reads that never nest (the case-file loader).
domain::Status forEachCachedRow(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                                const std::function<void(const QSqlQuery &)> &row);
// Runs an INSERT, UPDATE or DELETE whose statement stays prepared for the next call with the same SQL
// on the same connection (the write path of a command: docs/BENCHMARKS.md, P10). Returns the number of
// rows it changed.
domain::Result<int> execWrite(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});
// Runs an `INSERT … RETURNING id` (kept prepared like execWrite) and returns that id. Never
// QSqlQuery::lastInsertId(): on PostgreSQL it is lastval(), which an insert inside a trigger changes.
domain::Result<qint64> execInsert(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});
// Forgets the connection's prepared statements; Database calls it before the connection closes.
void dropCachedStatements(const QString &connectionName);

// Runs a query whose first column is an id and returns all of them, the query finished.
domain::Result<QList<qint64>> idList(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});

// Runs a statement expected to return one value (or none: returns a null QVariant).
domain::Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});

// The message a refused storage operation shows: what failed, without SQL for the caseworker.
domain::Problem storageProblem(const QString &what, const QString &detail);

// Escapes % _ and \ for a LIKE pattern used with ESCAPE '\'.
QString escapeLikePattern(QString text);

QDate dateFrom(const QVariant &stored);
QDateTime timestampFrom(const QVariant &stored);
QString nowTimestamp(); // UTC, ISO with milliseconds

} // namespace ecoclaim::storage
