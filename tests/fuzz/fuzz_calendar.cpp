// Fuzz target: a holiday calendar year as an administrator imports it (`calendar import FILE.json`,
// WorkCalendar::addYearFromJson). Whatever the bytes, a year is either refused with a problem or added;
// then the working-day arithmetic over that year must answer without crashing.
#include "fuzztarget.h"

#include "core/calendar/workcalendar.h"

#include <QCoreApplication>

using namespace ecoclaim;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    calendar::WorkCalendar cal = calendar::WorkCalendar::builtIn();
    auto year = cal.addYearFromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!year)
        return 0;
    const QDate first(year.value(), 1, 1);
    for (int d = 0; d < 366; d += 7) {
        const QDate day = first.addDays(d);
        (void)cal.isWorkday(day);
        (void)cal.addWorkdays(day, 5);
        (void)cal.addWorkdays(day, -5);
        (void)cal.latestServiceDate(day, 5, calendar::ServiceLeadReading::Strict);
    }
    (void)cal.sourceOf(year.value());
    return 0;
}
