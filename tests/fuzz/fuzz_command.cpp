// Fuzz target: one line of a lifecycle script (`ecoclaim-cli apply`), as the service reads it — JSON,
// then the command's fields typed and checked (core/domain/commandinput.cpp: text rules, dates, money,
// identifiers, choices, parties, instalments), then the stage and every precondition of the lifecycle
// table against a real case file. The first byte picks one of the demo set's case files (every stage),
// loaded once; the rest is the line. Nothing is written: the target stays fast and stateless.
#include "fuzztarget.h"

#include "core/calendar/workcalendar.h"
#include "core/domain/lifecycle.h"
#include "core/service/casenotifier.h"
#include "core/service/caseservice.h"
#include "core/service/demoset.h"
#include "core/storage/caserepository.h"
#include "core/storage/database.h"
#include "core/storage/sqlquery.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace ecoclaim;

namespace {
QList<domain::CaseFile> &caseFiles()
{
    static QList<domain::CaseFile> files;
    return files;
}
const calendar::WorkCalendar &workCalendar()
{
    static const calendar::WorkCalendar cal = calendar::WorkCalendar::builtIn();
    return cal;
}
const QDate Today(2026, 11, 28);
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    QTemporaryDir dir;
    {
        auto db = storage::Database::open(dir.filePath(u"demo.db"_s));
        if (!db)
            qFatal("fuzz_command: %s", qPrintable(db.errorString()));
        service::CaseNotifier notifier;
        service::CaseService service(*db.value(), workCalendar(), notifier);
        if (auto demo = service::loadDemoSet(service, Today); !demo)
            qFatal("fuzz_command: %s", qPrintable(demo.errorString()));
        storage::CaseRepository repository(db.value()->connection());
        for (qint64 id : storage::idList(db.value()->connection(), u"SELECT id FROM cases ORDER BY id"_s).value())
            caseFiles() << repository.load(id).value();
    }
    caseFiles() << domain::CaseFile{}; // no case: register_clue
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const domain::CaseFile &file = caseFiles().at(data[0] % caseFiles().size());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return 0;
    const QJsonObject command = doc.object();
    const domain::CommandSpec *spec = domain::findCommand(command.value(u"cmd"_s).toString());
    if (!spec)
        return 0;
    if (!domain::checkStage(*spec, file).isEmpty())
        return 0;
    auto input = domain::parseCommandInput(*spec, command, spec->from.isEmpty() ? nullptr : &file, Today);
    if (!input)
        return 0;
    const domain::RuleContext context{file, input.value(), [](QDate served, QDate meeting) {
                                          return workCalendar().serviceLeadSatisfied(served, meeting, 5,
                                                                                     calendar::ServiceLeadReading::Strict);
                                      }};
    (void)domain::checkPreconditions(*spec, context);
    return 0;
}
