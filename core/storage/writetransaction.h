#pragma once
// The only way EcoClaim writes: BEGIN IMMEDIATE, so the write lock is taken up front. A deferred
// BEGIN (what QSqlDatabase::transaction issues) that reads and then writes after another
// connection committed fails at once with "database is locked" in WAL mode — the busy timeout
// cannot help (PITFALLS 1). Rolls back on destruction unless committed.

#include "core/domain/result.h"

#include <QSqlDatabase>

namespace ecoclaim::storage {

class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    domain::Status begin();
    domain::Status commit();
    void rollback();
    bool isActive() const { return m_active; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace ecoclaim::storage
