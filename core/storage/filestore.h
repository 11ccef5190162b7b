#pragma once
// The files a case holds, named by their SHA-256: evidence a caseworker adds and the bytes of every
// paper the program generated. The same content is stored once; a stored file is never modified (its
// name is its hash). Where the bytes live depends on the engine:
//
//   * SQLite: beside the database file in "<database>.files/xx/<sha256>" — written to incoming/,
//     fsynced, renamed into place (an interrupted put leaves only a temporary).
//   * PostgreSQL: in the database itself (stored_file_chunks, 1 MiB per row, and stored_file_contents
//     saying the file is whole), so every desk of a bureau reaches every file through the one
//     connection it already has, one backup holds everything, and no shared folder has to be mounted
//     the same way on a dozen desks (docs/ARCHITECTURE.md, "Evidence on a server", with the measurements).
//
// Two steps, so a file and its database row commit together: put() stores the bytes, then the caller
// records them with record() inside its own write transaction. Stored bytes without a row are what an
// interrupted or refused command leaves: check() removes those once they are older than an hour
// (another desk may be between put and commit), and reports rows whose bytes are missing or altered.

#include "core/domain/result.h"
#include "core/storage/contenthash.h"
#include "core/storage/dialect.h"

#include <QFile>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace ecoclaim::storage {

class Database;

struct StoreCheck
{
    QStringList missing;   // sha256 of committed files not found in the store
    QStringList altered;   // sha256 of files whose bytes no longer hash to their name (full check only)
    QStringList removedOrphans; // stored bytes without a row, removed
    qint64 checkedFiles = 0;
    bool clean() const { return missing.isEmpty() && altered.isEmpty(); }
};

class FileStore;

// A file being written into the store from a stream (an archive entry): bytes go to a temporary file;
// commit() stores it under the digest the caller computed while streaming (checked again on the way).
// Destroyed uncommitted, the temporary is removed.
class IncomingFile
{
public:
    ~IncomingFile();
    Q_DISABLE_COPY_MOVE(IncomingFile)
    QIODevice &device();
    domain::Result<ContentDigest> commit(const ContentDigest &digest);

private:
    friend class FileStore;
    IncomingFile(FileStore &store, const QString &path);
    FileStore &m_store;
    std::unique_ptr<QFile> m_file;
    bool m_committed = false;
};

class FileStore
{
public:
    // The store of this database (on the connection of the calling thread).
    explicit FileStore(const Database &database);

    // Where the store is, for messages: a folder, or the server database.
    QString location() const;
    // The file of a stored content on disk (SQLite only; empty on a server).
    QString pathOf(const QString &sha256) const;
    bool contains(const QString &sha256) const;

    // Copies a file in (the original is only read). Returns its digest.
    domain::Result<ContentDigest> put(const QString &sourcePath);
    domain::Result<ContentDigest> putBytes(const QByteArray &bytes);
    // Stores what `source` holds (read from its start) under a digest already known — another store's
    // file on its way over (migrate-to). check(Depth::Hashes) proves it afterwards.
    domain::Result<ContentDigest> putDevice(QIODevice &source, const ContentDigest &digest);
    // For bytes that arrive in pieces (see IncomingFile).
    domain::Result<std::unique_ptr<IncomingFile>> beginIncoming();
    // Reads a stored file back, refusing it if its bytes no longer match its name.
    domain::Result<QByteArray> read(const QString &sha256) const;
    // Opens a stored file for reading in pieces (an archive export streams it); the caller checks the
    // digest while it reads.
    domain::Result<std::unique_ptr<QIODevice>> open(const QString &sha256) const;

    // Records a put file as committed; call inside the caller's WriteTransaction. Recording the same
    // content twice is fine.
    static domain::Status record(const QSqlDatabase &db, const ContentDigest &digest, const QString &mediaType);
    // The digests recorded for a committed file (SM3 included), or a problem if there is no row.
    static domain::Result<ContentDigest> recorded(const QSqlDatabase &db, const QString &sha256);
    // The media type recorded for a file name (by extension and content, QMimeDatabase).
    static QString mediaTypeOf(const QString &fileName, const QByteArray &head = {});

    enum class Depth { Presence, Hashes };
    // Compares the store with stored_files; removes orphans older than an hour.
    domain::Result<StoreCheck> check(Depth depth) const;

private:
    friend class IncomingFile;
    domain::Result<ContentDigest> commitTemporary(const QString &temporaryPath, const ContentDigest &digest);
    QString temporaryFolder() const;
    Engine m_engine;
    QSqlDatabase m_db;
    QString m_root; // SQLite: "<database>.files"
};

} // namespace ecoclaim::storage
