#include "core/storage/writetransaction.h"

#include "core/storage/dialect.h"
#include "core/storage/sqlquery.h"

using namespace Qt::StringLiterals;

namespace ecoclaim::storage {

WriteTransaction::WriteTransaction(QSqlDatabase db, Scope scope) : m_db(std::move(db)), m_scope(scope) {}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

domain::Status WriteTransaction::begin()
{
    Q_ASSERT(!m_active);
    const bool postgres = engineOf(m_db) == Engine::PostgreSQL;
    auto q = exec(m_db, postgres ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s);
    if (!q)
        return q.problems();
    m_active = true;
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
    auto q = exec(m_db, u"SELECT id FROM cases WHERE id = ? FOR UPDATE"_s, {caseId});
    if (!q)
        return q.problems();
    q.value().finish();
    return domain::success();
}

domain::Status WriteTransaction::commit()
{
    Q_ASSERT(m_active);
    auto q = exec(m_db, u"COMMIT"_s);
    if (!q) {
        rollback();
        return q.problems();
    }
    m_active = false;
    return domain::success();
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    exec(m_db, u"ROLLBACK"_s);
    m_active = false;
}

} // namespace ecoclaim::storage
