#pragma once
// The annual report and the screening results printed and tabulated: a PDF on the GB/T 9704 page of an
// official paper (core/documents' page and fonts; tables in 小四) and an XLSX workbook with one sheet per
// table. With `withCases`, the PDF gets an appendix and the workbook a sheet naming the cases behind
// every figure that is not zero.

#include "core/reports/annualreport.h"

namespace ecoclaim::reports {

QString reportHtml(const Report &report, bool withCases);
domain::Result<int> writeReportPdf(const Report &report, const QString &path, bool withCases); // pages
domain::Status writeReportXlsx(const Report &report, const QString &path, bool withCases);

} // namespace ecoclaim::reports
