#pragma once
// The files a case holds, kept beside the database in "<database>.files/" and named by their SHA-256:
// evidence a caseworker adds and the bytes of every paper the program generated. The same content is
// stored once; a stored file is never modified (its name is its hash).
//
// Two steps, so a file and its database row commit together: put() writes the bytes (temporary file,
// fsync, rename — an interrupted put leaves only a temporary), then the caller records it with
// record() inside its own write transaction. A file on disk without a row is what an interrupted or
// rolled-back command leaves: check() removes those once they are older than an hour (another process may
// be between put and commit), and reports rows whose file is missing or altered.

#include "core/domain/result.h"
#include "core/storage/contenthash.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace ecoclaim::storage {

struct StoreCheck
{
    QStringList missing;   // sha256 of committed files not found on disk
    QStringList altered;   // sha256 of files whose bytes no longer hash to their name (full check only)
    QStringList removedOrphans; // files without a row, removed
    qint64 checkedFiles = 0;
    bool clean() const { return missing.isEmpty() && altered.isEmpty(); }
};

class FileStore
{
public:
    // The store of the database at databasePath ("<databasePath>.files").
    explicit FileStore(const QString &databasePath);

    QString root() const { return m_root; }
    QString pathOf(const QString &sha256) const;
    bool contains(const QString &sha256) const;

    // Copies a file in (the original is only read). Returns its digest.
    domain::Result<ContentDigest> put(const QString &sourcePath);
    domain::Result<ContentDigest> putBytes(const QByteArray &bytes);
    // Reads a stored file back, refusing it if its bytes no longer match its name.
    domain::Result<QByteArray> read(const QString &sha256) const;

    // Records a put file as committed; call inside the caller's WriteTransaction. Recording the same
    // content twice is fine.
    static domain::Status record(const QSqlDatabase &db, const ContentDigest &digest, const QString &mediaType);
    // The media type recorded for a file name (by extension and content, QMimeDatabase).
    static QString mediaTypeOf(const QString &fileName, const QByteArray &head = {});

    enum class Depth { Presence, Hashes };
    // Compares the store with stored_files; removes orphans older than an hour.
    domain::Result<StoreCheck> check(const QSqlDatabase &db, Depth depth) const;

private:
    domain::Result<ContentDigest> commitTemporary(const QString &temporaryPath, const ContentDigest &digest);
    QString m_root;
};

} // namespace ecoclaim::storage
