#include "core/storage/writetransaction.h"

#include "core/storage/sqlquery.h"

using namespace Qt::StringLiterals;

namespace ecoclaim::storage {

WriteTransaction::WriteTransaction(QSqlDatabase db) : m_db(std::move(db)) {}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

domain::Status WriteTransaction::begin()
{
    Q_ASSERT(!m_active);
    auto q = exec(m_db, u"BEGIN IMMEDIATE"_s);
    if (!q)
        return q.problems();
    m_active = true;
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
