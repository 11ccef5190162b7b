#include "core/storage/dialect.h"

using namespace Qt::StringLiterals;

namespace ecoclaim::storage {

Engine engineOf(const QSqlDatabase &db)
{
    return db.driverName() == u"QPSQL" ? Engine::PostgreSQL : Engine::SQLite;
}

QString engineName(Engine engine)
{
    return engine == Engine::PostgreSQL ? u"PostgreSQL"_s : u"SQLite"_s;
}

namespace dialect {

QString stringAgg(Engine engine, const QString &expression, const QString &separator, const QString &orderBy)
{
    // SQLite 3.40 has no string_agg (3.44 added it); PostgreSQL has no group_concat.
    if (engine == Engine::PostgreSQL)
        return orderBy.isEmpty() ? u"string_agg(%1, %2)"_s.arg(expression, separator)
                                 : u"string_agg(%1, %2 ORDER BY %3)"_s.arg(expression, separator, orderBy);
    return u"group_concat(%1, %2)"_s.arg(expression, separator);
}

QString position(Engine engine, const QString &haystack, const QString &needle)
{
    return engine == Engine::PostgreSQL ? u"strpos(%1, %2)"_s.arg(haystack, needle)
                                        : u"instr(%1, %2)"_s.arg(haystack, needle);
}

QString daysBetween(Engine engine, const QString &later, const QString &earlier)
{
    return engine == Engine::PostgreSQL ? u"(CAST(%1 AS DATE) - CAST(%2 AS DATE))"_s.arg(later, earlier)
                                        : u"CAST(julianday(%1) - julianday(%2) AS INTEGER)"_s.arg(later, earlier);
}

Failure classify(Engine engine, const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    if (engine == Engine::PostgreSQL) {
        // SQLSTATE: 23505 unique_violation; 40001 serialization_failure, 40P01 deadlock_detected,
        // 55P03 lock_not_available (lock_timeout).
        if (code == u"23505")
            return Failure::UniqueViolation;
        if (code == u"40001" || code == u"40P01" || code == u"55P03")
            return Failure::Busy;
        return Failure::Other;
    }
    // SQLite extended result codes: 2067 SQLITE_CONSTRAINT_UNIQUE, 1555 SQLITE_CONSTRAINT_PRIMARYKEY;
    // 5 SQLITE_BUSY and 6 SQLITE_LOCKED with their extended forms (low byte 5 or 6).
    bool ok = false;
    const int n = code.toInt(&ok);
    if (!ok)
        return Failure::Other;
    if (n == 2067 || n == 1555)
        return Failure::UniqueViolation;
    if ((n & 0xff) == 5 || (n & 0xff) == 6)
        return Failure::Busy;
    return Failure::Other;
}

} // namespace dialect
} // namespace ecoclaim::storage
