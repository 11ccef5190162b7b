#pragma once
// ecoclaim-cli mywork [--as-of DATE] [--unit U] [--district CODE] [--snoozed] [--json]   a day's work
// ecoclaim-cli mywork snooze CASE ITEM --until DATE --reason TEXT                    put an item off, audited
// (core/service/mywork.h, issue 16 part 3)

#include "app/cli/clioptions.h"

namespace ecoclaim::cli {

int runMyWork(const Options &options, QStringList args);

} // namespace ecoclaim::cli
