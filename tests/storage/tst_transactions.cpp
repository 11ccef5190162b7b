// Write transactions (docs/PITFALLS.md §1) and all-or-nothing commands.
//
// The trap: QSqlDatabase::transaction() issues a plain, deferred BEGIN. In WAL mode a transaction that
// has read and then wants to write after another connection committed fails at once with "database is
// locked" (SQLITE_BUSY_SNAPSHOT) — the busy timeout cannot help. The first test shows the trap exists
// on this platform, so the second (WriteTransaction, BEGIN IMMEDIATE, waits and succeeds) is meaningful.
// Then: two services on two connections writing at once never fail; and a command that is refused, or
// fails after it has already written rows, leaves every table exactly as it was.
// On PostgreSQL (the same suite, ECOCLAIM_TEST_ENGINE=postgresql) the trap does not exist; instead a
// second desk changing the same case waits for the first one's commit on the case's row lock.

#include "core/calendar/workcalendar.h"
#include "core/service/casenotifier.h"
#include "core/service/caseservice.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/storage/sqlquery.h"
#include "core/storage/writetransaction.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QJsonObject>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include "tests/common/fingerprint.h"
#include "tests/common/testdatabase.h"
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using storage::Database;

namespace {

const QDate Today(2025, 6, 30);

QJsonObject clue(const QString &title, const QString &district = u"310115"_s)
{
    return {{u"cmd"_s, u"register_clue"_s}, {u"title"_s, title},
            {u"district"_s, district},      {u"unit"_s, u"district_ecology"_s},
            {u"channel"_s, u"inspection"_s}, {u"received_on"_s, u"2025-03-01"_s},
            {u"site"_s, u"浦东新区川沙路1号"_s}, {u"description"_s, u"暗管排放含铬废水"_s}};
}

std::unique_ptr<Database> openOrFail(const QString &path)
{
    auto opened = Database::open(path);
    if (!opened) {
        qWarning() << opened.errorString();
        return nullptr;
    }
    return std::move(opened).value();
}

// Every table, the search index included, as "rows:hash of its sorted rows": equal fingerprints mean no
// row was added, removed or changed.
QMap<QString, QByteArray> fingerprint(const QSqlDatabase &db)
{
    return test::contentFingerprint(db, test::Derived::Include);
}

// A trigger that makes the next write to `table` fail, in each engine's dialect.
QStringList injectFailure(const QString &when, const QString &table)
{
    if (test::onPostgres())
        return {u"CREATE OR REPLACE FUNCTION inject_failure() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                "RAISE EXCEPTION 'injected failure'; END $$"_s,
                u"CREATE TRIGGER inject %1 ON %2 FOR EACH ROW EXECUTE FUNCTION inject_failure()"_s.arg(when, table)};
    return {u"CREATE TRIGGER inject %1 ON %2 BEGIN SELECT RAISE(ABORT, 'injected failure'); END"_s.arg(when, table)};
}

qint64 count(const QSqlDatabase &db, const QString &table)
{
    return storage::scalar(db, u"SELECT count(*) FROM "_s + table).value().toLongLong();
}

} // namespace

class TestTransactions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void deferredBeginFailsAfterAnotherCommit();
    void immediateBeginWaitsForTheOtherWriter();
    void concurrentServicesNeverFail();
    void failedCommandChangesNothing_data();
    void failedCommandChangesNothing();

private:
    std::unique_ptr<test::TestDatabase> m_dir;
    QString m_path;
};

void TestTransactions::init()
{
    m_dir = std::make_unique<test::TestDatabase>(u"ecoclaim.db"_s);
    m_path = m_dir->location();
}

void TestTransactions::cleanup() { m_dir.reset(); }

void TestTransactions::deferredBeginFailsAfterAnotherCommit()
{
    ECOCLAIM_SQLITE_ONLY("the deferred-BEGIN trap is SQLite's (WAL snapshots)");
    auto a = openOrFail(m_path);
    auto b = openOrFail(m_path);
    QVERIFY(a && b);
    service::CaseNotifier serviceANotifier;
    service::CaseService serviceA(*a, calendar::WorkCalendar::builtIn(), serviceANotifier);
    QVERIFY(serviceA.execute(clue(u"第一件"_s), u"a"_s, Today));

    // B: what QSqlDatabase::transaction() does — a plain BEGIN — then a read.
    QSqlDatabase connB = b->connection();
    QVERIFY(connB.transaction());
    QCOMPARE(count(connB, u"cases"_s), 1);

    // A commits meanwhile: WAL lets a writer through while B only reads.
    QVERIFY(serviceA.execute(clue(u"第二件"_s), u"a"_s, Today));

    // B now wants to write: refused at once, although the busy timeout is 5 s.
    QElapsedTimer timer;
    timer.start();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"exec failed: .*database is locked"_s));
    auto write = storage::exec(connB, u"INSERT INTO case_number_series(district_code, year, last_serial) VALUES('b', 2025, 1)"_s);
    const qint64 waited = timer.elapsed();
    QVERIFY2(!write, "the deferred-BEGIN trap did not happen: docs/PITFALLS.md §1 is out of date");
    QVERIFY2(write.errorString().contains(u"database is locked"_s), qPrintable(write.errorString()));
    QVERIFY2(waited < 1000, qPrintable(u"waited %1 ms"_s.arg(waited)));
    QVERIFY(storage::scalar(connB, u"PRAGMA busy_timeout"_s).value().toInt() >= 1000);
    QVERIFY(connB.rollback());
    QCOMPARE(count(connB, u"case_number_series"_s), 1); // only A's series row
}

void TestTransactions::immediateBeginWaitsForTheOtherWriter()
{
    // SQLite: BEGIN IMMEDIATE waits for the other writer. PostgreSQL: commands on different cases run
    // side by side, and the second desk waits on the row lock of the case the first is changing.
    const bool server = test::onPostgres();
    qint64 caseId = 0;
    {
        auto db = openOrFail(m_path); // the schema, and on a server a case to contend for
        QVERIFY(db);
        service::CaseNotifier notifier1;
        service::CaseService service(*db, calendar::WorkCalendar::builtIn(), notifier1);
        auto o = service.execute(clue(u"两张办公桌同时在改的案件"_s), u"setup"_s, Today);
        QVERIFY(o);
        caseId = o->caseId;
    }

    // A (its own thread and connection) takes the write lock, writes, holds it ~400 ms, commits.
    QSemaphore aHoldsLock, aDone;
    std::atomic<bool> aOk{false};
    const QString path = m_path;
    std::jthread writerA([&] { // jthread: joined on every way out of the test, a failed QVERIFY included
        auto a = openOrFail(path);
        if (!a) {
            aHoldsLock.release();
            aDone.release();
            return;
        }
        {
            storage::WriteTransaction txn(a->connection());
            bool ok = bool(txn.begin());
            ok = ok && bool(txn.lockCase(caseId));
            ok = ok && bool(storage::exec(a->connection(),
                                          u"INSERT INTO case_number_series(district_code, year, last_serial) VALUES('a', 2025, 7)"_s));
            aHoldsLock.release();
            QThread::msleep(400);
            ok = ok && bool(txn.commit());
            aOk = ok;
        }
        aDone.release();
    });
    aHoldsLock.acquire();

    auto b = openOrFail(m_path);
    QVERIFY(b);
    const QSqlDatabase connB = b->connection();
    QElapsedTimer timer;
    timer.start();
    {
        storage::WriteTransaction txn(connB);
        auto begun = txn.begin(); // SQLite: BEGIN IMMEDIATE waits for A's commit (busy timeout), then succeeds
        if (begun && server)
            begun = txn.lockCase(caseId); // PostgreSQL: the case's row lock waits for A's commit
        const qint64 waited = timer.elapsed();
        QVERIFY2(begun, qPrintable(begun.errorString()));
        QVERIFY2(waited >= 250, qPrintable(u"B went ahead after %1 ms while A held the lock"_s.arg(waited)));
        QVERIFY2(waited < 4000, qPrintable(u"waited %1 ms"_s.arg(waited)));
        // Read, then write — the very sequence that fails with a deferred BEGIN; B sees what A committed.
        QCOMPARE(storage::scalar(connB, u"SELECT last_serial FROM case_number_series WHERE district_code = 'a'"_s).value().toInt(), 7);
        auto write = storage::exec(connB, u"UPDATE case_number_series SET last_serial = last_serial + 1 WHERE district_code = 'a'"_s);
        QVERIFY2(write, qPrintable(write.errorString()));
        QVERIFY(txn.commit());
    }
    aDone.acquire();
    writerA.join();
    QVERIFY(aOk);
    QCOMPARE(storage::scalar(connB, u"SELECT last_serial FROM case_number_series WHERE district_code = 'a'"_s).value().toInt(), 8);
}

void TestTransactions::concurrentServicesNeverFail()
{
    // Two services on two connections in two threads: each registers cases and adds parties, and both
    // keep correcting one shared case — commands that read before they write, the pattern a deferred
    // BEGIN gets wrong under contention.
    {
        auto db = openOrFail(m_path);
        QVERIFY(db);
        service::CaseNotifier serviceNotifier;
        service::CaseService service(*db, calendar::WorkCalendar::builtIn(), serviceNotifier);
        QVERIFY(service.execute(clue(u"两边都在改的案件"_s, u"310112"_s), u"setup"_s, Today));
    }
    constexpr int PerWriter = 30;
    QStringList failures[2];
    QStringList numbers[2];
    auto work = [&](int w) {
        auto db = openOrFail(m_path);
        if (!db) {
            failures[w] << u"open failed"_s;
            return;
        }
        service::CaseNotifier serviceNotifier;
        service::CaseService service(*db, calendar::WorkCalendar::builtIn(), serviceNotifier);
        for (int i = 0; i < PerWriter; ++i) {
            auto o = service.execute(clue(u"并发登记 %1-%2"_s.arg(w).arg(i)), u"writer%1"_s.arg(w), Today);
            if (!o) {
                failures[w] << o.errorString();
                continue;
            }
            numbers[w] << o->caseNumber;
            auto p = service.execute({{u"cmd"_s, u"add_party"_s}, {u"case"_s, o->caseNumber}, {u"kind"_s, u"company"_s},
                                      {u"name"_s, u"并发公司%1-%2"_s.arg(w).arg(i)}},
                                     u"writer%1"_s.arg(w), Today);
            if (!p)
                failures[w] << p.errorString();
            auto u = service.execute({{u"cmd"_s, u"update_case"_s}, {u"case"_s, u"2025-310112-0001"_s},
                                      {u"lead_unit_note"_s, u"第%1组第%2次更正"_s.arg(w).arg(i)}},
                                     u"writer%1"_s.arg(w), Today);
            if (!u)
                failures[w] << u.errorString();
        }
    };
    std::jthread t0(work, 0), t1(work, 1);
    t0.join();
    t1.join();
    QVERIFY2(failures[0].isEmpty(), qPrintable(failures[0].join(u'\n')));
    QVERIFY2(failures[1].isEmpty(), qPrintable(failures[1].join(u'\n')));

    // The yearly series stayed gap-free and unique under contention.
    QStringList all = numbers[0] + numbers[1];
    all.sort();
    QStringList expected;
    for (int i = 1; i <= 2 * PerWriter; ++i)
        expected << u"2025-310115-%1"_s.arg(i, 4, 10, QChar(u'0'));
    QCOMPARE(all, expected);

    auto db = openOrFail(m_path);
    QVERIFY(db);
    QCOMPARE(count(db->connection(), u"cases"_s), 2 * PerWriter + 1);
    QCOMPARE(count(db->connection(), u"parties"_s), 2 * PerWriter);
    QCOMPARE(storage::scalar(db->connection(), u"SELECT count(*) FROM timeline WHERE command = 'update_case'"_s).value().toInt(),
             2 * PerWriter);
    auto report = storage::audit::verify(db->connection());
    QVERIFY(report);
    QVERIFY2(report->intact(), qPrintable(report->message));
    QCOMPARE(report->entries, 1 + 6 * PerWriter);
}

void TestTransactions::failedCommandChangesNothing_data()
{
    QTest::addColumn<QJsonObject>("command");
    QTest::addColumn<QStringList>("injectedFailure"); // a trigger that makes a later write fail; empty for none
    QTest::addColumn<QString>("expected");        // part of the message

    const QString second = u"2025-310115-0002"_s;
    QTest::newRow("refused: precondition") << QJsonObject{{u"cmd"_s, u"start_verification"_s}, {u"case"_s, second},
                                                          {u"started_on"_s, u"2025-02-01"_s}}
                                           << QStringList() << u"before the clue was received"_s;
    QTest::newRow("refused: stage") << QJsonObject{{u"cmd"_s, u"file_case"_s}, {u"case"_s, second}, {u"filed_on"_s, u"2025-03-05"_s}}
                                    << QStringList() << u"cannot be done while the case is at the stage"_s;
    QTest::newRow("refused: unknown field") << [] { QJsonObject c = clue(u"多一个字段"_s); c.insert(u"colour"_s, u"red"_s); return c; }()
                                            << QStringList() << u"colour"_s;
    QTest::newRow("refused: no such case") << QJsonObject{{u"cmd"_s, u"add_party"_s}, {u"case"_s, u"2025-310115-0999"_s},
                                                          {u"kind"_s, u"company"_s}, {u"name"_s, u"某公司"_s}}
                                           << QStringList() << u"2025-310115-0999"_s;
    QTest::newRow("refused: party twice") << QJsonObject{{u"cmd"_s, u"add_party"_s}, {u"case"_s, second},
                                                         {u"kind"_s, u"company"_s}, {u"name"_s, u"上海甲公司"_s}}
                                          << QStringList() << u"already on the case"_s;
    // Failures after the command has written its rows, the number series and the search index: the
    // whole transaction must roll back.
    QTest::newRow("fails at the timeline, new case")
        << clue(u"写到一半失败的线索"_s)
        << injectFailure(u"BEFORE INSERT"_s, u"timeline"_s)
        << u"injected failure"_s;
    QTest::newRow("fails at the audit log, new party")
        << QJsonObject{{u"cmd"_s, u"add_party"_s}, {u"case"_s, second}, {u"kind"_s, u"company"_s}, {u"name"_s, u"上海乙公司"_s}}
        << injectFailure(u"BEFORE INSERT"_s, u"audit_log"_s)
        << u"injected failure"_s;
    QTest::newRow("fails at the audit log, stage change")
        << QJsonObject{{u"cmd"_s, u"start_verification"_s}, {u"case"_s, second}, {u"started_on"_s, u"2025-03-02"_s}}
        << injectFailure(u"BEFORE INSERT"_s, u"audit_log"_s)
        << u"injected failure"_s;
    QTest::newRow("fails at the derived columns, title change")
        << QJsonObject{{u"cmd"_s, u"update_case"_s}, {u"case"_s, second}, {u"title"_s, u"改过的标题"_s}}
        << injectFailure(u"BEFORE UPDATE OF party_names"_s, u"cases"_s)
        << u"injected failure"_s;
}

void TestTransactions::failedCommandChangesNothing()
{
    QFETCH(QJsonObject, command);
    QFETCH(QStringList, injectedFailure);
    QFETCH(QString, expected);

    auto db = openOrFail(m_path);
    QVERIFY(db);
    const QSqlDatabase conn = db->connection();
    service::CaseNotifier serviceNotifier;
    service::CaseService service(*db, calendar::WorkCalendar::builtIn(), serviceNotifier);
    QVERIFY(service.execute(clue(u"第一件"_s), u"tester"_s, Today));
    QVERIFY(service.execute(clue(u"第二件"_s), u"tester"_s, Today));
    QVERIFY(service.execute({{u"cmd"_s, u"add_party"_s}, {u"case"_s, u"2025-310115-0002"_s}, {u"kind"_s, u"company"_s},
                             {u"name"_s, u"上海甲公司"_s}},
                            u"tester"_s, Today));
    for (const QString &sql : injectedFailure)
        QVERIFY(storage::exec(conn, sql));

    const QMap<QString, QByteArray> before = fingerprint(conn);
    QVERIFY(before.size() > 20);
    QCOMPARE(before.value(u"audit_log"_s).split(':').first(), QByteArray("3"));

    if (!injectedFailure.isEmpty()) // the failing statement is logged
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"exec failed: .*injected failure"_s));
    auto outcome = service.execute(command, u"tester"_s, Today);
    QVERIFY2(!outcome, "the command was expected to fail");
    QVERIFY2(outcome.errorString().contains(expected), qPrintable(outcome.errorString()));

    const QMap<QString, QByteArray> after = fingerprint(conn);
    for (auto it = before.begin(); it != before.end(); ++it)
        QVERIFY2(after.value(it.key()) == it.value(),
                 qPrintable(u"table %1 changed: %2 → %3"_s.arg(it.key(), QString::fromLatin1(it.value()),
                                                              QString::fromLatin1(after.value(it.key())))));
    QCOMPARE(after, before);
    auto report = storage::audit::verify(conn);
    QVERIFY(report && report->intact());
    QCOMPARE(report->entries, 3);

    // No transaction or lock was left behind: another connection takes the write lock at once...
    {
        auto other = openOrFail(m_path);
        QVERIFY(other);
        storage::WriteTransaction txn(other->connection());
        QElapsedTimer timer;
        timer.start();
        QVERIFY(txn.begin());
        QVERIFY(txn.lockCase(2)); // on a server: the case's row is free again
        QVERIFY2(timer.elapsed() < 1000, "the failed command left the write lock held");
        txn.rollback();
    }
    // ...and the next command gets the next number: the failed one did not use one up.
    if (!injectedFailure.isEmpty()) {
        const QString table = injectedFailure.last().section(u" ON "_s, 1).section(u' ', 0, 0);
        QVERIFY(storage::exec(conn, test::onPostgres() ? u"DROP TRIGGER inject ON "_s + table : u"DROP TRIGGER inject"_s));
    }
    auto next = service.execute(clue(u"第三件"_s), u"tester"_s, Today);
    QVERIFY2(next, qPrintable(next.errorString()));
    QCOMPARE(next->caseNumber, u"2025-310115-0003"_s);
}

QTEST_GUILESS_MAIN(TestTransactions)
#include "tst_transactions.moc"
