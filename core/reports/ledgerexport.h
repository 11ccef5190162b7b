#pragma once
// The major-case ledger (重大案件台账, Art. 39) as a spreadsheet: UTF-8 with a BOM so Excel and WPS
// read the Chinese, CRLF lines, and any cell starting with = + - @, a tab or CR neutralised so a spreadsheet never
// runs it as a formula (PITFALLS 16).

#include "core/domain/result.h"
#include "core/domain/deadlinerows.h"

namespace ecoclaim::reports {

QString csvCell(QString text);
domain::Result<int> writeLedgerCsv(const QList<domain::DeadlineRow> &rows, const QString &path);

} // namespace ecoclaim::reports
