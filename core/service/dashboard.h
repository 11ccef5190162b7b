#pragma once
// What is due: the deadline dashboard's content, shared by the window, `ecoclaim-cli deadlines` and the
// printed list. Reads the deadlines table through its covering index (storage/deadlinestore.h); each
// item says what is due, by when, why (trigger, rule, article) and how far off it is. The window and
// the CLI read it through CaseReader::dueItems.

#include "core/domain/deadlinerows.h"
#include "core/domain/result.h"
#include "core/domain/stage.h"

class QSqlDatabase;

#include <optional>

namespace ecoclaim::service {

enum class DueStatus { Overdue, DueToday, Upcoming };

struct DueItem
{
    domain::DeadlineRow row;   // caseId 0 for the annual report
    DueStatus status = DueStatus::Upcoming;
    int daysLeft = 0;          // negative when overdue
    QString kindName;          // translated
    QString statusText() const; // "overdue by 3 days" / "due today" / "in 5 days", translated
};

struct DashboardQuery
{
    QDate asOf = QDate::currentDate();
    std::optional<int> withinDays; // empty: each kind's lead days (the bureau's settings, else its default)
    QString unit;                  // empty: every unit
    // The case list's other filters, which the panel under the list follows (issue 16): empty / unset /
    // false take every case.
    QString districtCode;
    std::optional<domain::Stage> stage;
    bool majorOnly = false;
    bool overdueOnly = false;      // only items already overdue
};

// How many days ahead each kind warns is a bureau setting (bureausettings.h: lead_days.<kind>), read
// once per call from the database the rows come from.
domain::Result<QList<DueItem>> dueItems(const QSqlDatabase &db, const DashboardQuery &query);

} // namespace ecoclaim::service
