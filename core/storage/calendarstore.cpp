#include "core/storage/calendarstore.h"

#include "core/storage/sqlquery.h"

using namespace Qt::StringLiterals;

namespace ecoclaim::storage::calendars {

domain::Result<calendar::WorkCalendar> load(const QSqlDatabase &db)
{
    calendar::WorkCalendar cal = calendar::WorkCalendar::builtIn();
    auto q = exec(db, u"SELECT json FROM calendar_years ORDER BY year"_s);
    if (!q)
        return q.problems();
    while (q.value().next()) {
        auto year = cal.addYearFromJson(q.value().value(0).toString().toUtf8());
        if (!year)
            return year.problems();
    }
    if (auto s = readEnded(q.value()); !s)
        return s.problems();
    return cal;
}

domain::Result<int> store(const QSqlDatabase &db, const QByteArray &json, const QString &actor)
{
    // Validate on a scratch calendar: a refused file changes nothing.
    calendar::WorkCalendar scratch;
    auto year = scratch.addYearFromJson(json);
    if (!year)
        return year.problems();
    auto q = exec(db,
                  u"INSERT INTO calendar_years(year, json, imported_at, imported_by) VALUES(?, ?, ?, ?) "
                  "ON CONFLICT(year) DO UPDATE SET json = excluded.json, imported_at = excluded.imported_at, "
                  "imported_by = excluded.imported_by"_s,
                  {year.value(), QString::fromUtf8(scratch.yearToJson(year.value())), nowTimestamp(), actor});
    if (!q)
        return q.problems();
    return year.value();
}

} // namespace ecoclaim::storage::calendars
