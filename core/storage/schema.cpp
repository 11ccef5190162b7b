#include "core/storage/schema.h"

#include "core/storage/dialect.h"
#include "core/storage/sqlquery.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

using namespace Qt::StringLiterals;

namespace ecoclaim::storage {

bool isDerivedTable(const QString &name)
{
    return name.startsWith(u"sqlite_"_s) || name.startsWith(u"case_fts"_s) || name.startsWith(u"case_grams"_s)
        || name == u"case_search" || name == u"ecoclaim_schema";
}

domain::Result<QStringList> allTableNames(const QSqlDatabase &db)
{
    const bool postgres = engineOf(db) == Engine::PostgreSQL;
    auto q = exec(db, postgres ? u"SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                 "WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY c.oid"_s
                               : u"SELECT name FROM sqlite_schema WHERE type = 'table' "
                                 "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY rowid"_s);
    if (!q)
        return q.problems();
    QStringList names;
    while (q.value().next())
        names << q.value().value(0).toString();
    q.value().finish();
    return names;
}

namespace {
domain::Result<QStringList> tableNames(const QSqlDatabase &db)
{
    const bool postgres = engineOf(db) == Engine::PostgreSQL;
    // PostgreSQL's oids grow with creation, like SQLite's rowids in sqlite_schema: parents first.
    auto q = exec(db, postgres ? u"SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                 "WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY c.oid"_s
                               : u"SELECT name FROM sqlite_schema WHERE type = 'table' "
                                 "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY rowid"_s);
    if (!q)
        return q.problems();
    QStringList names;
    while (q.value().next())
        if (!isDerivedTable(q.value().value(0).toString()))
            names << q.value().value(0).toString();
    if (auto s = readEnded(q.value()); !s)
        return s.problems();
    q.value().finish();
    return names;
}

domain::Status describeSqlite(const QSqlDatabase &db, SchemaTable &t)
{
    auto info = exec(db, u"SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid"_s, {t.name});
    if (!info)
        return info.problems();
    int keyColumns = 0;
    while (info.value().next()) {
        const QString column = info.value().value(0).toString();
        t.columns << column;
        if (info.value().value(2).toInt() > 0) {
            ++keyColumns;
            t.primaryKey = column;
            // Only an INTEGER PRIMARY KEY aliases the rowid (which SQLite hands out).
            t.generatedId = column == u"id" && info.value().value(1).toString().compare(u"INTEGER"_s, Qt::CaseInsensitive) == 0;
        }
    }
    if (auto s = readEnded(info.value()); !s)
        return s.problems();
    info.value().finish();
    if (keyColumns != 1) {
        t.primaryKey.clear();
        t.generatedId = false;
    }
    auto keys = exec(db, u"SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?) ORDER BY id"_s, {t.name});
    if (!keys)
        return keys.problems();
    while (keys.value().next())
        t.keys << ForeignKey{keys.value().value(0).toString(), keys.value().value(1).toString()};
    if (auto s = readEnded(keys.value()); !s)
        return s.problems();
    keys.value().finish();
    return domain::success();
}

domain::Status describePostgres(const QSqlDatabase &db, SchemaTable &t)
{
    auto info = exec(db, u"SELECT a.attname, a.attidentity, "
                         "EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = a.attrelid AND i.indisprimary "
                         "AND a.attnum = ANY (i.indkey)) "
                         "FROM pg_attribute a WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped "
                         "ORDER BY a.attnum"_s,
                     {t.name});
    if (!info)
        return info.problems();
    int keyColumns = 0;
    while (info.value().next()) {
        const QString column = info.value().value(0).toString();
        t.columns << column;
        if (info.value().value(2).toBool()) {
            ++keyColumns;
            t.primaryKey = column;
            t.generatedId = !info.value().value(1).toString().isEmpty();
        }
    }
    if (auto s = readEnded(info.value()); !s)
        return s.problems();
    info.value().finish();
    if (keyColumns != 1) {
        t.primaryKey.clear();
        t.generatedId = false;
    }
    auto keys = exec(db, u"SELECT a.attname, r.relname FROM pg_constraint k "
                         "JOIN pg_class r ON r.oid = k.confrelid "
                         "JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1] "
                         "WHERE k.contype = 'f' AND k.conrelid = to_regclass(?) ORDER BY k.oid"_s,
                     {t.name});
    if (!keys)
        return keys.problems();
    while (keys.value().next())
        t.keys << ForeignKey{keys.value().value(0).toString(), keys.value().value(1).toString()};
    if (auto s = readEnded(keys.value()); !s)
        return s.problems();
    keys.value().finish();
    return domain::success();
}
} // namespace

domain::Result<QList<SchemaTable>> schemaTables(const QSqlDatabase &db)
{
    auto names = tableNames(db);
    if (!names)
        return names.problems();
    const bool postgres = engineOf(db) == Engine::PostgreSQL;
    QList<SchemaTable> tables;
    for (const QString &name : names.value()) {
        SchemaTable t;
        t.name = name;
        if (auto s = postgres ? describePostgres(db, t) : describeSqlite(db, t); !s)
            return s.problems();
        tables << t;
    }
    return tables;
}

domain::Result<QString> primaryKeyColumn(const QSqlDatabase &db, const QString &table)
{
    static QMutex mutex;
    static QHash<QString, QString> known;
    {
        QMutexLocker lock(&mutex);
        if (auto it = known.constFind(table); it != known.constEnd())
            return *it;
    }
    SchemaTable t;
    t.name = table;
    if (auto s = engineOf(db) == Engine::PostgreSQL ? describePostgres(db, t) : describeSqlite(db, t); !s)
        return s.problems();
    if (t.primaryKey.isEmpty())
        return storageProblem(QCoreApplication::translate("ecoclaim::Storage", "find the key of table %1").arg(table),
                              u"no single-column primary key"_s);
    QMutexLocker lock(&mutex);
    known.insert(table, t.primaryKey);
    return t.primaryKey;
}

} // namespace ecoclaim::storage
