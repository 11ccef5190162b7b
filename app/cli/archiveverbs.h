#pragma once
// ecoclaim-cli evidence add CASE FILE --title T --kind K [--dated D] [--source S] [--pages N]
//              evidence list CASE [--json] | evidence check [--full]
//              archive check CASE | archive export CASE --out FILE.zip | archive export --cases A,B --out-dir D
//              archive verify FILE.zip [--json] | archive import FILE.zip
// Exit codes as everywhere: 0 done (verify: all four checks passed), 1 refused or failed, 2 usage.

#include "app/cli/clioptions.h"

namespace ecoclaim::cli {

int runEvidence(const Options &options, QStringList args);
int runArchive(const Options &options, QStringList args);

} // namespace ecoclaim::cli
