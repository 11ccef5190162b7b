#include "core/archive/archiveexport.h"

#include "core/archive/archiveformat.h"
#include "core/archive/archivesignature.h"
#include "core/archive/volume.h"
#include "core/domain/outputfile.h"
#include "core/reports/pdfwriting.h"
#include "core/service/caseservice.h"
#include "core/storage/auditlog.h"
#include "core/storage/casetransfer.h"
#include "core/storage/contenthash.h"
#include "core/storage/database.h"
#include "core/storage/filestore.h"
#include "core/storage/readsnapshot.h"
#include "core/storage/sqlquery.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <QCoreApplication>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::archive {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Archive)
};

Problem problem(const QString &message) { return Problem{{}, message, {}}; }

// The ZIP being written: each entry hashed as it goes in, the manifest's rows collected.
class ZipOut
{
public:
    ZipOut(const QString &path, qint64 total, const Progress &progress)
        : m_zip(path), m_total(total), m_progress(progress)
    {
    }

    bool open()
    {
        m_zip.setUtf8Enabled(true);
        // Plain ZIP while offsets fit in 32 bits (every reader opens it); ZIP64 for a larger volume.
        m_zip.setZip64Enabled(m_total > (qint64(3) << 30));
        return m_zip.open(QuaZip::mdCreate);
    }

    // Writes one entry from a device, hashing it. `known` (the store's record of a file) is checked by
    // SHA-256 — a changed file is refused — and its recorded SM3 is used: same SHA-256, same bytes.
    Status add(const QString &name, QIODevice &source, const QString &role, const storage::ContentDigest *known = nullptr)
    {
        QuaZipFile entry(&m_zip);
        QuaZipNewInfo info(name);
        info.dateTime = QDateTime::currentDateTime();
        info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        const bool stored = storedUncompressed(name);
        if (!entry.open(QIODevice::WriteOnly, info, nullptr, 0, stored ? 0 : 8 /* Z_DEFLATED */, stored ? 0 : 1 /* Z_BEST_SPEED: JSON and text shrink ~80 % already */))
            return problem(Tr::tr("The archive entry %1 could not be written (error %2).").arg(name).arg(entry.getZipError()));
        storage::ContentHasher hasher(known ? storage::ContentHasher::Algorithms::Sha256Only : storage::ContentHasher::Algorithms::Both);
        QByteArray block(1 << 20, Qt::Uninitialized);
        for (;;) {
            const qint64 n = source.read(block.data(), block.size());
            if (n < 0)
                return problem(Tr::tr("%1 could not be read for the archive.").arg(name));
            if (n == 0)
                break;
            hasher.addData(block.constData(), n);
            if (entry.write(block.constData(), n) != n)
                return problem(Tr::tr("The archive entry %1 could not be written.").arg(name));
            m_done += n;
            if (m_progress)
                m_progress(m_done, m_total);
        }
        entry.close();
        if (entry.getZipError() != 0)
            return problem(Tr::tr("The archive entry %1 could not be written (error %2).").arg(name).arg(entry.getZipError()));
        storage::ContentDigest digest = hasher.finish();
        if (known) {
            if (digest.sha256 != known->sha256 || digest.size != known->size)
                return problem(Tr::tr("The stored file %1 has been altered: its bytes no longer match its SHA-256; nothing is exported.").arg(known->sha256));
            digest.sm3 = known->sm3;
        }
        m_files.append(QJsonObject{{u"path"_s, name}, {u"size"_s, digest.size}, {u"sha256"_s, digest.sha256},
                                   {u"sm3"_s, digest.sm3}, {u"role"_s, role}});
        m_bytes += digest.size;
        return success();
    }

    Status addBytes(const QString &name, QByteArray bytes, const QString &role)
    {
        // index.html and the manifest are made at the end: the total grows by them.
        m_total = std::max(m_total, m_done + bytes.size());
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        return add(name, buffer, role);
    }

    Status close()
    {
        m_zip.close();
        if (m_zip.getZipError() != 0)
            return problem(Tr::tr("The archive could not be finished (error %1).").arg(m_zip.getZipError()));
        return success();
    }

    const QJsonArray &files() const { return m_files; }
    qint64 bytes() const { return m_bytes; }

private:
    QuaZip m_zip;
    qint64 m_total = 0, m_done = 0, m_bytes = 0;
    const Progress &m_progress;
    QJsonArray m_files;
};

QByteArray json(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
}

Result<QByteArray> pdfOf(const QString &html, const QString &title, const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"volume.pdf"_s);
    if (auto s = reports::writeHtmlPdf(html, path, title); !s)
        return s.problems();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return problem(Tr::tr("The PDF %1 could not be read back.").arg(path));
    const QByteArray bytes = f.readAll();
    f.close();
    QFile::remove(path);
    return bytes;
}
} // namespace

Result<ExportResult> exportCase(service::CaseService &service, const QString &caseReference, const QString &zipPath,
                                const QString &exportedBy, const UnitSigner &signer, const Progress &progress)
{
    // The reason a ZIP could not be written is said before any work (issue 16: a failed export says why).
    if (auto writable = domain::checkOutputFile(zipPath); !writable)
        return writable.problems();
    const QSqlDatabase db = service.database().connection();
    storage::FileStore store(service.database());
    // Everything read from the database comes from one snapshot, ended before the long ZIP writing.
    storage::ReadSnapshot snapshot(db);
    if (auto s = snapshot.begin(); !s)
        return s.problems();
    auto loaded = service.caseFile(caseReference);
    if (!loaded)
        return loaded.problems();
    const CaseFile file = std::move(loaded).value();

    // The audit chain must be intact: an archive vouches for the history it carries.
    auto chain = storage::audit::verify(db, storage::audit::FileCheck::ChainOnly);
    if (!chain)
        return chain.problems();
    if (!chain->intact())
        return problem(Tr::tr("The audit log of this database is broken (%1); an archive cannot vouch for it.").arg(chain->message));
    auto entries = storage::audit::entriesForCase(db, file.id);
    if (!entries)
        return entries.problems();
    auto tables = storage::dumpCaseRows(db, file.id);
    if (!tables)
        return tables.problems();

    const QList<VolumeItem> items = volumeItems(file);
    VolumeFacts facts = volumeFacts(file, exportedBy);
    facts.signer = signer.key.holder;
    facts.keyFingerprint = signer.key.fingerprint;
    QHash<QString, storage::ContentDigest> recorded;
    for (const VolumeItem &v : items) {
        auto known = storage::FileStore::recorded(db, v.sha256);
        if (!known)
            return known.problems();
        recorded.insert(v.sha256, known.value());
    }
    snapshot.end();
    qint64 total = 0;
    for (const VolumeItem &v : items) {
        if (!store.contains(v.sha256))
            return problem(Tr::tr("The stored file of \"%1\" (%2) is missing from %3; nothing is exported.").arg(v.title, v.sha256, store.location()));
        total += recorded.value(v.sha256).size;
    }

    QTemporaryDir scratch;
    if (!scratch.isValid())
        return problem(Tr::tr("No temporary folder for the archive's PDFs."));
    auto contents = pdfOf(contentsHtml(file, items), u"卷内目录 "_s + file.number, scratch);
    if (!contents)
        return contents.problems();
    auto notes = pdfOf(notesHtml(file, items, facts), u"卷内备考表 "_s + file.number, scratch);
    if (!notes)
        return notes.problems();

    QJsonArray audit;
    for (const storage::AuditEntry &e : entries.value())
        audit.append(QJsonObject{{u"id"_s, e.id}, {u"at"_s, e.at}, {u"actor"_s, e.actor}, {u"case_id"_s, e.caseId},
                                 {u"command"_s, e.command}, {u"payload"_s, e.payload}, {u"changes"_s, e.changes},
                                 {u"prev_hash"_s, e.prevHash}, {u"hash"_s, e.hash}});
    const QJsonObject auditHeads{{u"chain_head"_s, chain->head}, {u"chain_entries"_s, chain->entries},
                                 {u"case_head"_s, entries->isEmpty() ? QString() : entries->last().hash},
                                 {u"case_entries"_s, entries->size()}};
    QJsonObject caseJson = file.toJson();
    QJsonArray timeline = caseJson.value(u"timeline"_s).toArray();

    const QByteArray caseBytes = json(caseJson), metadata = json(metadataJson(file, items, facts)),
                     timelineBytes = json(timeline), auditBytes = json(audit), tablesBytes = json(tables.value());
    total += contents->size() + notes->size() + caseBytes.size() + metadata.size() + timelineBytes.size()
        + auditBytes.size() + tablesBytes.size();

    const QString partial = zipPath + u".partial"_s;
    QFile::remove(partial);
    auto fail = [&](const Problems &p) -> Result<ExportResult> {
        QFile::remove(partial);
        return p;
    };
    ZipOut zip(partial, total, progress);
    if (!zip.open())
        return fail(Problems{problem(Tr::tr("The archive %1 cannot be created.").arg(zipPath))});
    for (const VolumeItem &v : items) {
        auto source = store.open(v.sha256);
        if (!source)
            return fail(Problems{problem(Tr::tr("The stored file %1 cannot be read.").arg(v.sha256))});
        const storage::ContentDigest known = recorded.value(v.sha256);
        if (auto s = zip.add(v.entry, *source.value(), v.paper ? u"paper"_s : u"evidence"_s, &known); !s)
            return fail(s.problems());
    }
    for (const auto &[name, bytes, role] : {std::tuple{u"volume/contents.pdf"_s, contents.value(), u"volume"_s},
                                            std::tuple{u"volume/notes.pdf"_s, notes.value(), u"volume"_s},
                                            std::tuple{u"case/case.json"_s, caseBytes, u"data"_s},
                                            std::tuple{u"case/metadata.json"_s, metadata, u"data"_s},
                                            std::tuple{u"case/timeline.json"_s, timelineBytes, u"data"_s},
                                            std::tuple{u"case/audit.json"_s, auditBytes, u"data"_s},
                                            std::tuple{u"case/tables.json"_s, tablesBytes, u"data"_s}})
        if (auto s = zip.addBytes(name, bytes, role); !s)
            return fail(s.problems());
    if (auto s = zip.addBytes(u"index.html"_s, indexHtml(file, items, facts, zip.files(), auditHeads).toUtf8(), u"index"_s); !s)
        return fail(s.problems());

    const QJsonObject manifest{{u"format"_s, QString::fromLatin1(formatName)}, {u"format_version"_s, formatVersion},
                               {u"case_no"_s, file.number}, {u"title"_s, file.title},
                               {u"stage"_s, caseJson.value(u"stage"_s)},
                               {u"exported_at"_s, storage::nowTimestamp()}, {u"exported_by"_s, exportedBy},
                               {u"generator"_s, u"EcoClaim"_s}, {u"digest_algorithms"_s, QJsonArray{u"SHA-256"_s, u"SM3"_s}},
                               {u"audit"_s, auditHeads}, {u"signature"_s, signerStatement(signer.key)},
                               {u"files"_s, zip.files()}};
    const int entryCount = int(zip.files().size()) + 2;
    const qint64 contentBytes = zip.bytes();
    const QByteArray manifestBytes = json(manifest);
    auto signature = signatureEntry(signer, manifestBytes);
    if (!signature)
        return fail(signature.problems());
    if (auto s = zip.addBytes(u"manifest.json"_s, manifestBytes, u"manifest"_s); !s)
        return fail(s.problems());
    if (auto s = zip.addBytes(QString::fromLatin1(signatureEntryName), signature.value(), u"signature"_s); !s)
        return fail(s.problems());
    if (auto s = zip.close(); !s)
        return fail(s.problems());
    QFile::remove(zipPath);
    if (!QFile::rename(partial, zipPath))
        return fail(Problems{problem(Tr::tr("The archive could not be moved to %1.").arg(zipPath))});
    return ExportResult{zipPath, file.number, entryCount, contentBytes, QFileInfo(zipPath).size()};
}

} // namespace ecoclaim::archive
