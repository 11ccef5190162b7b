#pragma once
// Where a test's database lives. The same test executables run against both engines: by default a
// fresh SQLite file in a temporary folder; when ECOCLAIM_TEST_ENGINE=postgresql (scripts/test.sh runs
// the engine suites a second time inside a throw-away cluster from pg_virtualenv, which sets PGHOST,
// PGPORT, PGUSER and PGPASSWORD) a fresh database on that server, created with a UTF-8 locale from
// template0 and dropped when the test is done. A PostgreSQL run without a reachable server fails — it
// never passes by quietly testing SQLite instead.

#include <QAtomicInteger>
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
        if (!admin(u"CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"_s.arg(m_name)))
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

    // What Database::open and `ecoclaim-cli --db` take.
    QString location() const { return m_location; }
    // A folder for the test's other files (exports, scratch copies).
    QString folder() const { return m_dir.path(); }

private:
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
