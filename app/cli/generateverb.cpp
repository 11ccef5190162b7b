// ecoclaim-cli generate --cases N --seed S: a synthetic register for measuring at scale (issue 7).
#include "app/cli/clioptions.h"

#include "core/generator/generator.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace ecoclaim::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Cli)
};
} // namespace

int runGenerate(const Options &options, QStringList args)
{
    bool missing = false;
    const QString cases = takeOption(args, u"--cases"_s, &missing);
    const QString seed = takeOption(args, u"--seed"_s, &missing);
    if (missing || !args.isEmpty() || cases.isEmpty()) {
        err() << Tr::tr("usage: ecoclaim-cli [--db PATH] [--today DATE] generate --cases N [--seed S]") << Qt::endl;
        return Usage;
    }
    generator::GeneratorOptions g;
    const auto count = wholeNumberValue(cases, u"--cases"_s, 1, 10'000'000);
    if (!count)
        return Refused;
    g.cases = int(*count);
    if (!seed.isEmpty()) {
        const auto s = wholeNumberValue(seed, u"--seed"_s, 0, std::numeric_limits<qint64>::max());
        if (!s)
            return Refused;
        g.seed = quint64(*s);
    }
    g.today = options.today;
    QElapsedTimer clock;
    clock.start();
    g.progress = [&clock](const QString &phase, qint64 done, qint64 total) {
        err() << u"%1 s  %2: %3 / %4"_s.arg(clock.elapsed() / 1000.0, 0, 'f', 1).arg(phase).arg(done).arg(total) << Qt::endl;
    };
    // A file: all or nothing, written beside the target and moved onto it when complete (generator.h). A
    // server database: one transaction per batch into the database named, through the service.
    const QString location = options.databasePath.isEmpty() ? storage::Database::defaultPath() : options.databasePath;
    std::optional<Session> session;
    if (storage::Database::isServerLocation(location)) {
        session = openSession(options);
        if (!session)
            return Refused;
    }
    auto report = session ? generator::generate(*session->service, g) : generator::generateFile(location, g);
    if (!report) {
        printProblems(report.problems());
        return Refused;
    }
    out() << Tr::tr("Generated %1 cases: %2 timeline events, %3 audit entries, %4 deadlines, %5 papers, %6 rows in %7 s.")
                 .arg(report->cases)
                 .arg(report->timelineEvents)
                 .arg(report->auditEntries)
                 .arg(report->deadlines)
                 .arg(report->documents)
                 .arg(report->rows)
                 .arg(report->seconds, 0, 'f', 1)
          << Qt::endl;
    return Done;
}

} // namespace ecoclaim::cli
