#include "app/cli/clioptions.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ecoclaim::cli {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

void printProblems(const domain::Problems &problems)
{
    for (const domain::Problem &p : problems.list())
        err() << p.toString() << Qt::endl;
}

std::optional<Session> openSession(const Options &options)
{
    const QString path = options.databasePath.isEmpty() ? storage::Database::defaultPath() : options.databasePath;
    auto db = storage::Database::open(path);
    if (!db) {
        printProblems(db.problems());
        return std::nullopt;
    }
    Session s;
    s.database = std::move(db).value();
    s.notifier = std::make_unique<service::CaseNotifier>();
    auto service = service::CaseService::open(*s.database, *s.notifier);
    if (!service) {
        printProblems(service.problems());
        return std::nullopt;
    }
    s.service = std::move(service).value();
    return s;
}

bool takeFlag(QStringList &args, const QString &flag)
{
    return args.removeAll(flag) > 0;
}

QString takeOption(QStringList &args, const QString &option, bool *missingValue)
{
    const qsizetype i = args.indexOf(option);
    if (i < 0)
        return {};
    if (i + 1 >= args.size()) {
        if (missingValue)
            *missingValue = true;
        args.removeAt(i);
        return {};
    }
    const QString value = args.at(i + 1);
    args.remove(i, 2);
    return value;
}

} // namespace ecoclaim::cli
