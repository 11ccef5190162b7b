#pragma once
// The deadline catalogue: every clock the rules (and the case's own papers) set, computed from the case
// file, each with the why — trigger date, rule, article, and a calendar note when the day falls on a
// holiday or in a year without calendar data. Adjustments the caseworker made (a clock suspended,
// resumed or extended, with a reason) are applied here, so changing a trigger date or an adjustment
// recomputes everything that depends on it.
//
// Periods are natural days (Art. 46) with the starting day not counted (民法典第二百零一条); a due
// date on a holiday is flagged, not moved (民法典第二百零三条 is noted, the caseworker decides).

#include "core/calendar/workcalendar.h"
#include "core/domain/bureaurules.h"
#include "core/domain/casefile.h"
#include "core/domain/deadlinekinds.h"
#include "core/domain/deadlinerows.h"

#include <optional>

namespace ecoclaim::service {

struct OpenDeadline
{
    QString kind;
    QString subject;     // which notice / instalment / milestone, stable within the case
    QDate trigger, due;
    domain::ArticleRef article;
    QString explanation; // translated: what must happen, from when, and what follows if it does not
    QString calendarNote; // translated: due on a holiday / no calendar for that year; empty otherwise
    bool suspended = false;
    int daysAdded = 0;   // by extensions and by suspensions that ended
};

// The case's open deadlines, soonest first. `calendar` is only used for the calendar notes; `rules` are
// the bureau's numbers (BureauSettings::bureauRules(); the defaults where none are given).
QList<OpenDeadline> openDeadlines(const domain::CaseFile &file, const calendar::WorkCalendar &calendar,
                                  const domain::BureauRules &rules = {});
std::optional<OpenDeadline> nextDeadline(const QList<OpenDeadline> &deadlines);

QString deadlineKindName(const QString &kind); // translated

// The row the deadlines table stores for a computed deadline (case columns are filled by storage).
domain::DeadlineRow toRow(const OpenDeadline &deadline);

// The annual work report to the Ministry, due by 31 January for the previous year (Art. 36): the
// next one on or after `asOf`. Not tied to a case.
OpenDeadline annualReportDeadline(QDate asOf);

} // namespace ecoclaim::service
