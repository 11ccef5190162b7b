#pragma once
// ecoclaim-cli report statistics [--district D] [--unit U] [--stage S] [--major] [--overdue] [--search TEXT]
//                               [--from DATE --to DATE] [--json] [--cases CHART SERIES CATEGORY]
// The window's statistics page (core/reports/statistics.h) as text or JSON; --cases lists the cases
// behind one bar, as a click on it does in the window.

#include "app/cli/clioptions.h"

namespace ecoclaim::cli {

int runStatistics(const Options &options, QStringList args);

} // namespace ecoclaim::cli
