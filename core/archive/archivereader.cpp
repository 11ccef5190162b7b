#include "core/archive/archivereader.h"

#include "core/archive/archiveformat.h"
#include "core/storage/contenthash.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::archive {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Archive)
};
Problem problem(const QString &message) { return Problem{{}, message, {}}; }
} // namespace

ArchiveReader::ArchiveReader(QString path) : m_path(std::move(path)) {}
ArchiveReader::~ArchiveReader() = default;

Status ArchiveReader::open()
{
    if (!QFileInfo(m_path).isFile())
        return problem(Tr::tr("%1 does not exist or is not a file.").arg(m_path));
    m_zip = std::make_unique<QuaZip>(m_path);
    if (!m_zip->open(QuaZip::mdUnzip))
        return problem(Tr::tr("%1 is not a ZIP archive, or it is truncated or damaged (its directory cannot be read).").arg(m_path));
    m_entries.clear();
    for (bool more = m_zip->goToFirstFile(); more; more = m_zip->goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!m_zip->getCurrentFileInfo(&info))
            return problem(Tr::tr("%1 is damaged: an entry of its directory cannot be read.").arg(m_path));
        ArchiveEntry e;
        e.name = info.name;
        e.size = qint64(info.uncompressedSize);
        e.compressedSize = qint64(info.compressedSize);
        e.method = info.method;
        e.encrypted = info.flags & 0x1;
        const quint32 mode = info.externalAttr >> 16;
        e.symlink = (mode & 0170000) == 0120000;
        e.directory = info.name.endsWith(u'/');
        m_entries << e;
        if (m_entries.size() > maxEntries)
            break;
    }
    if (m_zip->getZipError() != 0)
        return problem(Tr::tr("%1 is damaged: its directory cannot be read (error %2).").arg(m_path).arg(m_zip->getZipError()));
    return success();
}

QStringList ArchiveReader::securityProblems() const
{
    QStringList found;
    QSet<QString> seen;
    qint64 total = 0;
    if (m_entries.size() > maxEntries)
        found << Tr::tr("The archive has more than %1 entries.").arg(maxEntries);
    for (const ArchiveEntry &e : m_entries) {
        if (const QString why = entryNameProblem(e.name); !why.isEmpty())
            found << Tr::tr("Entry \"%1\": %2.").arg(e.name, why);
        if (e.symlink)
            found << Tr::tr("Entry \"%1\" is a symbolic link.").arg(e.name);
        if (e.directory && e.size > 0)
            found << Tr::tr("Entry \"%1\" is a directory with content.").arg(e.name);
        if (e.encrypted)
            found << Tr::tr("Entry \"%1\" is encrypted: an archive must be readable without a password.").arg(e.name);
        if (e.method != 0 && e.method != 8)
            found << Tr::tr("Entry \"%1\" uses compression method %2 (only stored and deflated are accepted).").arg(e.name).arg(e.method);
        if (seen.contains(e.name))
            found << Tr::tr("Entry \"%1\" appears twice.").arg(e.name);
        seen.insert(e.name);
        if (e.size < 0 || e.size > maxEntrySize)
            found << Tr::tr("Entry \"%1\" is too large (%2 bytes; at most %3).").arg(e.name).arg(e.size).arg(maxEntrySize);
        if (e.method == 8 && e.size > (1 << 20) && e.size > maxRatio * std::max<qint64>(1, e.compressedSize))
            found << Tr::tr("Entry \"%1\" would expand %2 times (a ZIP bomb?).").arg(e.name).arg(e.size / std::max<qint64>(1, e.compressedSize));
        if (e.method == 0 && e.size != e.compressedSize)
            found << Tr::tr("Entry \"%1\" is stored but its sizes disagree.").arg(e.name);
        total += std::max<qint64>(0, e.size);
    }
    if (total > maxTotalSize)
        found << Tr::tr("The archive would expand to %1 bytes (at most %2).").arg(total).arg(maxTotalSize);
    return found;
}

Status ArchiveReader::readAll(const std::function<bool(const ArchiveEntry &)> &keep,
                              const std::function<void(const ArchiveEntry &, EntryContent &&)> &each,
                              const std::function<QIODevice *(const ArchiveEntry &)> &sink)
{
    int index = 0;
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (bool more = m_zip->goToFirstFile(); more && index < m_entries.size(); more = m_zip->goToNextFile(), ++index) {
        const ArchiveEntry &e = m_entries.at(index);
        if (e.directory)
            continue;
        QuaZipFile file(m_zip.get());
        if (!file.open(QIODevice::ReadOnly))
            return problem(Tr::tr("Entry \"%1\" cannot be opened (error %2).").arg(e.name).arg(file.getZipError()));
        storage::ContentHasher hasher;
        EntryContent content;
        const bool keepBytes = keep(e);
        QIODevice *out = sink ? sink(e) : nullptr;
        qint64 read = 0;
        for (;;) {
            const qint64 n = file.read(block.data(), block.size());
            if (n < 0) {
                file.close();
                return problem(Tr::tr("Entry \"%1\" is damaged: it cannot be inflated.").arg(e.name));
            }
            if (n == 0)
                break;
            read += n;
            if (read > e.size) { // more than declared: stop before a bomb fills the disk
                file.close();
                return problem(Tr::tr("Entry \"%1\" holds more bytes than its header declares.").arg(e.name));
            }
            hasher.addData(block.constData(), n);
            if (keepBytes)
                content.bytes.append(block.constData(), n);
            if (out && out->write(block.constData(), n) != n) {
                file.close();
                return problem(Tr::tr("Entry \"%1\" could not be written: %2").arg(e.name, out->errorString()));
            }
        }
        file.close();
        if (file.getZipError() != 0)
            return problem(Tr::tr("Entry \"%1\" is damaged: its checksum (CRC) does not match.").arg(e.name));
        if (read != e.size)
            return problem(Tr::tr("Entry \"%1\" is shorter than its header declares.").arg(e.name));
        content.digest = hasher.finish();
        each(e, std::move(content));
    }
    return success();
}

} // namespace ecoclaim::archive
