#include "core/archive/archiveimport.h"

#include "core/archive/archivereader.h"
#include "core/archive/archiveverify.h"
#include "core/service/caseservice.h"
#include "core/storage/database.h"
#include "core/storage/filestore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::archive {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Archive)
};
struct PutFile
{
    storage::ContentDigest digest;
    QString mediaType;
};
} // namespace

Result<ImportResult> importArchive(service::CaseService &service, const QString &zipPath, const QString &actor,
                                   const QString &acceptedKey)
{
    auto trusted = TrustedKeys(service.database()).all();
    if (!trusted)
        return trusted.problems();
    auto verified = verifyArchive(zipPath, trusted.value());
    if (!verified)
        return verified.problems();
    const VerifyReport &report = verified.value();
    const QString accepted = normalisedFingerprint(acceptedKey);
    if (!acceptedKey.isEmpty() && accepted.isEmpty())
        return Problem{u"accept-key"_s, Tr::tr("\"%1\" is not a key fingerprint (64 hexadecimal digits).").arg(acceptedKey), {}};
    // A valid signature by a key this database does not trust: imported only when the user named that key.
    const bool acceptedHere = !accepted.isEmpty() && report.passedButForAnUnknownKey() && report.signature.fingerprint == accepted;
    if (!accepted.isEmpty() && report.signature.state == SignatureVerdict::UnknownKey && report.signature.fingerprint != accepted)
        return Problem{u"accept-key"_s, Tr::tr("%1 is signed by the key %2, not by the key %3 you accepted; nothing was imported.")
                                            .arg(zipPath, groupedFingerprint(report.signature.fingerprint), groupedFingerprint(accepted)), {}};
    if (!report.passed() && !acceptedHere) {
        Problems refused;
        refused.add({}, Tr::tr("%1 is not imported: it did not pass verification.").arg(zipPath), {});
        for (const CheckLine &c : report.checks)
            for (const QString &f : c.findings)
                refused.add({}, propertyName(c.property) + u": "_s + f, {});
        return refused;
    }

    // What the manifest says each file is; the media types of evidence from the case data.
    QHash<QString, QJsonObject> listed;
    for (const QJsonValue &v : report.manifest.value(u"files"_s).toArray())
        listed.insert(v.toObject().value(u"path"_s).toString(), v.toObject());
    QHash<QString, QString> mediaTypes;
    const QJsonObject caseJson = QJsonDocument::fromJson(report.data.value(u"case/case.json"_s)).object();
    for (const QJsonValue &v : caseJson.value(u"evidence"_s).toArray())
        mediaTypes.insert(v.toObject().value(u"sha256"_s).toString(), v.toObject().value(u"media_type"_s).toString());

    // Files into the store, outside the transaction; each digest checked again against the manifest
    // (the ZIP could have changed since it was verified).
    storage::FileStore store(service.database());
    ArchiveReader reader(zipPath);
    if (auto s = reader.open(); !s)
        return s.problems();
    QList<PutFile> puts;
    Problems failures;
    auto isFile = [&](const ArchiveEntry &e) {
        const QString role = listed.value(e.name).value(u"role"_s).toString();
        return role == u"paper" || role == u"evidence" || e.name == u"case/audit.json";
    };
    // Each file streams from the ZIP straight into the store (never whole in memory), named once its
    // digest is known and agrees with the manifest.
    std::unique_ptr<storage::IncomingFile> incoming;
    auto sink = [&](const ArchiveEntry &e) -> QIODevice * {
        incoming.reset();
        if (!isFile(e) || !failures.isEmpty())
            return nullptr;
        auto begun = store.beginIncoming();
        if (!begun) {
            failures.append(begun.problems());
            return nullptr;
        }
        incoming = std::move(begun).value();
        return &incoming->device();
    };
    auto read = reader.readAll([](const ArchiveEntry &) { return false; }, [&](const ArchiveEntry &e, EntryContent &&c) {
        if (!isFile(e) || !failures.isEmpty() || !incoming)
            return;
        if (c.digest.sha256 != listed.value(e.name).value(u"sha256"_s).toString()) {
            failures.add({}, Tr::tr("%1 changed after it was verified; nothing is imported.").arg(e.name), {});
            return;
        }
        auto put = incoming->commit(c.digest);
        incoming.reset();
        if (!put) {
            failures.append(put.problems());
            return;
        }
        const QString media = e.name == u"case/audit.json" ? u"application/json"_s
            : listed.value(e.name).value(u"role"_s).toString() == u"paper" ? u"application/pdf"_s
                                                                            : mediaTypes.value(put->sha256, u"application/octet-stream"_s);
        puts << PutFile{put.value(), media};
    }, sink);
    incoming.reset();
    if (!read)
        return read.problems();
    if (!failures.isEmpty())
        return failures;
    auto archiveDigest = storage::digestOfFile(zipPath);
    if (!archiveDigest)
        return archiveDigest.problems();
    const storage::ContentDigest auditDigest = storage::digestOf(report.data.value(u"case/audit.json"_s));

    // One transaction, written by the service (only it changes cases): the rows, the files recorded,
    // the search index, the audit entry; then the notifier.
    service::CaseImport import;
    import.tables = QJsonDocument::fromJson(report.data.value(u"case/tables.json"_s)).object();
    for (const PutFile &p : puts)
        import.files << service::CaseImport::File{p.digest, p.mediaType};
    const QJsonObject heads = report.manifest.value(u"audit"_s).toObject();
    import.auditPayload = QJsonObject{{u"cmd"_s, u"import_case"_s},
                                      {u"case"_s, report.caseNumber},
                                      {u"archive"_s, QFileInfo(zipPath).fileName()},
                                      {u"archive_sha256"_s, archiveDigest->sha256},
                                      {u"archive_sm3"_s, archiveDigest->sm3},
                                      {u"exported_at"_s, report.manifest.value(u"exported_at"_s)},
                                      {u"exported_by"_s, report.manifest.value(u"exported_by"_s)},
                                      {u"original_case_head"_s, heads.value(u"case_head"_s)},
                                      {u"original_chain_head"_s, heads.value(u"chain_head"_s)},
                                      {u"original_audit_sha256"_s, auditDigest.sha256},
                                      {u"signer"_s, report.signature.holder},
                                      {u"signer_key"_s, report.signature.fingerprint},
                                      {u"key_trust"_s, acceptedHere ? u"accepted_for_this_import"_s : u"trusted"_s}};
    auto caseId = service.importCase(import, actor);
    if (!caseId)
        return caseId.problems();
    return ImportResult{caseId.value(), report.caseNumber, int(puts.size())};
}

} // namespace ecoclaim::archive
