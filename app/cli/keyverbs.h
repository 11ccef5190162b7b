#pragma once
// ecoclaim-cli key create | list | public | trust: the unit's signing key and the keys it trusts
// (core/archive/trustedkeys.h). Exit codes as everywhere: 0 done, 1 refused or bad input, 2 usage.

#include "app/cli/clioptions.h"

#include <optional>

namespace ecoclaim::cli {

int runKey(const Options &options, QStringList args);

// The first line of FILE ("-": standard input), without its line end; prints the problem on failure.
// A passphrase never comes on the command line, where every user of the machine can read it.
std::optional<QByteArray> readPassphrase(const QString &path);

} // namespace ecoclaim::cli
