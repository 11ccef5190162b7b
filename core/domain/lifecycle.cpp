// The lifecycle table. Each entry: command, the stages it may be issued in, the stage it leads to,
// its fields, and its preconditions with the article of the Shanghai rules (细则) each rests on.
// Where the rules say "原则上" (as a rule: 90 days, 3 rounds — Art. 22) the limit is enforced but may be
// exceeded with a recorded reason; where they say "应当" (shall) there is no way around it.
// The entries live in lifecycle_intake.cpp (clue → appraisal), lifecycle_claim.cpp (consultation →
// archive), in the order a case meets them, and lifecycle_papers.cpp (the papers of the case file); the
// second reading of the rules (issue 14) added files of their own: lifecycle_enforcement.cpp (Art. 24 ¶2,
// 30 ¶2) and the others named in lifecycletable.h.

#include "core/domain/lifecycle.h"

#include "core/domain/lifecycletable.h"

namespace ecoclaim::domain {

const QList<CommandSpec> &commandSpecs()
{
    static const QList<CommandSpec> table = [] {
        QList<CommandSpec> t;
        detail::addIntakeCommands(t);
        detail::addClaimCommands(t);
        detail::addClosingCommands(t);
        detail::addEnforcementCommands(t);
        detail::addPromptSuitCommands(t);
        detail::addCostCommands(t);
        detail::addGroundCommands(t);
        detail::addJurisdictionCommands(t);
        detail::addSupervisionCommands(t);
        detail::addDutyCommands(t);
        detail::addCorrectionCommands(t);
        detail::addPaperCommands(t);
        return t;
    }();
    return table;
}

} // namespace ecoclaim::domain
