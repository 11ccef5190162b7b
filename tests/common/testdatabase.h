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
        if (!m_name.isEmpty())
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
