#pragma once
// The only way EcoClaim writes. Rolls back on destruction unless committed.
//
// SQLite: BEGIN IMMEDIATE, so the write lock is taken up front. A deferred BEGIN (what
// QSqlDatabase::transaction issues) that reads and then writes after another connection committed
// fails at once with "database is locked" in WAL mode — the busy timeout cannot help (docs/ARCHITECTURE.md,
// Storage). One writer at a time: nothing else to lock.
//
// PostgreSQL: BEGIN (read committed) and the bureau's advisory lock — shared for a command, which
// then locks the rows of its own case (lockCase), so desks working on different cases run side by side
// and two desks on the same case take turns, the second reading what the first committed (no lost
// update); exclusive for work that rewrites every case (a calendar year, a migration), which so never
// interleaves with a command. The audit chain is serialised separately (auditlog.cpp). At commit the
// other desks are told which cases changed (NOTIFY on dialect::changeChannel, delivered only if the
// transaction commits; ChangeFeed receives it). SQLite's other connections see PRAGMA data_version move.
//
// Nested: a WriteTransaction begun while another is open on the same connection (same thread) is a
// SAVEPOINT inside it — its commit releases the savepoint and hands its cases to the outer one, its
// rollback undoes only its own writes. An import of many rows (CaseService::importBatch) so runs each
// row's command through the ordinary command path inside one transaction: a refused row is rolled back
// to its savepoint, and the batch commits all rows or none.

#include "core/domain/result.h"

#include <QSqlDatabase>

namespace ecoclaim::storage {

class WriteTransaction
{
public:
    enum class Scope { Cases, Everything };
    explicit WriteTransaction(QSqlDatabase db, Scope scope = Scope::Cases);
    ~WriteTransaction();
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    domain::Status begin();
    domain::Status commit();
    void rollback();
    bool isActive() const { return m_active; }

    // Locks the case's row until commit (PostgreSQL; SQLite's write lock already covers it). A command
    // calls it before it reads the case file it will judge. A desk that waits longer than the server's
    // lock_timeout (Database: 15 s) is told that another desk is changing the case.
    domain::Status lockCase(qint64 caseId);
    // Names a case this transaction changed without locking it first (a case it created).
    void touch(qint64 caseId)
    {
        if (!m_cases.contains(caseId))
            m_cases << caseId;
    }

private:
    QSqlDatabase m_db;
    Scope m_scope;
    bool m_active = false;
    QList<qint64> m_cases; // announced to the other desks at commit (PostgreSQL)
    WriteTransaction *m_outer = nullptr; // nested: the transaction this one is a savepoint of
    QString m_savepoint;
};

} // namespace ecoclaim::storage
