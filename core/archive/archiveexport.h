#pragma once
// Exporting one case file as a self-checking archive (archiveformat.h): every paper and evidence file
// byte for byte from the store, the 卷内目录 and 卷内备考表 as PDF, the case data, metadata, timeline and
// audit entries as JSON, index.html, and a manifest with SHA-256 and SM3 of every entry and the heads
// of the audit chain, signed by the unit's key (manifest.sig, archivesignature.h); the 卷内备考表 prints
// the key's fingerprint. Files are hashed while they are written (one read each, libcrypto — docs/PITFALLS.md §15);
// PDF, JPEG, PNG, ZIP are stored, text deflated. Written to "<out>.partial" and renamed into place, so a
// failed export never leaves a ZIP that looks whole. Needs a QGuiApplication (the PDFs need fonts).

#include "core/archive/trustedkeys.h"
#include "core/domain/result.h"

#include <QString>

#include <functional>

namespace ecoclaim::service {
class CaseService;
}

namespace ecoclaim::archive {

// Bytes written so far and the total expected; called often, from the exporting thread.
using Progress = std::function<void(qint64 done, qint64 total)>;

struct ExportResult
{
    QString path, caseNumber;
    int entries = 0;
    qint64 contentBytes = 0; // sum of the entries' sizes
    qint64 zipBytes = 0;
};

// `signer`: the unit's active key (loadUnitSigner), which signs the manifest.
domain::Result<ExportResult> exportCase(service::CaseService &service, const QString &caseReference,
                                        const QString &zipPath, const QString &exportedBy, const UnitSigner &signer,
                                        const Progress &progress = {});

} // namespace ecoclaim::archive
