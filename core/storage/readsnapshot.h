#pragma once
// A read-only transaction: every read between begin() and the end sees the database as it was at the
// first read (WAL snapshot), so a case file, its audit entries and its rows read one after another agree
// even while another process writes. Keep it short — an open reader holds back WAL checkpoints
// (docs/PITFALLS.md §2). Never write inside it (writes go through WriteTransaction, docs/PITFALLS.md §1).

#include "core/domain/result.h"

#include <QSqlDatabase>

namespace ecoclaim::storage {

class ReadSnapshot
{
public:
    explicit ReadSnapshot(QSqlDatabase db);
    ~ReadSnapshot();
    Q_DISABLE_COPY_MOVE(ReadSnapshot)

    domain::Status begin();
    void end();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace ecoclaim::storage
