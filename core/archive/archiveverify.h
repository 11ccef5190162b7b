#pragma once
// Verifying a case archive the way DA/T 70-2018's "四性检测" asks, from the ZIP alone:
//   真实性 authenticity — the manifest is signed (SM2/SM3, archivesignature.h) by a key of the trusted list
//          (unsigned, a bad signature and an unknown key each fail, with that reason); every entry's
//          size, SHA-256 and SM3 equal the manifest; every audit entry's
//          hash recomputes and the case's chain head is the one the manifest recorded; the case data
//          agrees with itself (number, evidence digests ↔ files);
//   完整性 completeness — the required parts, every manifest entry present, no entry the manifest does not
//          list, every paper and evidence file of the case data present;
//   可用性 usability — PDFs complete, JSON parses, index.html readable;
//   安全性 security — no path leaving the archive, no link, no encryption, sizes and ratios sane, no
//          duplicate (checked before anything is inflated).
// An archive that fails security is not inflated at all; the other checks then report "not examined".

#include "core/archive/archivereader.h"
#include "core/archive/archivesignature.h"
#include "core/domain/result.h"

#include <QHash>
#include <QJsonObject>

namespace ecoclaim::archive {

enum class Property { Authenticity, Completeness, Usability, Security };
QString propertyName(Property p); // "真实性 (authenticity)" through the translation

struct CheckLine
{
    Property property;
    QString name;        // what was checked (translated)
    bool passed = false;
    QStringList findings; // what is wrong, one line each
};

struct VerifyReport
{
    QString path, caseNumber;
    QList<CheckLine> checks;
    QJsonObject manifest;
    SignatureVerdict signature;
    QHash<QString, QByteArray> data; // the case/*.json entries, for the import
    bool passed() const;
    // Passed but for the signature, which is valid by a key not on the trusted list (an import may accept
    // such a key when the user names it).
    bool passedButForAnUnknownKey() const;
    QString text() const;        // the printed report
    QJsonObject toJson() const;
};

// A file that is not a ZIP (or a truncated one) is a problem; anything else yields a report. The
// signature is checked against `trusted` (TrustedKeys::all() of the database verifying).
domain::Result<VerifyReport> verifyArchive(const QString &zipPath, const QList<TrustedKey> &trusted);

} // namespace ecoclaim::archive
