#pragma once
// Hot reads straight from SQLite's C API, for the lists that read thousands of cells — the deadline
// dashboard and the pages of the case list — and for the case-file loader, which runs twice a command. QSQLITE turns every cell of every row into a QVariant
// (UTF-16 conversion included) before the caller sees it, and prepares the statement anew on every
// QSqlQuery::prepare; on 100,000 cases that made the dashboard 5.5× and scrolling 1.7× slower than the
// raw queries (docs/BENCHMARKS.md, P4 and P8). Here the statement stays prepared per connection and a
// row hands out only the cells asked for, converted once.
//
// Same connection, same transaction as the QSqlQuery calls (the handle is QSQLITE's own). Statements
// are finalised by dropCachedStatements() before the connection closes (Database's destructor).
// Another SQL driver (a future PostgreSQL) falls back to QSqlQuery through the same interface.

#include "core/domain/result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QVariant>

#include <functional>

struct sqlite3_stmt;
class QSqlQuery;

namespace ecoclaim::storage {

class FastRow
{
public:
    QString text(int column) const;     // '' for NULL
    qint64 integer(int column) const;   // 0 for NULL
    QDate date(int column) const;       // ISO text; invalid for NULL or not a date
    QDateTime timestamp(int column) const; // UTC ISO text
    QVariant value(int column) const;   // by the stored type (for sort keys)
    bool isNull(int column) const;
    int columnCount() const;
    QString columnName(int column) const;

private:
    friend domain::Status forEachFastRow(const QSqlDatabase &, const QString &, const QVariantList &,
                                         const std::function<void(const FastRow &)> &);
    sqlite3_stmt *m_stmt = nullptr;
    const QSqlQuery *m_query = nullptr;
};

// Runs a read (never nested inside another fast read of the same SQL) and calls `row` per result row.
domain::Status forEachFastRow(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                              const std::function<void(const FastRow &)> &row);

// Finalises the connection's fast statements (called by dropCachedStatements).
void dropFastStatements(const QString &connectionName);

} // namespace ecoclaim::storage
