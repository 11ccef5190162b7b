#pragma once
// Reading a case archive one entry at a time — never QuaZip's extractDir, which silently skips
// entries that escape the target (docs/PITFALLS.md §14). The reader lists every entry as the ZIP's central
// directory declares it, judges each (name, link, encryption, size, ratio, duplicates) before anything
// is inflated, and reads an entry only up to its declared size, checking the CRC at the end.

#include "core/domain/result.h"
#include "core/domain/contentdigest.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QuaZip;

namespace ecoclaim::archive {

struct ArchiveEntry
{
    QString name;
    qint64 size = 0, compressedSize = 0;
    int method = 0;        // 0 stored, 8 deflated
    bool encrypted = false;
    bool symlink = false;  // Unix mode S_IFLNK in the external attributes
    bool directory = false;
};

struct EntryContent
{
    domain::ContentDigest digest;
    QByteArray bytes; // kept for small entries (JSON, HTML, PDF ≤ keepLimit), else empty
};

class ArchiveReader
{
public:
    explicit ArchiveReader(QString path);
    ~ArchiveReader();
    Q_DISABLE_COPY_MOVE(ArchiveReader)

    // Opens the ZIP and reads its directory. Not a ZIP, truncated, unreadable: a clear problem.
    domain::Status open();
    const QList<ArchiveEntry> &entries() const { return m_entries; }

    // What makes the archive unsafe to read or import, one line per finding (translated): names that
    // leave the archive, links, encryption, duplicates, sizes and ratios beyond archiveformat.h.
    QStringList securityProblems() const;

    // Reads every entry in order, hashing it; `keep` says whether to keep its bytes, `sink` (optional)
    // gives a device the bytes are also written to (a file being put into the store). Stops at the first
    // entry that cannot be read whole (bad CRC, longer than declared, inflate error).
    domain::Status readAll(const std::function<bool(const ArchiveEntry &)> &keep,
                           const std::function<void(const ArchiveEntry &, EntryContent &&)> &each,
                           const std::function<QIODevice *(const ArchiveEntry &)> &sink = {});

private:
    QString m_path;
    std::unique_ptr<QuaZip> m_zip;
    QList<ArchiveEntry> m_entries;
};

} // namespace ecoclaim::archive
