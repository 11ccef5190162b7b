#include "core/calendar/deadline.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ecoclaim::calendar {

namespace {
const QString DateFormat = u"yyyy-MM-dd"_s;

Deadline undated(const QString &kind, QDate trigger, const domain::ArticleRef &article, const QString &rule)
{
    Deadline d;
    d.kind = kind;
    d.trigger = trigger;
    d.article = article;
    d.rule = rule;
    return d;
}
} // namespace

QString Deadline::explanation() const
{
    const QString cite = article.isNull() ? QString() : u"; "_s + article.toString();
    if (missingCalendar)
        return QCoreApplication::translate("ecoclaim::Deadline",
                                           "Due date unknown: %1 — no working-day calendar for %2 (from %3%4).")
            .arg(rule, QString::number(missingYear), trigger.toString(DateFormat), cite);
    if (!due.isValid())
        return QCoreApplication::translate("ecoclaim::Deadline", "Due date unknown: %1 (no valid start date%2).")
            .arg(rule, cite);
    return QCoreApplication::translate("ecoclaim::Deadline", "Due %1: %2 (from %3%4).")
        .arg(due.toString(DateFormat), rule, trigger.toString(DateFormat), cite);
}

Deadline naturalDayDeadline(const QString &kind, QDate trigger, int days, const domain::ArticleRef &article,
                            const QString &ruleText)
{
    Deadline d = undated(kind, trigger, article, ruleText);
    if (trigger.isValid())
        d.due = WorkCalendar::addNaturalDays(trigger, days);
    return d;
}

Deadline workdayDeadline(const WorkCalendar &calendar, const QString &kind, QDate trigger, int n,
                         const domain::ArticleRef &article, const QString &ruleText)
{
    Deadline d = undated(kind, trigger, article, ruleText);
    if (!trigger.isValid())
        return d;
    const domain::Result<QDate> due = calendar.addWorkdays(trigger, n);
    if (due.ok()) {
        d.due = due.value();
    } else {
        // The only other failure, an invalid trigger, was excluded above. The walk is contiguous, so the
        // year it stopped at is the first one missing in the direction walked.
        d.missingCalendar = true;
        const int step = n < 0 ? -1 : 1;
        for (int y = trigger.year(); y > 0 && y < 10000; y += step)
            if (!calendar.hasYear(y)) {
                d.missingYear = y;
                break;
            }
    }
    return d;
}

} // namespace ecoclaim::calendar
