// The lifecycle table: smaller duties of the rules. A report asking for a claim is studied and answered
// promptly (Art. 13 ¶3; the bureau's days, bureaurules.h). The warning against penalties standing in
// for compensation (Art. 8 ¶4) and the hand-over to the procuratorate's public-interest suit (Art. 33
// ¶2) are preconditions and reasons of the commands that end a claim (lifecycle_intake.cpp,
// lifecycle_claim.cpp: penaltyNotInLieuRule).

#include "core/domain/lifecycletable.h"

using namespace Qt::StringLiterals;

namespace ecoclaim::domain::detail {

// Art. 8 ¶4 "不得以罚代赔，也不得以赔代罚": a clue from, or a case linked to, an administrative penalty is
// not left unclaimed without saying why the penalty does not stand in for the compensation.
Precondition penaltyNotInLieuRule()
{
    return pre(u"penalty_not_in_lieu"_s,
               QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The case is linked to an administrative penalty: a penalty does not replace compensation. Say why the claim is not pursued all the same."),
               art(8, 4), [](const RuleContext &c, Problems &) {
                   bool penalty = c.file.channel == u"administrative_penalty";
                   for (const Proceeding &p : c.file.proceedings)
                       penalty = penalty || p.kind == u"administrative_penalty";
                   return !penalty || c.input.has(u"penalty_note"_s);
               });
}

void addDutyCommands(QList<CommandSpec> &t)
{
    t << CommandSpec{
        u"answer_reporter"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Record the answer to the reporter"), editableStages(),
        std::nullopt, art(13, 3),
        {pastDate(u"replied_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Answered on"), true, art(13, 3)),
         choice(u"method"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Method of service"), serviceMethods, false),
         longText(u"content"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "How the report was handled and the answer"), true, art(13, 3))},
        {pre(u"reporter_recorded"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "No reporter is recorded on the case."), art(13, 3),
             [](const RuleContext &c, Problems &) { return !c.file.reporter.isEmpty(); }),
         pre(u"after_report"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The answer cannot come before the report was received."), art(13, 3),
             [](const RuleContext &c, Problems &) { return c.input.date(u"replied_on"_s) >= c.file.receivedOn; })}};
}

} // namespace ecoclaim::domain::detail
