#pragma once
// The papers module's side of the paper commands (core/service/paperwork.h): which papers an
// issue_paper command files (one consultation notice and one 送达回证 per liable party named — "all" names
// each), each paper's text for a given number (fill + template → HTML), and its layout (PDF/A + ODT).
// Holds the unit settings it was made with; the service owns it (CaseService::setPaperComposer).

#include "core/documents/officiallayout.h"
#include "core/documents/paperdata.h"
#include "core/documents/papersettings.h"
#include "core/service/paperwork.h"

namespace ecoclaim::documents {

class OfficeComposer : public service::PaperComposer
{
public:
    explicit OfficeComposer(PaperSettings settings) : m_settings(std::move(settings)) {}

    domain::Result<QList<service::PaperJob>> plan(const domain::CaseFile &file, const domain::CommandInput &input) const override;
    domain::Result<service::ComposedText> compose(const domain::CaseFile &file, const service::PaperJob &job,
                                                  const service::PaperNumbering &numbering) const override;
    domain::Result<service::PaperBytes> render(const service::ComposedText &text) const override;

    // The filled paper for `input` (no refusal for missing data: the caller decides) and its HTML.
    domain::Result<std::pair<PaperData, QString>> fill(const domain::CaseFile &file, const PaperInput &input) const;
    const PaperSettings &settings() const { return m_settings; }

private:
    PaperSettings m_settings;
};

} // namespace ecoclaim::documents
