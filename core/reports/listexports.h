#pragma once
// The lists a caseworker keeps in Excel, exported as XLSX and/or CSV (spreadsheetout.h): the case list
// with the filter and search the window or the command line applied (read page by page through the
// reader — never all at once), the deadlines due (the dashboard), and the deadlines of major cases.
// Each returns the number of rows written.

#include "core/domain/caselistpage.h"
#include "core/domain/deadlinerows.h"
#include "core/domain/result.h"
#include "core/service/dashboard.h"

namespace ecoclaim::service {
class CaseReader;
}

namespace ecoclaim::reports {

domain::Result<qint64> exportCaseList(const service::CaseReader &reader, const domain::CaseListFilter &filter,
                                      domain::CaseSort sort, bool descending, const QString &xlsxPath, const QString &csvPath);
domain::Result<qint64> exportDueItems(const QList<service::DueItem> &items, const QString &xlsxPath, const QString &csvPath);
domain::Result<qint64> exportDeadlineRows(const QList<domain::DeadlineRow> &rows, const QString &sheetName,
                                          const QString &xlsxPath, const QString &csvPath);

} // namespace ecoclaim::reports
