// ecoclaim-cli demo
#include "app/cli/clioptions.h"

#include "core/service/demoset.h"

#include <QCoreApplication>
#include <QSet>

namespace ecoclaim::cli {

int runDemo(const Options &options)
{
    auto session = openSession(options, storage::OpenMode::CreateIfMissing);
    if (!session)
        return Refused;
    auto report = service::loadDemoSet(*session->service, options.today);
    if (!report) {
        printProblems(report.problems());
        return Refused;
    }
    QSet<QString> cases;
    for (const service::CommandOutcome &o : report->outcomes)
        cases.insert(o.caseNumber);
    out() << QCoreApplication::translate("ecoclaim::Cli", "Demo set loaded: %n case(s)", nullptr, int(cases.size()))
          << QCoreApplication::translate("ecoclaim::Cli", ", %1 commands.").arg(report->applied) << Qt::endl;
    return Done;
}

} // namespace ecoclaim::cli
