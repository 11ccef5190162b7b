// A database file damaged on disk: pages in the middle of the file overwritten, as a failing disk or a
// careless copy does. No read may take a damaged page for the end of the data: the audit chain is never
// "intact" on such a file (the walk stops with an error, and PRAGMA quick_check runs first), id lists and
// the case-file loader report the error instead of returning less, and `ecoclaim-cli audit verify` exits 1.
//
// The pages are chosen by SQLite's own map of the file (the dbstat table): a leaf page of audit_log in
// the middle of the table, and a leaf page of timeline — a table the chain walk never reads, so only
// quick_check can see that damage.

#include "core/calendar/workcalendar.h"
#include "core/service/casenotifier.h"
#include "core/service/caseservice.h"
#include "core/service/demoset.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/storage/sqlquery.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecoclaim;

namespace {
struct PageMap
{
    qint64 pageSize = 0;
    QList<qint64> leaves;
};

// Leaf pages of `table` in file order, read on a connection of its own, closed before the file is touched.
PageMap leafPages(const QString &path, const QString &table)
{
    PageMap map;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"pages"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(u"PRAGMA page_size"_s);
            if (q.next())
                map.pageSize = q.value(0).toLongLong();
            q.prepare(u"SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno"_s);
            q.addBindValue(table);
            q.exec();
            while (q.next())
                map.leaves << q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"pages"_s);
    return map;
}

// Overwrites whole pages with zeros (a page of type 0 is no b-tree page: SQLite reports it corrupt).
bool overwritePage(const QString &path, qint64 pageSize, qint64 pageNo)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.seek((pageNo - 1) * pageSize))
        return false;
    const bool ok = f.write(QByteArray(pageSize, '\0')) == pageSize;
    f.close();
    return ok;
}

struct Run
{
    int exitCode = -1;
    QString out, err;
};
Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(ECOCLAIM_BIN_DIR) + u"/ecoclaim-cli"_s, QStringList{u"--lang"_s, u"en"_s} + args);
    if (!p.waitForFinished(60000))
        qFatal("ecoclaim-cli did not finish");
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

class TestDamage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void auditPageOverwritten();
    void pageOutsideTheChainOverwritten();

private:
    QString damagedCopy(const QString &name, const QString &table);
    QTemporaryDir m_dir;
    QString m_pristine;
    qint64 m_entries = 0;
};

void TestDamage::initTestCase()
{
    // The demo set: 37 cases, ~550 commands, the audit log on ~150 leaf pages.
    m_pristine = m_dir.filePath(u"pristine.db"_s);
    {
        auto db = storage::Database::open(m_pristine);
        QVERIFY2(db, qPrintable(db.errorString()));
        service::CaseNotifier notifier;
        service::CaseService service(*db.value(), calendar::WorkCalendar::builtIn(), notifier);
        auto demo = service::loadDemoSet(service, QDate(2026, 11, 28));
        QVERIFY2(demo, qPrintable(demo.errorString()));
        auto chain = storage::audit::verify(db.value()->connection());
        QVERIFY(chain && chain->intact());
        m_entries = chain->entries;
    } // closed: the WAL is checkpointed into the file
    QVERIFY(!QFile::exists(m_pristine + u"-wal"_s) || QFileInfo(m_pristine + u"-wal"_s).size() == 0);
    QVERIFY(m_entries > 300);
}

QString TestDamage::damagedCopy(const QString &name, const QString &table)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(m_pristine, path))
        return {};
    const PageMap map = leafPages(path, table);
    if (map.pageSize == 0 || map.leaves.size() < 4)
        return {};
    if (!overwritePage(path, map.pageSize, map.leaves.at(map.leaves.size() / 2)))
        return {};
    return path;
}

void TestDamage::auditPageOverwritten()
{
    const QString path = damagedCopy(u"audit.db"_s, u"audit_log"_s);
    QVERIFY(!path.isEmpty());
    {
        auto db = storage::Database::open(path, storage::OpenMode::MustExist);
        QVERIFY2(db, qPrintable(db.errorString()));
        const QSqlDatabase c = db.value()->connection();
        // The chain walk, with and without quick_check: an error or a broken chain, never intact.
        for (auto check : {storage::audit::FileCheck::Quick, storage::audit::FileCheck::ChainOnly}) {
            auto report = storage::audit::verify(c, check);
            QVERIFY2(!report || !report->intact(), qPrintable(report ? report->message : QString()));
        }
        // An id list that meets the damaged page is an error, not a shorter list.
        auto ids = storage::idList(c, u"SELECT id FROM audit_log ORDER BY id"_s);
        QVERIFY2(!ids, ids ? qPrintable(u"%1 of %2 ids and no error"_s.arg(ids->size()).arg(m_entries)) : "");
        // The cached-row reader too.
        qint64 rows = 0;
        auto cached = storage::forEachCachedRow(c, u"SELECT id FROM audit_log ORDER BY id"_s, {}, [&](const QSqlQuery &) { ++rows; });
        QVERIFY2(!cached, qPrintable(u"%1 of %2 rows and no error"_s.arg(rows).arg(m_entries)));
    }
    const Run r = cli({u"--db"_s, path, u"audit"_s, u"verify"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(!r.out.contains(u"intact"_s), qPrintable(r.out));
}

void TestDamage::pageOutsideTheChainOverwritten()
{
    const QString path = damagedCopy(u"timeline.db"_s, u"timeline"_s);
    QVERIFY(!path.isEmpty());
    {
        auto db = storage::Database::open(path, storage::OpenMode::MustExist);
        QVERIFY2(db, qPrintable(db.errorString()));
        const QSqlDatabase c = db.value()->connection();
        // The chain itself reads fine; quick_check is what sees the damaged file.
        auto chainOnly = storage::audit::verify(c, storage::audit::FileCheck::ChainOnly);
        QVERIFY(chainOnly && chainOnly->intact());
        auto report = storage::audit::verify(c);
        QVERIFY(report);
        QVERIFY(!report->intact());
        QVERIFY2(!report->fileDamage.isEmpty(), qPrintable(report->message));
        // Reading the timeline of every case meets the damaged page: an error, not a shorter timeline.
        service::CaseNotifier notifier;
        service::CaseService service(*db.value(), calendar::WorkCalendar::builtIn(), notifier);
        auto ids = storage::idList(c, u"SELECT id FROM cases ORDER BY id"_s);
        QVERIFY(ids);
        bool refused = false;
        for (qint64 id : ids.value())
            refused = refused || !service.caseFile(QString::number(id));
        QVERIFY(refused);
    }
    const Run r = cli({u"--db"_s, path, u"audit"_s, u"verify"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"damaged"_s), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestDamage)
#include "tst_damage.moc"
