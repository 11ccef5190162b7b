#pragma once
// The append-only audit log: who changed what, when, old → new. Each entry's hash covers the previous
// entry's hash and the entry itself (SHA-256 over a fixed field order), so altering or removing an
// entry breaks the chain from that point on; triggers refuse UPDATE and DELETE through SQL. The head
// hash is what an archive export records, so a truncated tail is caught by comparing heads.

#include "core/domain/auditentry.h"
#include "core/domain/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>

namespace ecoclaim::storage {

// An entry as read back and the chain's check are values of core/domain (the window and the CLI show them).
using domain::AuditEntry;
using domain::ChainReport;

namespace audit {

QString hashOf(const AuditEntry &entry);

// The person signed in on this connection (core/service/accounts.h): once set, every entry appended
// through the connection names them, whatever actor a caller passes (issue 17 ¶5). Empty: nobody signed
// in (a database without accounts), the caller's actor is recorded as before.
void setSignedIn(const QSqlDatabase &db, const QString &login);
QString signedIn(const QSqlDatabase &db);

// Appends one entry (inside the caller's write transaction); returns its hash.
domain::Result<QString> append(const QSqlDatabase &db, const QString &actor, qint64 caseId, const QString &command,
                               const QJsonObject &payload, const QJsonArray &changes);

// Walks the whole chain. With FileCheck::Quick it first runs SQLite's PRAGMA quick_check: a file with
// damaged pages is never reported intact, even where the damage is outside the audit log (the chain
// says nothing about rows it does not cover). A read that stops on an error is a problem, never the end
// of the chain. The archive export walks the chain only (ChainOnly): quick_check costs seconds on a
// large register, and every read the export makes reports errors itself.
enum class FileCheck { Quick, ChainOnly };
domain::Result<ChainReport> verify(const QSqlDatabase &db, FileCheck fileCheck = FileCheck::Quick);
domain::Result<QList<AuditEntry>> entriesForCase(const QSqlDatabase &db, qint64 caseId);

} // namespace audit
} // namespace ecoclaim::storage
