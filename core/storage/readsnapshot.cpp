#include "core/storage/readsnapshot.h"

#include "core/storage/sqlquery.h"

using namespace Qt::StringLiterals;

namespace ecoclaim::storage {

ReadSnapshot::ReadSnapshot(QSqlDatabase db) : m_db(std::move(db)) {}

ReadSnapshot::~ReadSnapshot() { end(); }

domain::Status ReadSnapshot::begin()
{
    auto q = exec(m_db, u"BEGIN"_s); // deferred: reads only
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
