#pragma once
// Reads a CSV file (RFC 4180: commas, double quotes doubled inside quoted fields, CRLF or LF) into rows of
// text, in the encoding textdecoding.h detects. A cell that spreadsheets-out neutralised ('=…, '+…, '-…,
// '@… — core/reports/spreadsheetout.h) reads back as written before: the apostrophe is dropped.
// A semicolon- or tab-separated file is read as such when its first line has no comma but one of those.

#include "core/import/sheettable.h"

#include <QByteArray>

namespace ecoclaim::importing {

domain::Result<SheetTable> readCsv(const QByteArray &bytes, const ReadLimits &limits = {});

} // namespace ecoclaim::importing
