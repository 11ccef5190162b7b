#pragma once
// The major-case ledger (重大案件台账, Art. 39) as a spreadsheet — every major case, one row each: UTF-8 with a BOM so Excel and WPS
// read the Chinese, CRLF lines, and any cell starting with = + - @ neutralised so a spreadsheet never
// runs it as a formula (docs/PITFALLS.md §16).

#include "core/domain/result.h"
#include "core/service/majorledger.h"

namespace ecoclaim::reports {

QString csvCell(QString text);
// One row per major case (service/majorledger.h): reason, report upward, instructions, timetable, next deadline.
domain::Result<int> writeLedgerCsv(const QList<service::MajorCaseEntry> &entries, const QString &path);
// The cells of one ledger row, as the CSV writes them and the command line prints them.
QStringList ledgerCells(const service::MajorCaseEntry &entry);
QStringList ledgerHeader();

} // namespace ecoclaim::reports
