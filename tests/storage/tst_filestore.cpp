// The case file store beside the database: SHA-256 and SM3 against the published test vectors, one
// copy per content, originals untouched, a stored file read back only while its bytes match its name,
// and the check that finds committed files gone or altered and removes what an interrupted command left.

#include "core/storage/database.h"
#include "core/storage/filestore.h"
#include "core/storage/sqlquery.h"
#include "core/storage/writetransaction.h"

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
    std::unique_ptr<storage::Database> m_db;
    QString dbPath() const { return m_dir.filePath(u"store.db"_s); }

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
        auto db = storage::Database::open(dbPath());
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
        FileStore store(dbPath());
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
        QCOMPARE(QDir(store.root() + u'/' + first->sha256.left(2)).entryList(QDir::Files).size(), 1);
        QVERIFY(QDir(store.root() + u"/incoming"_s).isEmpty());

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
        FileStore store(dbPath());
        auto r = store.put(m_dir.filePath(u"no-such-file.pdf"_s));
        QVERIFY(!r.ok());
        QVERIFY(r.errorString().contains(u"no-such-file.pdf"_s));
        QVERIFY(!store.read(u"../../etc/passwd"_s).ok()); // never a path, only a hash
    }

    void checkFindsMissingAlteredAndOrphans()
    {
        FileStore store(dbPath());
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
        QVERIFY(QFile::remove(store.pathOf(gone->sha256)));
        QFile::setPermissions(store.pathOf(altered->sha256), QFileDevice::WriteOwner | QFileDevice::ReadOwner);
        writeFile(store.pathOf(altered->sha256), "consultation recorD");
        age(store.pathOf(orphan->sha256));
        writeFile(store.root() + u"/incoming/left-by-a-crash"_s, "half a file");
        age(store.root() + u"/incoming/left-by-a-crash"_s);

        QVERIFY(!store.read(altered->sha256).ok());

        auto quick = store.check(m_db->connection(), FileStore::Depth::Presence);
        QVERIFY(quick.ok());
        QCOMPARE(quick->missing, QStringList{gone->sha256});
        QVERIFY(quick->altered.isEmpty());
        QCOMPARE(quick->removedOrphans.size(), 2);
        QVERIFY(quick->removedOrphans.contains(orphan->sha256));
        QVERIFY(!store.contains(orphan->sha256));
        QVERIFY(store.contains(young->sha256)); // too young to be called an orphan

        auto full = store.check(m_db->connection(), FileStore::Depth::Hashes);
        QVERIFY(full.ok());
        QCOMPARE(full->altered, QStringList{altered->sha256});
        QVERIFY(!full->clean());
    }
};

QTEST_GUILESS_MAIN(TestFileStore)
#include "tst_filestore.moc"
