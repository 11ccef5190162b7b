#pragma once
// The papers module's side of the paper commands (core/service/paperwork.h): which papers an
// issue_paper command files (one consultation notice and one 送达回证 per liable party named — "all" names
// each), each paper's text for a given number (fill + template → HTML), and its layout (PDF/A + ODT).
// Reads the bureau's unit settings at each use (they are the database's, changed by another desk at any
// time: service/bureausettings.h), or holds the ones it was made with (tests, previews); the service owns
// it (CaseService::setPaperComposer).

#include "core/documents/officiallayout.h"
#include "core/documents/paperdata.h"
#include "core/documents/papersettings.h"
#include "core/service/paperwork.h"

#include <optional>

namespace ecoclaim::service {
class CaseService;
}

namespace ecoclaim::documents {

class OfficeComposer : public service::PaperComposer
{
public:
    // Exactly these settings.
    explicit OfficeComposer(PaperSettings settings) : m_fixed(std::move(settings)) {}
    // The bureau's settings of the service's database, read at each use.
    explicit OfficeComposer(const service::CaseService &service) : m_service(&service) {}
    // Exactly these settings, and the service's records of approvals for the papers that print them (the
    // 立案审批表: who proposed, who approved and when — issue 17 ¶4).
    OfficeComposer(PaperSettings settings, const service::CaseService &service) : m_fixed(std::move(settings)), m_service(&service) {}

    domain::Result<QList<service::PaperJob>> plan(const domain::CaseFile &file, const domain::CommandInput &input) const override;
    domain::Result<service::ComposedText> compose(const domain::CaseFile &file, const service::PaperJob &job,
                                                  const service::PaperNumbering &numbering) const override;
    domain::Result<service::PaperBytes> render(const service::ComposedText &text) const override;

    // The filled paper for `input` (no refusal for missing data: the caller decides) and its HTML.
    domain::Result<std::pair<PaperData, QString>> fill(const domain::CaseFile &file, const PaperInput &input) const;
    domain::Result<PaperSettings> settings() const;

private:
    std::optional<PaperSettings> m_fixed;
    const service::CaseService *m_service = nullptr;
};

} // namespace ecoclaim::documents
