#pragma once
// ecoclaim-cli report annual --year Y [--district D | --unit U] [--pdf F] [--xlsx F] [--json] [--detail]
// ecoclaim-cli report screening --from DATE --to DATE [--district D | --unit U] [--pdf F] [--xlsx F] [--json] [--detail]
// The reports upward of Art. 36 (core/reports/annualreport.h).

#include "app/cli/clioptions.h"

namespace ecoclaim::cli {

int runReport(const Options &options, QStringList args);

} // namespace ecoclaim::cli
