#pragma once
// The printable deadline lists: what is due as of a day (overdue, due today, coming), and the
// deadlines entered or changed on a day — each row with its case, the reason and the article.

#include "core/reports/tablepages.h"
#include "core/service/dashboard.h"

namespace ecoclaim::reports {

QString dueListHtml(const QList<service::DueItem> &items, const service::DashboardQuery &query);
QString changeListHtml(const QList<domain::DeadlineChange> &changes, QDate day);

// The due list as a table of pages (tablepages.h): the header on every page, rows kept whole.
PrintedTable dueListTable(const QList<service::DueItem> &items, const service::DashboardQuery &query);
// Prints it on a device the caller set up (the print dialog's printer); the PDF below is the same.
domain::Result<int> printDueList(const QList<service::DueItem> &items, const service::DashboardQuery &query,
                                 QPagedPaintDevice &device);
domain::Status writeDueListPdf(const QList<service::DueItem> &items, const service::DashboardQuery &query,
                               const QString &path);
domain::Status writeChangeListPdf(const QList<domain::DeadlineChange> &changes, QDate day, const QString &path);

} // namespace ecoclaim::reports
