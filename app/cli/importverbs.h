#pragma once
// ecoclaim-cli import clues FILE [--mapping M] [--save-mapping M] [--dry-run] [--json]
// ecoclaim-cli import undo BATCH | import batches [--json]
// A clue register from a spreadsheet (core/import/clueimport.h): every row through register_clue, one
// batch, all rows or none; the report names each refused row (row, column, message, article) and the
// verb then exits 1 with nothing changed.

#include "app/cli/clioptions.h"

namespace ecoclaim::cli {

int runImport(const Options &options, QStringList args);

} // namespace ecoclaim::cli
