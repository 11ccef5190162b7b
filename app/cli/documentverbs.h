#pragma once
// ecoclaim-cli document types | render | render-many | list | reprint | serve — the official papers
// (core/documents). See docs/papers.md.

#include "app/cli/clioptions.h"

namespace ecoclaim::cli {

int runDocument(const Options &options, QStringList args);

} // namespace ecoclaim::cli
