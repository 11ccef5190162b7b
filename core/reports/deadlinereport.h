#pragma once
// The printable deadline lists: what is due as of a day (overdue, due today, coming), and the
// deadlines entered or changed on a day — each row with its case, the reason and the article.

#include "core/service/dashboard.h"

namespace ecoclaim::reports {

QString dueListHtml(const QList<service::DueItem> &items, const service::DashboardQuery &query);
QString changeListHtml(const QList<domain::DeadlineChange> &changes, QDate day);

domain::Status writeDueListPdf(const QList<service::DueItem> &items, const service::DashboardQuery &query,
                               const QString &path);
domain::Status writeChangeListPdf(const QList<domain::DeadlineChange> &changes, QDate day, const QString &path);

} // namespace ecoclaim::reports
