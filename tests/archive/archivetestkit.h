#pragma once
// Helpers for the archive tests: a real PDF, a paper row standing in for the papers module (issue 5),
// and ZIP surgery to forge archives the way an attacker or a broken copy would.

#include "tests/service/casetestbed.h"

#include "core/archive/trustedkeys.h"
#include "core/storage/filestore.h"
#include "core/storage/writetransaction.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <QBuffer>
#include <QJsonArray>
#include <QPainter>
#include <QPdfWriter>

namespace ecoclaim::test {

// The testbed unit's signing key (created on first use in the testbed's own folder, never in the user's
// data folder), loaded and ready to sign an export.
inline QString keyFolderOf(CaseTestbed &bed) { return bed.folder() + u"/keys"_s; }
inline archive::UnitSigner signerFor(CaseTestbed &bed, const QString &holder = u"上海市金山区生态环境局"_s)
{
    archive::TrustedKeys keys(bed.database());
    if (!keys.activeOwnKey().value())
        if (auto created = keys.createOwnKey(keyFolderOf(bed), holder, {}, u"管理员"_s); !created)
            qFatal("key create failed: %s", qPrintable(created.errorString()));
    auto signer = archive::loadUnitSigner(bed.database(), keyFolderOf(bed), {});
    if (!signer)
        qFatal("key load failed: %s", qPrintable(signer.errorString()));
    return std::move(signer).value();
}
inline QList<archive::TrustedKey> trustedKeysOf(CaseTestbed &bed) { return archive::TrustedKeys(bed.database()).all().value(); }
// `target` trusts the key of `source`'s unit, as an administrator does after comparing its fingerprint.
inline void trustUnitOf(CaseTestbed &source, CaseTestbed &target)
{
    const archive::TrustedKey key = *archive::TrustedKeys(source.database()).activeOwnKey().value();
    if (auto t = archive::TrustedKeys(target.database()).trust(key.publicKeyPem, key.holder, key.fingerprint, u"管理员"_s); !t)
        qFatal("trust failed: %s", qPrintable(t.errorString()));
}

// A real PDF of `pages` pages written by QPdfWriter.
inline QByteArray makePdf(int pages, const QString &text)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(72);
        QPainter painter(&writer);
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            painter.drawText(QPointF(50, 80), u"%1 — %2"_s.arg(text).arg(i + 1));
        }
    }
    return bytes;
}

// STANDING IN FOR THE PAPERS MODULE (issue 5): stores a PDF and registers it in `documents` as a
// generated paper, with one service whose proof is the given evidence id (0: none).
inline qint64 addPaperForTest(CaseTestbed &bed, const QString &caseNo, const QString &paperType, const QString &title,
                              qint64 proofEvidenceId = -1)
{
    storage::FileStore store(bed.database());
    const QByteArray pdf = makePdf(2, title);
    auto digest = store.putBytes(pdf);
    if (!digest)
        qFatal("put failed");
    const QSqlDatabase db = bed.database().connection();
    storage::WriteTransaction txn(db);
    if (!txn.begin() || !storage::FileStore::record(db, digest.value(), u"application/pdf"_s))
        qFatal("record failed");
    const qint64 caseId = bed.service().resolve(caseNo).value();
    auto q = storage::exec(db, u"INSERT INTO documents (case_id, paper_type, subject, doc_no, version, title, dated_on, "
                               "pdf_sha256, pages, created_by, created_at) VALUES (?, ?, '', ?, 1, ?, '2026-03-02', ?, 2, 'tester', ?)"_s,
                           {caseId, paperType, u"沪金环损磋告〔2026〕1号"_s, title, digest->sha256, storage::nowTimestamp()});
    if (!q)
        qFatal("insert document failed");
    const qint64 documentId = q.value().lastInsertId().toLongLong();
    q.value().finish();
    if (proofEvidenceId >= 0) {
        auto s = storage::exec(db, u"INSERT INTO document_services (document_id, method, served_on, recipient, proof_evidence_id, "
                                   "recorded_by, recorded_at) VALUES (?, 'direct', '2026-03-02', '法定代表人', ?, 'tester', ?)"_s,
                               {documentId, proofEvidenceId > 0 ? QVariant(proofEvidenceId) : QVariant(QMetaType(QMetaType::LongLong)),
                                storage::nowTimestamp()});
        if (!s)
            qFatal("insert service failed");
    }
    if (!txn.commit())
        qFatal("commit failed");
    return documentId;
}

struct ZipEntry
{
    QString name;
    QByteArray bytes;
    quint32 externalAttr = quint32(0100644) << 16;
    qint64 declaredSize = -1; // ≥ 0: written raw, the header declaring this uncompressed size (a lie)
};

inline QList<ZipEntry> readZip(const QString &path)
{
    QList<ZipEntry> list;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return list;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        zip.getCurrentFileInfo(&info);
        QuaZipFile f(&zip);
        f.open(QIODevice::ReadOnly);
        list << ZipEntry{info.name, f.readAll(), info.externalAttr};
        f.close();
    }
    return list;
}

inline bool writeZip(const QString &path, const QList<ZipEntry> &entries)
{
    QFile::remove(path);
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const ZipEntry &e : entries) {
        QuaZipFile f(&zip);
        QuaZipNewInfo info(e.name);
        info.externalAttr = e.externalAttr;
        if (e.declaredSize >= 0) {
            info.uncompressedSize = ulong(e.declaredSize);
            if (!f.open(QIODevice::WriteOnly, info, nullptr, 0x12345678, 8, 6, true))
                return false;
            f.write(e.bytes);
            f.close();
            continue;
        }
        if (!f.open(QIODevice::WriteOnly, info, nullptr, 0, 8, 6))
            return false;
        f.write(e.bytes);
        f.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

// The case file as JSON without row ids (they differ between databases by design).
inline QJsonValue withoutIds(const QJsonValue &v)
{
    if (v.isObject()) {
        QJsonObject o;
        const QJsonObject in = v.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            if (it.key() != u"id" && !it.key().endsWith(u"_id"_s))
                o.insert(it.key(), withoutIds(it.value()));
        return o;
    }
    if (v.isArray()) {
        QJsonArray a;
        for (const QJsonValue &x : v.toArray())
            a.append(withoutIds(x));
        return a;
    }
    return v;
}

} // namespace ecoclaim::test
