#include "core/domain/casefile.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ecoclaim::domain {

namespace {
QJsonValue date(const QDate &d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(); }
QJsonValue stamp(const QDateTime &t) { return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(); }
QJsonValue tri(const std::optional<bool> &b) { return b ? QJsonValue(*b) : QJsonValue(); }
QJsonValue money(const Money &m) { return QJsonValue(m.fen()); }

template <typename T, typename F>
QJsonArray array(const QList<T> &list, F toJson)
{
    QJsonArray a;
    for (const T &item : list)
        a.append(toJson(item));
    return a;
}
} // namespace

Money Amounts::total() const
{
    return interimLoss + permanentLoss + assessmentCosts + restorationCosts + preventionCosts + punitive;
}

QJsonObject Amounts::toJson() const
{
    return {{u"interim_loss_fen"_s, money(interimLoss)},
            {u"permanent_loss_fen"_s, money(permanentLoss)},
            {u"assessment_costs_fen"_s, money(assessmentCosts)},
            {u"restoration_costs_fen"_s, money(restorationCosts)},
            {u"prevention_costs_fen"_s, money(preventionCosts)},
            {u"punitive_fen"_s, money(punitive)},
            {u"total_fen"_s, money(total())}};
}

const Party *CaseFile::findParty(qint64 partyId) const
{
    for (const Party &p : parties)
        if (p.id == partyId)
            return &p;
    return nullptr;
}

const Appraisal *CaseFile::openAppraisal() const
{
    for (const Appraisal &a : appraisals)
        if (a.status == u"commissioned")
            return &a;
    return nullptr;
}

const Appraisal *CaseFile::completedAppraisal() const
{
    const Appraisal *found = nullptr;
    for (const Appraisal &a : appraisals)
        if (a.status == u"completed")
            found = &a;
    return found;
}

const LiabilityShare *CaseFile::shareOf(qint64 partyId) const
{
    const LiabilityShare *found = nullptr;
    for (const LiabilityShare &s : shares)
        if (s.partyId == partyId && (!found || s.basis == u"agreement" || found->basis != u"agreement"))
            found = &s;
    return found;
}

const Evaluation *CaseFile::latestEvaluation() const
{
    return evaluations.isEmpty() ? nullptr : &evaluations.last();
}

const Litigation *CaseFile::currentLitigation() const
{
    return litigations.isEmpty() ? nullptr : &litigations.last();
}

const Confirmation *CaseFile::latestConfirmation() const
{
    return confirmations.isEmpty() ? nullptr : &confirmations.last();
}

QDate CaseFile::firstNoticeServedOn() const
{
    QDate first;
    for (const ConsultationNotice &n : notices)
        if (!first.isValid() || n.servedOn < first)
            first = n.servedOn;
    return first;
}

Money CaseFile::amountDue() const
{
    // A judgment on an agreement that was not performed replaces it (Art. 25 ¶2): what the court awarded
    // is due instead. A judgment against a party who refused to consult (a batch that did not sign, Art.
    // 22 ¶2) adds to the agreements of the others.
    Money due;
    QDate replacedBefore;
    for (const Litigation &l : litigations) {
        if (!l.judgedOn.isValid())
            continue;
        due += l.awarded;
        if (l.trigger == u"agreement_not_performed" && (!replacedBefore.isValid() || l.filedOn > replacedBefore))
            replacedBefore = l.filedOn;
    }
    const QList<Agreement> signedOnes = agreements.isEmpty() && agreement ? QList<Agreement>{*agreement} : agreements;
    for (const Agreement &a : signedOnes)
        if (!replacedBefore.isValid() || a.signedOn > replacedBefore)
            due += a.amounts.total();
    return due;
}

namespace {
// An adjustment for the whole kind applies to each of its deadlines; one for a subject to that one only.
bool appliesTo(const DeadlineAdjustment &a, const QString &kind, const QString &subject)
{
    return a.kind == kind && (a.subject.isEmpty() || a.subject == subject);
}
} // namespace

int CaseFile::daysAddedTo(const QString &kind, const QString &subject) const
{
    int days = 0;
    QDate suspendedSince;
    for (const DeadlineAdjustment &a : deadlineAdjustments) {
        if (!appliesTo(a, kind, subject))
            continue;
        if (a.action == u"extend")
            days += a.days;
        else if (a.action == u"suspend")
            suspendedSince = a.effectiveOn;
        else if (a.action == u"resume" && suspendedSince.isValid()) {
            days += int(suspendedSince.daysTo(a.effectiveOn));
            suspendedSince = QDate();
        }
    }
    return days;
}

bool CaseFile::isSuspended(const QString &kind, const QString &subject) const
{
    bool suspended = false;
    for (const DeadlineAdjustment &a : deadlineAdjustments)
        if (appliesTo(a, kind, subject) && (a.action == u"suspend" || a.action == u"resume"))
            suspended = a.action == u"suspend";
    return suspended;
}

const Decision *CaseFile::termination() const
{
    for (const Decision &d : decisions)
        if (d.kind == u"termination")
            return &d;
    return nullptr;
}

Money CaseFile::amountPaid() const
{
    Money sum;
    for (const Payment &p : payments)
        sum += p.amount;
    return sum;
}

bool CaseFile::hasEvidenceOf(const QString &kind) const
{
    for (const EvidenceItem &e : evidence)
        if (e.kind == kind)
            return true;
    return false;
}

QJsonObject CaseFile::toJson() const
{
    QJsonObject o{
        {u"id"_s, id},
        {u"case_no"_s, number},
        {u"title"_s, title},
        {u"district_code"_s, districtCode},
        {u"unit"_s, unit},
        {u"stage"_s, stageKey(stage)},
        {u"stage_label"_s, stageChinese(stage)},
        {u"channel"_s, channel},
        {u"received_on"_s, date(receivedOn)},
        {u"discovered_on"_s, date(discoveredOn)},
        {u"site"_s, site},
        {u"description"_s, description},
        {u"reporter"_s, reporter},
        {u"major"_s, major},
        {u"major_reason"_s, majorReason},
        {u"lead_unit_note"_s, leadUnitNote},
        {u"city_ground"_s, cityGround},
        {u"early_request_on"_s, date(earlyRequestOn)},
        {u"facts_confirmed_on"_s, date(factsConfirmedOn)},
        {u"claimed_fen"_s, money(claimed)},
        {u"next_deadline_on"_s, date(nextDeadlineOn)},
        {u"next_deadline_kind"_s, nextDeadlineKind},
        {u"created_at"_s, stamp(createdAt)},
        {u"updated_at"_s, stamp(updatedAt)},
        {u"archived_at"_s, stamp(archivedAt)},
    };
    o[u"parties"_s] = array(parties, [](const Party &p) {
        return QJsonObject{{u"id"_s, p.id}, {u"seq"_s, p.seq}, {u"kind"_s, p.kind}, {u"name"_s, p.name},
                           {u"credit_code"_s, p.creditCode}, {u"id_number"_s, p.idNumber},
                           {u"address"_s, p.address}, {u"representative"_s, p.representative},
                           {u"contact"_s, p.contact}, {u"in_custody"_s, p.inCustody},
                           {u"custody_contact"_s, p.custodyContact}, {u"insurance"_s, p.insurance}};
    });
    if (verification)
        o[u"verification"_s] = QJsonObject{{u"started_on"_s, date(verification->startedOn)},
                                           {u"concluded_on"_s, date(verification->concludedOn)},
                                           {u"damage_found"_s, tri(verification->damageFound)},
                                           {u"finding"_s, verification->finding},
                                           {u"verified_by"_s, verification->verifiedBy}};
    o[u"decisions"_s] = array(decisions, [](const Decision &d) {
        return QJsonObject{{u"kind"_s, d.kind}, {u"reason"_s, d.reason}, {u"reason_text"_s, d.reasonText},
                           {u"receiver"_s, d.receiver}, {u"decided_on"_s, date(d.decidedOn)}};
    });
    if (investigation)
        o[u"investigation"_s] = QJsonObject{{u"filed_on"_s, date(investigation->filedOn)},
                                            {u"concluded_on"_s, date(investigation->concludedOn)},
                                            {u"damage_exists"_s, tri(investigation->damageExists)},
                                            {u"scope"_s, investigation->scope},
                                            {u"degree"_s, investigation->degree},
                                            {u"obligor_identified"_s, tri(investigation->obligorIdentified)},
                                            {u"causation"_s, investigation->causation},
                                            {u"proposal"_s, investigation->proposal}};
    o[u"appraisals"_s] = array(appraisals, [](const Appraisal &a) {
        return QJsonObject{{u"id"_s, a.id}, {u"mode"_s, a.mode}, {u"institution"_s, a.institution},
                           {u"experts"_s, QJsonArray::fromStringList(a.experts)},
                           {u"commissioned_on"_s, date(a.commissionedOn)}, {u"due_on"_s, date(a.dueOn)},
                           {u"items"_s, a.items}, {u"status"_s, a.status},
                           {u"completed_on"_s, date(a.completedOn)}, {u"stop_reason"_s, a.stopReason},
                           {u"damage_determination"_s, a.damageDetermination}, {u"loss_scope"_s, a.lossScope},
                           {u"causation"_s, a.causation}, {u"quantification"_s, a.quantification},
                           {u"restoration_outline"_s, a.restorationOutline}, {u"amounts"_s, a.amounts.toJson()}};
    });
    o[u"restoration_plans"_s] = array(restorationPlans, [](const RestorationPlan &p) {
        return QJsonObject{{u"id"_s, p.id}, {u"drafted_on"_s, date(p.draftedOn)}, {u"elements"_s, p.elements},
                           {u"scope"_s, p.scope}, {u"targets"_s, p.targets},
                           {u"technical_plan"_s, p.technicalPlan}, {u"schedule"_s, p.schedule},
                           {u"alternative_method"_s, p.alternativeMethod}, {u"note"_s, p.note}};
    });
    o[u"consultation_notices"_s] = array(notices, [](const ConsultationNotice &n) {
        return QJsonObject{{u"id"_s, n.id}, {u"party_id"_s, n.partyId}, {u"served_on"_s, date(n.servedOn)},
                           {u"service_method"_s, n.serviceMethod}, {u"recipient"_s, n.recipient},
                           {u"meeting_on"_s, date(n.meetingOn)}, {u"reply_due_on"_s, date(n.replyDueOn)},
                           {u"reply"_s, n.reply}, {u"replied_on"_s, date(n.repliedOn)}};
    });
    o[u"consultation_rounds"_s] = array(rounds, [](const ConsultationRound &r) {
        return QJsonObject{{u"round_no"_s, r.number}, {u"held_on"_s, date(r.heldOn)}, {u"mode"_s, r.mode},
                           {u"host"_s, r.host}, {u"participants"_s, r.participants}, {u"summary"_s, r.summary},
                           {u"all_signed"_s, r.allSigned}, {u"refusal_note"_s, r.refusalNote},
                           {u"exception_reason"_s, r.exceptionReason}};
    });
    if (agreement) {
        QJsonObject a{{u"signed_on"_s, date(agreement->signedOn)},
                      {u"assuming_party_id"_s, agreement->assumingPartyId ? QJsonValue(agreement->assumingPartyId) : QJsonValue()},
                      {u"restoration_terms"_s, agreement->restorationTerms},
                      {u"confirmation_clause"_s, agreement->confirmationClause},
                      {u"amounts"_s, agreement->amounts.toJson()},
                      {u"money_only"_s, agreement->moneyOnly},
                      {u"performance_due_on"_s, date(agreement->performanceDueOn)}};
        a[u"instalments"_s] = array(agreement->instalments, [](const Instalment &i) {
            return QJsonObject{{u"seq"_s, i.seq}, {u"due_on"_s, date(i.dueOn)}, {u"amount_fen"_s, money(i.amount)}};
        });
        o[u"agreement"_s] = a;
    }
    o[u"payments"_s] = array(payments, [](const Payment &p) {
        return QJsonObject{{u"paid_on"_s, date(p.paidOn)}, {u"amount_fen"_s, money(p.amount)},
                           {u"payer"_s, p.payer}, {u"note"_s, p.note}, {u"receipt_no"_s, p.receiptNo},
                           {u"account"_s, p.account}, {u"category"_s, p.category},
                           {u"enforcement_id"_s, p.enforcementId ? QJsonValue(p.enforcementId) : QJsonValue()}};
    });
    o[u"confirmations"_s] = array(confirmations, [](const Confirmation &c) {
        return QJsonObject{{u"applied_on"_s, date(c.appliedOn)}, {u"court"_s, c.court},
                           {u"accepted_on"_s, date(c.acceptedOn)}, {u"ruled_on"_s, date(c.ruledOn)},
                           {u"confirmed"_s, tri(c.confirmed)}, {u"ruling_no"_s, c.rulingNo}};
    });
    o[u"litigations"_s] = array(litigations, [](const Litigation &l) {
        return QJsonObject{{u"filed_on"_s, date(l.filedOn)}, {u"court"_s, l.court}, {u"trigger"_s, l.trigger},
                           {u"trigger_note"_s, l.triggerNote}, {u"judged_on"_s, date(l.judgedOn)},
                           {u"judgment_no"_s, l.judgmentNo}, {u"outcome"_s, l.outcome},
                           {u"judgment_summary"_s, l.judgmentSummary},
                           {u"restoration_ordered"_s, l.restorationOrdered}, {u"awarded_fen"_s, money(l.awarded)},
                           {u"claimed"_s, l.claimed.toJson()}, {u"effective_on"_s, date(l.effectiveOn)}};
    });
    if (restoration)
        o[u"restoration"_s] = QJsonObject{{u"started_on"_s, date(restoration->startedOn)},
                                          {u"executor"_s, restoration->executor},
                                          {u"executor_name"_s, restoration->executorName},
                                          {u"preemptive"_s, restoration->preemptive},
                                          {u"completed_on"_s, date(restoration->completedOn)},
                                          {u"completion_report"_s, restoration->completionReport}};
    o[u"milestones"_s] = array(milestones, [](const Milestone &m) {
        return QJsonObject{{u"id"_s, m.id}, {u"due_on"_s, date(m.dueOn)}, {u"description"_s, m.description},
                           {u"done_on"_s, date(m.doneOn)}};
    });
    o[u"evaluations"_s] = array(evaluations, [](const Evaluation &e) {
        return QJsonObject{{u"evaluated_on"_s, date(e.evaluatedOn)}, {u"method"_s, e.method},
                           {u"evaluator"_s, e.evaluator}, {u"passed"_s, e.passed}, {u"targets"_s, e.targets},
                           {u"execution"_s, e.execution}, {u"achievement"_s, e.achievement}, {u"effect"_s, e.effect}};
    });
    o[u"proceedings"_s] = array(proceedings, [](const Proceeding &p) {
        return QJsonObject{{u"id"_s, p.id}, {u"kind"_s, p.kind}, {u"authority"_s, p.authority},
                           {u"reference"_s, p.reference}, {u"started_on"_s, date(p.startedOn)},
                           {u"announcement_ends_on"_s, date(p.announcementEndsOn)},
                           {u"replied_on"_s, date(p.repliedOn)}, {u"note"_s, p.note}};
    });
    o[u"deadline_adjustments"_s] = array(deadlineAdjustments, [](const DeadlineAdjustment &a) {
        return QJsonObject{{u"kind"_s, a.kind}, {u"subject"_s, a.subject}, {u"action"_s, a.action}, {u"effective_on"_s, date(a.effectiveOn)},
                           {u"days"_s, a.days}, {u"reason"_s, a.reason}};
    });
    o[u"timeline"_s] = array(timeline, [](const TimelineEvent &e) {
        return QJsonObject{{u"occurred_on"_s, date(e.occurredOn)}, {u"recorded_at"_s, stamp(e.recordedAt)},
                           {u"command"_s, e.command}, {u"summary"_s, e.summary}, {u"actor"_s, e.actor},
                           {u"stage_from"_s, e.stageFrom}, {u"stage_to"_s, e.stageTo}};
    });
    o[u"evidence"_s] = array(evidence, [](const EvidenceItem &e) {
        return QJsonObject{{u"id"_s, e.id}, {u"sha256"_s, e.sha256}, {u"title"_s, e.title}, {u"kind"_s, e.kind},
                           {u"dated_on"_s, date(e.datedOn)}, {u"source"_s, e.source},
                           {u"original_name"_s, e.originalName}, {u"pages"_s, e.pages}, {u"size"_s, e.size},
                           {u"media_type"_s, e.mediaType}, {u"added_by"_s, e.addedBy}, {u"added_at"_s, stamp(e.addedAt)}};
    });
    o[u"papers"_s] = array(papers, [](const FiledPaper &p) {
        QJsonArray services;
        for (const ServiceOfPaper &s : p.services)
            services.append(QJsonObject{{u"method"_s, s.method}, {u"served_on"_s, date(s.servedOn)},
                                        {u"recipient"_s, s.recipient}, {u"proof_evidence_id"_s, s.proofEvidenceId},
                                        {u"note"_s, s.note}});
        return QJsonObject{{u"id"_s, p.id}, {u"paper_type"_s, p.paperType}, {u"subject"_s, p.subject},
                           {u"doc_no"_s, p.docNo}, {u"version"_s, p.version}, {u"title"_s, p.title},
                           {u"dated_on"_s, date(p.datedOn)}, {u"draft"_s, p.draft}, {u"pdf_sha256"_s, p.pdfSha256},
                           {u"odt_sha256"_s, p.odtSha256}, {u"pages"_s, p.pages}, {u"created_by"_s, p.createdBy},
                           {u"created_at"_s, stamp(p.createdAt)}, {u"services"_s, services},
                           {u"content_sha256"_s, p.contentSha256}, {u"frozen"_s, p.frozen},
                           {u"superseded_by"_s, p.supersededBy}, {u"supersede_reason"_s, p.supersedeReason},
                           {u"parameters"_s, p.parameters}};
    });
    o[u"shares"_s] = array(shares, [](const LiabilityShare &s) {
        return QJsonObject{{u"id"_s, s.id}, {u"party_id"_s, s.partyId}, {u"basis"_s, s.basis}, {u"percent"_s, s.percent},
                           {u"amount_fen"_s, money(s.amount)}, {u"note"_s, s.note}};
    });
    addRecordsJson(o);
    return o;
}

} // namespace ecoclaim::domain
