#pragma once
// ecoclaim-cli calendar is-workday DATE | add-workdays DATE N | latest-service MEETING_DATE [--lenient]
// A date in a year without calendar data: exit code 1 and the missing year named.

#include "app/cli/clioptions.h"

namespace ecoclaim::cli {

int runCalendar(const Options &options, QStringList args);

} // namespace ecoclaim::cli
