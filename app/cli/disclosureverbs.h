#pragma once
// ecoclaim-cli disclosure CASE [--pdf FILE] [--txt FILE] [--json] [--mask NAME]… [--issue --reviewed-by NAME]
// The disclosure text of Art. 35 ¶2 (core/reports/disclosure.h): without --issue a draft and the list of
// replacements to review; with --issue the reviewed text is written and its PDF filed on the case
// (command add_evidence: hashed, audited, on the timeline).

#include "app/cli/clioptions.h"

namespace ecoclaim::cli {

int runDisclosure(const Options &options, QStringList args);

} // namespace ecoclaim::cli
