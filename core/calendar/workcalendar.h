#pragma once
// The working-day calendar of the People's Republic of China, one year at a time, as fixed by the State
// Council's yearly holiday notice (国务院办公厅关于部分节假日安排的通知).
//
// Why a table and not a rule: the notice moves weekend days to working days (调休上班) and bridges
// holidays differently every year, so "Mon–Fri minus holidays" is wrong on about a dozen days a year —
// exactly the days around the long holidays when notices are served. The only working-day period in the
// Shanghai rules is "提前五个工作日" (第十九条); every other period is in natural days (第四十六条).
//
//   workday(d) = d is an adjusted working day (调休上班)  OR  (d is Mon–Fri AND d is not a holiday)
//
// A year without data is never guessed: every query touching such a year fails with a Problem naming
// the missing year, so the caseworker is told to import that year's notice (addYearFromJson) instead of
// silently getting weekends-only answers. Years 2024–2026 are built in (resources/calendars/*.json).
//
// Periods follow 民法典第二百零一条: the day on which a period starts is not counted.
//
// A plain value type: copy freely, no shared state, safe to read from several threads.

#include "core/domain/article.h"
#include "core/domain/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace ecoclaim::calendar {

// How "送达…提前五个工作日" (第十九条) is counted; the rules do not say, so it is a setting.
//
// Strict (reading A, the default): at least N working days lie strictly between the service day and the
//   meeting day — neither day counts.
// Lenient (reading B): the meeting may fall on the Nth working day after service — the service day is
//   not counted (民法典第二百零一条), the meeting day counts if it is itself a working day.
//
// The latest service date is the last calendar day that still satisfies the reading, and it may be a
// holiday or weekend (serving on a non-working day is not forbidden; only working days are counted).
// With W(k) = the k-th working day strictly before the meeting:
//   Strict:  latest = W(N) − 1 day
//   Lenient: latest = W(N−1) − 1 day if the meeting day is a working day (W(0) = the meeting day),
//            otherwise W(N) − 1 day.
// E.g. meeting 2025-02-10 (Mon): W(1..5) = 02-08 (调休 Sat), 02-07, 02-06, 02-05, 01-27, so Strict gives
// 2025-01-26 (a 调休 Sunday) and Lenient 2025-02-04 (the last day of the Spring Festival holiday);
// all four examples of reference.md §6.4 are reproduced by the tests.
enum class ServiceLeadReading { Strict, Lenient };

class WorkCalendar
{
public:
    WorkCalendar() = default; // empty: every query reports a missing year

    // The years compiled into the application (:/calendars/<year>.json).
    static WorkCalendar builtIn();

    // Adds (or replaces) one year from the JSON form below; returns the year. Every problem found is
    // reported, with the offending JSON key as the Problem's field, and nothing changes on refusal.
    //   {"year":2025, "source":"国办发明电〔2024〕12号",
    //    "holidays":[{"date":"2025-01-01","name":"元旦"}, …],   every 放假 day, weekend days included
    //    "workdays":["2025-01-26", …]}                           the 调休上班 weekend days
    domain::Result<int> addYearFromJson(const QByteArray &json);
    // The same form, for export; empty if the year is not loaded.
    QByteArray yearToJson(int year) const;

    QList<int> years() const; // ascending
    bool hasYear(int year) const { return m_years.contains(year); }
    QString sourceOf(int year) const; // the notice the year was taken from; empty if unknown
    // The first year in [a, b] (either order) that has no data, or 0 if all are loaded.
    int missingYearBetween(QDate a, QDate b) const;

    domain::Result<bool> isWorkday(QDate day) const;
    // True on every 放假 day of the notice, including the weekend days inside a holiday block.
    domain::Result<bool> isHoliday(QDate day) const;
    // "春节", "国庆节、中秋节"…; empty on other days or when the year is not loaded.
    QString holidayName(QDate day) const;

    // The n-th working day after (n > 0) or before (n < 0) `from`; `from` itself never counts, so the
    // result may be reached from a holiday. n == 0 returns `from`.
    domain::Result<QDate> addWorkdays(QDate from, int n) const;
    // Working days strictly between a and b (either order); 0 for the same or adjacent days.
    domain::Result<int> workdaysBetween(QDate a, QDate b) const;

    // Natural-day period (第四十六条): the start day is not counted, so 30 days from 2025-03-01 ends on
    // 2025-03-31. Needs no calendar; whether an end on a holiday extends the period (民法典第二百零三条)
    // is left to the caller to flag — see isHoliday().
    static QDate addNaturalDays(QDate from, int days) { return from.addDays(days); }

    // 第十九条: the last day the consultation notice may be served for `meeting`. Problems cite 第十九条.
    domain::Result<QDate> latestServiceDate(QDate meeting, int workdays = 5,
                                            ServiceLeadReading reading = ServiceLeadReading::Strict) const;
    // Whether a notice served on `served` respects the lead time; false if served on or after the meeting.
    domain::Result<bool> serviceLeadSatisfied(QDate served, QDate meeting, int workdays = 5,
                                              ServiceLeadReading reading = ServiceLeadReading::Strict) const;

private:
    struct Year
    {
        QString source;
        QMap<QDate, QString> holidays; // date → name
        QSet<QDate> workdays;          // 调休上班
    };

    const Year *yearFor(QDate day) const;
    static bool workdayIn(const Year &y, QDate day);

    QMap<int, Year> m_years;
};

} // namespace ecoclaim::calendar
