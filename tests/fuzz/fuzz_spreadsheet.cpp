// Fuzz target: a spreadsheet as `ecoclaim-cli import clues FILE` reads it (core/import): the bytes as an
// XLSX when they are a ZIP (QuaZip, QXmlStreamReader: shared and inline strings, styles, both epochs,
// the size checks before inflating), else as CSV (UTF-8 with or without BOM, GB18030 through iconv,
// quoting), then the header row resolved and every row turned into a register_clue command. Whatever the
// bytes: a problem with a message, or rows — never a crash, a hang or unbounded memory. Small limits
// here, so the fuzzer reaches them.
#include "fuzztarget.h"

#ifndef ECOCLAIM_FUZZ_READERS_ONLY
#include "core/import/clueimport.h"
#endif
#include "core/import/csvreader.h"
#include "core/import/xlsxreader.h"

#include <QCoreApplication>

using namespace ecoclaim;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    importing::ReadLimits limits;
    limits.rows = 200;
    limits.columns = 40;
    limits.cellChars = 2000;
    limits.entryBytes = 4 << 20;
    limits.totalBytes = 8 << 20;
    // As readSpreadsheet (clueimport.h) chooses.
    auto sheet = importing::looksLikeZip(bytes) ? importing::readXlsx(bytes, limits) : importing::readCsv(bytes, limits);
    if (!sheet) {
        if (sheet.problems().first().message.isEmpty())
            __builtin_trap(); // every refusal says why
        return 0;
    }
    if (sheet->rows.size() > limits.rows)
        __builtin_trap();
    for (const QStringList &row : sheet->rows)
        if (row.size() > limits.columns)
            __builtin_trap();
#ifndef ECOCLAIM_FUZZ_READERS_ONLY // a build of the readers alone (no command table) leaves the mapping out
    (void)importing::commandsFromSheet(sheet.value(), importing::ColumnMapping{});
#endif
    return 0;
}
