// Write transactions (PITFALLS 1) and all-or-nothing commands.
//
// The trap: QSqlDatabase::transaction() issues a plain, deferred BEGIN. In WAL mode a transaction that
// has read and then wants to write after another connection committed fails at once with "database is
// locked" (SQLITE_BUSY_SNAPSHOT) — the busy timeout cannot help. The first test shows the trap exists
// on this platform, so the second (WriteTransaction, BEGIN IMMEDIATE, waits and succeeds) is meaningful.
// Then: two services on two connections writing at once never fail; and a command that is refused, or
// fails after it has already written rows, leaves every table exactly as it was.

#include "core/calendar/workcalendar.h"
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

// Every ordinary table (FTS shadow tables included, so the search index is covered) as row count and a
// hash of its sorted rows: equal fingerprints mean no row was added, removed or changed.
QMap<QString, QString> fingerprint(const QSqlDatabase &db)
{
    QMap<QString, QString> out;
    QStringList tables;
    {
        QSqlQuery q(db);
        q.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"_s);
        while (q.next())
            tables << q.value(0).toString();
    }
    for (const QString &t : tables) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT * FROM \"%1\""_s.arg(t))) {
            out.insert(t, u"error: "_s + q.lastError().text());
            continue;
        }
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant v = q.value(i);
                cells << (v.typeId() == QMetaType::QByteArray ? QString::fromLatin1(v.toByteArray().toHex())
                                                              : v.isNull() ? u"∅"_s : v.toString());
            }
            rows << cells.join(QChar(0x1f));
        }
        rows.sort();
        out.insert(t, u"%1 rows %2"_s.arg(rows.size()).arg(QString::fromLatin1(
                          QCryptographicHash::hash(rows.join(QChar(0x1e)).toUtf8(), QCryptographicHash::Sha256).toHex())));
    }
    return out;
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
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestTransactions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"ecoclaim.db"_s);
}

void TestTransactions::cleanup() { m_dir.reset(); }

void TestTransactions::deferredBeginFailsAfterAnotherCommit()
{
    auto a = openOrFail(m_path);
    auto b = openOrFail(m_path);
    QVERIFY(a && b);
    service::CaseService serviceA(*a, calendar::WorkCalendar::builtIn());
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
    QVERIFY2(!write, "the deferred-BEGIN trap did not happen: PITFALLS 1 is out of date");
    QVERIFY2(write.errorString().contains(u"database is locked"_s), qPrintable(write.errorString()));
    QVERIFY2(waited < 1000, qPrintable(u"waited %1 ms"_s.arg(waited)));
    QVERIFY(storage::scalar(connB, u"PRAGMA busy_timeout"_s).value().toInt() >= 1000);
    QVERIFY(connB.rollback());
    QCOMPARE(count(connB, u"case_number_series"_s), 1); // only A's series row
}

void TestTransactions::immediateBeginWaitsForTheOtherWriter()
{
    { QVERIFY(openOrFail(m_path)); } // create the schema once

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
        auto begun = txn.begin(); // BEGIN IMMEDIATE: waits for A's commit (busy timeout), then succeeds
        const qint64 waited = timer.elapsed();
        QVERIFY2(begun, qPrintable(begun.errorString()));
        QVERIFY2(waited >= 250, qPrintable(u"BEGIN IMMEDIATE returned after %1 ms while A held the lock"_s.arg(waited)));
        QVERIFY2(waited < 4000, qPrintable(u"waited %1 ms"_s.arg(waited)));
        // Read, then write — the very sequence that fails with a deferred BEGIN.
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
        service::CaseService service(*db, calendar::WorkCalendar::builtIn());
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
        service::CaseService service(*db, calendar::WorkCalendar::builtIn());
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
    QTest::addColumn<QString>("injectedFailure"); // a trigger that makes a later write fail; "" for none
    QTest::addColumn<QString>("expected");        // part of the message

    const QString second = u"2025-310115-0002"_s;
    QTest::newRow("refused: precondition") << QJsonObject{{u"cmd"_s, u"start_verification"_s}, {u"case"_s, second},
                                                          {u"started_on"_s, u"2025-02-01"_s}}
                                           << QString() << u"before the clue was received"_s;
    QTest::newRow("refused: stage") << QJsonObject{{u"cmd"_s, u"file_case"_s}, {u"case"_s, second}, {u"filed_on"_s, u"2025-03-05"_s}}
                                    << QString() << u"cannot be done while the case is at the stage"_s;
    QTest::newRow("refused: unknown field") << [] { QJsonObject c = clue(u"多一个字段"_s); c.insert(u"colour"_s, u"red"_s); return c; }()
                                            << QString() << u"colour"_s;
    QTest::newRow("refused: no such case") << QJsonObject{{u"cmd"_s, u"add_party"_s}, {u"case"_s, u"2025-310115-0999"_s},
                                                          {u"kind"_s, u"company"_s}, {u"name"_s, u"某公司"_s}}
                                           << QString() << u"2025-310115-0999"_s;
    QTest::newRow("refused: party twice") << QJsonObject{{u"cmd"_s, u"add_party"_s}, {u"case"_s, second},
                                                         {u"kind"_s, u"company"_s}, {u"name"_s, u"上海甲公司"_s}}
                                          << QString() << u"already on the case"_s;
    // Failures after the command has written its rows, the number series and the search index: the
    // whole transaction must roll back.
    QTest::newRow("fails at the timeline, new case")
        << clue(u"写到一半失败的线索"_s)
        << u"CREATE TRIGGER inject BEFORE INSERT ON timeline BEGIN SELECT RAISE(ABORT, 'injected failure'); END"_s
        << u"injected failure"_s;
    QTest::newRow("fails at the audit log, new party")
        << QJsonObject{{u"cmd"_s, u"add_party"_s}, {u"case"_s, second}, {u"kind"_s, u"company"_s}, {u"name"_s, u"上海乙公司"_s}}
        << u"CREATE TRIGGER inject BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'injected failure'); END"_s
        << u"injected failure"_s;
    QTest::newRow("fails at the audit log, stage change")
        << QJsonObject{{u"cmd"_s, u"start_verification"_s}, {u"case"_s, second}, {u"started_on"_s, u"2025-03-02"_s}}
        << u"CREATE TRIGGER inject BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'injected failure'); END"_s
        << u"injected failure"_s;
    QTest::newRow("fails at the derived columns, title change")
        << QJsonObject{{u"cmd"_s, u"update_case"_s}, {u"case"_s, second}, {u"title"_s, u"改过的标题"_s}}
        << u"CREATE TRIGGER inject BEFORE UPDATE OF party_names ON cases BEGIN SELECT RAISE(ABORT, 'injected failure'); END"_s
        << u"injected failure"_s;
}

void TestTransactions::failedCommandChangesNothing()
{
    QFETCH(QJsonObject, command);
    QFETCH(QString, injectedFailure);
    QFETCH(QString, expected);

    auto db = openOrFail(m_path);
    QVERIFY(db);
    const QSqlDatabase conn = db->connection();
    service::CaseService service(*db, calendar::WorkCalendar::builtIn());
    QVERIFY(service.execute(clue(u"第一件"_s), u"tester"_s, Today));
    QVERIFY(service.execute(clue(u"第二件"_s), u"tester"_s, Today));
    QVERIFY(service.execute({{u"cmd"_s, u"add_party"_s}, {u"case"_s, u"2025-310115-0002"_s}, {u"kind"_s, u"company"_s},
                             {u"name"_s, u"上海甲公司"_s}},
                            u"tester"_s, Today));
    if (!injectedFailure.isEmpty())
        QVERIFY(storage::exec(conn, injectedFailure));

    const QMap<QString, QString> before = fingerprint(conn);
    QVERIFY(before.size() > 20);
    QCOMPARE(before.value(u"audit_log"_s).section(u' ', 0, 0), u"3"_s);

    if (!injectedFailure.isEmpty()) // the failing statement is logged
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"exec failed: .*injected failure"_s));
    auto outcome = service.execute(command, u"tester"_s, Today);
    QVERIFY2(!outcome, "the command was expected to fail");
    QVERIFY2(outcome.errorString().contains(expected), qPrintable(outcome.errorString()));

    const QMap<QString, QString> after = fingerprint(conn);
    for (auto it = before.begin(); it != before.end(); ++it)
        QVERIFY2(after.value(it.key()) == it.value(), qPrintable(u"table %1 changed: %2 → %3"_s.arg(it.key(), it.value(), after.value(it.key()))));
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
        QVERIFY2(timer.elapsed() < 1000, "the failed command left the write lock held");
        txn.rollback();
    }
    // ...and the next command gets the next number: the failed one did not use one up.
    if (!injectedFailure.isEmpty())
        QVERIFY(storage::exec(conn, u"DROP TRIGGER inject"_s));
    auto next = service.execute(clue(u"第三件"_s), u"tester"_s, Today);
    QVERIFY2(next, qPrintable(next.errorString()));
    QCOMPARE(next->caseNumber, u"2025-310115-0003"_s);
}

QTEST_GUILESS_MAIN(TestTransactions)
#include "tst_transactions.moc"
