#include "core/storage/filestore.h"

#include "core/storage/database.h"
#include "core/storage/serverfilestore.h"
#include "core/storage/sqlquery.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSet>
#include <QUuid>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ecoclaim::storage {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::FileStore)
};

domain::Problem storeProblem(const QString &message) { return domain::Problem{{}, message, {}}; }

bool isHexName(const QString &name)
{
    if (name.size() != 64)
        return false;
    for (const QChar c : name)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    return true;
}

// Data on disk before the rename, so a power cut never leaves a named file with missing bytes.
bool syncFile(QFile &file) { return file.flush() && ::fsync(file.handle()) == 0; }
} // namespace

FileStore::FileStore(const Database &database)
    : m_engine(database.engine()), m_db(database.connection()),
      m_root(database.engine() == Engine::SQLite ? database.path() + u".files"_s : QString())
{
}

QString FileStore::location() const
{
    return m_engine == Engine::SQLite ? m_root : Tr::tr("the server database");
}

QString FileStore::pathOf(const QString &sha256) const
{
    if (m_engine != Engine::SQLite)
        return {};
    return m_root + u'/' + sha256.left(2) + u'/' + sha256;
}

bool FileStore::contains(const QString &sha256) const
{
    if (!isHexName(sha256))
        return false;
    if (m_engine == Engine::SQLite)
        return QFileInfo::exists(pathOf(sha256));
    auto found = scalar(m_db, u"SELECT count(*) FROM stored_file_contents WHERE sha256 = ?"_s, {sha256});
    return found && found.value().toInt() > 0;
}

QString FileStore::temporaryFolder() const
{
    // On a server the pieces are staged in this desk's temporary folder before they go up.
    return m_engine == Engine::SQLite ? m_root + u"/incoming"_s : QDir::tempPath() + u"/ecoclaim-incoming"_s;
}

domain::Result<ContentDigest> FileStore::put(const QString &sourcePath)
{
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return storeProblem(Tr::tr("The file %1 cannot be read: %2").arg(sourcePath, source.errorString()));
    if (m_engine == Engine::PostgreSQL) {
        auto digest = digestOfFile(sourcePath);
        if (!digest)
            return digest.problems();
        return serverstore::put(m_db, source, digest.value());
    }
    if (!QDir().mkpath(m_root + u"/incoming"_s))
        return storeProblem(Tr::tr("The folder %1 cannot be created.").arg(m_root));
    const QString temporaryPath = m_root + u"/incoming/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QFile temporary(temporaryPath);
    if (!temporary.open(QIODevice::WriteOnly))
        return storeProblem(Tr::tr("The file %1 cannot be written: %2").arg(temporaryPath, temporary.errorString()));
    ContentHasher hasher;
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = source.read(block.data(), block.size());
        if (n < 0 || (n > 0 && temporary.write(block.constData(), n) != n)) {
            temporary.remove();
            return storeProblem(Tr::tr("The file %1 could not be copied into the case file store.").arg(sourcePath));
        }
        if (n == 0)
            break;
        hasher.addData(block.constData(), n);
    }
    if (!syncFile(temporary)) {
        temporary.remove();
        return storeProblem(Tr::tr("The file %1 could not be copied into the case file store.").arg(sourcePath));
    }
    temporary.close();
    return commitTemporary(temporaryPath, hasher.finish());
}

domain::Result<ContentDigest> FileStore::putBytes(const QByteArray &bytes)
{
    const ContentDigest digest = digestOf(bytes);
    if (contains(digest.sha256))
        return digest;
    if (m_engine == Engine::PostgreSQL) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        return serverstore::put(m_db, buffer, digest);
    }
    if (!QDir().mkpath(m_root + u"/incoming"_s))
        return storeProblem(Tr::tr("The folder %1 cannot be created.").arg(m_root));
    const QString temporaryPath = m_root + u"/incoming/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QFile temporary(temporaryPath);
    if (!temporary.open(QIODevice::WriteOnly) || temporary.write(bytes) != bytes.size() || !syncFile(temporary)) {
        temporary.remove();
        return storeProblem(Tr::tr("The file %1 cannot be written: %2").arg(temporaryPath, temporary.errorString()));
    }
    temporary.close();
    return commitTemporary(temporaryPath, digest);
}

domain::Result<ContentDigest> FileStore::putDevice(QIODevice &source, const ContentDigest &digest)
{
    if (m_engine == Engine::PostgreSQL)
        return serverstore::put(m_db, source, digest);
    auto incoming = beginIncoming();
    if (!incoming)
        return incoming.problems();
    QByteArray block(1 << 20, Qt::Uninitialized);
    qint64 n;
    while ((n = source.read(block.data(), block.size())) > 0)
        if (incoming.value()->device().write(block.constData(), n) != n)
            return storeProblem(Tr::tr("The file %1 cannot be written.").arg(digest.sha256));
    if (n < 0)
        return storeProblem(Tr::tr("The file %1 cannot be read.").arg(digest.sha256));
    return incoming.value()->commit(digest);
}

domain::Result<std::unique_ptr<IncomingFile>> FileStore::beginIncoming()
{
    if (!QDir().mkpath(temporaryFolder()))
        return storeProblem(Tr::tr("The folder %1 cannot be created.").arg(temporaryFolder()));
    const QString temporaryPath = temporaryFolder() + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<IncomingFile> incoming(new IncomingFile(*this, temporaryPath));
    if (!incoming->m_file->open(QIODevice::WriteOnly))
        return storeProblem(Tr::tr("The file %1 cannot be written: %2").arg(temporaryPath, incoming->m_file->errorString()));
    return incoming;
}

IncomingFile::IncomingFile(FileStore &store, const QString &path) : m_store(store), m_file(std::make_unique<QFile>(path)) {}

IncomingFile::~IncomingFile()
{
    if (!m_committed) {
        m_file->close();
        m_file->remove();
    }
}

QIODevice &IncomingFile::device() { return *m_file; }

domain::Result<ContentDigest> IncomingFile::commit(const ContentDigest &digest)
{
    if (!syncFile(*m_file))
        return storeProblem(Tr::tr("The file %1 cannot be written: %2").arg(m_file->fileName(), m_file->errorString()));
    m_file->close();
    m_committed = true; // commitTemporary renames or removes the temporary either way
    return m_store.commitTemporary(m_file->fileName(), digest);
}

domain::Result<ContentDigest> FileStore::commitTemporary(const QString &temporaryPath, const ContentDigest &digest)
{
    if (m_engine == Engine::PostgreSQL) {
        // The digest the caller streamed is checked again on the way up: the store's names never lie.
        auto actual = digestOfFile(temporaryPath);
        if (!actual) {
            QFile::remove(temporaryPath);
            return actual.problems();
        }
        if (actual->sha256 != digest.sha256) {
            QFile::remove(temporaryPath);
            return storeProblem(Tr::tr("The file being stored does not match its SHA-256 %1.").arg(digest.sha256));
        }
        QFile temporary(temporaryPath);
        if (!temporary.open(QIODevice::ReadOnly))
            return storeProblem(Tr::tr("The file %1 cannot be read: %2").arg(temporaryPath, temporary.errorString()));
        auto stored = serverstore::put(m_db, temporary, actual.value());
        temporary.close();
        QFile::remove(temporaryPath);
        return stored;
    }
    const QString finalPath = pathOf(digest.sha256);
    if (QFileInfo::exists(finalPath)) { // same bytes already stored
        QFile::remove(temporaryPath);
        return digest;
    }
    QDir().mkpath(QFileInfo(finalPath).path());
    // rename(2) within one file system is atomic: the name appears with all its bytes or not at all.
    if (::rename(QFile::encodeName(temporaryPath).constData(), QFile::encodeName(finalPath).constData()) != 0) {
        QFile::remove(temporaryPath);
        return storeProblem(Tr::tr("The file %1 cannot be written: %2").arg(finalPath, QString::fromLocal8Bit(strerror(errno))));
    }
    QFile::setPermissions(finalPath, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    return digest;
}

domain::Result<QByteArray> FileStore::read(const QString &sha256) const
{
    auto device = open(sha256);
    if (!device)
        return device.problems();
    const QByteArray bytes = device.value()->readAll();
    if (digestOf(bytes).sha256 != sha256)
        return storeProblem(Tr::tr("The stored file %1 has been altered: its bytes no longer match its SHA-256.").arg(sha256));
    return bytes;
}

domain::Status FileStore::record(const QSqlDatabase &db, const ContentDigest &digest, const QString &mediaType)
{
    auto q = exec(db, u"INSERT INTO stored_files (sha256, sm3, size, media_type, stored_at) VALUES (?, ?, ?, ?, ?) "
                      u"ON CONFLICT (sha256) DO NOTHING"_s,
                  {digest.sha256, digest.sm3, digest.size, mediaType, nowTimestamp()});
    if (!q)
        return q.problems();
    return domain::success();
}

domain::Result<ContentDigest> FileStore::recorded(const QSqlDatabase &db, const QString &sha256)
{
    auto q = exec(db, u"SELECT sm3, size FROM stored_files WHERE sha256 = ?"_s, {sha256});
    if (!q)
        return q.problems();
    if (!q.value().next()) {
        if (auto s = readEnded(q.value()); !s)
            return s.problems();
        return storeProblem(Tr::tr("No stored file %1 is recorded in this database.").arg(sha256));
    }
    ContentDigest d{sha256, q.value().value(0).toString(), q.value().value(1).toLongLong()};
    q.value().finish();
    return d;
}

QString FileStore::mediaTypeOf(const QString &fileName, const QByteArray &head)
{
    static const QMimeDatabase mimes;
    return head.isEmpty() ? mimes.mimeTypeForFile(fileName, QMimeDatabase::MatchExtension).name()
                          : mimes.mimeTypeForFileNameAndData(fileName, head).name();
}

domain::Result<std::unique_ptr<QIODevice>> FileStore::open(const QString &sha256) const
{
    if (!isHexName(sha256))
        return storeProblem(Tr::tr("%1 is not the name of a stored file.").arg(sha256));
    if (m_engine == Engine::PostgreSQL)
        return serverstore::open(m_db, sha256);
    auto file = std::make_unique<QFile>(pathOf(sha256));
    if (!file->open(QIODevice::ReadOnly))
        return storeProblem(Tr::tr("The stored file %1 is missing from %2.").arg(sha256, m_root));
    return std::unique_ptr<QIODevice>(std::move(file));
}

domain::Result<StoreCheck> FileStore::check(Depth depth) const
{
    if (m_engine == Engine::PostgreSQL)
        return serverstore::check(m_db, depth == Depth::Hashes);
    const QSqlDatabase &db = m_db;
    StoreCheck result;
    auto rows = exec(db, u"SELECT sha256 FROM stored_files"_s);
    if (!rows)
        return rows.problems();
    QSet<QString> committed;
    QSqlQuery q = std::move(rows).value();
    while (q.next())
        committed.insert(q.value(0).toString());
    if (auto s = readEnded(q); !s)
        return s.problems();
    q.finish();

    for (const QString &sha : std::as_const(committed)) {
        ++result.checkedFiles;
        if (!QFileInfo::exists(pathOf(sha)))
            result.missing << sha;
        else if (depth == Depth::Hashes) {
            auto digest = digestOfFile(pathOf(sha));
            if (!digest || digest->sha256 != sha)
                result.altered << sha;
        }
    }
    // Orphans: named files without a row, and temporaries left by an interrupted put. Only old ones: a
    // file a moment old may belong to a command another process has not committed yet.
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QDirIterator it(m_root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        const bool isTemporary = info.path().endsWith(u"/incoming"_s);
        if (!isTemporary && committed.contains(info.fileName()))
            continue;
        if (info.lastModified().toUTC() > cutoff)
            continue;
        QFile::setPermissions(info.filePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (QFile::remove(info.filePath()))
            result.removedOrphans << info.fileName();
    }
    std::sort(result.missing.begin(), result.missing.end());
    std::sort(result.altered.begin(), result.altered.end());
    return result;
}

} // namespace ecoclaim::storage
