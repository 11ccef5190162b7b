#include "core/archive/selfcheck.h"

#include "core/domain/lifecycle.h"
#include "core/service/caseservice.h"

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::archive {

Result<SelfCheck> archiveSelfCheck(const service::CaseService &service, const QString &caseReference, QDate today)
{
    auto file = service.caseFile(caseReference);
    if (!file)
        return file.problems();
    return archiveSelfCheck(file.value(), today);
}

SelfCheck archiveSelfCheck(const CaseFile &file, QDate today)
{
    const CommandSpec *spec = findCommand(u"archive_case");
    Q_ASSERT(spec);
    SelfCheck check;
    check.caseNumber = file.number;
    check.archived = file.stage == Stage::Archived;
    if (check.archived)
        return check;
    check.missing.append(checkStage(*spec, file));
    const CommandInput input{spec->name, {{u"archived_on"_s, today}}, today};
    const RuleContext context{file, input, [](QDate, QDate) { return Result<bool>(true); }};
    check.missing.append(checkPreconditions(*spec, context));
    return check;
}

} // namespace ecoclaim::archive
