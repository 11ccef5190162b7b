#pragma once
// The two engines EcoClaim stores cases in, and the few places where their SQL really differs.
//
// A desk keeps an SQLite file; a bureau shares one PostgreSQL database (Qt's QPSQL driver). Nothing
// outside core/storage asks which engine it talks to. Statements are shared wherever the text is the
// same on both — `?` placeholders, ON CONFLICT … DO UPDATE, INSERT … RETURNING, row values,
// COALESCE — and this file holds what is not: string aggregation and substring position, how a write
// transaction begins and what it locks, how a failure is classified, and the notification of
// other desks. The schema itself has one migration folder per engine (resources/migrations/).
//
// Traps this layer exists for (docs/ARCHITECTURE.md, "Two engines"):
//   * QPSQL's lastInsertId() is lastval(), which an INSERT inside a trigger changes: ids come from
//     INSERT … RETURNING (execInsert in sqlquery.h), never lastInsertId().
//   * On PostgreSQL a failed statement aborts the whole transaction; SQLite carries on. Every write
//     path ends the command at its first failure (a Result that is not ok is returned at once).
//   * A `::` cast in a prepared statement reads as a named placeholder to Qt: write CAST(x AS t).

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace ecoclaim::storage {

enum class Engine { SQLite, PostgreSQL };

// By the connection's driver (QSQLITE or QPSQL).
Engine engineOf(const QSqlDatabase &db);
QString engineName(Engine engine); // "SQLite", "PostgreSQL" — for messages and logs

namespace dialect {

// group_concat(expr, sep) / string_agg(expr, sep ORDER BY …): `separator` is an SQL string literal ('、').
// SQLite concatenates in the order rows come (select from an ordered sub-select); PostgreSQL is told
// the order, by `orderBy` (a column of the rows aggregated).
QString stringAgg(Engine engine, const QString &expression, const QString &separator, const QString &orderBy = {});
// 1-based position of needle in haystack, 0 when absent: instr() / strpos().
QString position(Engine engine, const QString &haystack, const QString &needle);
// Whole days from the ISO date `earlier` to the ISO date `later` (both SQL expressions of stored dates):
// julianday() difference / date subtraction. The reports' "days from notice to agreement".
QString daysBetween(Engine engine, const QString &later, const QString &earlier);

// What a failed statement means, as far as the caller must react differently.
enum class Failure {
    Other,
    UniqueViolation, // a second row with the same key: a number handed out twice, a case imported twice
    Busy,            // lock timeout, deadlock or serialisation failure: the command may be run again
};
Failure classify(Engine engine, const QSqlError &error);

// The advisory locks of PostgreSQL writes (SQLite's BEGIN IMMEDIATE already serialises every writer):
// every write transaction holds the bureau lock shared; one that rewrites every case (a calendar year
// imported, a migration) holds it exclusively, so it never interleaves with a command. Appending to
// the audit chain holds the chain lock until commit: the chain is one sequence for the whole database.
constexpr qint64 bureauLockKey = 0x45636f436c61696d; // "EcoClaim"
constexpr qint64 auditChainLockKey = bureauLockKey + 1;
constexpr qint64 migrationLockKey = bureauLockKey + 2;

// The NOTIFY channel through which a PostgreSQL desk tells the others that a case changed.
inline constexpr char16_t changeChannel[] = u"ecoclaim_changes";

} // namespace dialect
} // namespace ecoclaim::storage
