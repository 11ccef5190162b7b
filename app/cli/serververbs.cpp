// ecoclaim-cli migrate-to: a desk's SQLite database (with its stored files) copied to an empty PostgreSQL
// database and checked there (storage/movetoserver.h).
#include "app/cli/serververbs.h"

#include "core/storage/movetoserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ecoclaim::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Cli)
};
} // namespace

int runMigrateTo(const Options &options, QStringList args)
{
    bool missing = false;
    const QString from = takeOption(args, u"--from"_s, &missing);
    if (missing || from.isEmpty() || args.size() != 1 || !storage::Database::isServerLocation(args.first())) {
        err() << Tr::tr("usage: ecoclaim-cli migrate-to postgresql://USER@HOST:PORT/DATABASE --from FILE.db\n"
                        "The server database must exist (created with ENCODING 'UTF8' LC_CTYPE 'C.UTF-8') and be empty; "
                        "the password comes from PGPASSWORD or ~/.pgpass.")
              << Qt::endl;
        return Usage;
    }
    if (!QFileInfo(from).isFile()) {
        err() << Tr::tr("There is no database file %1; nothing was moved.").arg(from) << Qt::endl;
        return Refused;
    }
    auto desk = storage::Database::open(from, storage::OpenMode::MustExist); // a mistyped --from is refused, never created
    if (!desk) {
        printProblems(desk.problems());
        return Refused;
    }
    auto server = storage::Database::open(args.first());
    if (!server) {
        printProblems(server.problems());
        return Refused;
    }
    QElapsedTimer timer;
    timer.start();
    QString last;
    auto report = storage::moveToServer(*desk.value(), *server.value(), [&](const QString &what, qint64 done, qint64 total) {
        if (what != last && !last.isEmpty())
            err() << '\n';
        last = what;
        err() << '\r' << Tr::tr("%1: %2 of %3").arg(what).arg(done).arg(total) << Qt::flush;
    });
    if (!last.isEmpty())
        err() << Qt::endl;
    if (!report) {
        printProblems(report.problems());
        return Refused;
    }
    for (const QString &line : report->lines)
        out() << line << Qt::endl;
    out() << Tr::tr("Moved %1 to %2 in %3 s. Point every desk at the server with --db %2.")
                 .arg(from, server.value()->path())
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
          << Qt::endl;
    Q_UNUSED(options);
    return Done;
}

} // namespace ecoclaim::cli
