#include "app/cli/clioptions.h"

#include "core/documents/papercomposer.h"

#include <QCoreApplication>
#include <QGuiApplication>

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
    // Paper commands (issue_paper, supersede_paper) render through the papers module, also in `apply` —
    // where fonts can be had (a QGuiApplication: main starts one for scripts that issue papers).
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        s.service->setPaperComposer(std::make_unique<documents::OfficeComposer>(*s.service)); // the bureau's unit settings
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
