#pragma once
// The rows of an import batch (issue 13 part 6; migration import_batches): what a spreadsheet import
// registered, and its undo — only through CaseService (core/service/importbatch.cpp), inside its write
// transaction. "Nothing else has happened" to an imported case is read here from the tables themselves:
// its one timeline row is the register_clue that created it, its one audit entry too, and no other table
// keyed to a case holds a row of it but the deadlines register_clue computed.

#include "core/domain/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

namespace ecoclaim::storage {

struct ImportBatchCase
{
    int row = 0; // the file's row
    qint64 caseId = 0;
    QString caseNumber;
    QStringList commands{QStringLiteral("register_clue")}; // what its row ran, in order (a ledger row: several)
};

struct ImportBatchRecord
{
    qint64 id = 0;
    QString kind, sourceName, sourceSha256, encoding;
    int rowCount = 0;
    QString importedAt, importedBy, undoneAt, undoneBy;
    QList<ImportBatchCase> cases;
};

// Inserts the batch and its cases; returns the batch id.
domain::Result<qint64> recordImportBatch(const QSqlDatabase &db, const ImportBatchRecord &batch);
// The batch with its cases; a problem when there is none with this id.
domain::Result<ImportBatchRecord> readImportBatch(const QSqlDatabase &db, qint64 id);
// Every batch, newest first, without their cases.
domain::Result<QList<ImportBatchRecord>> listImportBatches(const QSqlDatabase &db);
domain::Status markImportBatchUndone(const QSqlDatabase &db, qint64 id, const QString &at, const QString &by);

// Empty when the case is as its import left it — its timeline and audit trail hold exactly `commands` (and,
// for a clue register's row, no other table a row of it); otherwise why not (translated, one sentence).
domain::Result<QString> whyTouched(const QSqlDatabase &db, qint64 caseId, const QStringList &commands);
// Removes every row of the case (the tables keyed to a case, the search index, the case itself). Only
// for a case whyTouched() found untouched. A row the server's row-level security kept is a problem.
domain::Status removeImportedCase(const QSqlDatabase &db, qint64 caseId);
// Gives back the case numbers of an undone batch when they are the last ones taken in their series
// (district, year): the series goes back to the highest serial a remaining case of it holds (none: the
// series row goes), so a legacy ledger's number that moved the series far ahead is given back whole.
// Numbers taken after them stay taken (a gap). Numbers of another form belong to no series.
domain::Status returnCaseNumbers(const QSqlDatabase &db, const QStringList &caseNumbers);

// The id a new case takes on SQLite, where INTEGER PRIMARY KEY hands out max(id) + 1: after an undo removed
// the newest cases that would give a new case the id of a removed one — and the removed case's audit entries,
// which stay, would then read as the new case's. So one past every id the cases table or the audit trail
// ever named. 0 on PostgreSQL: an identity never hands out an id twice.
domain::Result<qint64> unusedCaseId(const QSqlDatabase &db);

} // namespace ecoclaim::storage
