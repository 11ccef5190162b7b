#include "core/storage/fastrows.h"

#include "core/storage/sqlquery.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace ecoclaim::storage {

namespace {
// Per thread, as connections are: connection name → SQL → prepared statement.
using FastCache = QHash<QString, QHash<QString, sqlite3_stmt *>>;
FastCache &fastCache()
{
    thread_local FastCache *cache = new FastCache; // never destroyed: see sqlquery.cpp's statementCache
    return *cache;
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

QString utf8Text(sqlite3_stmt *s, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(s, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(s, column)) : QString::fromLatin1("");
}

int digits(const char *p, int n)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        if (p[i] < '0' || p[i] > '9')
            return -1;
        v = v * 10 + (p[i] - '0');
    }
    return v;
}

bool bind(sqlite3_stmt *s, int index, const QVariant &stored)
{
    if (stored.isNull())
        return sqlite3_bind_null(s, index) == SQLITE_OK;
    switch (stored.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return sqlite3_bind_int64(s, index, stored.toLongLong()) == SQLITE_OK;
    case QMetaType::Double:
        return sqlite3_bind_double(s, index, stored.toDouble()) == SQLITE_OK;
    default: {
        const QByteArray utf8 = stored.toString().toUtf8();
        return sqlite3_bind_text(s, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT) == SQLITE_OK;
    }
    }
}

domain::Problem failure(const char *what, const QString &sql, const QString &error)
{
    qCWarning(lcStorage) << what << sql << error;
    return storageProblem(QCoreApplication::translate("ecoclaim::Storage", "run a statement"), error);
}
} // namespace

QString FastRow::text(int column) const
{
    return m_stmt ? utf8Text(m_stmt, column) : toStored(m_query->value(column).toString()).toString();
}

qint64 FastRow::integer(int column) const
{
    return m_stmt ? sqlite3_column_int64(m_stmt, column) : m_query->value(column).toLongLong();
}

bool FastRow::isNull(int column) const
{
    return m_stmt ? sqlite3_column_type(m_stmt, column) == SQLITE_NULL : m_query->value(column).isNull();
}

int FastRow::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : m_query->record().count();
}

QString FastRow::columnName(int column) const
{
    return m_stmt ? QString::fromUtf8(sqlite3_column_name(m_stmt, column)) : m_query->record().fieldName(column);
}

QDate FastRow::date(int column) const
{
    if (!m_stmt)
        return dateFrom(m_query->value(column));
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!p || sqlite3_column_bytes(m_stmt, column) != 10 || p[4] != '-' || p[7] != '-')
        return {};
    const int y = digits(p, 4), m = digits(p + 5, 2), d = digits(p + 8, 2);
    return y < 0 || m < 0 || d < 0 ? QDate() : QDate(y, m, d);
}

QDateTime FastRow::timestamp(int column) const
{
    return isNull(column) ? QDateTime() : timestampFrom(text(column));
}

QVariant FastRow::value(int column) const
{
    if (!m_stmt)
        return m_query->value(column);
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_NULL: return {};
    case SQLITE_INTEGER: return qint64(sqlite3_column_int64(m_stmt, column));
    case SQLITE_FLOAT: return sqlite3_column_double(m_stmt, column);
    default: return utf8Text(m_stmt, column);
    }
}

domain::Status forEachFastRow(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                              const std::function<void(const FastRow &)> &row)
{
    FastRow r;
    sqlite3 *handle = sqliteHandle(db);
    if (!handle) { // another driver: the same rows through QSqlQuery
        auto q = exec(db, sql, binds);
        if (!q)
            return q.problems();
        r.m_query = &q.value();
        while (q.value().next())
            row(r);
        return readEnded(q.value());
    }
    QHash<QString, sqlite3_stmt *> &cache = fastCache()[db.connectionName()];
    sqlite3_stmt *s = cache.value(sql);
    if (!s) {
        if (sqlite3_prepare_v2(handle, sql.toUtf8().constData(), -1, &s, nullptr) != SQLITE_OK)
            return failure("prepare failed:", sql, QString::fromUtf8(sqlite3_errmsg(handle)));
        cache.insert(sql, s);
    }
    for (int i = 0; i < binds.size(); ++i)
        if (!bind(s, i + 1, toStored(binds.at(i)))) {
            sqlite3_reset(s);
            return failure("bind failed:", sql, QString::fromUtf8(sqlite3_errmsg(handle)));
        }
    r.m_stmt = s;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW)
        row(r);
    // Reset at once: no read transaction left open between calls (docs/PITFALLS.md §2).
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    if (rc != SQLITE_DONE)
        return failure("step failed:", sql, QString::fromUtf8(sqlite3_errmsg(handle)));
    return domain::success();
}

void dropFastStatements(const QString &connectionName)
{
    const QHash<QString, sqlite3_stmt *> statements = fastCache().take(connectionName);
    for (sqlite3_stmt *s : statements)
        sqlite3_finalize(s);
}

} // namespace ecoclaim::storage
