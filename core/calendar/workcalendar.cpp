#include "core/calendar/workcalendar.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace ecoclaim::calendar {

using domain::ArticleRef;
using domain::Problem;
using domain::Problems;
using domain::Result;

namespace {

Q_LOGGING_CATEGORY(lcCalendar, "ecoclaim.calendar")

// Years outside this range are typing mistakes, not holiday notices.
constexpr int MinYear = 2000;
constexpr int MaxYear = 2199;

const QString DateFormat = u"yyyy-MM-dd"_s;

Problem problem(const QString &field, const QString &message, const ArticleRef &article = {})
{
    return Problem{field, message, article};
}

Problem missingYearProblem(int year, const ArticleRef &article = {})
{
    return problem({},
                   QCoreApplication::translate("ecoclaim::WorkCalendar",
                                               "No working-day calendar for %1: import the State Council "
                                               "holiday notice for that year.")
                       .arg(year),
                   article);
}

Problem leadTooShortProblem()
{
    return problem(
        {},
        QCoreApplication::translate("ecoclaim::WorkCalendar", "The notice lead time must be at least one working day."),
        domain::art(19));
}

Problem invalidDateProblem(const ArticleRef &article = {})
{
    return problem({}, QCoreApplication::translate("ecoclaim::WorkCalendar", "The date is not valid."), article);
}

// Strict: exactly ten characters, so "2025-1-1" or "2025-01-01T00:00" are refused, not half-read.
QDate parseDate(const QJsonValue &v)
{
    const QString s = v.toString();
    if (s.size() != 10)
        return {};
    return QDate::fromString(s, DateFormat);
}

bool isWeekend(QDate d)
{
    return d.dayOfWeek() >= 6;
}

// The same problems, citing the rule the caller was applying (a missing year is a 第十九条 problem there).
Problems citing(const Problems &in, const ArticleRef &article)
{
    Problems out;
    for (Problem p : in.list()) {
        p.article = article;
        out.add(std::move(p));
    }
    return out;
}

} // namespace

WorkCalendar WorkCalendar::builtIn()
{
    // Parsed once; every caller gets its own copy of the value.
    static const WorkCalendar cal = [] {
        WorkCalendar c;
        const QDir dir(u":/calendars"_s);
        const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        if (files.isEmpty())
            qCWarning(lcCalendar) << "no built-in calendar resources found";
        for (const QString &name : files) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::ReadOnly)) {
                qCWarning(lcCalendar) << "cannot open built-in calendar" << name;
                continue;
            }
            const Result<int> r = c.addYearFromJson(f.readAll());
            // A broken built-in file is a packaging bug; the tests load every one of them.
            if (!r.ok())
                qCWarning(lcCalendar) << "built-in calendar" << name << "rejected:" << r.errorString();
        }
        return c;
    }();
    return cal;
}

Result<int> WorkCalendar::addYearFromJson(const QByteArray &json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return problem({}, QCoreApplication::translate("ecoclaim::WorkCalendar",
                                                       "The calendar file is not valid JSON: %1 (at character %2).")
                               .arg(err.errorString())
                               .arg(err.offset));
    if (!doc.isObject())
        return problem({}, QCoreApplication::translate("ecoclaim::WorkCalendar",
                                                       "The calendar file must be a JSON object with \"year\", "
                                                       "\"holidays\" and \"workdays\"."));
    const QJsonObject root = doc.object();

    // A year is required before anything else can be checked against it.
    const QJsonValue yearValue = root.value(u"year"_s);
    const double yd = yearValue.toDouble(-1);
    // Range first: converting a double outside int's range (2e25) is undefined behaviour, not a
    // wrong year (found by scripts/fuzz.sh; tests/fuzz/regressions/calendar).
    const bool inRange = yd >= MinYear && yd <= MaxYear;
    const int year = inRange ? int(yd) : 0;
    if (!yearValue.isDouble() || !inRange || yd != year)
        return problem(u"year"_s, QCoreApplication::translate("ecoclaim::WorkCalendar",
                                                              "\"year\" must be a whole number between %1 and %2.")
                                      .arg(MinYear)
                                      .arg(MaxYear));

    Problems problems;
    Year data;

    const QJsonValue source = root.value(u"source"_s);
    if (!source.isUndefined() && !source.isString())
        problems.add(u"source"_s,
                     QCoreApplication::translate("ecoclaim::WorkCalendar",
                                                 "\"source\" must be text naming the State Council notice."));
    data.source = source.toString();

    auto checkYear = [&](const QString &field, QDate d) {
        if (d.year() != year)
            problems.add(field, QCoreApplication::translate("ecoclaim::WorkCalendar",
                                                            "%1 does not belong to the calendar year %2.")
                                    .arg(d.toString(DateFormat))
                                    .arg(year));
        return d.year() == year;
    };

    const QJsonValue holidays = root.value(u"holidays"_s);
    if (!holidays.isArray()) {
        problems.add(u"holidays"_s,
                     QCoreApplication::translate("ecoclaim::WorkCalendar",
                                                 "\"holidays\" must be a list of {\"date\", \"name\"} entries."));
    } else if (holidays.toArray().isEmpty()) {
        problems.add(u"holidays"_s,
                     QCoreApplication::translate(
                         "ecoclaim::WorkCalendar",
                         "No holidays are listed; every State Council notice lists the public holidays."));
    } else {
        const QJsonArray list = holidays.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject entry = list.at(i).toObject();
            const QDate d = parseDate(entry.value(u"date"_s));
            const QString name = entry.value(u"name"_s).toString().trimmed();
            if (!d.isValid()) {
                problems.add(u"holidays"_s,
                             QCoreApplication::translate("ecoclaim::WorkCalendar",
                                                         "Holiday entry %1 has no valid date (expected YYYY-MM-DD).")
                                 .arg(i + 1));
                continue;
            }
            if (!checkYear(u"holidays"_s, d))
                continue;
            if (name.isEmpty())
                problems.add(u"holidays"_s,
                             QCoreApplication::translate("ecoclaim::WorkCalendar", "The holiday on %1 has no name.")
                                 .arg(d.toString(DateFormat)));
            if (data.holidays.contains(d))
                problems.add(u"holidays"_s, QCoreApplication::translate("ecoclaim::WorkCalendar",
                                                                        "%1 is listed twice among the holidays.")
                                                .arg(d.toString(DateFormat)));
            data.holidays.insert(d, name);
        }
    }

    const QJsonValue workdays = root.value(u"workdays"_s);
    if (!workdays.isArray()) {
        // Required even when empty, so a forgotten key is not read as "no 调休 this year".
        problems.add(u"workdays"_s,
                     QCoreApplication::translate("ecoclaim::WorkCalendar",
                                                 "\"workdays\" must be a list of dates (it may be empty)."));
    } else {
        const QJsonArray list = workdays.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QDate d = parseDate(list.at(i));
            if (!d.isValid()) {
                problems.add(u"workdays"_s, QCoreApplication::translate(
                                                "ecoclaim::WorkCalendar",
                                                "Working-day entry %1 is not a valid date (expected YYYY-MM-DD).")
                                                .arg(i + 1));
                continue;
            }
            if (!checkYear(u"workdays"_s, d))
                continue;
            const QString ds = d.toString(DateFormat);
            // Mon–Fri are working days anyway; listing one means the notice was misread.
            if (!isWeekend(d))
                problems.add(u"workdays"_s,
                             QCoreApplication::translate("ecoclaim::WorkCalendar",
                                                         "%1 is not a Saturday or Sunday; only weekend days can become "
                                                         "adjusted working days (调休上班).")
                                 .arg(ds));
            if (data.holidays.contains(d))
                problems.add(u"workdays"_s, QCoreApplication::translate(
                                                "ecoclaim::WorkCalendar",
                                                "%1 is listed both as a holiday and as an adjusted working day.")
                                                .arg(ds));
            if (data.workdays.contains(d))
                problems.add(u"workdays"_s,
                             QCoreApplication::translate("ecoclaim::WorkCalendar",
                                                         "%1 is listed twice among the adjusted working days.")
                                 .arg(ds));
            data.workdays.insert(d);
        }
    }

    if (!problems.isEmpty())
        return problems;
    m_years.insert(year, std::move(data));
    return year;
}

QByteArray WorkCalendar::yearToJson(int year) const
{
    const auto it = m_years.constFind(year);
    if (it == m_years.cend())
        return {};
    QJsonArray holidays;
    for (auto h = it->holidays.cbegin(); h != it->holidays.cend(); ++h)
        holidays.append(QJsonObject{{u"date"_s, h.key().toString(DateFormat)}, {u"name"_s, h.value()}});
    QList<QDate> sorted(it->workdays.cbegin(), it->workdays.cend());
    std::sort(sorted.begin(), sorted.end());
    QJsonArray workdays;
    for (QDate d : sorted)
        workdays.append(d.toString(DateFormat));
    const QJsonObject root{
        {u"year"_s, year}, {u"source"_s, it->source}, {u"holidays"_s, holidays}, {u"workdays"_s, workdays}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QList<int> WorkCalendar::years() const
{
    return m_years.keys();
}

QString WorkCalendar::sourceOf(int year) const
{
    return m_years.value(year).source;
}

int WorkCalendar::missingYearBetween(QDate a, QDate b) const
{
    if (!a.isValid() || !b.isValid())
        return 0;
    const int from = std::min(a.year(), b.year()), to = std::max(a.year(), b.year());
    for (int y = from; y <= to; ++y)
        if (!m_years.contains(y))
            return y;
    return 0;
}

const WorkCalendar::Year *WorkCalendar::yearFor(QDate day) const
{
    const auto it = m_years.constFind(day.year());
    return it == m_years.cend() ? nullptr : &*it;
}

bool WorkCalendar::workdayIn(const Year &y, QDate day)
{
    return y.workdays.contains(day) || (!isWeekend(day) && !y.holidays.contains(day));
}

Result<bool> WorkCalendar::isWorkday(QDate day) const
{
    if (!day.isValid())
        return invalidDateProblem();
    const Year *y = yearFor(day);
    if (!y)
        return missingYearProblem(day.year());
    return workdayIn(*y, day);
}

Result<bool> WorkCalendar::isHoliday(QDate day) const
{
    if (!day.isValid())
        return invalidDateProblem();
    const Year *y = yearFor(day);
    if (!y)
        return missingYearProblem(day.year());
    return y->holidays.contains(day);
}

QString WorkCalendar::holidayName(QDate day) const
{
    const Year *y = day.isValid() ? yearFor(day) : nullptr;
    return y ? y->holidays.value(day) : QString();
}

Result<QDate> WorkCalendar::addWorkdays(QDate from, int n) const
{
    if (!from.isValid())
        return invalidDateProblem();
    const int step = n < 0 ? -1 : 1;
    QDate d = from;
    // Walks day by day; each year's data is looked up once when the walk enters it. A missing year
    // stops the walk, so the loop is bounded by the loaded data.
    const Year *y = nullptr;
    int yearOfY = 0;
    for (int left = std::abs(n); left > 0;) {
        d = d.addDays(step);
        if (!y || d.year() != yearOfY) {
            y = yearFor(d);
            yearOfY = d.year();
            if (!y)
                return missingYearProblem(yearOfY);
        }
        if (workdayIn(*y, d))
            --left;
    }
    return d;
}

Result<int> WorkCalendar::workdaysBetween(QDate a, QDate b) const
{
    if (!a.isValid() || !b.isValid())
        return invalidDateProblem();
    if (b < a)
        std::swap(a, b);
    const QDate first = a.addDays(1), last = b.addDays(-1);
    if (first > last)
        return 0; // no day strictly between: no calendar needed
    if (const int missing = missingYearBetween(first, last))
        return missingYearProblem(missing);
    int count = 0;
    for (QDate d = first; d <= last; d = d.addDays(1))
        if (workdayIn(*yearFor(d), d)) // present: checked above
            ++count;
    return count;
}

Result<QDate> WorkCalendar::latestServiceDate(QDate meeting, int workdays, ServiceLeadReading reading) const
{
    const ArticleRef art19 = domain::art(19);
    if (!meeting.isValid())
        return invalidDateProblem(art19);
    if (workdays < 1)
        return leadTooShortProblem();

    int needed = workdays;
    if (reading == ServiceLeadReading::Lenient) {
        const Result<bool> meetingIsWorkday = isWorkday(meeting);
        if (!meetingIsWorkday.ok())
            return citing(meetingIsWorkday.problems(), art19);
        // Under reading B the meeting day itself counts — but only a working day can be counted.
        if (meetingIsWorkday.value())
            --needed;
    }
    if (needed == 0)
        return meeting.addDays(-1);
    const Result<QDate> nth = addWorkdays(meeting, -needed);
    if (!nth.ok())
        return citing(nth.problems(), art19);
    // Any day before the N-th working day leaves N working days in between; the day just before is the latest.
    return nth.value().addDays(-1);
}

Result<bool> WorkCalendar::serviceLeadSatisfied(QDate served, QDate meeting, int workdays,
                                                ServiceLeadReading reading) const
{
    const ArticleRef art19 = domain::art(19);
    if (!served.isValid() || !meeting.isValid())
        return invalidDateProblem(art19);
    if (workdays < 1)
        return leadTooShortProblem();
    if (served >= meeting)
        return false;
    const Result<int> between = workdaysBetween(served, meeting);
    if (!between.ok())
        return citing(between.problems(), art19);
    int counted = between.value();
    if (reading == ServiceLeadReading::Lenient) {
        const Result<bool> meetingIsWorkday = isWorkday(meeting);
        if (!meetingIsWorkday.ok())
            return citing(meetingIsWorkday.problems(), art19);
        if (meetingIsWorkday.value())
            ++counted;
    }
    return counted >= workdays;
}

} // namespace ecoclaim::calendar
