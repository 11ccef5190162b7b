#pragma once
// Where a caseworker's "print this paper" goes: a preview is filled and laid out here and never filed;
// issuing, superseding and serving a paper are the commands issue_paper, supersede_paper and serve_paper
// (core/domain/lifecycle_papers.cpp), run through CaseService::execute like every change of a case —
// this class builds them from the window's or the command line's options and installs the composer
// (papercomposer.h) the service renders with. Also: reprinting a filed version byte for byte.
//
// Not thread-safe (like the CaseService it works through). Needs a QGuiApplication (fonts).

#include "core/documents/officiallayout.h"
#include "core/documents/papercomposer.h"
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
    QDate datedOn;          // the day of issue, for papers no act dates (paperdates.h); invalid → today
    bool acceptShortLead = false; // number a notice whose meeting is fewer than five working days away (Art. 19)
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

    // Issues the paper (issue_paper): numbered and filed as a new version, PDF and ODT stored. The first
    // paper filed; issueAll: every one (a notice and a receipt for each party named, subject "all").
    // A served or signed paper whose text is unchanged comes back as it was filed.
    domain::Result<service::FiledPaper> issue(const QString &caseReference, const QString &typeId,
                                              const PaperOptions &options, const QString &actor, QDate today = {});
    domain::Result<QList<service::FiledPaper>> issueAll(const QString &caseReference, const QString &typeId,
                                                        const PaperOptions &options, const QString &actor, QDate today = {});
    // Corrects a paper under a new number (supersede_paper); the old one stays on file, superseded.
    domain::Result<QList<service::FiledPaper>> supersede(qint64 documentId, const QString &reason, const PaperOptions &options,
                                                         const QString &actor, QDate today = {});
    // The issue_paper command these options make (what `apply` replays).
    static QJsonObject issueCommand(const QString &caseReference, const QString &typeId, const PaperOptions &options);

    service::PaperRegister &paperRegister() { return m_register; }
    domain::Result<PaperSettings> settings() const;

    // The stored bytes of a filed version ("pdf" or "odt"), exactly as issued.
    domain::Result<QByteArray> reprint(qint64 documentId, const QString &format) const;

    // Records the service (送达) of a filed paper (serve_paper). For the consultation notice it is the
    // lifecycle's service (Art. 19, 22), with the dates the notice printed.
    domain::Status serve(const service::PaperService &service, const QString &actor, QDate today);

private:
    domain::Result<RenderedPaper> composeWith(const PaperSettings &settings, const domain::CaseFile &file,
                                              const QString &typeId, const PaperOptions &options,
                                              const QString &docNo = {}, int version = 1) const;

    domain::Result<QList<service::FiledPaper>> run(const QJsonObject &command, const QString &actor, QDate today);
    service::CaseService &m_service;
    service::PaperRegister m_register;
    std::optional<PaperSettings> m_fixed;
};

} // namespace ecoclaim::documents
