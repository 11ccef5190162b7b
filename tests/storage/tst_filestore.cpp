// The case file store (beside an SQLite file, inside a PostgreSQL database): SHA-256 and SM3 against the
// published test vectors, one copy per content, originals untouched, a stored file read back only while
// its bytes match its name, and the check that finds committed files gone or altered and removes what an
// interrupted command left. Runs on both engines; only how the test damages the store differs.

#include "core/storage/database.h"
#include "core/storage/filestore.h"
#include "core/storage/sqlquery.h"
#include "core/storage/writetransaction.h"
#include "tests/common/testdatabase.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using storage::FileStore;

class TestFileStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::TestDatabase m_location{u"store.db"_s};
    std::unique_ptr<storage::Database> m_db;
    bool server() const { return m_db->engine() == storage::Engine::PostgreSQL; }
    QSqlDatabase conn() const { return m_db->connection(); }

    // Damage the store as a crash, a disk or a careless hand would, engine by engine.
    void removeStored(FileStore &store, const QString &sha)
    {
        if (server())
            QVERIFY(storage::exec(conn(), u"DELETE FROM stored_file_contents WHERE sha256 = ?"_s, {sha}));
        else
            QVERIFY(QFile::remove(store.pathOf(sha)));
    }
    void alterStored(FileStore &store, const QString &sha, const QByteArray &bytes)
    {
        if (server()) {
            QVERIFY(storage::exec(conn(), u"UPDATE stored_file_chunks SET bytes = ? WHERE sha256 = ? AND seq = 0"_s, {bytes, sha}));
            return;
        }
        QFile::setPermissions(store.pathOf(sha), QFileDevice::WriteOwner | QFileDevice::ReadOwner);
        writeFile(store.pathOf(sha), bytes);
    }
    void ageStored(FileStore &store, const QString &sha)
    {
        if (server())
            QVERIFY(storage::exec(conn(), u"UPDATE stored_file_contents SET stored_at = '2000-01-01T00:00:00.000Z' WHERE sha256 = ?"_s, {sha}));
        else
            age(store.pathOf(sha));
    }
    // What an interrupted put leaves: a temporary file, or pieces without their contents row.
    void leaveHalfAFile(FileStore &store)
    {
        if (server()) {
            QVERIFY(storage::exec(conn(), u"INSERT INTO stored_file_chunks(sha256, seq, bytes, stored_at) VALUES(?, 0, ?, ?)"_s,
                                  {QString(64, u'e'), QByteArray("half a file"), u"2000-01-01T00:00:00.000Z"_s}));
            return;
        }
        writeFile(store.location() + u"/incoming/left-by-a-crash"_s, "half a file");
        age(store.location() + u"/incoming/left-by-a-crash"_s);
    }
    qint64 halfFilesLeft(FileStore &store)
    {
        if (server())
            return storage::scalar(conn(), u"SELECT count(*) FROM stored_file_chunks WHERE sha256 = ?"_s, {QString(64, u'e')})
                .value()
                .toLongLong();
        return QFile::exists(store.location() + u"/incoming/left-by-a-crash"_s) ? 1 : 0;
    }

    void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    void age(const QString &path) // two hours old: past the hour another process may need to commit
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-7200), QFileDevice::FileModificationTime));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = storage::Database::open(m_location.location());
        QVERIFY2(db.ok(), qPrintable(db.errorString()));
        m_db = std::move(db).value();
    }

    void publishedVectors()
    {
        const auto d = storage::digestOf("abc");
        QCOMPARE(d.sha256, u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
        // GB/T 32905-2016, example 1
        QCOMPARE(d.sm3, u"66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"_s);
        QCOMPARE(d.size, 3);
        // The streaming hasher gives the same in pieces.
        storage::ContentHasher h;
        h.addData("a", 1);
        h.addData("bc", 2);
        const auto pieces = h.finish();
        QCOMPARE(pieces.sha256, d.sha256);
        QCOMPARE(pieces.sm3, d.sm3);
    }

    void putCopiesOnceAndLeavesTheOriginal()
    {
        FileStore store(*m_db);
        const QString original = m_dir.filePath(u"现场照片.jpg"_s);
        const QByteArray bytes = QByteArray("\xff\xd8\xff\xe0 photo of the outfall ").repeated(5000);
        writeFile(original, bytes);
        const auto before = QFileInfo(original).lastModified();

        auto first = store.put(original);
        QVERIFY2(first.ok(), qPrintable(first.errorString()));
        auto second = store.putBytes(bytes);
        QVERIFY(second.ok());
        QCOMPARE(second->sha256, first->sha256);
        QCOMPARE(first->size, bytes.size());
        QVERIFY(store.contains(first->sha256));
        if (server()) {
            QCOMPARE(storage::scalar(conn(), u"SELECT count(*) FROM stored_file_contents WHERE sha256 = ?"_s, {first->sha256}).value().toInt(), 1);
            QCOMPARE(storage::scalar(conn(), u"SELECT sum(length(bytes)) FROM stored_file_chunks WHERE sha256 = ?"_s, {first->sha256}).value().toLongLong(),
                     qint64(bytes.size()));
        } else {
            QCOMPARE(QDir(store.location() + u'/' + first->sha256.left(2)).entryList(QDir::Files).size(), 1);
            QVERIFY(QDir(store.location() + u"/incoming"_s).isEmpty());
        }

        QFile o(original);
        QVERIFY(o.open(QIODevice::ReadOnly));
        QCOMPARE(o.readAll(), bytes);
        QCOMPARE(QFileInfo(original).lastModified(), before);

        auto back = store.read(first->sha256);
        QVERIFY(back.ok());
        QCOMPARE(back.value(), bytes);
    }

    void unreadableSourceIsAProblem()
    {
        FileStore store(*m_db);
        auto r = store.put(m_dir.filePath(u"no-such-file.pdf"_s));
        QVERIFY(!r.ok());
        QVERIFY(r.errorString().contains(u"no-such-file.pdf"_s));
        QVERIFY(!store.read(u"../../etc/passwd"_s).ok()); // never a path, only a hash
    }

    void checkFindsMissingAlteredAndOrphans()
    {
        FileStore store(*m_db);
        auto kept = store.putBytes("appraisal report");
        auto gone = store.putBytes("monitoring report");
        auto altered = store.putBytes("consultation record");
        auto orphan = store.putBytes("never committed");
        auto young = store.putBytes("committed by another process in a moment");
        QVERIFY(kept.ok() && gone.ok() && altered.ok() && orphan.ok() && young.ok());
        {
            storage::WriteTransaction txn(m_db->connection());
            QVERIFY(txn.begin().ok());
            for (const auto *d : {&kept.value(), &gone.value(), &altered.value()})
                QVERIFY(FileStore::record(m_db->connection(), *d, u"application/pdf"_s).ok());
            QVERIFY(FileStore::record(m_db->connection(), kept.value(), u"application/pdf"_s).ok()); // twice is fine
            QVERIFY(txn.commit().ok());
        }
        removeStored(store, gone->sha256);
        alterStored(store, altered->sha256, "consultation recorD");
        ageStored(store, orphan->sha256);
        leaveHalfAFile(store);

        QVERIFY(!store.read(altered->sha256).ok());

        auto quick = store.check(FileStore::Depth::Presence);
        QVERIFY(quick.ok());
        QCOMPARE(quick->missing, QStringList{gone->sha256});
        QVERIFY(quick->altered.isEmpty());
        QCOMPARE(quick->removedOrphans.size(), server() ? 1 : 2); // on a server, half a file is pieces, not a name
        QCOMPARE(halfFilesLeft(store), 0);
        QVERIFY(quick->removedOrphans.contains(orphan->sha256));
        QVERIFY(!store.contains(orphan->sha256));
        QVERIFY(store.contains(young->sha256)); // too young to be called an orphan

        auto full = store.check(FileStore::Depth::Hashes);
        QVERIFY(full.ok());
        QCOMPARE(full->altered, QStringList{altered->sha256});
        QVERIFY(!full->clean());
    }
};

QTEST_GUILESS_MAIN(TestFileStore)
#include "tst_filestore.moc"
