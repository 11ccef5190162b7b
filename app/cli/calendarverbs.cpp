#include "app/cli/calendarverbs.h"

#include "core/calendar/workcalendar.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace ecoclaim::cli {

namespace {
// Translations of this file live in the context ecoclaim::Cli (lupdate reads the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Cli)
};

int usage()
{
    err() << Tr::tr("usage: ecoclaim-cli calendar is-workday DATE\n"
                "       ecoclaim-cli calendar add-workdays DATE N\n"
                "       ecoclaim-cli calendar latest-service MEETING_DATE [--strict|--lenient]")
          << Qt::endl;
    return Usage;
}

} // namespace

int runCalendar(const Options &options, QStringList args)
{
    const bool lenient = takeFlag(args, u"--lenient"_s);
    const bool strict = takeFlag(args, u"--strict"_s);
    if (args.isEmpty() || (lenient && strict))
        return usage();
    const QString verb = args.takeFirst();
    if (verb == u"import"_s && args.size() == 1) {
        QFile f(args.first());
        if (!f.open(QIODevice::ReadOnly)) {
            err() << Tr::tr("Cannot read %1: %2").arg(args.first(), f.errorString()) << Qt::endl;
            return Refused;
        }
        auto session = openSession(options);
        if (!session)
            return Refused;
        auto year = session->service->importCalendarYear(f.readAll(), options.actor);
        if (!year) {
            printProblems(year.problems());
            return Refused;
        }
        out() << Tr::tr("Calendar %1 imported; every deadline was recomputed with it.").arg(year.value()) << Qt::endl;
        return Done;
    }
    // The built-in years plus those imported into the database (when one is given or exists).
    // A calendar question never creates a database as a side effect.
    // Art. 19's reading is the bureau's setting of that database; without one, the stricter reading.
    calendar::WorkCalendar cal = calendar::WorkCalendar::builtIn();
    calendar::ServiceLeadReading configured = calendar::ServiceLeadReading::Strict;
    if (!options.databasePath.isEmpty() || QFile::exists(storage::Database::defaultPath())) {
        auto session = openSession(options);
        if (!session)
            return Refused;
        cal = session->service->calendar();
        auto bureau = session->service->reader().bureauSettings();
        if (!bureau) {
            printProblems(bureau.problems());
            return Refused;
        }
        configured = bureau->serviceLeadReading();
    }
    if (verb == u"years"_s && args.isEmpty()) {
        for (int y : cal.years())
            out() << y << u'\t' << tsvField(cal.sourceOf(y)) << Qt::endl;
        return Done;
    }

    if (verb == u"is-workday"_s && args.size() == 1) {
        const auto day = dateValue(args.first());
        if (!day)
            return Refused;
        auto r = cal.isWorkday(*day);
        if (!r) {
            printProblems(r.problems());
            return Refused;
        }
        out() << (r.value() ? u"yes"_s : u"no"_s) << Qt::endl;
        return Done;
    }
    if (verb == u"add-workdays"_s && args.size() == 2) {
        const auto day = dateValue(args.first());
        if (!day)
            return Refused;
        const auto n = wholeNumberValue(args.at(1), Tr::tr("Working days"), -3650, 3650);
        if (!n)
            return Refused;
        auto r = cal.addWorkdays(*day, int(*n));
        if (!r) {
            printProblems(r.problems());
            return Refused;
        }
        out() << r.value().toString(Qt::ISODate) << Qt::endl;
        return Done;
    }
    if (verb == u"latest-service"_s && args.size() == 1) {
        const auto meeting = dateValue(args.first());
        if (!meeting)
            return Refused;
        // The bureau's reading (settings), unless the command line says otherwise.
        bool useLenient = configured == calendar::ServiceLeadReading::Lenient;
        if (lenient || strict)
            useLenient = lenient;
        const auto reading = useLenient ? calendar::ServiceLeadReading::Lenient : calendar::ServiceLeadReading::Strict;
        auto r = cal.latestServiceDate(*meeting, 5, reading);
        if (!r) {
            printProblems(r.problems());
            return Refused;
        }
        out() << r.value().toString(Qt::ISODate) << Qt::endl;
        out() << (useLenient ? Tr::tr("reading: the meeting may be the 5th working day after service (Art. 19)")
                             : Tr::tr("reading: at least 5 full working days between service and meeting (Art. 19)"))
              << Qt::endl;
        return Done;
    }
    return usage();
}

} // namespace ecoclaim::cli
