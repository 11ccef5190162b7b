#pragma once
// ecoclaim-cli verbs for a bureau's server: moving a desk's database onto it.

#include "app/cli/clioptions.h"

namespace ecoclaim::cli {

// migrate-to postgresql://USER@HOST:PORT/DBNAME --from FILE.db
int runMigrateTo(const Options &options, QStringList args);

} // namespace ecoclaim::cli
