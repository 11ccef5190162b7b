// ecoclaim-cli backup --out FILE: a checked copy of the database (storage/backup.h).
#include "app/cli/clioptions.h"

#include "core/storage/backup.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ecoclaim::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Cli)
};
} // namespace

int runBackup(const Options &options, QStringList args)
{
    bool missing = false;
    const QString target = takeOption(args, u"--out"_s, &missing);
    if (missing || target.isEmpty() || !args.isEmpty()) {
        err() << Tr::tr("usage: ecoclaim-cli [--db PATH] backup --out FILE") << Qt::endl;
        return Usage;
    }
    auto session = openSession(options);
    if (!session)
        return Refused;
    auto report = storage::backupTo(session->database->connection(), target);
    if (!report) {
        printProblems(report.problems());
        return Refused;
    }
    out() << Tr::tr("Backup written to %1: %2 cases, %3 MB, schema %4; copied in %5 s, %6 ok in %7 s.")
                 .arg(report->path)
                 .arg(report->cases)
                 .arg(report->bytes / 1e6, 0, 'f', 1)
                 .arg(report->schemaVersion)
                 .arg(report->copySeconds, 0, 'f', 2)
                 .arg(report->checkedWith)
                 .arg(report->checkSeconds, 0, 'f', 2)
          << Qt::endl;
    return Done;
}

} // namespace ecoclaim::cli
