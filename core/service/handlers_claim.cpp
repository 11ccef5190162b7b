// Handlers from consultation to the archive: notices, rounds, the agreement, court, restoration,
// evaluation, payments, ending the case and linked proceedings.

#include "core/service/handlers.h"

#include "core/domain/deadlinekinds.h"
#include "core/domain/evidencekinds.h"
#include "core/storage/filestore.h"
#include "core/storage/sqlquery.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::service {

namespace {
// Translations of this file live in the context ecoclaim::Timeline (lupdate reads the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Timeline)
};

Status inserted(const Result<qint64> &id) { return id ? success() : Status(id.problems()); }

// Parties named by number or exact name (the lifecycle checked that each exists).
QList<qint64> detailPartiesNamed(const CaseFile &f, const QStringList &names)
{
    QList<qint64> ids;
    for (const QString &name : names)
        for (const Party &p : f.parties)
            if ((p.name == name.trimmed() || QString::number(p.seq) == name.trimmed()) && !ids.contains(p.id))
                ids << p.id;
    return ids;
}

QString partyName(const HandlerContext &c, const QString &field)
{
    const Party *p = c.file.findParty(c.input.id(field));
    return p ? p->name : QString();
}

Status serveNotice(HandlerContext &c)
{
    QVariantMap row = columnsFrom(c.input, {{"party", "party_id"}, {"served_on", "served_on"},
                                            {"service_method", "service_method"}, {"recipient", "recipient"},
                                            {"meeting_on", "meeting_on"}, {"reply_due_on", "reply_due_on"}});
    row.insert(u"case_id"_s, c.caseId);
    c.summary = Tr::tr("Consultation notice served on %1; meeting on %2")
                    .arg(partyName(c, u"party"_s), c.input.date(u"meeting_on"_s).toString(Qt::ISODate));
    return inserted(c.repository.insert(u"consultation_notices"_s, row, &c.changes));
}

Status recordReply(HandlerContext &c)
{
    const qint64 party = c.input.id(u"party"_s);
    // The same notice the precondition found: this party's, unanswered, served by the reply's date.
    for (const ConsultationNotice &n : c.file.notices) {
        if (n.partyId == party && n.reply.isEmpty() && c.input.date(u"replied_on"_s) >= n.servedOn) {
            c.summary = c.input.text(u"reply"_s) == u"agreed" ? Tr::tr("%1 agreed to consult").arg(partyName(c, u"party"_s))
                                                              : Tr::tr("%1 refused to consult").arg(partyName(c, u"party"_s));
            return c.repository.update(u"consultation_notices"_s, u"id"_s, n.id,
                                       {{u"reply"_s, c.input.text(u"reply"_s)}, {u"replied_on"_s, c.input.date(u"replied_on"_s)}},
                                       &c.changes);
        }
    }
    return success(); // unreachable: the precondition found the notice
}

// The parties of a batch (Art. 22 ¶2) a round or an agreement names; none named: every party.
Status recordBatch(HandlerContext &c, const QString &table, const QString &key, qint64 id)
{
    for (qint64 party : detailPartiesNamed(c.file, c.input.list(u"parties"_s)))
        if (auto r = c.repository.insert(table, {{u"case_id"_s, c.caseId}, {key, id}, {u"party_id"_s, party}}, &c.changes); !r)
            return r.problems();
    return success();
}

Status holdRound(HandlerContext &c)
{
    const int number = int(c.file.rounds.size()) + 1;
    QVariantMap row = columnsFrom(c.input, {{"held_on", "held_on"}, {"mode", "mode"}, {"host", "host"},
                                            {"participants", "participants"}, {"summary", "summary"},
                                            {"refusal_note", "refusal_note"}, {"exception_reason", "exception_reason"}});
    row.insert(u"case_id"_s, c.caseId);
    row.insert(u"round_no"_s, number);
    row.insert(u"all_signed"_s, c.input.flag(u"all_signed"_s, true));
    c.summary = Tr::tr("Consultation round %1 held").arg(number);
    auto id = c.repository.insert(u"consultation_rounds"_s, row, &c.changes);
    if (!id)
        return id.problems();
    return recordBatch(c, u"round_parties"_s, u"round_id"_s, id.value());
}

Status signAgreement(HandlerContext &c)
{
    QVariantMap row = columnsFrom(c.input, {{"signed_on", "signed_on"}, {"restoration_terms", "restoration_terms"},
                                            {"assuming_party", "assuming_party_id"},
                                            {"interim_loss", "interim_loss_fen"}, {"permanent_loss", "permanent_loss_fen"},
                                            {"assessment_costs", "assessment_costs_fen"},
                                            {"restoration_costs", "restoration_costs_fen"},
                                            {"prevention_costs", "prevention_costs_fen"}, {"punitive", "punitive_fen"},
                                            {"performance_due_on", "performance_due_on"}});
    row.insert(u"case_id"_s, c.caseId);
    row.insert(u"confirmation_clause"_s, c.input.flag(u"confirmation_clause"_s, true));
    row.insert(u"money_only"_s, c.input.flag(u"money_only"_s));
    auto id = c.repository.insert(u"agreements"_s, row, &c.changes);
    if (!id)
        return id.problems();
    if (auto s = recordBatch(c, u"agreement_parties"_s, u"agreement_id"_s, id.value()); !s)
        return s;
    int seq = 0;
    for (const QVariant &v : c.input.values.value(u"instalments"_s).toList()) {
        const QVariantMap m = v.toMap();
        auto inst = c.repository.insert(u"instalments"_s,
                                        {{u"agreement_id"_s, id.value()}, {u"seq"_s, ++seq},
                                         {u"due_on"_s, m.value(u"due_on"_s)}, {u"amount_fen"_s, m.value(u"amount"_s)}},
                                        &c.changes);
        if (!inst)
            return inst.problems();
    }
    qint64 total = 0;
    for (const char *k : {"interim_loss", "permanent_loss", "assessment_costs", "restoration_costs", "prevention_costs", "punitive"})
        total += c.input.values.value(QString::fromLatin1(k)).toLongLong();
    c.summary = Tr::tr("Compensation agreement signed: %1 yuan").arg(Money::fromFen(total).toYuanString());
    return success();
}

Status fileLitigation(HandlerContext &c)
{
    QVariantMap row = columnsFrom(c.input, {{"filed_on", "filed_on"}, {"court", "court"}, {"trigger", "trigger"},
                                            {"trigger_note", "trigger_note"},
                                            {"interim_loss", "claimed_interim_loss_fen"}, {"permanent_loss", "claimed_permanent_loss_fen"},
                                            {"assessment_costs", "claimed_assessment_costs_fen"},
                                            {"restoration_costs", "claimed_restoration_costs_fen"},
                                            {"prevention_costs", "claimed_prevention_costs_fen"}, {"punitive", "claimed_punitive_fen"}});
    row.insert(u"case_id"_s, c.caseId);
    // No amount given: a suit on the agreement claims what it fixed, any other what the appraisal found.
    bool amountGiven = false;
    for (const char *k : {"interim_loss", "permanent_loss", "assessment_costs", "restoration_costs", "prevention_costs", "punitive"})
        amountGiven = amountGiven || c.input.has(QString::fromLatin1(k));
    const Amounts defaults = c.file.defaultClaim(c.input.text(u"trigger"_s));
    const Amounts *claim = &defaults;
    if (!amountGiven && claim) {
        row.insert(u"claimed_interim_loss_fen"_s, claim->interimLoss.fen());
        row.insert(u"claimed_permanent_loss_fen"_s, claim->permanentLoss.fen());
        row.insert(u"claimed_assessment_costs_fen"_s, claim->assessmentCosts.fen());
        row.insert(u"claimed_restoration_costs_fen"_s, claim->restorationCosts.fen());
        row.insert(u"claimed_prevention_costs_fen"_s, claim->preventionCosts.fen());
        row.insert(u"claimed_punitive_fen"_s, claim->punitive.fen());
    }
    const Choice *trigger = findChoice(litigationTriggers(), c.input.text(u"trigger"_s));
    c.summary = Tr::tr("Claim brought before %1 (%2)").arg(c.input.text(u"court"_s), trigger ? trigger->chinese : QString());
    return inserted(c.repository.insert(u"litigations"_s, row, &c.changes));
}

Status applyConfirmation(HandlerContext &c)
{
    QVariantMap row = columnsFrom(c.input, {{"applied_on", "applied_on"}, {"court", "court"}, {"accepted_on", "accepted_on"}});
    row.insert(u"case_id"_s, c.caseId);
    c.summary = Tr::tr("Judicial confirmation applied for at %1").arg(c.input.text(u"court"_s));
    return inserted(c.repository.insert(u"confirmations"_s, row, &c.changes));
}

Status recordConfirmationRuling(HandlerContext &c)
{
    c.summary = c.input.flag(u"confirmed"_s) ? Tr::tr("The court confirmed the agreement") : Tr::tr("The court did not confirm the agreement");
    return c.repository.update(u"confirmations"_s, u"id"_s, c.file.latestConfirmation()->id,
                               columnsFrom(c.input, {{"ruled_on", "ruled_on"}, {"confirmed", "confirmed"}, {"ruling_no", "ruling_no"}}),
                               &c.changes);
}

Status recordJudgment(HandlerContext &c)
{
    QVariantMap row = columnsFrom(c.input, {{"judged_on", "judged_on"}, {"judgment_no", "judgment_no"}, {"outcome", "outcome"},
                                            {"awarded", "awarded_fen"}, {"summary", "judgment_summary"},
                                            {"effective_on", "effective_on"}});
    row.insert(u"restoration_ordered"_s, c.input.flag(u"restoration_ordered"_s));
    c.summary = Tr::tr("Judgment recorded");
    return c.repository.update(u"litigations"_s, u"id"_s, c.file.currentLitigation()->id, row, &c.changes);
}

Status startRestorationRow(HandlerContext &c, bool preemptive)
{
    if (c.file.restoration) // pre-emptive restoration already under way: the agreement takes it over
        return c.repository.update(u"restorations"_s, u"case_id"_s, c.caseId,
                                   columnsFrom(c.input, {{"executor", "executor"}, {"executor_name", "executor_name"}}),
                                   &c.changes);
    QVariantMap row = columnsFrom(c.input, {{"started_on", "started_on"}, {"executor", "executor"},
                                            {"executor_name", "executor_name"}});
    row.insert(u"case_id"_s, c.caseId);
    row.insert(u"preemptive"_s, preemptive);
    return inserted(c.repository.insert(u"restorations"_s, row, &c.changes));
}

Status startPreemptiveRestoration(HandlerContext &c)
{
    if (c.input.has(u"facts_confirmed_on"_s))
        if (auto s = c.repository.update(u"cases"_s, u"id"_s, c.caseId,
                                         {{u"facts_confirmed_on"_s, c.input.date(u"facts_confirmed_on"_s)}}, &c.changes);
            !s)
            return s;
    c.summary = Tr::tr("Restoration started ahead of the agreement");
    return startRestorationRow(c, true);
}

Status startRestoration(HandlerContext &c)
{
    c.summary = Tr::tr("Restoration started");
    return startRestorationRow(c, false);
}

Status addMilestone(HandlerContext &c)
{
    QVariantMap row = columnsFrom(c.input, {{"due_on", "due_on"}, {"description", "description"}});
    row.insert(u"case_id"_s, c.caseId);
    c.summary = Tr::tr("Milestone added: %1").arg(c.input.text(u"description"_s));
    return inserted(c.repository.insert(u"milestones"_s, row, &c.changes));
}

Status completeMilestone(HandlerContext &c)
{
    const Milestone &m = c.file.milestones.at(c.input.id(u"milestone"_s) - 1);
    c.summary = Tr::tr("Milestone done: %1").arg(m.description);
    return c.repository.update(u"milestones"_s, u"id"_s, m.id, {{u"done_on"_s, c.input.date(u"done_on"_s)}}, &c.changes);
}

Status recordPayment(HandlerContext &c)
{
    QVariantMap row = columnsFrom(c.input, {{"paid_on", "paid_on"}, {"amount", "amount_fen"}, {"payer", "payer"}, {"note", "note"},
                                            {"receipt_no", "receipt_no"}, {"account", "account"}, {"category", "category"}});
    row.insert(u"case_id"_s, c.caseId);
    c.summary = Tr::tr("Payment received: %1 yuan").arg(c.input.money(u"amount"_s).toYuanString());
    if (c.input.flag(u"through_enforcement"_s)) {
        // The precondition found the pending enforcement (Art. 24 ¶2).
        row.insert(u"enforcement_id"_s, c.file.pendingEnforcement()->id);
        c.summary = Tr::tr("Payment received through the court's enforcement: %1 yuan").arg(c.input.money(u"amount"_s).toYuanString());
    }
    return inserted(c.repository.insert(u"payments"_s, row, &c.changes));
}

Status completeRestoration(HandlerContext &c)
{
    c.summary = Tr::tr("Restoration reported complete");
    return c.repository.update(u"restorations"_s, u"case_id"_s, c.caseId,
                               columnsFrom(c.input, {{"completed_on", "completed_on"}, {"completion_report", "completion_report"}}),
                               &c.changes);
}

Status recordEvaluation(HandlerContext &c)
{
    QVariantMap row = columnsFrom(c.input, {{"evaluated_on", "evaluated_on"}, {"method", "method"}, {"evaluator", "evaluator"},
                                            {"passed", "passed"}, {"targets", "targets"}, {"execution", "execution"},
                                            {"achievement", "achievement"}, {"effect", "effect"}});
    row.insert(u"case_id"_s, c.caseId);
    c.summary = c.input.flag(u"passed"_s) ? Tr::tr("Restoration-effect evaluation passed")
                                          : Tr::tr("Restoration-effect evaluation failed: restoration must continue");
    return inserted(c.repository.insert(u"evaluations"_s, row, &c.changes));
}

Status resumeRestoration(HandlerContext &c)
{
    c.summary = Tr::tr("Restoration continues after the failed evaluation");
    // A new completion will be reported: clear the old one so the next evaluation follows it.
    return c.repository.update(u"restorations"_s, u"case_id"_s, c.caseId,
                               {{u"completed_on"_s, QVariant(QMetaType(QMetaType::QString))}}, &c.changes);
}

Status addDecision(HandlerContext &c, const QString &kind, const QString &reason, const QString &text, const QDate &on)
{
    return inserted(c.repository.insert(u"decisions"_s,
                                        {{u"case_id"_s, c.caseId}, {u"kind"_s, kind}, {u"reason"_s, reason},
                                         {u"reason_text"_s, text}, {u"decided_on"_s, on}},
                                        &c.changes));
}

Status terminateClaim(HandlerContext &c)
{
    c.summary = Tr::tr("Claim terminated");
    return addDecision(c, u"termination"_s, c.input.text(u"reason"_s), c.input.text(u"reason_text"_s), c.input.date(u"decided_on"_s));
}

Status closeCase(HandlerContext &c)
{
    c.summary = Tr::tr("Case closed");
    return addDecision(c, u"closing"_s, {}, c.input.text(u"summary"_s), c.input.date(u"closed_on"_s));
}

// Art. 42: the file joins the volume. Its bytes were put into the store before the transaction; the
// stored_files row and the evidence row commit together with the timeline and audit entries.
Status addEvidence(HandlerContext &c)
{
    Q_ASSERT(c.upload);
    const QSqlDatabase db = c.repository.database();
    if (auto s = storage::FileStore::record(db, c.upload->digest, c.upload->mediaType); !s)
        return s;
    QVariantMap row = columnsFrom(c.input, {{"title", "title"}, {"kind", "kind"}, {"dated_on", "dated_on"}, {"source", "source"}});
    row.insert(u"case_id"_s, c.caseId);
    row.insert(u"sha256"_s, c.upload->digest.sha256);
    row.insert(u"original_name"_s, c.upload->originalName);
    const qint64 pages = c.input.has(u"pages"_s) ? c.input.id(u"pages"_s) : c.upload->pages;
    if (pages > 0)
        row.insert(u"pages"_s, pages);
    row.insert(u"added_by"_s, c.actor);
    row.insert(u"added_at"_s, storage::nowTimestamp());
    const Choice *kind = findChoice(evidenceKinds(), c.input.text(u"kind"_s));
    c.summary = Tr::tr("Added to the case file: %1 (%2)").arg(c.input.text(u"title"_s), kind ? kind->displayName() : c.input.text(u"kind"_s));
    return inserted(c.repository.insert(u"evidence"_s, row, &c.changes));
}

Status archiveCase(HandlerContext &c)
{
    c.summary = Tr::tr("Case file archived: one case, one volume, kept long-term");
    if (auto s = c.repository.update(u"cases"_s, u"id"_s, c.caseId, {{u"archived_at"_s, QDateTime::currentDateTimeUtc()}}, &c.changes); !s)
        return s;
    return addDecision(c, u"archiving"_s, {}, c.input.text(u"archivist"_s), c.input.date(u"archived_on"_s));
}

Status linkProceeding(HandlerContext &c)
{
    QVariantMap row = columnsFrom(c.input, {{"kind", "kind"}, {"authority", "authority"}, {"reference", "reference"},
                                            {"started_on", "started_on"}, {"announcement_ends_on", "announcement_ends_on"},
                                            {"note", "note"}});
    row.insert(u"case_id"_s, c.caseId);
    const Choice *kind = findChoice(proceedingKinds(), c.input.text(u"kind"_s));
    c.summary = Tr::tr("Linked %1: %2").arg(kind ? kind->chinese : QString(), c.input.text(u"authority"_s));
    return inserted(c.repository.insert(u"proceedings"_s, row, &c.changes));
}
Status adjustDeadline(HandlerContext &c, const QString &action, const QString &dateField, int days)
{
    const QString kind = c.input.text(u"kind"_s);
    QVariantMap row{{u"case_id"_s, c.caseId}, {u"kind"_s, kind}, {u"subject"_s, c.input.text(u"subject"_s)}, {u"action"_s, action},
                    {u"effective_on"_s, c.input.date(dateField)}, {u"days"_s, days}, {u"reason"_s, c.input.text(u"reason"_s)}};
    const DeadlineKind *k = findDeadlineKind(kind);
    const QString name = k ? k->displayName() : kind;
    if (action == u"suspend")
        c.summary = Tr::tr("Deadline suspended: %1").arg(name);
    else if (action == u"resume")
        c.summary = Tr::tr("Deadline resumed: %1").arg(name);
    else
        c.summary = QCoreApplication::translate("ecoclaim::Timeline", "Deadline extended by %n day(s): %1", nullptr, days).arg(name);
    return inserted(c.repository.insert(u"deadline_adjustments"_s, row, &c.changes));
}

Status replyToProcuratorate(HandlerContext &c)
{
    const Proceeding &p = c.file.proceedings.at(c.input.id(u"proceeding"_s) - 1);
    c.summary = Tr::tr("Written reply sent to %1").arg(p.authority);
    QVariantMap row{{u"replied_on"_s, c.input.date(u"replied_on"_s)}};
    if (c.input.has(u"note"_s))
        row.insert(u"note"_s, p.note.isEmpty() ? c.input.text(u"note"_s) : p.note + u'\n' + c.input.text(u"note"_s));
    return c.repository.update(u"proceedings"_s, u"id"_s, p.id, row, &c.changes);
}

Status suspendDeadline(HandlerContext &c) { return adjustDeadline(c, u"suspend"_s, u"suspended_on"_s, 0); }
Status resumeDeadline(HandlerContext &c) { return adjustDeadline(c, u"resume"_s, u"resumed_on"_s, 0); }
Status extendDeadline(HandlerContext &c) { return adjustDeadline(c, u"extend"_s, u"decided_on"_s, int(c.input.id(u"days"_s))); }

Status correctNoticeService(HandlerContext &c)
{
    const ConsultationNotice &n = c.file.notices.at(c.input.id(u"notice"_s) - 1);
    c.summary = Tr::tr("Service of consultation notice %1 corrected: %2").arg(c.input.id(u"notice"_s)).arg(c.input.text(u"reason"_s));
    return c.repository.update(u"consultation_notices"_s, u"id"_s, n.id,
                               columnsFrom(c.input, {{"served_on", "served_on"}, {"meeting_on", "meeting_on"},
                                                     {"reply_due_on", "reply_due_on"}}),
                               &c.changes);
}
} // namespace

void registerClaimHandlers(QHash<QString, Handler> &map)
{
    map.insert(u"serve_consultation_notice"_s, serveNotice);
    map.insert(u"record_notice_reply"_s, recordReply);
    map.insert(u"hold_consultation_round"_s, holdRound);
    map.insert(u"sign_agreement"_s, signAgreement);
    map.insert(u"sign_batch_agreement"_s, signAgreement);
    map.insert(u"file_litigation"_s, fileLitigation);
    map.insert(u"apply_judicial_confirmation"_s, applyConfirmation);
    map.insert(u"record_confirmation_ruling"_s, recordConfirmationRuling);
    map.insert(u"record_judgment"_s, recordJudgment);
    map.insert(u"start_preemptive_restoration"_s, startPreemptiveRestoration);
    map.insert(u"start_restoration"_s, startRestoration);
    map.insert(u"add_milestone"_s, addMilestone);
    map.insert(u"complete_milestone"_s, completeMilestone);
    map.insert(u"record_payment"_s, recordPayment);
    map.insert(u"complete_restoration"_s, completeRestoration);
    map.insert(u"record_effect_evaluation"_s, recordEvaluation);
    map.insert(u"resume_restoration"_s, resumeRestoration);
    map.insert(u"terminate_claim"_s, terminateClaim);
    map.insert(u"close_case"_s, closeCase);
    map.insert(u"archive_case"_s, archiveCase);
    map.insert(u"add_evidence"_s, addEvidence);
    map.insert(u"link_proceeding"_s, linkProceeding);
    map.insert(u"reply_to_procuratorate"_s, replyToProcuratorate);
    map.insert(u"suspend_deadline"_s, suspendDeadline);
    map.insert(u"resume_deadline"_s, resumeDeadline);
    map.insert(u"extend_deadline"_s, extendDeadline);
    map.insert(u"correct_notice_service"_s, correctNoticeService);
}

} // namespace ecoclaim::service
