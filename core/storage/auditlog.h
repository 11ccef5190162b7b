#pragma once
// The append-only audit log: who changed what, when, old → new. Each entry's hash covers the previous
// entry's hash and the entry itself (SHA-256 over a fixed field order), so altering or removing an
// entry breaks the chain from that point on; triggers refuse UPDATE and DELETE through SQL. The head
// hash is what an archive export records, so a truncated tail is caught by comparing heads.

#include "core/domain/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>

namespace ecoclaim::storage {

struct AuditEntry
{
    qint64 id = 0;
    QString at, actor;
    qint64 caseId = 0;
    QString command;
    QString payload; // JSON
    QString changes; // JSON
    QString prevHash, hash;
};

struct ChainReport
{
    qint64 entries = 0;
    qint64 firstBrokenId = 0; // 0: the chain is intact
    QString head;             // hash of the last entry ("" for an empty log)
    QString message;          // translated, one line
    bool intact() const { return firstBrokenId == 0; }
};

namespace audit {

QString hashOf(const AuditEntry &entry);

// Appends one entry (inside the caller's write transaction); returns its hash.
domain::Result<QString> append(const QSqlDatabase &db, const QString &actor, qint64 caseId, const QString &command,
                               const QJsonObject &payload, const QJsonArray &changes);

domain::Result<ChainReport> verify(const QSqlDatabase &db);
domain::Result<QList<AuditEntry>> entriesForCase(const QSqlDatabase &db, qint64 caseId);

} // namespace audit
} // namespace ecoclaim::storage
