#include "core/storage/writetransaction.h"

#include "core/storage/dialect.h"
#include "core/storage/sqlquery.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ecoclaim::storage {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("ecoclaim::Storage", text); }
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
    QSqlQuery q(m_db);
    if (!q.prepare(u"SELECT id FROM cases WHERE id = ? FOR UPDATE"_s)) {
        rollback();
        return storageProblem(tr("prepare a statement"), q.lastError().text());
    }
    q.addBindValue(caseId);
    if (!q.exec()) {
        const QSqlError error = q.lastError();
        rollback(); // PostgreSQL has aborted the transaction anyway
        if (dialect::classify(Engine::PostgreSQL, error) == dialect::Failure::Busy)
            return domain::Problem{{}, tr("Another desk is changing this case right now; nothing was changed here. "
                                          "Try again in a moment — the case will then be read as the other desk left it."), {}};
        return storageProblem(tr("lock the case"), error.text());
    }
    m_cases << caseId;
    return domain::success();
}

domain::Status WriteTransaction::commit()
{
    Q_ASSERT(m_active);
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
