// Database::open and the migrations: how a file is configured (WAL, FULL, foreign keys, busy timeout),
// that reopening changes nothing, that a file this program must not touch — newer, foreign, not SQLite
// at all — is refused with a clear message and left byte for byte as it was, that migration scripts
// are split into whole statements, and that every earlier schema version (a fixture file per version,
// tests/storage/fixtures/schema-vN.db, made by make-fixtures.sh) migrates to the latest with its data.
//
// Files are hashed with QFile only while no connection is open on them (docs/PITFALLS.md §10).

#include "core/calendar/workcalendar.h"
#include "core/service/casenotifier.h"
#include "core/service/caseservice.h"
#include "core/storage/auditlog.h"
#include "core/storage/caselist.h"
#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "core/storage/sqlquery.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using storage::Database;

namespace {

const QDate Today(2025, 6, 30);

QString fixturesDir() { return QStringLiteral(ECOCLAIM_SOURCE_DIR) + u"/tests/storage/fixtures"_s; }

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

// Every file in the folder with its size: shows that no -wal, -shm or -journal was left behind.
QStringList listing(const QString &dir)
{
    QStringList out;
    for (const QFileInfo &i : QDir(dir).entryInfoList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name))
        out << u"%1 %2"_s.arg(i.fileName()).arg(i.size());
    return out;
}

// A bare QSQLITE connection, without anything Database::open does, for making and inspecting files.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(u"raw-%1"_s.arg(QRandomGenerator::global()->generate64()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        m_ok = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(RawConnection)
    bool ok() const { return m_ok; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool run(const QString &sql)
    {
        QSqlQuery q(db());
        if (!q.exec(sql)) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
        return true;
    }
    QVariant value(const QString &sql) const
    {
        QSqlQuery q(db());
        if (q.exec(sql) && q.next())
            return q.value(0);
        return {};
    }

private:
    QString m_name;
    bool m_ok = false;
};

QVariant pragma(const Database &db, const QString &name)
{
    auto v = storage::scalar(db.connection(), u"PRAGMA "_s + name);
    return v ? v.value() : QVariant();
}

QJsonObject clue(const QString &title)
{
    return {{u"cmd"_s, u"register_clue"_s},   {u"title"_s, title},
            {u"district"_s, u"310115"_s},     {u"unit"_s, u"district_ecology"_s},
            {u"channel"_s, u"inspection"_s},  {u"received_on"_s, u"2025-03-01"_s},
            {u"site"_s, u"浦东新区川沙路1号"_s}, {u"description"_s, u"暗管排放含铬废水"_s}};
}

// Row counts of every ordinary table, FTS tables and their shadow tables left out (a migration may
// rebuild an index).
QMap<QString, qint64> tableCounts(const QSqlDatabase &db)
{
    QStringList virtualTables, tables;
    QSqlQuery q(db);
    q.exec(u"SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"_s);
    while (q.next()) {
        if (q.value(1).toString().startsWith(u"CREATE VIRTUAL"_s))
            virtualTables << q.value(0).toString();
        else
            tables << q.value(0).toString();
    }
    QMap<QString, qint64> counts;
    for (const QString &t : std::as_const(tables)) {
        bool shadow = false;
        for (const QString &v : std::as_const(virtualTables))
            shadow = shadow || t.startsWith(v + u'_');
        if (shadow)
            continue;
        QSqlQuery c(db);
        c.exec(u"SELECT count(*) FROM \"%1\""_s.arg(t));
        counts.insert(t, c.next() ? c.value(0).toLongLong() : -1);
    }
    return counts;
}

// Rows of a table as text, in rowid order, for before/after comparisons.
QStringList rowsOf(const QSqlDatabase &db, const QString &sql)
{
    QStringList rows;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return {u"<error: %1>"_s.arg(q.lastError().text())};
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << q.value(i).toString();
        rows << cells.join(u'|');
    }
    return rows;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void migrationsAreNumberedFromOne();
    void openCreatesConfiguredFile_data();
    void openCreatesConfiguredFile();
    void reopenIsIdempotent();
    void refusesNewerDatabaseUnchanged_data();
    void refusesNewerDatabaseUnchanged();
    void refusesForeignFileUnchanged_data();
    void refusesForeignFileUnchanged();
    void refusesFolder();
    void splitStatements_data();
    void splitStatements();
    void splitsTheRealMigrations();
    void fixturesCoverEveryEarlierVersion();
    void splitsThePostgresMigrations_data();
    void splitsThePostgresMigrations();
    void splitsTheRealPostgresMigrations();
    void migratesFixture_data();
    void migratesFixture();
};

void TestDatabase::migrationsAreNumberedFromOne()
{
    const auto &list = storage::migrations();
    QVERIFY(!list.isEmpty());
    QCOMPARE(storage::latestSchemaVersion(), int(list.size()));
    for (qsizetype i = 0; i < list.size(); ++i) {
        QCOMPARE(list.at(i).version, int(i + 1));
        QVERIFY2(QFile::exists(list.at(i).resource), qPrintable(list.at(i).resource));
    }
    // PostgreSQL's folder is the twin of SQLite's: the same numbers and names, so both engines reach the
    // same schema version through the same steps.
    const auto &postgres = storage::migrations(storage::Engine::PostgreSQL);
    QCOMPARE(postgres.size(), list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        QCOMPARE(postgres.at(i).version, list.at(i).version);
        QCOMPARE(postgres.at(i).name, list.at(i).name);
        QVERIFY2(QFile::exists(postgres.at(i).resource), qPrintable(postgres.at(i).resource));
    }
}

void TestDatabase::openCreatesConfiguredFile_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::newRow("plain") << u"ecoclaim.db"_s;
    QTest::newRow("missing folders are created") << u"a/b/c/ecoclaim.db"_s;
    QTest::newRow("Chinese path") << u"生态环境损害/案件库.db"_s;
}

void TestDatabase::openCreatesConfiguredFile()
{
    QFETCH(QString, relativePath);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(relativePath);
    QVERIFY(!QFile::exists(path));
    {
        auto opened = Database::open(path);
        QVERIFY2(opened, qPrintable(opened.errorString()));
        const Database &db = *opened.value();
        QVERIFY(QFile::exists(path));
        QCOMPARE(QFileInfo(db.path()).canonicalFilePath(), QFileInfo(path).canonicalFilePath());

        QCOMPARE(pragma(db, u"journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(pragma(db, u"synchronous"_s).toInt(), 2); // FULL
        QCOMPARE(pragma(db, u"foreign_keys"_s).toInt(), 1);
        QVERIFY2(pragma(db, u"busy_timeout"_s).toInt() >= 1000, qPrintable(pragma(db, u"busy_timeout"_s).toString()));
        QCOMPARE(pragma(db, u"user_version"_s).toInt(), storage::latestSchemaVersion());
        QCOMPARE(storage::schemaVersion(db.connection()).value(), storage::latestSchemaVersion());

        for (const QString &table : {u"cases"_s, u"parties"_s, u"timeline"_s, u"audit_log"_s, u"case_fts"_s, u"case_grams"_s})
            QVERIFY2(storage::scalar(db.connection(), u"SELECT count(*) FROM sqlite_schema WHERE name = ?"_s, {table})
                             .value().toInt() == 1,
                     qPrintable(table));

        // Foreign keys are not just reported on: a party of a case that does not exist is refused (and
        // the failed statement is logged with its error).
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"exec failed: .*FOREIGN KEY constraint failed"_s));
        auto orphan = storage::exec(db.connection(),
                                    u"INSERT INTO parties(case_id, seq, kind, name) VALUES(4242, 1, 'company', 'x')"_s);
        QVERIFY(!orphan);
        QVERIFY2(orphan.errorString().contains(u"FOREIGN KEY"_s, Qt::CaseInsensitive), qPrintable(orphan.errorString()));
    }
    // WAL is a property of the file: a connection that sets nothing sees it too.
    RawConnection raw(path);
    QVERIFY(raw.ok());
    QCOMPARE(raw.value(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
}

void TestDatabase::reopenIsIdempotent()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ecoclaim.db"_s);
    const QString schemaSql = u"SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name"_s;
    QStringList schema, cases, audit;
    {
        auto opened = Database::open(path);
        QVERIFY2(opened, qPrintable(opened.errorString()));
        service::CaseNotifier serviceNotifier;
        service::CaseService service(*opened.value(), calendar::WorkCalendar::builtIn(), serviceNotifier);
        auto outcome = service.execute(clue(u"崇明东滩湿地非法采砂案"_s), u"tester"_s, Today);
        QVERIFY2(outcome, qPrintable(outcome.errorString()));
        QCOMPARE(outcome->caseNumber, u"2025-310115-0001"_s);
        schema = rowsOf(opened.value()->connection(), schemaSql);
        cases = rowsOf(opened.value()->connection(), u"SELECT * FROM cases ORDER BY id"_s);
        audit = rowsOf(opened.value()->connection(), u"SELECT * FROM audit_log ORDER BY id"_s);
    }
    QVERIFY(schema.size() > 20);
    QCOMPARE(cases.size(), 1);
    QCOMPARE(audit.size(), 1);

    for (int round = 0; round < 3; ++round) {
        auto opened = Database::open(path);
        QVERIFY2(opened, qPrintable(opened.errorString()));
        const QSqlDatabase db = opened.value()->connection();
        QCOMPARE(storage::schemaVersion(db).value(), storage::latestSchemaVersion());
        QCOMPARE(rowsOf(db, schemaSql), schema);
        QCOMPARE(rowsOf(db, u"SELECT * FROM cases ORDER BY id"_s), cases);
        QCOMPARE(rowsOf(db, u"SELECT * FROM audit_log ORDER BY id"_s), audit);
        auto report = storage::audit::verify(db);
        QVERIFY(report);
        QVERIFY(report->intact());
        QCOMPARE(report->entries, 1);
        // Migrating again by hand is a no-op too.
        QVERIFY(storage::migrate(db));
        QCOMPARE(rowsOf(db, schemaSql), schema);
    }
}

void TestDatabase::refusesNewerDatabaseUnchanged_data()
{
    QTest::addColumn<bool>("ecoclaimWal");
    QTest::addColumn<int>("ahead");
    // A newer EcoClaim's file in WAL mode, as it would really be; and a plain rollback-journal file.
    QTest::newRow("EcoClaim file, WAL, one version ahead") << true << 1;
    QTest::newRow("EcoClaim file, WAL, 41 versions ahead") << true << 41;
    QTest::newRow("rollback journal, 41 versions ahead") << false << 41;
}

void TestDatabase::refusesNewerDatabaseUnchanged()
{
    QFETCH(bool, ecoclaimWal);
    QFETCH(int, ahead);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"future.db"_s);
    const int latest = storage::latestSchemaVersion();
    const int newer = latest + ahead;
    if (ecoclaimWal) {
        auto opened = Database::open(path);
        QVERIFY2(opened, qPrintable(opened.errorString()));
        service::CaseNotifier serviceNotifier;
        service::CaseService service(*opened.value(), calendar::WorkCalendar::builtIn(), serviceNotifier);
        QVERIFY(service.execute(clue(u"未来版本的案件"_s), u"tester"_s, Today));
        QVERIFY(storage::exec(opened.value()->connection(), u"PRAGMA user_version = %1"_s.arg(newer)));
    } else {
        RawConnection raw(path);
        QVERIFY(raw.ok());
        QVERIFY(raw.run(u"CREATE TABLE cases(id INTEGER PRIMARY KEY, title TEXT, hologram BLOB)"_s));
        QVERIFY(raw.run(u"INSERT INTO cases(title) VALUES('来自未来')"_s));
        QVERIFY(raw.run(u"PRAGMA user_version = %1"_s.arg(newer)));
    }
    const QByteArray before = fileHash(path);
    const QStringList filesBefore = listing(dir.path());
    QVERIFY(!before.isEmpty());

    {
        auto opened = Database::open(path);
        QVERIFY(!opened);
        const QString message = opened.errorString();
        QVERIFY2(message.contains(QRegularExpression(u"\\b%1\\b"_s.arg(newer))), qPrintable(message));
        QVERIFY2(message.contains(QRegularExpression(u"\\b%1\\b"_s.arg(latest))), qPrintable(message));
        QVERIFY2(message.contains(u"newer"_s), qPrintable(message));
    }

    QCOMPARE(fileHash(path), before);
    QCOMPARE(listing(dir.path()), filesBefore);
    RawConnection raw(path);
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), newer);
}

void TestDatabase::refusesForeignFileUnchanged_data()
{
    QTest::addColumn<QByteArray>("content"); // written as is; empty: an SQLite file made by `sqlSetup`
    QTest::addColumn<QStringList>("sqlSetup");
    QTest::addColumn<QString>("expectedPhrase");

    QRandomGenerator random(20250630);
    QByteArray noise(4096, Qt::Uninitialized);
    random.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
    QTest::newRow("random bytes") << noise << QStringList() << u"not an EcoClaim database"_s;
    QTest::newRow("text file") << u"案件台账\n2025-310115-0001, 川沙路暗管排放\n"_s.toUtf8() << QStringList()
                               << u"not an EcoClaim database"_s;
    QTest::newRow("one-line text") << QByteArray("hello\n") << QStringList() << u"not an EcoClaim database"_s;
    QTest::newRow("SQLite of another program") << QByteArray()
                                               << QStringList{u"CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT)"_s,
                                                              u"INSERT INTO customers(name) VALUES('张三'), ('李四')"_s}
                                               << u"not one of EcoClaim's"_s;
    QTest::newRow("SQLite of another program, WAL") << QByteArray()
                                                    << QStringList{u"PRAGMA journal_mode = WAL"_s,
                                                                   u"CREATE TABLE notes(body TEXT)"_s,
                                                                   u"INSERT INTO notes VALUES('keep me')"_s}
                                                    << u"not one of EcoClaim's"_s;
    QTest::newRow("SQLite with only a view") << QByteArray()
                                             << QStringList{u"CREATE VIEW v AS SELECT 1 AS one"_s}
                                             << u"not one of EcoClaim's"_s;
}

void TestDatabase::refusesForeignFileUnchanged()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, sqlSetup);
    QFETCH(QString, expectedPhrase);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"someone-elses.db"_s);
    if (sqlSetup.isEmpty()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(content), content.size());
    } else {
        RawConnection raw(path);
        QVERIFY(raw.ok());
        for (const QString &sql : sqlSetup)
            QVERIFY(raw.run(sql));
        QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), 0);
    }
    const QByteArray before = fileHash(path);
    const QStringList filesBefore = listing(dir.path());

    {
        if (sqlSetup.isEmpty())
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"exec failed: .*user_version.*file is not a database"_s));
        auto opened = Database::open(path);
        QVERIFY2(!opened, "a file that is not EcoClaim's was accepted");
        const QString message = opened.errorString();
        QVERIFY2(message.contains(expectedPhrase), qPrintable(message));
        QVERIFY2(message.contains(path), qPrintable(message)); // says which file
    }

    QCOMPARE(fileHash(path), before);
    QCOMPARE(listing(dir.path()), filesBefore);
}

void TestDatabase::refusesFolder()
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.path());
    QVERIFY(!opened);
    QVERIFY2(opened.errorString().contains(u"folder"_s), qPrintable(opened.errorString()));
    QVERIFY(QDir(dir.path()).isEmpty());
}

void TestDatabase::splitStatements_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("expectedStarts"); // how each statement begins (after leading comments)
    QTest::addColumn<QString>("check");              // a query on the result that must return 1

    QTest::newRow("trigger with inner semicolons")
        << u"CREATE TABLE t(x);\n"
           "CREATE TRIGGER t_no_update BEFORE UPDATE ON t\n"
           "BEGIN\n"
           "    SELECT RAISE(ABORT, 't is append-only; really');\n"
           "    SELECT 1;\n"
           "END;\n"
           "CREATE INDEX t_by_x ON t(x);\n"_s
        << QStringList{u"CREATE TABLE t"_s, u"CREATE TRIGGER t_no_update"_s, u"CREATE INDEX"_s}
        << u"SELECT count(*) = 1 FROM sqlite_schema WHERE type = 'trigger' AND sql LIKE '%SELECT 1;%END'"_s;
    QTest::newRow("semicolon inside a string over two lines")
        << u"CREATE TABLE t(x);\nINSERT INTO t VALUES('a;\nb');\n"_s
        << QStringList{u"CREATE TABLE"_s, u"INSERT INTO"_s} << u"SELECT x = 'a;' || char(10) || 'b' FROM t"_s;
    QTest::newRow("comments only are skipped")
        << u"-- Schema version 9: nothing yet.\n\n-- TODO; later\nCREATE TABLE t(x);\n-- trailing note\n"_s
        << QStringList{u"CREATE TABLE"_s} << u"SELECT count(*) = 1 FROM sqlite_schema"_s;
    QTest::newRow("comment after the semicolon")
        << u"CREATE TABLE t(x); -- the first table\nCREATE TABLE u(y);\n"_s
        << QStringList{u"CREATE TABLE t"_s, u"CREATE TABLE u"_s} << u"SELECT count(*) = 2 FROM sqlite_schema"_s;
    QTest::newRow("two statements on one line")
        << u"CREATE TABLE t(x); CREATE TABLE u(y);\n"_s
        << QStringList{u"CREATE TABLE t"_s, u"CREATE TABLE u"_s} << u"SELECT count(*) = 2 FROM sqlite_schema"_s;
    QTest::newRow("no final newline") << u"CREATE TABLE t(x);"_s << QStringList{u"CREATE TABLE t"_s}
                                      << u"SELECT count(*) = 1 FROM sqlite_schema"_s;
    // A forgotten final ';' must not make the statement vanish while the version is bumped anyway.
    QTest::newRow("last statement without semicolon")
        << u"CREATE TABLE t(x);\nCREATE TABLE u(y)\n"_s << QStringList{u"CREATE TABLE t"_s, u"CREATE TABLE u"_s}
        << u"SELECT count(*) = 2 FROM sqlite_schema"_s;
}

void TestDatabase::splitStatements()
{
    QFETCH(QString, script);
    QFETCH(QStringList, expectedStarts);
    QFETCH(QString, check);

    const QStringList statements = storage::splitStatements(script);
    QStringList starts;
    for (const QString &s : statements) {
        QString code;
        for (const QString &line : s.split(u'\n'))
            if (!line.trimmed().startsWith(u"--"_s))
                code += line.trimmed() + u'\n';
        starts << code.trimmed();
    }
    QCOMPARE(statements.size(), expectedStarts.size());
    for (qsizetype i = 0; i < statements.size(); ++i)
        QVERIFY2(starts.at(i).startsWith(expectedStarts.at(i)), qPrintable(statements.at(i)));

    // Each piece must run on its own through the one way EcoClaim runs SQL.
    QTemporaryDir dir;
    RawConnection raw(dir.filePath(u"split.db"_s));
    QVERIFY(raw.ok());
    for (const QString &s : statements) {
        auto q = storage::exec(raw.db(), s);
        QVERIFY2(q, qPrintable(s + u"\n→ "_s + q.errorString()));
    }
    QCOMPARE(raw.value(check).toInt(), 1);
}

void TestDatabase::splitsTheRealMigrations()
{
    for (const storage::Migration &m : storage::migrations()) {
        QFile f(m.resource);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString script = QString::fromUtf8(f.readAll());
        const QStringList statements = storage::splitStatements(script);
        QVERIFY2(!statements.isEmpty(), qPrintable(m.resource));
        // Every CREATE in the file starts exactly one statement; triggers stay whole.
        const qsizetype creates = script.count(QRegularExpression(u"^CREATE "_s, QRegularExpression::MultilineOption));
        qsizetype startsWithCreate = 0;
        for (const QString &s : statements) {
            QString code;
            for (const QString &line : s.split(u'\n'))
                if (!line.trimmed().startsWith(u"--"_s))
                    code += line + u'\n';
            if (code.trimmed().startsWith(u"CREATE "_s))
                ++startsWithCreate;
        }
        QCOMPARE(startsWithCreate, creates);
        // A trigger's body is one statement with it, however many ';' it holds (0015's bodies are UPDATEs).
        for (const QString &s : statements)
            if (s.contains(u"CREATE TRIGGER"_s)) {
                QVERIFY2(s.contains(u"\nBEGIN\n"_s) && s.endsWith(u"END;"_s) && s.count(u"CREATE TRIGGER"_s) == 1, qPrintable(s));
            }
    }
}

void TestDatabase::splitsThePostgresMigrations_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("two statements") << u"CREATE TABLE t (a TEXT);\nCREATE TABLE u (b TEXT);"_s
                                    << QStringList{u"CREATE TABLE t (a TEXT);"_s, u"CREATE TABLE u (b TEXT);"_s};
    QTest::newRow("semicolon in a string") << u"INSERT INTO t VALUES ('a;b');SELECT 1;"_s
                                           << QStringList{u"INSERT INTO t VALUES ('a;b');"_s, u"SELECT 1;"_s};
    QTest::newRow("quote doubled in a string") << u"SELECT 'it''s; fine';SELECT 2;"_s
                                               << QStringList{u"SELECT 'it''s; fine';"_s, u"SELECT 2;"_s};
    QTest::newRow("dollar-quoted body") << u"CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  RAISE EXCEPTION 'no';\nEND;\n$$;\nSELECT 3;"_s
                                        << QStringList{u"CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  RAISE EXCEPTION 'no';\nEND;\n$$;"_s, u"SELECT 3;"_s};
    QTest::newRow("tagged dollar quote") << u"DO $body$ BEGIN PERFORM 1; END $body$;"_s
                                         << QStringList{u"DO $body$ BEGIN PERFORM 1; END $body$;"_s};
    QTest::newRow("comments") << u"-- a; comment\nSELECT 4; /* b; c */ SELECT 5;\n-- trailing;"_s
                              << QStringList{u"-- a; comment\nSELECT 4;"_s, u"/* b; c */ SELECT 5;"_s};
    QTest::newRow("last without semicolon") << u"SELECT 6"_s << QStringList{u"SELECT 6"_s};
}

void TestDatabase::splitsThePostgresMigrations()
{
    QFETCH(QString, script);
    QFETCH(QStringList, expected);
    QCOMPARE(storage::splitPostgresStatements(script), expected);
}

void TestDatabase::splitsTheRealPostgresMigrations()
{
    for (const storage::Migration &m : storage::migrations(storage::Engine::PostgreSQL)) {
        QFile f(m.resource);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString script = QString::fromUtf8(f.readAll());
        const QStringList statements = storage::splitPostgresStatements(script);
        const qsizetype creates = script.count(QRegularExpression(u"^CREATE "_s, QRegularExpression::MultilineOption));
        QVERIFY2(!statements.isEmpty(), qPrintable(m.resource));
        qsizetype startsWithCreate = 0;
        for (const QString &s : statements) {
            QString code;
            for (const QString &line : s.split(u'\n'))
                if (!line.trimmed().startsWith(u"--"_s))
                    code += line + u'\n';
            if (code.trimmed().startsWith(u"CREATE "_s))
                ++startsWithCreate;
            if (s.contains(u"CREATE FUNCTION"_s))
                QVERIFY2(s.trimmed().endsWith(u"$$;"_s), qPrintable(s)); // the body stayed whole
        }
        QCOMPARE(startsWithCreate, creates);
    }
}

void TestDatabase::fixturesCoverEveryEarlierVersion()
{
    // Adding migration N+1 means: run make-fixtures.sh with the program that still has N *before*
    // adding the migration — or check out the previous commit — and commit schema-vN.db.
    for (int v = 0; v < storage::latestSchemaVersion(); ++v) {
        const QString path = fixturesDir() + u"/schema-v%1.db"_s.arg(v);
        QVERIFY2(QFile::exists(path), qPrintable(u"missing fixture %1 (see make-fixtures.sh)"_s.arg(path)));
    }
    QCOMPARE(QFileInfo(fixturesDir() + u"/schema-v0.db"_s).size(), 0); // v0 is a genuinely empty file
}

void TestDatabase::migratesFixture_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("version");
    static const QRegularExpression name(u"^schema-v(\\d+)\\.db$"_s);
    for (const QString &f : QDir(fixturesDir()).entryList({u"schema-v*.db"_s}, QDir::Files, QDir::Name)) {
        const auto m = name.match(f);
        if (m.hasMatch())
            QTest::newRow(qPrintable(f)) << QDir(fixturesDir()).filePath(f) << m.captured(1).toInt();
    }
}

void TestDatabase::migratesFixture()
{
    QFETCH(QString, fixture);
    QFETCH(int, version);
    QVERIFY2(version <= storage::latestSchemaVersion(), "a fixture is newer than this program");
    const QByteArray fixtureHash = fileHash(fixture);

    QTemporaryDir dir;
    const QString copy = dir.filePath(u"copy.db"_s);
    QVERIFY(QFile::copy(fixture, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    // What the old file holds, read before migrating. Columns every version keeps: ids, numbers, titles,
    // the audit chain.
    QStringList cases, audit;
    qint64 parties = 0, timeline = 0;
    QMap<QString, qint64> counts;
    if (version == 0) {
        // An empty file is no database (issue 15): refused, never silently made one.
        QCOMPARE(QFileInfo(copy).size(), 0);
        auto opened = Database::open(copy);
        QVERIFY(!opened);
        QVERIFY2(opened.errorString().contains(u"not an EcoClaim database"_s), qPrintable(opened.errorString()));
        QCOMPARE(QFileInfo(copy).size(), 0);
        QVERIFY(!QFileInfo::exists(copy + u"-wal"_s));
        return;
    } else {
        RawConnection raw(copy);
        QVERIFY(raw.ok());
        QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), version);
        QCOMPARE(raw.value(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        cases = rowsOf(raw.db(), u"SELECT id, case_no, title, stage FROM cases ORDER BY id"_s);
        audit = rowsOf(raw.db(), u"SELECT id, command, hash FROM audit_log ORDER BY id"_s);
        parties = raw.value(u"SELECT count(*) FROM parties"_s).toLongLong();
        timeline = raw.value(u"SELECT count(*) FROM timeline"_s).toLongLong();
        counts = tableCounts(raw.db());
        QVERIFY2(!cases.isEmpty(), "a fixture of a real schema must hold at least one case");
    }

    {
        auto opened = Database::open(copy);
        QVERIFY2(opened, qPrintable(opened.errorString()));
        Database &db = *opened.value();
        const QSqlDatabase c = db.connection();
        QCOMPARE(storage::schemaVersion(c).value(), storage::latestSchemaVersion());
        QCOMPARE(storage::scalar(c, u"PRAGMA integrity_check"_s).value().toString(), u"ok"_s);
        QCOMPARE(rowsOf(c, u"SELECT id, case_no, title, stage FROM cases ORDER BY id"_s), cases);
        QCOMPARE(rowsOf(c, u"SELECT id, command, hash FROM audit_log ORDER BY id"_s), audit);
        QCOMPARE(storage::scalar(c, u"SELECT count(*) FROM parties"_s).value().toLongLong(), parties);
        QCOMPARE(storage::scalar(c, u"SELECT count(*) FROM timeline"_s).value().toLongLong(), timeline);
        // Every table the old file had is still there with all its rows. A migration that drops or
        // reshapes a table on purpose says so here, table by table.
        const QMap<QString, qint64> countsAfter = tableCounts(c);
        for (auto it = counts.begin(); it != counts.end(); ++it)
            QVERIFY2(countsAfter.value(it.key(), -1) == it.value(),
                     qPrintable(u"table %1: %2 rows before migrating, %3 after"_s.arg(it.key()).arg(it.value()).arg(countsAfter.value(it.key(), -1))));
        auto report = storage::audit::verify(c);
        QVERIFY(report);
        QVERIFY2(report->intact(), qPrintable(report->message));
        QCOMPARE(report->entries, qint64(audit.size()));

        // The migrated file is fully usable: listed, found, and changed through the service.
        QCOMPARE(storage::countCases(c, {}).value(), qint64(cases.size()));
        for (const QString &row : cases) {
            const QString title = row.section(u'|', 2, 2);
            storage::CaseListFilter byTitle;
            byTitle.search = title.left(2);
            QVERIFY2(storage::countCases(c, byTitle).value() >= 1, qPrintable(title));
        }
        service::CaseNotifier serviceNotifier;
        service::CaseService service(db, calendar::WorkCalendar::builtIn(), serviceNotifier);
        auto added = service.execute(clue(u"迁移后新登记的线索"_s), u"tester"_s, Today);
        QVERIFY2(added, qPrintable(added.errorString()));
        auto after = storage::audit::verify(c);
        QVERIFY(after && after->intact());
        QCOMPARE(after->entries, qint64(audit.size()) + 1);
    }
    QCOMPARE(fileHash(fixture), fixtureHash); // the committed fixture itself is never touched
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
