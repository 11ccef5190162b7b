// Backup (docs/PITFALLS.md §10): VACUUM INTO a new file while the database stays open and writable, then the
// copy is checked on its own connection. The copy holds the same cases and audit head; a target that
// exists is refused and left as it was; a damaged file fails quick_check; the CLI verb does the same.

#include "core/generator/generator.h"
#include "core/storage/auditlog.h"
#include "core/storage/backup.h"
#include "core/storage/database.h"
#include "core/storage/sqlquery.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecoclaim;

class TestBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = storage::Database::open(m_dir.filePath(u"live.db"_s));
        QVERIFY(db);
        m_db = std::move(db).value();
        generator::GeneratorOptions options;
        options.cases = 60;
        options.today = QDate(2026, 11, 28);
        QVERIFY(generator::generate(*m_db, calendar::WorkCalendar::builtIn(), options));
    }

    void copyIsCompleteAndChecked()
    {
        const QString target = m_dir.filePath(u"copy.db"_s);
        auto report = storage::backupTo(m_db->connection(), target);
        QVERIFY2(report, qPrintable(report.errorString()));
        QCOMPARE(report->cases, 60);
        QVERIFY(report->bytes > 0);
        QCOMPARE(storage::quickCheck(target).value(), u"ok"_s);
        auto copy = storage::Database::open(target);
        QVERIFY(copy);
        QCOMPARE(storage::audit::verify(copy.value()->connection())->head, storage::audit::verify(m_db->connection())->head);
        // The live database is still writable after the backup (no lock lost, none left behind).
        QVERIFY(storage::exec(m_db->connection(), u"PRAGMA user_version"_s));
        QVERIFY(storage::exec(m_db->connection(), u"BEGIN IMMEDIATE"_s));
        QVERIFY(storage::exec(m_db->connection(), u"ROLLBACK"_s));
    }

    void existingTargetIsRefused()
    {
        const QString target = m_dir.filePath(u"taken.db"_s);
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("someone else's file");
        f.close();
        auto refused = storage::backupTo(m_db->connection(), target);
        QVERIFY(!refused);
        QVERIFY(refused.errorString().contains(u"taken.db"_s));
        QFile again(target);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), QByteArray("someone else's file"));
    }

    void damagedCopyFailsTheCheck()
    {
        const QString target = m_dir.filePath(u"damaged.db"_s);
        QVERIFY(storage::backupTo(m_db->connection(), target));
        {
            QFile f(target); // a closed copy, not the live database: safe to write with QFile
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 40 * 4096);
            for (qint64 page = 4; page < 40; ++page) {
                f.seek(page * 4096 + 100);
                f.write(QByteArray(3000, '\x5a'));
            }
        }
        auto check = storage::quickCheck(target);
        QVERIFY(!check || check.value() != u"ok"_s);
    }

    void cliVerb()
    {
        const QString target = m_dir.filePath(u"cli.db"_s);
        QProcess cli;
        cli.start(QStringLiteral(ECOCLAIM_BIN_DIR) + u"/ecoclaim-cli"_s,
                  {u"--db"_s, m_db->path(), u"--lang"_s, u"en"_s, u"backup"_s, u"--out"_s, target});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(QString::fromUtf8(cli.readAllStandardOutput()).contains(u"quick_check ok"_s));
        cli.start(QStringLiteral(ECOCLAIM_BIN_DIR) + u"/ecoclaim-cli"_s,
                  {u"--db"_s, m_db->path(), u"--lang"_s, u"en"_s, u"backup"_s, u"--out"_s, target});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 1);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
