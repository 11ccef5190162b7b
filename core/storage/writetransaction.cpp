#include "core/storage/writetransaction.h"

#include "core/storage/dialect.h"
#include "core/storage/sqlquery.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ecoclaim::storage {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Storage)
};

// The outermost open transaction of each connection of this thread (a connection belongs to one thread).
thread_local QHash<QString, WriteTransaction *> openTransactions;
thread_local int savepointSerial = 0;
} // namespace

WriteTransaction::WriteTransaction(QSqlDatabase db, Scope scope) : m_db(std::move(db)), m_scope(scope) {}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

domain::Status WriteTransaction::begin()
{
    Q_ASSERT(!m_active);
    if (WriteTransaction *outer = openTransactions.value(m_db.connectionName()); outer && outer->m_active) {
        // Inside another transaction of this connection: a savepoint (the outer one holds the locks).
        m_savepoint = u"ecoclaim_sp%1"_s.arg(++savepointSerial);
        if (auto q = exec(m_db, u"SAVEPOINT "_s + m_savepoint); !q)
            return q.problems();
        m_outer = outer;
        m_active = true;
        return domain::success();
    }
    const bool postgres = engineOf(m_db) == Engine::PostgreSQL;
    auto q = exec(m_db, postgres ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s);
    if (!q)
        return q.problems();
    m_active = true;
    openTransactions.insert(m_db.connectionName(), this);
    if (postgres) {
        const QString lock = m_scope == Scope::Everything ? u"SELECT pg_advisory_xact_lock(?)"_s
                                                          : u"SELECT pg_advisory_xact_lock_shared(?)"_s;
        if (auto l = exec(m_db, lock, {dialect::bureauLockKey}); !l) {
            rollback();
            return l.problems();
        }
    }
    return domain::success();
}

domain::Status WriteTransaction::lockCase(qint64 caseId)
{
    Q_ASSERT(m_active);
    if (engineOf(m_db) != Engine::PostgreSQL)
        return domain::success();
    if (m_outer)
        m_outer->touch(caseId); // announced by the outer transaction at its commit
    QSqlQuery q(m_db);
    if (!q.prepare(u"SELECT id FROM cases WHERE id = ? FOR UPDATE"_s)) {
        rollback();
        return storageProblem(Tr::tr("prepare a statement"), q.lastError().text());
    }
    q.addBindValue(caseId);
    if (!q.exec()) {
        const QSqlError error = q.lastError();
        rollback(); // PostgreSQL has aborted the transaction anyway
        if (dialect::classify(Engine::PostgreSQL, error) == dialect::Failure::Busy)
            return domain::Problem{{}, Tr::tr("Another desk is changing this case right now; nothing was changed here. "
                                          "Try again in a moment — the case will then be read as the other desk left it."), {}};
        return storageProblem(Tr::tr("lock the case"), error.text());
    }
    m_cases << caseId;
    return domain::success();
}

domain::Status WriteTransaction::commit()
{
    Q_ASSERT(m_active);
    if (m_outer) {
        if (auto q = exec(m_db, u"RELEASE SAVEPOINT "_s + m_savepoint); !q) {
            rollback();
            return q.problems();
        }
        for (qint64 id : std::as_const(m_cases))
            m_outer->touch(id);
        m_active = false;
        return domain::success();
    }
    if (engineOf(m_db) == Engine::PostgreSQL) {
        // Delivered to the listening desks only if the commit succeeds. Empty: "re-read everything".
        QStringList ids;
        if (m_scope == Scope::Cases)
            for (qint64 id : std::as_const(m_cases))
                ids << QString::number(id);
        if (auto n = exec(m_db, u"SELECT pg_notify(?, ?)"_s, {QString::fromUtf16(dialect::changeChannel), ids.join(u',')}); !n) {
            rollback();
            return n.problems();
        }
    }
    auto q = exec(m_db, u"COMMIT"_s);
    if (!q) {
        rollback();
        return q.problems();
    }
    m_active = false;
    openTransactions.remove(m_db.connectionName());
    return domain::success();
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    if (m_outer) {
        // Undo this savepoint's writes only; the outer transaction goes on (on PostgreSQL it is usable
        // again after an error inside the savepoint).
        exec(m_db, u"ROLLBACK TO SAVEPOINT "_s + m_savepoint);
        exec(m_db, u"RELEASE SAVEPOINT "_s + m_savepoint);
        m_active = false;
        return;
    }
    exec(m_db, u"ROLLBACK"_s);
    m_active = false;
    openTransactions.remove(m_db.connectionName());
}

} // namespace ecoclaim::storage
