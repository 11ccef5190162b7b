#pragma once
// Where a test's database lives. The same test executables run against both engines: by default a
// fresh SQLite file in a temporary folder; when ECOCLAIM_TEST_ENGINE=postgresql (scripts/test.sh runs
// the engine suites a second time inside a throw-away cluster from pg_virtualenv, which sets PGHOST,
// PGPORT, PGUSER and PGPASSWORD) a fresh database on that server, dropped when the test is done. It is
// copied from a template database that holds the current schema (made once per set of migrations, by the
// first test process that needs it, under an advisory lock): creating a database and migrating it took
// ~1.5 s per test, the copy ~0.5 s. A PostgreSQL run without a reachable server fails — it never passes by
// quietly testing SQLite instead.

#include "core/storage/database.h"
#include "core/storage/migrations.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QFile>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

namespace ecoclaim::test {

using namespace Qt::StringLiterals;

// True when this run is for PostgreSQL.
inline bool onPostgres()
{
    return qEnvironmentVariable("ECOCLAIM_TEST_ENGINE") == u"postgresql";
}

// For the few checks that are about one engine's mechanics (SQLite's WAL pragmas, a fixture file).
#define ECOCLAIM_SQLITE_ONLY(why)                                                                                    \
    do {                                                                                                             \
        if (::ecoclaim::test::onPostgres())                                                                          \
            QSKIP("SQLite only: " why);                                                                              \
    } while (false)

class TestDatabase
{
public:
    explicit TestDatabase(const QString &fileName = u"test.db"_s)
    {
        if (!onPostgres()) {
            Q_ASSERT(m_dir.isValid());
            m_location = m_dir.filePath(fileName);
            return;
        }
        if (!pool().isEmpty()) {
            m_name = pool().takeLast();
            m_location = u"postgresql:///"_s + m_name;
            return;
        }
        static QAtomicInteger<int> counter;
        m_name = u"ecoclaim_t%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
        if (!admin(u"CREATE DATABASE %1 TEMPLATE %2"_s.arg(m_name, templateName())))
            qFatal("ECOCLAIM_TEST_ENGINE=postgresql but no database could be created on the server (PGHOST=%s PGPORT=%s): "
                   "run the tests under pg_virtualenv, as scripts/test.sh does",
                   qPrintable(qEnvironmentVariable("PGHOST")), qPrintable(qEnvironmentVariable("PGPORT")));
        // Host, port, user and password from the environment, as libpq reads them.
        m_location = u"postgresql:///"_s + m_name;
    }
    ~TestDatabase()
    {
        if (m_name.isEmpty())
            return;
        if (emptied(m_name))
            pool() << m_name; // the next test of this process starts from it, as good as new
        else
            admin(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_name));
    }
    Q_DISABLE_COPY_MOVE(TestDatabase)

    // Runs one statement on the server's maintenance database (creating or dropping databases).
    static bool adminExec(const QString &sql) { return admin(sql); }

    // What Database::open and `ecoclaim-cli --db` take.
    QString location() const { return m_location; }
    // A folder for the test's other files (exports, scratch copies).
    QString folder() const { return m_dir.path(); }

private:
    // Databases of this process that a finished test left as new: copying the template costs ~0.5 s on
    // a busy machine, emptying a used database ~0.05 s. (Left on the server when the process ends; the
    // cluster of a test run is thrown away with it.)
    static QStringList &pool()
    {
        static QStringList free;
        return free;
    }

    // What a test could have changed besides rows: tables, columns, triggers, functions, the version.
    static QString shapeOf(QSqlDatabase &db)
    {
        QSqlQuery q(db);
        q.exec(u"SELECT md5(string_agg(x, ',' ORDER BY x)) FROM ("
               "SELECT 'c:' || c.relname || ':' || c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
               "WHERE n.nspname = 'public' "
               "UNION ALL SELECT 't:' || tgname || ':' || tgenabled FROM pg_trigger WHERE NOT tgisinternal "
               "UNION ALL SELECT 'p:' || p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' "
               "UNION ALL SELECT 'a:' || c.relname || '.' || a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
               "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND a.attnum > 0 AND NOT a.attisdropped "
               "UNION ALL SELECT 'v:' || version FROM ecoclaim_schema) s(x)"_s);
        return q.next() ? q.value(0).toString() : QString();
    }

    // Empties a used database back to the template's state (every row gone, ids from 1), if nothing but
    // rows was changed; false when it must be dropped instead.
    static bool emptied(const QString &name)
    {
        static const QString templateShape = [] {
            QString shape;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"ecoclaim-test-shape"_s);
                db.setDatabaseName(templateName());
                if (db.open())
                    shape = shapeOf(db);
                db.close();
            }
            QSqlDatabase::removeDatabase(u"ecoclaim-test-shape"_s);
            return shape;
        }();
        admin(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1' AND pid <> pg_backend_pid()"_s.arg(name));
        bool ok = false;
        const QString connection = u"ecoclaim-test-recycle"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
            db.setDatabaseName(name);
            if (db.open() && !templateShape.isEmpty() && shapeOf(db) == templateShape) {
                QSqlQuery q(db);
                QStringList tables, sequences;
                q.exec(u"SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'S') AND c.relname <> 'ecoclaim_schema'"_s);
                while (q.next())
                    (q.value(1).toString() == u"S" ? sequences : tables) << q.value(0).toString();
                // Triggers (the audit log's append-only guard, foreign keys) do not fire in replica mode.
                ok = q.exec(u"BEGIN"_s) && q.exec(u"SET LOCAL session_replication_role = replica"_s);
                for (const QString &t : std::as_const(tables))
                    ok = ok && q.exec(u"DELETE FROM "_s + t);
                for (const QString &sq : std::as_const(sequences))
                    ok = ok && q.exec(u"SELECT setval('%1', 1, false)"_s.arg(sq));
                ok = ok && q.exec(u"COMMIT"_s);
                if (!ok)
                    q.exec(u"ROLLBACK"_s);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return ok;
    }

    // ecoclaim_tpl_<first 12 hex of SHA-256 over the PostgreSQL migrations>, made if missing.
    static QString templateName()
    {
        static const QString name = [] {
            QCryptographicHash hash(QCryptographicHash::Sha256);
            for (const storage::Migration &m : storage::migrations(storage::Engine::PostgreSQL)) {
                QFile f(m.resource);
                if (f.open(QIODevice::ReadOnly))
                    hash.addData(f.readAll());
            }
            const QString tpl = u"ecoclaim_tpl_"_s + QString::fromLatin1(hash.result().toHex().left(12));
            const QString connection = u"ecoclaim-test-template"_s;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
                db.setDatabaseName(u"postgres"_s);
                if (db.open()) {
                    QSqlQuery q(db);
                    q.exec(u"SELECT pg_advisory_lock(4242)"_s); // one process makes it, the others wait
                    q.exec(u"SELECT count(*) FROM pg_database WHERE datname = '%1'"_s.arg(tpl));
                    if (q.next() && q.value(0).toInt() == 0) {
                        const QString building = tpl + u"_new"_s;
                        q.exec(u"DROP DATABASE IF EXISTS %1"_s.arg(building));
                        q.exec(u"CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"_s.arg(building));
                        bool migrated = false;
                        {
                            auto opened = storage::Database::open(u"postgresql:///"_s + building);
                            migrated = opened.ok();
                            if (!migrated)
                                qWarning().noquote() << "template:" << opened.errorString();
                        }
                        if (migrated)
                            q.exec(u"ALTER DATABASE %1 RENAME TO %2"_s.arg(building, tpl));
                    }
                    q.exec(u"SELECT pg_advisory_unlock(4242)"_s);
                    db.close();
                }
            }
            QSqlDatabase::removeDatabase(connection);
            return tpl;
        }();
        return name;
    }

    static bool admin(const QString &sql)
    {
        bool ok = false;
        const QString connection = u"ecoclaim-test-admin"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
            db.setDatabaseName(u"postgres"_s);
            if (db.open()) {
                QSqlQuery q(db);
                ok = q.exec(sql);
                if (!ok)
                    qWarning().noquote() << sql << q.lastError().text();
                db.close();
            } else {
                qWarning().noquote() << "PostgreSQL:" << db.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return ok;
    }

    QTemporaryDir m_dir;
    QString m_location, m_name;
};

} // namespace ecoclaim::test
