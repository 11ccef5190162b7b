#pragma once
// The deadlines table: the open deadlines of every case as rows, rewritten by the service after each
// command, so the dashboard reads one covering partial index instead of computing 100,000 case files
// (docs/PITFALLS.md §8). Every change of a due date is logged by day for the "entered or changed on a day" list.

#include "core/domain/deadlinerows.h"
#include "core/domain/result.h"

#include <QDate>
#include <QSqlDatabase>

namespace ecoclaim::storage {

// The rows' values live in core/domain (the window's models hold them; ui/ never sees core/storage).
using domain::DeadlineChange;
using domain::DeadlineRow;

namespace deadlines {

// Makes the case's rows `rows` (caseNo/title/unit/major are taken from the cases table), writing only those that differ, and logs
// the differences under `command` by `actor`. Inside the caller's write transaction.
domain::Status replaceForCase(const QSqlDatabase &db, qint64 caseId, const QList<DeadlineRow> &rows,
                              const QString &command, const QString &actor);

// Open (not suspended) deadlines due on or before `until`, soonest first; optionally one unit's.
domain::Result<QList<DeadlineRow>> dueBy(const QSqlDatabase &db, QDate until, const QString &unit = {});
// Every deadline row of one case, suspended ones included.
domain::Result<QList<DeadlineRow>> forCase(const QSqlDatabase &db, qint64 caseId);
// What was entered or changed on `day` (local calendar day).
domain::Result<QList<DeadlineChange>> changedOn(const QSqlDatabase &db, QDate day);
// The cases flagged major (Art. 39) with their open deadlines, for the ledger.
domain::Result<QList<DeadlineRow>> majorCaseTimetable(const QSqlDatabase &db);

} // namespace deadlines
} // namespace ecoclaim::storage
