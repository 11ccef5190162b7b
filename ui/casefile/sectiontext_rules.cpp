// Sections of the records the second reading of the rules added (issue 14): enforcement and the
// dishonest list; emergencies, costs advanced and the accounts per category; jurisdiction, the joint
// case group, the grounds of the special routes, supervision and the answer to a reporter.
#include "ui/casefile/sectiontext.h"

#include "core/domain/caseaccounts.h"
#include "core/domain/catalogue.h"
#include "ui/format.h"

using namespace Qt::StringLiterals;

namespace ecoclaim::ui::sections {

namespace {
QString partyName(const domain::CaseFile &f, qint64 id)
{
    const domain::Party *p = f.findParty(id);
    return p ? p->name : QString();
}
QString money(domain::Money m) { return m.isZero() ? QString() : formatMoney(m); }
QString department(const QString &key)
{
    const domain::Department *d = domain::findDepartmentByAnyName(key);
    return d ? d->displayName() : key;
}
QString categoryName(const QString &key)
{
    for (const domain::Choice &c : domain::compensationCategories())
        if (c.key == key)
            return c.displayName();
    return key == u"punitive" ? Tr::tr("Punitive damages") : key;
}
} // namespace

QString enforcement(const domain::CaseFile &f)
{
    Rows rows;
    for (const domain::Enforcement &e : f.enforcements) {
        rows.heading(Tr::tr("Enforcement — %1").arg(e.court))
            .add(Tr::tr("Basis"), e.basis == u"judgment" ? Tr::tr("effective judgment") : Tr::tr("judicially confirmed agreement"))
            .add(Tr::tr("Applied on"), formatDate(e.appliedOn))
            .add(Tr::tr("Enforcement case number"), e.enforcementNo)
            .add(Tr::tr("Accepted on"), formatDate(e.acceptedOn))
            .add(Tr::tr("Sought"), e.sought)
            .add(Tr::tr("Amount to enforce"), money(e.amountSought));
        for (const domain::EnforcementEvent &ev : f.enforcementEvents)
            if (ev.enforcementId == e.id)
                rows.add(formatDate(ev.occurredOn),
                         u"%1%2"_s.arg(choiceName(u"record_enforcement_step"_s, u"kind"_s, ev.kind),
                                       ev.note.isEmpty() ? QString() : u"：%1"_s.arg(ev.note)));
        rows.add(Tr::tr("Result"), e.isPending() ? Tr::tr("pending")
                                                 : u"%1（%2）%3"_s.arg(choiceName(u"conclude_enforcement"_s, u"result"_s, e.result),
                                                                     formatDate(e.concludedOn), e.resultNote));
    }
    for (const domain::DishonestListing &d : f.dishonestListings) {
        rows.heading(Tr::tr("Dishonest judgment debtor: %1").arg(partyName(f, d.partyId)))
            .add(Tr::tr("Listed on"), formatDate(d.listedOn))
            .add(Tr::tr("Court"), d.court)
            .add(Tr::tr("Decision"), d.reference)
            .add(Tr::tr("Removed"), d.removedOn.isValid() ? u"%1　%2"_s.arg(formatDate(d.removedOn), d.removalReason) : QString());
    }
    if (!f.enforceableBasis().isEmpty() && f.enforcements.isEmpty() && f.unperformed())
        rows.add(Tr::tr("Not performed"), Tr::tr("Outstanding %1: apply to the court for enforcement (Art. 24 ¶2).").arg(formatMoney(f.outstanding())));
    return rows.html();
}

QString emergenciesAndCosts(const domain::CaseFile &f)
{
    Rows rows;
    for (const domain::EmergencyAction &e : f.emergencyActions) {
        rows.heading(Tr::tr("Emergency action of %1 — %2").arg(formatDate(e.actedOn), e.actorName))
            .add(Tr::tr("Who acted"), choiceName(u"record_emergency_action"_s, u"actor_kind"_s, e.actorKind))
            .add(Tr::tr("What was done"), e.measures)
            .add(Tr::tr("Why the department acted"), choiceName(u"record_emergency_action"_s, u"ground"_s, e.ground))
            .add(Tr::tr("Note"), e.note);
    }
    for (const domain::AdvancedCost &c : f.advancedCosts)
        rows.add(Tr::tr("Advanced on %1").arg(formatDate(c.incurredOn)),
                 u"%1　%2　%3（%4）%5"_s.arg(formatMoney(c.amount), c.paidBy, choiceName(u"record_advanced_cost"_s, u"purpose"_s, c.purpose),
                                           categoryName(c.category), c.voucher));
    // Art. 5, 34: per category what was appraised, claimed, is due, paid; costs advanced and recovered.
    bool any = false;
    for (const domain::CategoryAccount &a : domain::categoryAccounts(f))
        any = any || !a.appraised.isZero() || !a.due.isZero() || !a.paid.isZero() || !a.advanced.isZero() || !a.claimed.isZero();
    if (any) {
        rows.heading(Tr::tr("Accounts per category (Art. 5, 34)"));
        for (const domain::CategoryAccount &a : domain::categoryAccounts(f)) {
            if (a.appraised.isZero() && a.due.isZero() && a.paid.isZero() && a.advanced.isZero() && a.claimed.isZero())
                continue;
            QStringList parts;
            if (!a.appraised.isZero())
                parts << Tr::tr("appraised %1").arg(formatMoney(a.appraised));
            if (!a.claimed.isZero())
                parts << Tr::tr("claimed in court %1").arg(formatMoney(a.claimed));
            parts << Tr::tr("due %1").arg(formatMoney(a.due)) << Tr::tr("paid %1").arg(formatMoney(a.paid))
                  << Tr::tr("outstanding %1").arg(formatMoney(a.outstanding()));
            if (!a.advanced.isZero())
                parts << Tr::tr("advanced %1, recovered %2").arg(formatMoney(a.advanced), formatMoney(a.recovered));
            rows.add(categoryName(a.key), parts.join(u"；"_s));
        }
    }
    return rows.html();
}

QString jurisdictionAndSupervision(const domain::CaseFile &f)
{
    Rows rows;
    if (f.receivedOutsideTheRules())
        rows.add(Tr::tr("Rules in force"),
                 Tr::tr("Received on %1, outside 2024-04-10 to 2029-04-09 (Art. 47): the rules then in force apply.").arg(formatDate(f.receivedOn)));
    rows.add(Tr::tr("Handled by the city because"), choiceName(u"register_clue"_s, u"city_ground"_s, f.cityGround));
    if (f.jointGroup) {
        const domain::JointGroup &g = *f.jointGroup;
        QStringList members, assisting;
        for (const domain::JointMember &m : g.members)
            (m.role == u"assisting" ? assisting : members) << department(m.unit);
        rows.heading(Tr::tr("Joint case group (Art. 9 ¶3)"))
            .add(Tr::tr("Lead department"), department(g.leadUnit))
            .add(Tr::tr("Members"), members.join(u"、"_s))
            .add(Tr::tr("Assisting"), assisting.join(u"、"_s))
            .add(Tr::tr("Decided by"), u"%1　%2"_s.arg(g.decidedBy, formatDate(g.formedOn)));
    }
    for (const domain::CrossRegion &c : f.crossRegions)
        rows.add(Tr::tr("Cross-region case (Art. 44)"), u"%1　%2　%3"_s.arg(c.region, c.department, c.note));
    if (f.simpleCase)
        rows.heading(Tr::tr("Simple case (Art. 16 ¶2, 21 ¶3, 29 ¶2)"))
            .add(Tr::tr("Facts"), f.simpleCase->facts)
            .add(Tr::tr("Liability"), f.simpleCase->liability)
            .add(Tr::tr("Estimated damage"), formatMoney(f.simpleCase->damageEstimate));
    if (f.punitiveGround)
        rows.heading(Tr::tr("Grounds for punitive damages (Art. 26)"))
            .add(Tr::tr("Intent"), f.punitiveGround->intent)
            .add(Tr::tr("Serious consequences"), f.punitiveGround->consequences)
            .add(Tr::tr("Evidence"), f.punitiveGround->evidence);
    if (f.major || !f.supervisionReports.isEmpty()) {
        rows.heading(Tr::tr("Major-case supervision (Art. 39)"));
        if (f.supervisionReports.isEmpty())
            rows.add(Tr::tr("Reported upward"), Tr::tr("not yet"));
        for (const domain::SupervisionReport &r : f.supervisionReports)
            rows.add(Tr::tr("Reported on %1").arg(formatDate(r.reportedOn)), u"%1：%2"_s.arg(r.reportedTo, r.content));
        for (const domain::SupervisionInstruction &i : f.supervisionInstructions)
            rows.add(Tr::tr("Instruction of %1").arg(formatDate(i.issuedOn)),
                     u"%1：%2%3"_s.arg(i.issuedBy, i.content,
                                      i.doneOn.isValid() ? Tr::tr(" — done on %1: %2").arg(formatDate(i.doneOn), i.response)
                                                         : (i.dueOn.isValid() ? Tr::tr(" — due %1").arg(formatDate(i.dueOn)) : QString())));
        for (const domain::TimetableItem &t : f.timetable)
            rows.add(Tr::tr("Timetable %1").arg(formatDate(t.dueOn)),
                     t.doneOn.isValid() ? Tr::tr("%1 — done on %2").arg(t.step, formatDate(t.doneOn)) : t.step);
    }
    for (const domain::ReporterReply &r : f.reporterReplies)
        rows.add(Tr::tr("Reporter answered on %1").arg(formatDate(r.repliedOn)), r.content);
    return rows.html();
}

} // namespace ecoclaim::ui::sections
