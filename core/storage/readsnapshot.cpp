#include "core/storage/readsnapshot.h"

#include "core/storage/dialect.h"
#include "core/storage/sqlquery.h"

using namespace Qt::StringLiterals;

namespace ecoclaim::storage {

ReadSnapshot::ReadSnapshot(QSqlDatabase db) : m_db(std::move(db)) {}

ReadSnapshot::~ReadSnapshot() { end(); }

domain::Status ReadSnapshot::begin()
{
    // SQLite: a deferred BEGIN reads one WAL snapshot. PostgreSQL: read committed would give each
    // statement its own snapshot, so ask for one snapshot for the whole transaction.
    auto q = exec(m_db, engineOf(m_db) == Engine::PostgreSQL ? u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s
                                                             : u"BEGIN"_s);
    if (!q)
        return q.problems();
    m_active = true;
    return domain::success();
}

void ReadSnapshot::end()
{
    if (!m_active)
        return;
    exec(m_db, u"ROLLBACK"_s); // nothing was written; ends the snapshot
    m_active = false;
}

} // namespace ecoclaim::storage
