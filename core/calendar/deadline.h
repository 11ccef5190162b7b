#pragma once
// One computed deadline, with enough said about how it was computed that the caseworker can check it by
// hand: what triggered it, the rule (in words and by article) and the result. The deadline engine builds
// these; the window lists them and papers quote explanation().
//
// Natural-day periods need no calendar (第四十六条); working-day periods do, and when the calendar lacks a
// year the deadline is returned without a due date and flagged, never guessed.

#include "core/calendar/workcalendar.h"
#include "core/domain/article.h"

#include <QDate>
#include <QString>

namespace ecoclaim::calendar {

struct Deadline
{
    QString kind;               // stable key, e.g. "preliminary_verification"
    QDate trigger;              // the event the period runs from
    QDate due;                  // invalid when it could not be computed
    domain::ArticleRef article; // the rule that sets the period
    QString rule;               // human, e.g. "30 natural days from receipt, start day not counted"
    bool missingCalendar = false;
    int missingYear = 0;        // the year to import, when missingCalendar

    // "Due 2025-03-31: 30 natural days from receipt, start day not counted (from 2025-03-01; Art. 13)".
    QString explanation() const;
};

// trigger + days natural days (start day not counted).
Deadline naturalDayDeadline(const QString &kind, QDate trigger, int days, const domain::ArticleRef &article,
                            const QString &ruleText);
// trigger + n working days (n < 0: before the trigger); flagged missingCalendar if a year is not loaded.
Deadline workdayDeadline(const WorkCalendar &calendar, const QString &kind, QDate trigger, int n,
                         const domain::ArticleRef &article, const QString &ruleText);

} // namespace ecoclaim::calendar
