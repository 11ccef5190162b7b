#include "core/archive/archiveverify.h"

#include "core/archive/archiveformat.h"
#include "core/storage/auditlog.h"
#include "core/storage/pdfpages.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::archive {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Archive)
};

bool keepBytes(const ArchiveEntry &e)
{
    return (e.name.endsWith(u".json"_s) || e.name.endsWith(u".html"_s) || e.name.endsWith(u".pdf"_s, Qt::CaseInsensitive)
            || e.name == QLatin1String(signatureEntryName))
        && e.size <= (qint64(64) << 20);
}

CheckLine line(Property p, const QString &name, const QStringList &findings)
{
    return CheckLine{p, name, findings.isEmpty(), findings};
}
} // namespace

QString propertyName(Property p)
{
    switch (p) {
    case Property::Authenticity:
        return Tr::tr("Authenticity (真实性)");
    case Property::Completeness:
        return Tr::tr("Completeness (完整性)");
    case Property::Usability:
        return Tr::tr("Usability (可用性)");
    case Property::Security:
        return Tr::tr("Security (安全性)");
    }
    return {};
}

bool VerifyReport::passedButForAnUnknownKey() const
{
    if (signature.state != SignatureVerdict::UnknownKey || checks.isEmpty())
        return false;
    const QString signatureLine = signature.text();
    for (const CheckLine &c : checks)
        if (!c.passed && c.findings != QStringList{signatureLine})
            return false;
    return true;
}

bool VerifyReport::passed() const
{
    if (checks.isEmpty())
        return false;
    for (const CheckLine &c : checks)
        if (!c.passed)
            return false;
    return true;
}

QString VerifyReport::text() const
{
    QString t = Tr::tr("Archive %1 — case %2").arg(path, caseNumber.isEmpty() ? u"?"_s : caseNumber) + u'\n';
    if (signature.state == SignatureVerdict::Trusted)
        t += signature.text() + u'\n';
    for (Property p : {Property::Authenticity, Property::Completeness, Property::Usability, Property::Security}) {
        bool ok = true;
        QString body;
        for (const CheckLine &c : checks) {
            if (c.property != p)
                continue;
            ok = ok && c.passed;
            body += u"  [%1] %2\n"_s.arg(c.passed ? Tr::tr("pass") : Tr::tr("FAIL"), c.name);
            for (const QString &f : c.findings)
                body += u"        - "_s + f + u'\n';
        }
        t += u"%1: %2\n"_s.arg(propertyName(p), ok ? Tr::tr("passed") : Tr::tr("FAILED")) + body;
    }
    t += passed() ? Tr::tr("All four checks passed.") : Tr::tr("The archive did NOT pass verification.");
    return t + u'\n';
}

QJsonObject VerifyReport::toJson() const
{
    QJsonArray list;
    for (const CheckLine &c : checks)
        list.append(QJsonObject{{u"property"_s, int(c.property)}, {u"name"_s, c.name}, {u"passed"_s, c.passed},
                                {u"findings"_s, QJsonArray::fromStringList(c.findings)}});
    static const char *states[] = {"trusted", "unknown_key", "bad_signature", "unsigned"};
    const QJsonObject signer{{u"state"_s, QString::fromLatin1(states[signature.state])},
                             {u"key_fingerprint"_s, signature.fingerprint}, {u"signer"_s, signature.holder},
                             {u"signed_at"_s, signature.signedAt}, {u"text"_s, signature.text()}};
    return QJsonObject{{u"path"_s, path}, {u"case_no"_s, caseNumber}, {u"passed"_s, passed()}, {u"signature"_s, signer},
                       {u"checks"_s, list}};
}

Result<VerifyReport> verifyArchive(const QString &zipPath, const QList<TrustedKey> &trusted)
{
    ArchiveReader reader(zipPath);
    if (auto s = reader.open(); !s)
        return s.problems();
    VerifyReport report;
    report.path = zipPath;

    // 安全性 first: nothing is inflated from an archive that fails it.
    const QStringList unsafe = reader.securityProblems();
    report.checks << line(Property::Security, Tr::tr("Entry names stay inside the archive; no links, encryption, duplicates; sizes and ratios within limits"), unsafe);
    if (!unsafe.isEmpty()) {
        const QStringList skipped{Tr::tr("Not examined: the archive failed the security check.")};
        for (Property p : {Property::Authenticity, Property::Completeness, Property::Usability})
            report.checks << line(p, Tr::tr("Contents"), skipped);
        return report;
    }

    QHash<QString, EntryContent> contents;
    const Status read = reader.readAll(keepBytes, [&](const ArchiveEntry &e, EntryContent &&c) { contents.insert(e.name, std::move(c)); });
    report.checks << line(Property::Security, Tr::tr("Every entry reads whole with its checksum (CRC)"),
                          read ? QStringList{} : QStringList{read.errorString()});
    if (!read) {
        for (Property p : {Property::Authenticity, Property::Completeness, Property::Usability})
            report.checks << line(p, Tr::tr("Contents"), {Tr::tr("Not examined: an entry could not be read.")});
        return report;
    }

    // 可用性: JSON parses, PDFs complete, index.html readable.
    QStringList unusable;
    QHash<QString, QJsonDocument> json;
    for (auto it = contents.cbegin(); it != contents.cend(); ++it) {
        if (it.key().endsWith(u".json"_s)) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(it.value().bytes, &error);
            if (error.error != QJsonParseError::NoError)
                unusable << Tr::tr("%1 is not valid JSON: %2").arg(it.key(), error.errorString());
            else
                json.insert(it.key(), doc);
        } else if (it.key().endsWith(u".pdf"_s, Qt::CaseInsensitive) && !it.value().bytes.isEmpty()) {
            if (const QString why = storage::pdfStructureProblem(it.value().bytes); !why.isEmpty())
                unusable << Tr::tr("%1 does not open as a PDF: %2").arg(it.key(), why);
        }
    }
    const QByteArray index = contents.value(u"index.html"_s).bytes;
    if (!contents.contains(u"index.html"_s) || !index.contains("<html") || QString::fromUtf8(index).contains(QChar::ReplacementCharacter))
        unusable << Tr::tr("index.html is missing or not a readable UTF-8 HTML page.");
    report.checks << line(Property::Usability, Tr::tr("PDFs open, JSON parses, index.html readable"), unusable);

    // 完整性: required parts, manifest ↔ entries.
    QStringList incomplete;
    for (const QString &name : requiredEntries())
        if (!contents.contains(name))
            incomplete << Tr::tr("Required part %1 is missing.").arg(name);
    const QJsonObject manifest = json.value(u"manifest.json"_s).object();
    report.manifest = manifest;
    report.caseNumber = manifest.value(u"case_no"_s).toString();
    if (!manifest.isEmpty() && manifest.value(u"format"_s).toString() != QString::fromLatin1(formatName))
        incomplete << Tr::tr("manifest.json is not the manifest of an EcoClaim case archive.");
    QHash<QString, QJsonObject> listed;
    for (const QJsonValue &v : manifest.value(u"files"_s).toArray())
        listed.insert(v.toObject().value(u"path"_s).toString(), v.toObject());
    for (auto it = listed.cbegin(); it != listed.cend(); ++it)
        if (!contents.contains(it.key()))
            incomplete << Tr::tr("%1 is listed in the manifest but not in the archive.").arg(it.key());
    for (auto it = contents.cbegin(); it != contents.cend(); ++it)
        if (it.key() != u"manifest.json" && it.key() != QLatin1String(signatureEntryName) && !listed.contains(it.key()))
            incomplete << Tr::tr("%1 is in the archive but not in the manifest (added?).").arg(it.key());
    QSet<QString> listedHashes;
    for (const QJsonObject &o : listed)
        listedHashes.insert(o.value(u"sha256"_s).toString());
    const QJsonObject caseJson = json.value(u"case/case.json"_s).object();
    for (const QJsonValue &v : caseJson.value(u"evidence"_s).toArray())
        if (!listedHashes.contains(v.toObject().value(u"sha256"_s).toString()))
            incomplete << Tr::tr("The evidence \"%1\" has no file in the archive.").arg(v.toObject().value(u"title"_s).toString());
    for (const QJsonValue &v : caseJson.value(u"papers"_s).toArray()) {
        const QJsonObject p = v.toObject();
        if (!p.value(u"draft"_s).toBool() && !p.value(u"pdf_sha256"_s).toString().isEmpty()
            && !listedHashes.contains(p.value(u"pdf_sha256"_s).toString()))
            incomplete << Tr::tr("The paper \"%1\" has no PDF in the archive.").arg(p.value(u"title"_s).toString());
    }
    report.checks << line(Property::Completeness, Tr::tr("Required parts present; every manifest entry present and no other"), incomplete);

    // DA/T 70: item numbers (件号) without gaps, each item's file where the metadata says, with its digest.
    QStringList unnumbered;
    const QJsonArray items = json.value(u"case/metadata.json"_s).object().value(u"文件实体"_s).toArray();
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        if (item.value(u"件号"_s).toInt() != i + 1)
            unnumbered << Tr::tr("Item %1 of the volume is numbered %2 (numbers must run 1, 2, 3… without gaps).").arg(i + 1).arg(item.value(u"件号"_s).toInt());
        const QString entry = item.value(u"计算机文件名"_s).toString();
        if (!listed.contains(entry) || listed.value(entry).value(u"sha256"_s).toString() != item.value(u"数字摘要"_s).toString())
            unnumbered << Tr::tr("Item %1 of the volume (%2) has no file with its digest in the archive.").arg(i + 1).arg(entry);
    }
    report.checks << line(Property::Completeness, Tr::tr("Items of the volume numbered without gaps, each with its file"), unnumbered);

    // 真实性: the signature first — without it, the rest only shows that the archive agrees with itself.
    const auto signatureBytes = contents.constFind(QString::fromLatin1(signatureEntryName));
    report.signature = checkArchiveSignature(signatureBytes == contents.cend() ? nullptr : &signatureBytes->bytes,
                                             contents.value(u"manifest.json"_s).bytes, trusted);
    report.checks << line(Property::Authenticity, Tr::tr("The manifest is signed (SM2 with SM3) by a trusted key"),
                          report.signature.trusted() ? QStringList{} : QStringList{report.signature.text()});

    // Digests, the audit chain, the case data agreeing with itself.
    QStringList altered;
    for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
        if (!contents.contains(it.key()))
            continue;
        const domain::ContentDigest &d = contents.value(it.key()).digest;
        if (d.size != it.value().value(u"size"_s).toInteger() || d.sha256 != it.value().value(u"sha256"_s).toString()
            || d.sm3 != it.value().value(u"sm3"_s).toString())
            altered << Tr::tr("%1 does not match its digests in the manifest (altered).").arg(it.key());
    }
    report.checks << line(Property::Authenticity, Tr::tr("Size, SHA-256 and SM3 of every entry equal the manifest"), altered);

    QStringList chain;
    const QJsonArray audit = json.value(u"case/audit.json"_s).array();
    QString last;
    for (const QJsonValue &v : audit) {
        const QJsonObject o = v.toObject();
        storage::AuditEntry e{o.value(u"id"_s).toInteger(), o.value(u"at"_s).toString(), o.value(u"actor"_s).toString(),
                              o.value(u"case_id"_s).toInteger(), o.value(u"command"_s).toString(),
                              o.value(u"payload"_s).toString(), o.value(u"changes"_s).toString(),
                              o.value(u"prev_hash"_s).toString(), o.value(u"hash"_s).toString()};
        if (storage::audit::hashOf(e) != e.hash)
            chain << Tr::tr("Audit entry %1 does not hash to its recorded value (altered).").arg(e.id);
        last = e.hash;
    }
    const QJsonObject heads = manifest.value(u"audit"_s).toObject();
    if (heads.value(u"case_head"_s).toString() != last)
        chain << Tr::tr("The last audit entry of the case is not the head the manifest recorded (entries removed or added).");
    if (heads.value(u"case_entries"_s).toInteger() != audit.size())
        chain << Tr::tr("The manifest recorded %1 audit entries; the archive holds %2.").arg(heads.value(u"case_entries"_s).toInteger()).arg(audit.size());
    if (audit.isEmpty())
        chain << Tr::tr("The archive holds no audit entries for the case.");
    report.checks << line(Property::Authenticity, Tr::tr("Audit entries recompute; the case's chain head equals the manifest's"), chain);

    QStringList inconsistent;
    const QJsonArray tables = json.value(u"case/tables.json"_s).object().value(u"tables"_s).toArray();
    const QString tablesNo = tables.isEmpty() ? QString()
        : tables.first().toObject().value(u"rows"_s).toArray().first().toObject().value(u"case_no"_s).toString();
    if (caseJson.value(u"case_no"_s).toString() != report.caseNumber || tablesNo != report.caseNumber)
        inconsistent << Tr::tr("The case number differs between the manifest, case.json and tables.json.");
    report.checks << line(Property::Authenticity, Tr::tr("The case data agrees with the manifest"), inconsistent);

    for (const QString &name : {u"case/case.json"_s, u"case/tables.json"_s, u"case/audit.json"_s, u"case/timeline.json"_s})
        report.data.insert(name, contents.value(name).bytes);
    return report;
}

} // namespace ecoclaim::archive
