// Helper of tst_twodesks: one desk of a bureau. Applies every line of a JSONL file of lifecycle commands
// to the database named on the command line, through CaseService as the window would, and carries on
// after a refusal (a second desk may have changed the case meanwhile). After each line it prints, and
// flushes, either "ok LINE CASE_NO" once the command is committed, or "refused LINE MESSAGE".
//
//   deskchild DATABASE COMMANDS.jsonl DESK_NAME

#include "core/calendar/workcalendar.h"
#include "core/service/casenotifier.h"
#include "core/service/caseservice.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace ecoclaim;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    auto opened = storage::Database::open(args.at(1));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorString()));
        return 1;
    }
    service::CaseNotifier notifier1;
    service::CaseService service(*opened.value(), calendar::WorkCalendar::builtIn(), notifier1);
    QFile script(args.at(2));
    if (!script.open(QIODevice::ReadOnly))
        return 1;
    int line = 0;
    for (const QByteArray &text : script.readAll().split('\n')) {
        if (text.trimmed().isEmpty())
            continue;
        ++line;
        auto outcome = service.execute(QJsonDocument::fromJson(text).object(), args.at(3), QDate(2026, 11, 28));
        const QString said = outcome ? u"ok %1 %2"_s.arg(line).arg(outcome->caseNumber)
                                     : u"refused %1 %2"_s.arg(line).arg(outcome.errorString().replace(u'\n', u' '));
        std::fputs(qPrintable(said + u'\n'), stdout);
        std::fflush(stdout);
    }
    return 0;
}
