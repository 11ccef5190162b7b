#pragma once
// The rows of one case, every table of it, as JSON — and back into another database. An archive carries
// them (case/tables.json) so an import restores the case file exactly, not a re-run of its commands.
//
// The tables are found from the schema, not listed by hand, so a table a later migration adds travels
// too: every table with a case_id column, the cases row, and tables hanging off those by a foreign key
// (instalments → agreements, document_services → documents). Left out on purpose: the audit log (its
// chain belongs to the database that wrote it — the import appends its own entry), the file store's
// rows (the import puts the files), number series, calendars and the search index (rebuilt). The tables
// and keys come from the engine's catalogue (schema.h).

#include "core/domain/result.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace ecoclaim::storage {

// {"format": 1, "schema_version": N, "tables": [{"name": "parties", "rows": [{column: value…}…]}…]}
domain::Result<QJsonObject> dumpCaseRows(const QSqlDatabase &db, qint64 caseId);

// Inserts the rows of `dump` with new row ids, every foreign key rewritten to the new ids; returns the
// new case id. Inside the caller's write transaction. Refuses a case number the database already holds
// and a dump whose tables or columns this schema does not have.
domain::Result<qint64> insertCaseRows(const QSqlDatabase &db, const QJsonObject &dump);

} // namespace ecoclaim::storage
