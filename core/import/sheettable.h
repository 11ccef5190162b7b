#pragma once
// A spreadsheet as the importer reads it (csvreader.h, xlsxreader.h): the rows of the first sheet as text,
// and how the file was read. Dates from an XLSX cell are already ISO text (YYYY-MM-DD), numbers in their
// shortest decimal form — the importer hands every value to the commands as a caseworker would type it.
//
// The limits keep a hostile or broken file from taking the desk's memory: each reader refuses a file that
// passes one of them with a clear message, before or while reading, never after.

#include "core/domain/result.h"

#include <QList>
#include <QStringList>

namespace ecoclaim::importing {

struct SheetTable
{
    QList<QStringList> rows; // rows[0] is the file's row 1 (the header row)
    QString encoding;        // "UTF-8 with BOM", "UTF-8", "GB18030", "XLSX"
};

struct ReadLimits
{
    qint64 fileBytes = 64LL << 20;      // the file as given
    int rows = 20000;                   // rows of the sheet, the header row included
    int columns = 256;
    int cellChars = 32767;              // Excel's own limit for one cell
    qint64 entryBytes = 128LL << 20;    // one XLSX part inflated (checked before inflating, and while)
    qint64 totalBytes = 256LL << 20;    // every part inflated
    int entries = 1000;                 // parts in the workbook's ZIP
    qint64 ratio = 200;                 // inflated / compressed of a part over 1 MiB: a ZIP bomb
};

// The column's name as a spreadsheet shows it: 0 → "A", 25 → "Z", 26 → "AA".
QString columnName(int index);
// "AB" → 27 (0-based); -1 when it is not a column name.
int columnIndex(QStringView letters);

} // namespace ecoclaim::importing
