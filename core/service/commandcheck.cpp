// checkCommand (commandcheck.h): execute()'s steps 2 and 3 (caseservice.cpp) on a read of the case.

#include "core/service/commandcheck.h"

#include "core/service/caseservice.h"

#include "core/service/bureausettings.h"
#include "core/service/casereader.h"
#include "core/storage/database.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ecoclaim::service {

using namespace ecoclaim::domain;

Problems checkCommand(CaseService &service, const QJsonObject &command, QDate today)
{
    const CommandSpec *spec = findCommand(command.value(u"cmd"_s).toString());
    if (!spec)
        return Problems{Problem{u"cmd"_s, QCoreApplication::translate("ecoclaim::CaseService", "Unknown command."), {}}};
    CaseFile file;
    if (!spec->from.isEmpty()) {
        const QJsonValue ref = command.value(u"case"_s);
        auto loaded = service.reader().caseFile(ref.isDouble() ? QString::number(ref.toInteger()) : ref.toString());
        if (!loaded)
            return loaded.problems();
        file = std::move(loaded).value();
    }
    if (Problems refused = checkStage(*spec, file); !refused.isEmpty())
        return refused;
    auto input = parseCommandInput(*spec, command, spec->from.isEmpty() ? nullptr : &file, today);
    if (!input)
        return input.problems();
    auto bureau = readBureauSettings(service.database().connection());
    if (!bureau)
        return bureau.problems();
    const calendar::ServiceLeadReading reading = bureau->serviceLeadReading();
    const RuleContext context{file, input.value(), [&service, reading](QDate served, QDate meeting) {
                                  return service.calendar().serviceLeadSatisfied(served, meeting, 5, reading);
                              }, bureau->bureauRules()};
    return checkPreconditions(*spec, context);
}

} // namespace ecoclaim::service
