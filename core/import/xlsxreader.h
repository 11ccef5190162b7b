#pragma once
// Reads the first sheet of an XLSX workbook (Office Open XML, ECMA-376) into rows of text: Debian has no C++
// XLSX reader, so the ZIP is opened with QuaZip and each part read with QXmlStreamReader. Shared strings
// (rich text runs joined, phonetic runs left out), inline strings, formula results, booleans, numbers, and
// dates — a number whose cell style is a date format — on the workbook's own epoch: 1900 (with Excel's
// phantom 29 February 1900) or 1904 (workbookPr date1904, older Mac workbooks).
//
// Hostile files: every part's inflated size is checked against the limits from the ZIP's directory before
// anything is inflated, and again while inflating (a directory may lie); encrypted parts, other compression
// methods, a DTD in any part (entity expansion), malformed XML and out-of-range references are refused with
// the part and place named.

#include "core/import/sheettable.h"

#include <QByteArray>
#include <QDate>

namespace ecoclaim::importing {

domain::Result<SheetTable> readXlsx(const QByteArray &bytes, const ReadLimits &limits = {});

// Whether the bytes are a ZIP (an XLSX) rather than text.
bool looksLikeZip(const QByteArray &bytes);

// The date an Excel serial number stands for (its whole days), on the 1900 or the 1904 epoch; invalid for
// serial 60 on the 1900 epoch (1900-02-29, a day that never was) and outside 1900–9999.
QDate excelDate(double serial, bool epoch1904);

} // namespace ecoclaim::importing
