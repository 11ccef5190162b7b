// The lifecycle table: consultation recorded as failed, so the suit follows at once (Art. 25 ¶1). A
// written refusal and a reply period that passed are on the notices already (Art. 19 ¶2); a party that
// stayed away or walked out (¶1 (2)) and agreement judged impossible (¶1 (4)) are recorded here. From
// that day the deadline catalogue shows "bring the claim to court" within the bureau's days
// (core/domain/bureaurules.h), not at the end of the 90 days.

#include "core/domain/lifecycletable.h"

using namespace Qt::StringLiterals;

namespace ecoclaim::domain::detail {

namespace {
const QList<Choice> &failureGrounds()
{
    static const QList<Choice> l = [] {
        QList<Choice> grounds;
        for (const Choice &c : litigationTriggers())
            if (c.key == u"absent_or_withdrew" || c.key == u"impossible")
                grounds << c;
        return grounds;
    }();
    return l;
}
} // namespace

void addPromptSuitCommands(QList<CommandSpec> &t)
{
    // In consultation, and after an agreement with one batch while another is still consulted (Art. 22 ¶2).
    t << CommandSpec{
        u"record_consultation_failure"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Record that consultation failed"),
        {Stage::Consultation, Stage::Agreement, Stage::Restoration, Stage::Evaluation}, std::nullopt, art(25, 1),
        {choice(u"ground"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Why consultation failed"), failureGrounds, true, art(25, 1)),
         party(u"party"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Liable party (empty: all)"), false, art(25, 1, 2)),
         pastDate(u"occurred_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "On")),
         longText(u"note"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Circumstances"), true, art(25, 1))},
        {pre(u"party_named"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Name the party who stayed away from or walked out of the consultation meeting."),
             art(25, 1, 2),
             [](const RuleContext &c, Problems &) {
                 return c.input.text(u"ground"_s) != u"absent_or_withdrew" || c.input.has(u"party"_s);
             }),
         pre(u"party_was_invited"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "This party was never served a consultation notice: it cannot have stayed away from consultation."),
             art(25, 1, 2),
             [](const RuleContext &c, Problems &) {
                 if (!c.input.has(u"party"_s))
                     return true;
                 for (const ConsultationNotice &n : c.file.notices)
                     if (n.partyId == c.input.id(u"party"_s) && n.servedOn <= c.input.date(u"occurred_on"_s))
                         return true;
                 return false;
             }),
         pre(u"party_not_bound"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "This party signed an agreement: consultation with it did not fail."), art(23),
             [](const RuleContext &c, Problems &) {
                 for (const Agreement &a : c.file.agreements)
                     if (!c.input.has(u"party"_s) ? a.partyIds.isEmpty() : a.binds(c.input.id(u"party"_s)))
                         return false;
                 return true;
             })}};
}

} // namespace ecoclaim::domain::detail
