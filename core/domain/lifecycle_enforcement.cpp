// The lifecycle table: enforcement (Art. 24 ¶2) and the dishonest judgment-debtor list (Art. 30 ¶2).
// A judicially confirmed agreement or a judgment that is not performed is not sued on again (Art. 24
// ¶2, 25 ¶2): the department applies to the court for enforcement, records its course and how it
// ended; payments the enforcement brings in are payments of the case (record_payment, through the
// enforcement) and count toward what is due, so the case can still close.

#include "core/domain/lifecycletable.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ecoclaim::domain::detail {

namespace {
const QList<Choice> &enforcementSteps()
{
    static const QList<Choice> l{
        {u"accepted"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "The court accepted the application"), u"法院立案受理"_s, art(24, 2)},
        {u"property_found"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Property available for enforcement found"), u"查明可供执行的财产"_s, art(24, 2)},
        {u"property_frozen"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Property seized, frozen or distrained"), u"查封、扣押、冻结财产"_s, art(24, 2)},
        {u"restoration_ordered"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Restoration ordered to be performed or done at the debtor's cost"),
         u"责令履行修复义务或由他人代为履行"_s, art(24, 2)},
        {u"hearing"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Hearing or interview of the debtor"), u"执行听证、约谈被执行人"_s, {}},
        {u"other"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Other step"), u"其他执行情况"_s, {}},
    };
    return l;
}

const QList<Choice> &enforcementResults()
{
    static const QList<Choice> l{
        {u"paid_in_full"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Enforced in full"), u"执行完毕"_s, art(24, 2)},
        {u"paid_in_part"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Enforced in part"), u"部分执行到位"_s, art(24, 2)},
        {u"terminated_no_assets"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Ended for lack of assets to enforce against"),
         u"无可供执行财产，终结本次执行程序"_s, art(24, 2)},
        {u"settled"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Settlement reached in enforcement"), u"达成执行和解"_s, art(24, 2)},
        {u"withdrawn"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Application withdrawn"), u"撤回执行申请"_s, art(24, 2)},
    };
    return l;
}

// The day the enforceable document exists: the confirmation ruling or the judgment.
QDate basisDate(const CaseFile &f)
{
    if (f.enforceableBasis() == u"judgment") {
        const Litigation *l = f.currentLitigation();
        return l->effectiveOn.isValid() ? l->effectiveOn : l->judgedOn;
    }
    if (const Confirmation *c = f.latestConfirmation())
        return c->ruledOn;
    return {};
}

Precondition pendingEnforcementRule()
{
    return pre(u"enforcement_pending"_s,
               QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "No application for enforcement is pending."), art(24, 2),
               [](const RuleContext &c, Problems &) { return c.file.pendingEnforcement() != nullptr; });
}

Precondition afterApplicationRule(const QString &dateField)
{
    return pre(u"after_application"_s,
               QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "This cannot come before the application for enforcement."), art(24, 2),
               [dateField](const RuleContext &c, Problems &) {
                   const Enforcement *e = c.file.pendingEnforcement();
                   return !e || c.input.date(dateField) >= e->appliedOn;
               });
}
} // namespace

void addEnforcementCommands(QList<CommandSpec> &t)
{
    // After an agreement (confirmed) or a judgment; the case stays in its stage while the court enforces.
    const QList<Stage> enforceable{Stage::Agreement, Stage::Litigation, Stage::Restoration, Stage::Evaluation};

    t << CommandSpec{
        u"apply_enforcement"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Apply to the court for enforcement"), enforceable,
        std::nullopt, art(24, 2),
        {pastDate(u"applied_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Applied on"), true, art(24, 2)),
         text(u"court"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Court"), true, art(24, 2)),
         longText(u"sought"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "What the court is asked to enforce"), true, art(24, 2)),
         money(u"amount_sought"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Amount to enforce")),
         text(u"enforcement_no"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Enforcement case number")),
         pastDate(u"accepted_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Accepted by the court on"), false)},
        {pre(u"enforceable_basis"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Only a judicially confirmed agreement or a judgment is enforced by the court; an agreement not confirmed is sued on instead (Art. 25 ¶2)."),
             art(24, 2), [](const RuleContext &c, Problems &) { return !c.file.enforceableBasis().isEmpty(); }),
         pre(u"unperformed"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The agreement or judgment has been performed (paid in full, restoration evaluated as passed): there is nothing to enforce."),
             art(24, 2), [](const RuleContext &c, Problems &) { return c.file.unperformed(); }),
         pre(u"no_pending_enforcement"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "An application for enforcement is already pending: record its course and how it ended."),
             art(24, 2), [](const RuleContext &c, Problems &) { return c.file.pendingEnforcement() == nullptr; }),
         pre(u"after_basis"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Enforcement cannot be applied for before the confirmation ruling, or before the judgment took effect."),
             art(24, 2),
             [](const RuleContext &c, Problems &) {
                 const QDate basis = basisDate(c.file);
                 return !basis.isValid() || c.input.date(u"applied_on"_s) >= basis;
             }),
         pre(u"accepted_after_applied"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The court cannot accept the application before it was made."), {},
             [](const RuleContext &c, Problems &) {
                 return !c.input.has(u"accepted_on"_s) || c.input.date(u"accepted_on"_s) >= c.input.date(u"applied_on"_s);
             }),
         pre(u"amount_within_outstanding"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The amount to enforce is more than what remains unpaid."), art(24, 2),
             [](const RuleContext &c, Problems &) {
                 return !c.input.has(u"amount_sought"_s) || c.input.money(u"amount_sought"_s) <= c.file.outstanding();
             })}};

    t << CommandSpec{
        u"record_enforcement_step"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Record a step of the enforcement"), enforceable,
        std::nullopt, art(24, 2),
        {pastDate(u"occurred_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "On"), true),
         choice(u"kind"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Step"), enforcementSteps, true, art(24, 2)),
         text(u"enforcement_no"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Enforcement case number")),
         longText(u"note"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "What happened"))},
        {pendingEnforcementRule(), afterApplicationRule(u"occurred_on"_s),
         pre(u"other_described"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Describe the step."), {},
             [](const RuleContext &c, Problems &) {
                 return c.input.text(u"kind"_s) != u"other" || c.input.has(u"note"_s);
             })}};

    t << CommandSpec{
        u"conclude_enforcement"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Record how the enforcement ended"), enforceable,
        std::nullopt, art(24, 2),
        {pastDate(u"concluded_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Ended on")),
         choice(u"result"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Result"), enforcementResults, true, art(24, 2)),
         longText(u"note"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "The court's decision and what remains"))},
        {pendingEnforcementRule(), afterApplicationRule(u"concluded_on"_s),
         pre(u"paid_in_full_on_record"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Enforced in full needs the payments on record first: nothing may remain unpaid (record each payment through the enforcement)."),
             art(24, 2),
             [](const RuleContext &c, Problems &) {
                 return c.input.text(u"result"_s) != u"paid_in_full" || c.file.outstanding().fen() == 0;
             }),
         pre(u"part_payment_on_record"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Enforced in part needs at least one payment through the enforcement on record."), art(24, 2),
             [](const RuleContext &c, Problems &) {
                 if (c.input.text(u"result"_s) != u"paid_in_part")
                     return true;
                 const Enforcement *e = c.file.pendingEnforcement();
                 for (const Payment &p : c.file.payments)
                     if (e && p.enforcementId == e->id)
                         return true;
                 return false;
             }),
         pre(u"ruling_described"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Ending for lack of assets, a settlement or a withdrawal needs the court's decision and what remains unpaid."),
             art(24, 2),
             [](const RuleContext &c, Problems &) {
                 const QString r = c.input.text(u"result"_s);
                 return (r != u"terminated_no_assets" && r != u"settled" && r != u"withdrawn") || c.input.has(u"note"_s);
             })}};

    // Art. 30 ¶2: the court lists a party that does not perform a confirmed agreement or a judgment; the
    // department records it (and the removal) so the file shows who is listed. Removal may come after closing.
    QList<Stage> listing = enforceable;
    listing << Stage::Closed;
    const Check enforcementOnRecord = [](const RuleContext &c, Problems &) { return !c.file.enforcements.isEmpty(); };
    t << CommandSpec{
        u"record_dishonest_listing"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Record a party on the list of dishonest judgment debtors"),
        enforceable, std::nullopt, art(30, 2),
        {party(u"party"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Liable party")),
         pastDate(u"listed_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Listed on"), true, art(30, 2)),
         text(u"court"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Court"), true),
         text(u"reference"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Decision number"))},
        {pre(u"enforcement_applied"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "A party is listed as a dishonest judgment debtor in enforcement of a confirmed agreement or judgment: no enforcement is on record."),
             art(30, 2), enforcementOnRecord),
         pre(u"not_listed"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "This party is already on the list."), art(30, 2),
             [](const RuleContext &c, Problems &) {
                 for (const DishonestListing &d : c.file.dishonestListings)
                     if (d.partyId == c.input.id(u"party"_s) && d.isActive())
                         return false;
                 return true;
             })}};

    t << CommandSpec{
        u"record_dishonest_removal"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Record a party taken off the list of dishonest judgment debtors"),
        listing, std::nullopt, art(30, 2),
        {party(u"party"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Liable party")),
         pastDate(u"removed_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Removed on")),
         longText(u"reason"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Why (performed, settled…)"), true)},
        {pre(u"listed"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "This party is not on the list."), art(30, 2),
             [](const RuleContext &c, Problems &) {
                 for (const DishonestListing &d : c.file.dishonestListings)
                     if (d.partyId == c.input.id(u"party"_s) && d.isActive())
                         return c.input.date(u"removed_on"_s) >= d.listedOn;
                 return false;
             })}};
}

} // namespace ecoclaim::domain::detail
