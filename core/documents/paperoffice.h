#pragma once
// Where a caseworker's "print this paper" goes: fills the paper's template from the case file, lays it
// out (GB/T 9704), and — when issued — files it on the case through the papers register of core/service
// (number, version, PDF and ODT bytes in the file store, timeline, audit) in one transaction. Previews
// are never filed and carry no number. Also: reprinting a filed version byte for byte, and recording
// the service of a paper — the consultation notice's service being the lifecycle command
// serve_consultation_notice, fed with the meeting day and reply deadline the notice printed.
//
// Not thread-safe (like the CaseService it works through). Needs a QGuiApplication (fonts).

#include "core/documents/officiallayout.h"
#include "core/documents/paperdata.h"
#include "core/documents/papersettings.h"
#include "core/service/caseservice.h"
#include "core/service/paperregister.h"

#include <optional>

namespace ecoclaim::documents {

struct PaperOptions
{
    QString subject;        // "" → the paper type's default (the first party, the latest round…)
    QJsonObject parameters; // PaperType::parameters
    bool draft = false;     // a marked draft: produced even with missing fields, never numbered
    QDate datedOn;          // the paper's date; invalid → today
};

struct RenderedPaper
{
    const PaperType *type = nullptr;
    PaperData data;
    LaidOutPaper layout; // HTML, title, draft
};

class PaperOffice
{
public:
    // Without settings: the bureau's (from the database, read at each use) and this desk's template
    // folder. With settings: exactly those (tests, a preview of settings not yet saved).
    explicit PaperOffice(service::CaseService &service, std::optional<PaperSettings> settings = std::nullopt);
    Q_DISABLE_COPY_MOVE(PaperOffice)

    // The filled paper, not filed and without its number. Refused when required data is missing,
    // unless options.draft — each missing field is one problem naming it.
    domain::Result<RenderedPaper> compose(const QString &caseReference, const QString &typeId, const PaperOptions &options) const;
    domain::Result<RenderedPaper> compose(const domain::CaseFile &file, const QString &typeId, const PaperOptions &options,
                                          const QString &docNo = {}, int version = 1) const;

    // Generates the paper with its number and files it as a new version (PDF and ODT stored).
    domain::Result<service::FiledPaper> issue(const QString &caseReference, const QString &typeId,
                                              const PaperOptions &options, const QString &actor);

    service::PaperRegister &paperRegister() { return m_register; }
    domain::Result<PaperSettings> settings() const;

    // The stored bytes of a filed version ("pdf" or "odt"), exactly as issued.
    domain::Result<QByteArray> reprint(qint64 documentId, const QString &format) const;

    // Records the service (送达) of a filed paper. For the consultation notice this runs
    // serve_consultation_notice (Art. 19, 22) with the dates the notice printed.
    domain::Status serve(const service::PaperService &service, const QString &actor, QDate today);

private:
    domain::Result<RenderedPaper> composeWith(const PaperSettings &settings, const domain::CaseFile &file,
                                              const QString &typeId, const PaperOptions &options,
                                              const QString &docNo = {}, int version = 1) const;

    service::CaseService &m_service;
    service::PaperRegister m_register;
    std::optional<PaperSettings> m_fixed;
};

} // namespace ecoclaim::documents
