// Database::open on a PostgreSQL server: a fresh database is migrated to the same tables and columns as
// an SQLite file; reopening changes nothing; a newer, a foreign or a locale-C database is refused and
// left as it was; two desks opening a new database at once migrate it once; a wrong address or password
// gets a clear message. Runs only in the PostgreSQL run (tst_serverdatabase.postgresql): the SQLite side
// of the same promises is tst_database.

#include "core/calendar/workcalendar.h"
#include "core/service/casenotifier.h"
#include "core/service/caseservice.h"
#include "core/service/demoset.h"
#include "core/storage/backup.h"
#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "core/storage/schema.h"
#include "core/storage/sqlquery.h"
#include "tests/common/fingerprint.h"
#include "tests/common/testdatabase.h"

#include <QTemporaryDir>
#include <QTest>
#include <QMutex>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using storage::Database;

namespace {
// A database made by hand on the server, dropped at the end of the test.
class ScratchDatabase
{
public:
    explicit ScratchDatabase(const QString &options = u"TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"_s)
    {
        static int n = 0;
        m_name = u"ecoclaim_s%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(n++);
        m_ok = test::TestDatabase::adminExec(u"CREATE DATABASE %1 %2"_s.arg(m_name, options));
    }
    ~ScratchDatabase() { test::TestDatabase::adminExec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_name)); }
    bool ok() const { return m_ok; }
    QString location() const { return u"postgresql:///"_s + m_name; }
    QString name() const { return m_name; }

private:
    QString m_name;
    bool m_ok = false;
};

// The tables of the server database as "name(col, col…) key=…", to compare with what SQLite has.
QStringList shapeOf(const QSqlDatabase &db)
{
    QStringList out;
    for (const storage::SchemaTable &t : storage::schemaTables(db).value()) {
        if (t.name.startsWith(u"stored_file_"_s))
            continue; // the server keeps the files' bytes in the database (filestore.h); SQLite beside it
        out << u"%1(%2) key=%3 generated=%4"_s.arg(t.name, t.columns.join(u", "_s), t.primaryKey).arg(t.generatedId);
    }
    std::sort(out.begin(), out.end());
    return out;
}
} // namespace

class TestServerDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!test::onPostgres())
            QSKIP("PostgreSQL only (ECOCLAIM_TEST_ENGINE=postgresql)");
    }

    void migratesToTheSameSchemaAsSQLite()
    {
        ScratchDatabase server;
        QVERIFY(server.ok());
        auto opened = Database::open(server.location());
        QVERIFY2(opened, qPrintable(opened.errorString()));
        QCOMPARE(opened.value()->engine(), storage::Engine::PostgreSQL);
        QCOMPARE(opened.value()->versionAtOpen(), 0);
        QCOMPARE(storage::schemaVersion(opened.value()->connection()).value(), storage::latestSchemaVersion());
        QCOMPARE(storage::scalar(opened.value()->connection(), u"SELECT count(*) FROM ecoclaim_schema"_s).value().toInt(), 1);

        QTemporaryDir dir;
        auto file = Database::open(dir.filePath(u"same.db"_s));
        QVERIFY(file);
        QCOMPARE(shapeOf(opened.value()->connection()), shapeOf(file.value()->connection()));
    }

    void reopenChangesNothing()
    {
        ScratchDatabase server;
        QVERIFY(server.ok());
        QMap<QString, QByteArray> before;
        {
            auto opened = Database::open(server.location());
            QVERIFY(opened);
            before = test::contentFingerprint(opened.value()->connection());
        }
        auto again = Database::open(server.location());
        QVERIFY(again);
        QCOMPARE(again.value()->versionAtOpen(), storage::latestSchemaVersion());
        QCOMPARE(test::contentFingerprint(again.value()->connection()), before);
    }

    void refusesNewerDatabaseUnchanged()
    {
        ScratchDatabase server;
        QVERIFY(server.ok());
        const int newer = storage::latestSchemaVersion() + 1;
        QMap<QString, QByteArray> before;
        {
            auto opened = Database::open(server.location());
            QVERIFY(opened);
            QVERIFY(storage::exec(opened.value()->connection(), u"UPDATE ecoclaim_schema SET version = ?"_s, {newer}));
            before = test::contentFingerprint(opened.value()->connection());
        }
        auto refused = Database::open(server.location());
        QVERIFY(!refused);
        QVERIFY2(refused.errorString().contains(u"newer"_s), qPrintable(refused.errorString()));
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QPSQL"_s, u"raw"_s);
        raw.setDatabaseName(server.name());
        QVERIFY(raw.open());
        QCOMPARE(storage::scalar(raw, u"SELECT version FROM ecoclaim_schema"_s).value().toInt(), newer);
        QCOMPARE(test::contentFingerprint(raw), before);
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"raw"_s);
    }

    void refusesForeignDatabaseUnchanged()
    {
        ScratchDatabase server;
        QVERIFY(server.ok());
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QPSQL"_s, u"raw"_s);
            raw.setDatabaseName(server.name());
            QVERIFY(raw.open());
            QVERIFY(storage::exec(raw, u"CREATE TABLE invoices (id BIGINT PRIMARY KEY, amount BIGINT)"_s));
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        auto refused = Database::open(server.location());
        QVERIFY(!refused);
        QVERIFY2(refused.errorString().contains(u"not EcoClaim"_s), qPrintable(refused.errorString()));
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QPSQL"_s, u"raw"_s);
        raw.setDatabaseName(server.name());
        QVERIFY(raw.open());
        QCOMPARE(storage::scalar(raw, u"SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"_s).value().toInt(), 1);
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"raw"_s);
    }

    void refusesADatabaseWhoseLocaleHidesChineseTrigrams()
    {
        // With LC_CTYPE C, pg_trgm finds no trigrams in Chinese text, and every search would silently
        // scan the table: such a database is refused before anything is written.
        ScratchDatabase server(u"TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"_s);
        QVERIFY(server.ok());
        auto refused = Database::open(server.location());
        QVERIFY(!refused);
        QVERIFY2(refused.errorString().contains(u"C.UTF-8"_s), qPrintable(refused.errorString()));
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QPSQL"_s, u"raw"_s);
        raw.setDatabaseName(server.name());
        QVERIFY(raw.open());
        QCOMPARE(storage::scalar(raw, u"SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"_s).value().toInt(), 0);
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"raw"_s);
    }

    void twoDesksOpeningANewDatabaseMigrateItOnce()
    {
        ScratchDatabase server;
        QVERIFY(server.ok());
        std::atomic<int> opened{0};
        QString errors;
        QMutex mutex;
        QList<QThread *> desks;
        for (int i = 0; i < 2; ++i)
            desks << QThread::create([&] {
                auto db = Database::open(server.location());
                if (db)
                    ++opened;
                else {
                    QMutexLocker lock(&mutex);
                    errors += db.errorString();
                }
            });
        for (QThread *t : desks)
            t->start();
        for (QThread *t : desks) {
            t->wait();
            delete t;
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
        QCOMPARE(opened.load(), 2);
        auto db = Database::open(server.location());
        QVERIFY(db);
        QCOMPARE(storage::scalar(db.value()->connection(), u"SELECT count(*) FROM ecoclaim_schema"_s).value().toInt(), 1);
    }

    void backupRestoresToTheSameContent()
    {
        ScratchDatabase server;
        QVERIFY(server.ok());
        auto opened = Database::open(server.location());
        QVERIFY(opened);
        service::CaseNotifier notifier1;
        service::CaseService service(*opened.value(), calendar::WorkCalendar::builtIn(), notifier1);
        QVERIFY(service::loadDemoSet(service, QDate(2026, 11, 28)));
        QTemporaryDir dir;
        const QString dump = dir.filePath(u"bureau.dump"_s);
        auto report = storage::backupTo(opened.value()->connection(), dump);
        QVERIFY2(report, qPrintable(report.errorString()));
        QCOMPARE(report->checkedWith, u"pg_restore"_s);
        QVERIFY(report->cases >= 30);
        // A file that is already there is never overwritten.
        auto again = storage::backupTo(opened.value()->connection(), dump);
        QVERIFY(!again);

        // Restored into an empty database, it is the same register, value for value.
        ScratchDatabase restored;
        QVERIFY(restored.ok());
        const QString pgRestore = QStandardPaths::findExecutable(u"pg_restore"_s);
        QVERIFY2(!pgRestore.isEmpty(), "pg_restore is needed (postgresql-client)");
        QProcess p;
        p.start(pgRestore, {u"--no-owner"_s, u"-d"_s, restored.name(), dump});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        auto back = Database::open(restored.location());
        QVERIFY2(back, qPrintable(back.errorString()));
        QCOMPARE(test::contentFingerprint(back.value()->connection(), test::Derived::Include),
                 test::contentFingerprint(opened.value()->connection(), test::Derived::Include));
    }

    void badAddressOrPasswordIsAClearMessage()
    {
        auto noName = Database::open(u"postgresql://localhost:5432"_s);
        QVERIFY(!noName);
        QVERIFY2(noName.errorString().contains(u"postgresql://USER@HOST:PORT/DATABASE"_s), qPrintable(noName.errorString()));

        ScratchDatabase server;
        QVERIFY(server.ok());
        // A login that does not exist (with any password) is refused by the server; the message names the
        // database and never repeats the password.
        auto wrong = Database::open(u"postgresql://nobody_here@/%1"_s.arg(server.name()), u"s3cret-password"_s);
        QVERIFY(!wrong);
        QVERIFY2(wrong.errorString().contains(server.name()), qPrintable(wrong.errorString()));
        QVERIFY(!wrong.errorString().contains(u"s3cret-password"_s));

        // A login that exists, with a wrong password: the problem names the password, which is how the
        // window knows to ask for one (app/window/main.cpp), and the right one opens.
        test::TestDatabase::adminExec(u"DROP ROLE IF EXISTS ecoclaim_pw_probe"_s); // left by a killed run, if any
        QVERIFY(test::TestDatabase::adminExec(u"CREATE ROLE ecoclaim_pw_probe LOGIN PASSWORD 'right-one'"_s));
        {
            ScratchDatabase own;
            QVERIFY(own.ok());
            QVERIFY(test::TestDatabase::adminExec(u"ALTER DATABASE %1 OWNER TO ecoclaim_pw_probe"_s.arg(own.name())));
            const QString address = u"postgresql://ecoclaim_pw_probe@%1/%2"_s.arg(qEnvironmentVariable("PGHOST", u"localhost"_s), own.name());
            auto refused = Database::open(address, u"not-the-one"_s);
            QVERIFY2(!refused, "the server accepted a wrong password: its pg_hba.conf does not ask for one on this connection");
            QCOMPARE(refused.problems().list().first().field, u"password"_s);
            QVERIFY(!refused.errorString().contains(u"not-the-one"_s));
            auto right = Database::open(address, u"right-one"_s);
            QVERIFY2(right, qPrintable(right.errorString()));
        } // the database dropped, the role owns nothing more
        QVERIFY(test::TestDatabase::adminExec(u"DROP ROLE ecoclaim_pw_probe"_s));
    }
};

QTEST_GUILESS_MAIN(TestServerDatabase)
#include "tst_serverdatabase.moc"
