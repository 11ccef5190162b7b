// The case file's facts of the second reading of the rules (issue 14): enforcement, what restoration
// is owed, the rules' own validity, and the JSON of the records of caserecords.h.

#include "core/domain/casefile.h"

#include "core/domain/caseaccounts.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ecoclaim::domain {

namespace {
QJsonValue date(const QDate &d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(); }
QJsonValue optionalId(qint64 v) { return v ? QJsonValue(v) : QJsonValue(); }

template <typename T, typename F>
QJsonArray array(const QList<T> &list, F toJson)
{
    QJsonArray a;
    for (const T &item : list)
        a.append(toJson(item));
    return a;
}

// The judgment that decides what is owed: the latest one, when it came after the agreement (a suit on
// the agreement replaces it, Art. 25 ¶2) or there is no agreement.
const Litigation *decidingJudgment(const CaseFile &f)
{
    const Litigation *l = f.currentLitigation();
    if (!l || !l->judgedOn.isValid())
        return nullptr;
    if (f.agreement && l->filedOn < f.agreement->signedOn)
        return nullptr;
    return l;
}
} // namespace

bool JointGroup::includes(const QString &unit) const
{
    if (leadUnit == unit)
        return true;
    for (const JointMember &m : members)
        if (m.unit == unit)
            return true;
    return false;
}

QString CaseFile::enforceableBasis() const
{
    if (const Litigation *l = decidingJudgment(*this))
        return l->outcome == u"dismissed" ? QString() : u"judgment"_s;
    const Confirmation *c = latestConfirmation();
    if (agreement && c && c->confirmed.value_or(false))
        return u"confirmed_agreement"_s;
    return {};
}

const Enforcement *CaseFile::pendingEnforcement() const
{
    for (const Enforcement &e : enforcements)
        if (e.isPending())
            return &e;
    return nullptr;
}

const Enforcement *CaseFile::latestEnforcement() const
{
    return enforcements.isEmpty() ? nullptr : &enforcements.last();
}

bool CaseFile::restorationOwed() const
{
    // Restoration begun — ahead of the agreement (Art. 28) or under it — is finished and evaluated.
    if (restoration)
        return true;
    if (const Litigation *l = decidingJudgment(*this))
        return l->outcome != u"dismissed" && l->restorationOrdered;
    if (agreement)
        return !agreement->moneyOnly;
    return false;
}

Money CaseFile::outstanding() const
{
    const Money left = amountDue() - amountPaid();
    return left.isNegative() ? Money() : left;
}

bool CaseFile::unperformed() const
{
    if (outstanding().fen() > 0)
        return true;
    if (!restorationOwed())
        return false;
    const Evaluation *e = latestEvaluation();
    return !(e && e->passed);
}

Amounts CaseFile::defaultClaim(const QString &trigger) const
{
    if (trigger == u"agreement_not_performed" && agreement)
        return agreement->amounts;
    if (const Appraisal *a = completedAppraisal())
        return a->amounts;
    return {};
}

bool CaseFile::consultationFailed(QDate asOf) const
{
    for (const ConsultationFailure &c : consultationFailures)
        if (c.partyId == 0 && c.occurredOn <= asOf)
            return true;
    if (stage == Stage::Consultation && rounds.size() >= 3)
        return true;
    int atStake = 0;
    for (const Party &p : parties) {
        bool bound = false;
        for (const Agreement &a : agreements)
            bound = bound || a.binds(p.id);
        bool served = false, failed = false;
        for (const ConsultationNotice &n : notices) {
            if (n.partyId != p.id)
                continue;
            served = true;
            failed = failed || n.reply == u"refused" || (n.reply.isEmpty() && n.replyDueOn < asOf);
        }
        for (const ConsultationFailure &c : consultationFailures)
            failed = failed || (c.partyId == p.id && c.occurredOn <= asOf);
        if (!served || bound)
            continue;
        ++atStake;
        if (!failed)
            return false;
    }
    return atStake > 0;
}

bool CaseFile::performanceOverdue(QDate asOf) const
{
    if (outstanding().fen() == 0)
        return false;
    bool namesADay = false;
    Money dueByNow;
    for (const Agreement &a : agreements) {
        if (a.performanceDueOn.isValid()) {
            namesADay = true;
            if (a.performanceDueOn < asOf)
                return true;
        }
        for (const Instalment &i : a.instalments) {
            namesADay = true;
            if (i.dueOn < asOf)
                dueByNow += i.amount;
        }
    }
    return !namesADay || dueByNow > amountPaid();
}

bool CaseFile::receivedOutsideTheRules() const
{
    return receivedOn.isValid() && (receivedOn < QDate(2024, 4, 10) || receivedOn > QDate(2029, 4, 9));
}

void CaseFile::addRecordsJson(QJsonObject &o) const
{
    o[u"enforcements"_s] = array(enforcements, [](const Enforcement &e) {
        return QJsonObject{{u"id"_s, e.id}, {u"basis"_s, e.basis}, {u"applied_on"_s, date(e.appliedOn)},
                           {u"court"_s, e.court}, {u"enforcement_no"_s, e.enforcementNo},
                           {u"accepted_on"_s, date(e.acceptedOn)}, {u"sought"_s, e.sought},
                           {u"amount_sought_fen"_s, e.amountSought.fen()}, {u"result"_s, e.result},
                           {u"concluded_on"_s, date(e.concludedOn)}, {u"result_note"_s, e.resultNote}};
    });
    o[u"enforcement_events"_s] = array(enforcementEvents, [](const EnforcementEvent &e) {
        return QJsonObject{{u"enforcement_id"_s, e.enforcementId}, {u"occurred_on"_s, date(e.occurredOn)},
                           {u"kind"_s, e.kind}, {u"note"_s, e.note}};
    });
    o[u"dishonest_listings"_s] = array(dishonestListings, [](const DishonestListing &d) {
        return QJsonObject{{u"party_id"_s, d.partyId}, {u"listed_on"_s, date(d.listedOn)}, {u"court"_s, d.court},
                           {u"reference"_s, d.reference}, {u"removed_on"_s, date(d.removedOn)},
                           {u"removal_reason"_s, d.removalReason}};
    });
    o[u"consultation_failures"_s] = array(consultationFailures, [](const ConsultationFailure &c) {
        return QJsonObject{{u"party_id"_s, optionalId(c.partyId)}, {u"ground"_s, c.ground}, {u"occurred_on"_s, date(c.occurredOn)},
                           {u"note"_s, c.note}};
    });
    o[u"emergency_actions"_s] = array(emergencyActions, [](const EmergencyAction &e) {
        return QJsonObject{{u"id"_s, e.id}, {u"acted_on"_s, date(e.actedOn)}, {u"actor_kind"_s, e.actorKind},
                           {u"actor_name"_s, e.actorName}, {u"measures"_s, e.measures}, {u"ground"_s, e.ground},
                           {u"note"_s, e.note}};
    });
    o[u"advanced_costs"_s] = array(advancedCosts, [](const AdvancedCost &c) {
        return QJsonObject{{u"incurred_on"_s, date(c.incurredOn)}, {u"purpose"_s, c.purpose}, {u"category"_s, c.category},
                           {u"amount_fen"_s, c.amount.fen()}, {u"paid_by"_s, c.paidBy}, {u"voucher"_s, c.voucher},
                           {u"note"_s, c.note}, {u"emergency_action_id"_s, optionalId(c.emergencyActionId)}};
    });
    if (simpleCase)
        o[u"simple_case"_s] = QJsonObject{{u"recorded_on"_s, date(simpleCase->recordedOn)}, {u"facts"_s, simpleCase->facts},
                                          {u"liability"_s, simpleCase->liability},
                                          {u"damage_estimate_fen"_s, simpleCase->damageEstimate.fen()},
                                          {u"note"_s, simpleCase->note}};
    if (punitiveGround)
        o[u"punitive_ground"_s] = QJsonObject{{u"recorded_on"_s, date(punitiveGround->recordedOn)},
                                              {u"intent"_s, punitiveGround->intent},
                                              {u"consequences"_s, punitiveGround->consequences},
                                              {u"evidence"_s, punitiveGround->evidence}};
    if (jointGroup) {
        QJsonObject g{{u"lead_unit"_s, jointGroup->leadUnit}, {u"decided_by"_s, jointGroup->decidedBy},
                      {u"formed_on"_s, date(jointGroup->formedOn)}, {u"note"_s, jointGroup->note}};
        g[u"members"_s] = array(jointGroup->members, [](const JointMember &m) {
            return QJsonObject{{u"unit"_s, m.unit}, {u"role"_s, m.role}};
        });
        o[u"joint_group"_s] = g;
    }
    o[u"cross_regions"_s] = array(crossRegions, [](const CrossRegion &c) {
        return QJsonObject{{u"recorded_on"_s, date(c.recordedOn)}, {u"region"_s, c.region},
                           {u"department"_s, c.department}, {u"contact"_s, c.contact}, {u"note"_s, c.note}};
    });
    o[u"supervision_reports"_s] = array(supervisionReports, [](const SupervisionReport &r) {
        return QJsonObject{{u"reported_on"_s, date(r.reportedOn)}, {u"reported_to"_s, r.reportedTo}, {u"content"_s, r.content}};
    });
    o[u"supervision_instructions"_s] = array(supervisionInstructions, [](const SupervisionInstruction &i) {
        return QJsonObject{{u"issued_on"_s, date(i.issuedOn)}, {u"issued_by"_s, i.issuedBy}, {u"content"_s, i.content},
                           {u"due_on"_s, date(i.dueOn)}, {u"done_on"_s, date(i.doneOn)}, {u"response"_s, i.response}};
    });
    o[u"timetable"_s] = array(timetable, [](const TimetableItem &t) {
        return QJsonObject{{u"step"_s, t.step}, {u"due_on"_s, date(t.dueOn)}, {u"done_on"_s, date(t.doneOn)}, {u"note"_s, t.note}};
    });
    o[u"reporter_replies"_s] = array(reporterReplies, [](const ReporterReply &r) {
        return QJsonObject{{u"replied_on"_s, date(r.repliedOn)}, {u"method"_s, r.method}, {u"content"_s, r.content}};
    });
    // Every agreement (one per batch, Art. 22 ¶2) and who signed it; who took part in each round.
    o[u"agreements"_s] = array(agreements, [](const Agreement &a) {
        QJsonArray parties;
        for (qint64 p : a.partyIds)
            parties.append(p);
        return QJsonObject{{u"id"_s, a.id}, {u"signed_on"_s, date(a.signedOn)}, {u"party_ids"_s, parties},
                           {u"money_only"_s, a.moneyOnly}, {u"total_fen"_s, a.amounts.total().fen()}};
    });
    o[u"round_parties"_s] = array(rounds, [](const ConsultationRound &r) {
        QJsonArray parties;
        for (qint64 p : r.partyIds)
            parties.append(p);
        return QJsonObject{{u"round_no"_s, r.number}, {u"party_ids"_s, parties}};
    });
    o[u"rules_in_force_at_receipt"_s] = !receivedOutsideTheRules();
    // Art. 34: per category what was appraised, claimed, due, paid, advanced and recovered (caseaccounts.h).
    o[u"accounts"_s] = array(categoryAccounts(*this), [](const CategoryAccount &a) {
        return QJsonObject{{u"category"_s, a.key}, {u"appraised_fen"_s, a.appraised.fen()}, {u"claimed_fen"_s, a.claimed.fen()},
                           {u"due_fen"_s, a.due.fen()}, {u"paid_fen"_s, a.paid.fen()}, {u"outstanding_fen"_s, a.outstanding().fen()},
                           {u"advanced_fen"_s, a.advanced.fen()}, {u"recovered_fen"_s, a.recovered.fen()}};
    });
}

} // namespace ecoclaim::domain
