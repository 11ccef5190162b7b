#pragma once
// ecoclaim-cli deadlines [--as-of DATE] [--within N] [--unit U] [--json]
// ecoclaim-cli deadlines --changed-on DATE [--json]          what was entered or changed that day
// ecoclaim-cli ledger [--json | --csv FILE]                  the major-case ledger (Art. 39)

#include "app/cli/clioptions.h"

namespace ecoclaim::cli {

int runDeadlines(const Options &options, QStringList args);
int runLedger(const Options &options, QStringList args);

} // namespace ecoclaim::cli
