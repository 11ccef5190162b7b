#pragma once
// Moving a desk to the bureau's server: copies an SQLite database — every case table, the audit chain,
// the papers register, the settings, the calendars, the stored files — into an empty PostgreSQL database
// of the same schema version, rebuilds the search index there, and then proves the copy: every table's
// content equal value for value, the audit chain intact with the same head, the same stored files whole,
// and the same answers to a sample of searches. A target that holds anything is refused untouched.
// (`ecoclaim-cli migrate-to postgresql://… --from FILE.db`)
//
// Row ids are kept (the audit log names cases and rows by id, and so do archives); the identity
// sequences are then set past the highest id. Everything is written in one transaction on the server.

#include "core/domain/result.h"

#include <QStringList>

#include <functional>

namespace ecoclaim::storage {

class Database;

struct MoveReport
{
    qint64 tables = 0, rows = 0, files = 0, fileBytes = 0;
    qint64 auditEntries = 0;
    QString auditHead;
    int searchesCompared = 0;
    QStringList lines; // one translated line per check, for the command line
};

// `progress(what, done, total)` is called as rows and files go over.
domain::Result<MoveReport> moveToServer(Database &from, Database &to,
                                        const std::function<void(const QString &, qint64, qint64)> &progress = {});

} // namespace ecoclaim::storage
