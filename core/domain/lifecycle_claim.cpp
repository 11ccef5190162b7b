// The lifecycle table, second part: consultation, agreement, court, restoration, evaluation, ending the
// case and linked proceedings (Art. 18–33, 42).
#include "core/domain/deadlinekinds.h"
#include "core/domain/evidencekinds.h"
#include "core/domain/lifecycletable.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ecoclaim::domain::detail {

namespace {
// Art. 19: the notice served at least five working days before the meeting — checked when a notice is
// served and again when its service is corrected.
Precondition serviceLeadRule()
{
    return pre(u"five_working_days"_s,
               QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The notice must be served at least five working days before the meeting."),
               art(19), [](const RuleContext &c, Problems &problems) {
                   const Result<bool> ok = c.serviceLead(c.input.date(u"served_on"_s), c.input.date(u"meeting_on"_s));
                   if (!ok) {
                       problems.append(ok.problems());
                       return false;
                   }
                   return ok.value();
               });
}

// Art. 19 ¶2, Art. 25 ¶1(1): some party refused the notice, or let its reply period pass by `asOf`.
bool refusalOnRecord(const CaseFile &file, QDate asOf)
{
    for (const ConsultationNotice &n : file.notices)
        if (n.reply == u"refused" || (n.reply.isEmpty() && n.replyDueOn < asOf))
            return true;
    return false;
}

// Art. 25 ¶1 (2), (4) recorded by record_consultation_failure on or before `asOf`.
bool failureRecorded(const CaseFile &file, const QString &ground, QDate asOf)
{
    for (const ConsultationFailure &f : file.consultationFailures)
        if (f.ground == ground && f.occurredOn <= asOf)
            return true;
    return false;
}

// The amount of category `key` a command claims: its own field, or — when it names none at all — `fallback`.
Money claimedIn(const RuleContext &c, const QString &key, const Amounts &fallback)
{
    static const QStringList keys{u"interim_loss"_s, u"permanent_loss"_s, u"assessment_costs"_s, u"restoration_costs"_s,
                                  u"prevention_costs"_s, u"punitive"_s};
    bool any = false;
    for (const QString &k : keys)
        any = any || c.input.has(k);
    if (any)
        return c.input.money(key);
    const QList<Money> values{fallback.interimLoss, fallback.permanentLoss, fallback.assessmentCosts,
                              fallback.restorationCosts, fallback.preventionCosts, fallback.punitive};
    return values.at(keys.indexOf(key));
}

// Art. 34 ¶1: what a department advanced is recovered "经磋商或者诉讼": the agreements (this one and those
// signed before) or the suit claim at least that much in each category, or the caseworker says why not.
Precondition advancedCostsClaimedRule(bool suit)
{
    return pre(u"advanced_costs_claimed"_s,
               QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Less is claimed than the department advanced in a category (Art. 5): claim it, or say why in the note on advanced costs."),
               art(34, 1), [suit](const RuleContext &c, Problems &) {
                   if (c.input.has(u"costs_note"_s))
                       return true;
                   const Amounts fallback = suit ? c.file.defaultClaim(c.input.text(u"trigger"_s)) : Amounts{};
                   for (const Choice &category : compensationCategories()) {
                       Money advanced, claimed = claimedIn(c, category.key, fallback);
                       for (const AdvancedCost &a : c.file.advancedCosts)
                           if (a.category == category.key)
                               advanced += a.amount;
                       if (!suit)
                           for (const Agreement &a : c.file.agreements) {
                               const QList<std::pair<QString, Money>> own{
                                   {u"interim_loss"_s, a.amounts.interimLoss}, {u"permanent_loss"_s, a.amounts.permanentLoss},
                                   {u"assessment_costs"_s, a.amounts.assessmentCosts}, {u"restoration_costs"_s, a.amounts.restorationCosts},
                                   {u"prevention_costs"_s, a.amounts.preventionCosts}};
                               for (const auto &[k, m] : own)
                                   if (k == category.key)
                                       claimed += m;
                           }
                       if (claimed < advanced)
                           return false;
                   }
                   return true;
               });
}

// The day of the last round the signing batch took part in (any round when no batch is named).
QDate lastRoundOfBatch(const RuleContext &c)
{
    const QList<qint64> batch = partiesNamed(c.file, c.input.list(u"parties"_s), nullptr);
    QDate last;
    for (const ConsultationRound &r : c.file.rounds) {
        bool together = batch.isEmpty() || r.partyIds.isEmpty();
        for (qint64 id : batch)
            together = together || r.partyIds.contains(id);
        if (together && r.heldOn > last)
            last = r.heldOn;
    }
    return last;
}

// Art. 26: punitive damages are claimed only with the intent and the serious consequences on record.
Precondition punitiveGroundsRule()
{
    return pre(u"punitive_grounds"_s,
               QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Punitive damages need the intentional violation and its serious consequences recorded first."),
               art(26), [](const RuleContext &c, Problems &) {
                   return c.input.money(u"punitive"_s).fen() == 0 || c.file.punitiveGround.has_value();
               });
}

// Art. 19 ¶2: the reply period set on the notice ends between service and the meeting.
Precondition replyBeforeMeetingRule()
{
    return pre(u"reply_before_meeting"_s,
               QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The reply deadline must fall between service and the meeting."),
               art(19, 2), [](const RuleContext &c, Problems &) {
                   const QDate reply = c.input.date(u"reply_due_on"_s);
                   return reply >= c.input.date(u"served_on"_s) && reply <= c.input.date(u"meeting_on"_s);
               });
}

// Art. 42: the volume holds the material itself — a file of this kind added as evidence, or a paper of
// one of these types generated by the papers module (core/documents/papertypes.cpp: the consultation
// notice and record, the agreement, the effect-evaluation opinion) — not only the fact recorded in a form.
// Investigation and appraisal materials come from outside (reports, records, the institution's opinion):
// only evidence counts for them.
bool materialOnFile(const CaseFile &f, const QString &evidenceKind, const QStringList &paperTypes)
{
    if (f.hasEvidenceOf(evidenceKind))
        return true;
    for (const FiledPaper &p : f.papers)
        if (!p.draft && paperTypes.contains(p.paperType))
            return true;
    return false;
}

// A clock that ran out before its act, with no suspension or extension (and so no reason) on record.
bool lateWithoutReason(const CaseFile &f, const QString &kind, const QString &subject, QDate due, QDate done)
{
    if (!due.isValid() || !done.isValid())
        return false;
    for (const DeadlineAdjustment &a : f.deadlineAdjustments)
        if (a.kind == kind && (a.subject.isEmpty() || a.subject == subject))
            return false;
    return done > due;
}

// The deadlines of the file that were missed without a recorded reason, as "kind: due → done" lines.
QStringList missedDeadlines(const CaseFile &f)
{
    QStringList missed;
    auto note = [&](const QString &kind, const QString &subject, QDate due, QDate done) {
        if (!lateWithoutReason(f, kind, subject, due, done))
            return;
        const DeadlineKind *k = findDeadlineKind(kind);
        missed << u"%1 %2 (%3 → %4)"_s.arg(k ? k->displayName() : kind, subject, due.toString(Qt::ISODate), done.toString(Qt::ISODate));
    };
    // Art. 13: verification organised within 30 days of receiving the clue.
    if (f.verification && f.receivedOn.isValid())
        note(u"verification_start"_s, {}, f.receivedOn.addDays(30), f.verification->startedOn);
    // Art. 16: the appraisal report by the agreed day.
    for (const Appraisal &a : f.appraisals)
        note(u"appraisal_report"_s, u"appraisal:%1"_s.arg(a.id), a.dueOn, a.completedOn);
    // Art. 27: restoration milestones.
    for (const Milestone &m : f.milestones)
        note(u"milestone"_s, u"milestone:%1"_s.arg(m.id), m.dueOn, m.doneOn);
    return missed;
}
} // namespace

void addClaimCommands(QList<CommandSpec> &t)
{
    const QList<Stage> &claimOpen = claimOpenStages();
    const QList<Stage> &editable = editableStages();

    // ---------------------------------------------------------------- consultation
    // After one batch of parties signed, another batch may still reply and consult (Art. 22 ¶2).
    const QList<Stage> consultingStages{Stage::Consultation, Stage::Agreement, Stage::Restoration, Stage::Evaluation};
    t << CommandSpec{
        u"serve_consultation_notice"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Serve the consultation notice"),
        {Stage::Consultation}, std::nullopt, art(19),
        {party(u"party"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Liable party")),
         pastDate(u"served_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Served on"), true, art(19)),
         choice(u"service_method"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Method of service"), serviceMethods),
         text(u"recipient"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Received by"), false, art(19, 2)),
         anyDate(u"meeting_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Meeting on"), true, art(19)),
         anyDate(u"reply_due_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Reply due on"), true, art(19, 2))},
        {serviceLeadRule(), replyBeforeMeetingRule(),
         pre(u"custody_recipient"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The party is in custody: name the defence agent or close relative who received the notice."),
             art(19, 2),
             [](const RuleContext &c, Problems &) {
                 const Party *p = c.file.findParty(c.input.id(u"party"_s));
                 return !p || !p->inCustody || c.input.has(u"recipient"_s);
             })}};

    t << CommandSpec{
        u"record_notice_reply"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Record the reply to the consultation notice"),
        consultingStages, std::nullopt, art(19, 2),
        {party(u"party"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Liable party")),
         choice(u"reply"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Reply"), noticeReplies),
         pastDate(u"replied_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Replied on"))},
        {pre(u"notice_awaiting_reply"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "No consultation notice served on this party is awaiting a reply."), art(19),
             [](const RuleContext &c, Problems &) {
                 for (const ConsultationNotice &n : c.file.notices)
                     if (n.partyId == c.input.id(u"party"_s) && n.reply.isEmpty()
                         && c.input.date(u"replied_on"_s) >= n.servedOn)
                         return true;
                 return false;
             })}};

    t << CommandSpec{
        u"hold_consultation_round"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Record a consultation round"),
        consultingStages, std::nullopt, art(21),
        {pastDate(u"held_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Held on")),
         choice(u"mode"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Form of consultation"), consultationModes, true, art(21, 3)),
         text(u"host"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Host"), false, art(21)),
         longText(u"participants"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Participants"), true, art(21, 2)),
         longText(u"summary"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Record of the round"), true, art(20)),
         flag(u"all_signed"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Signed by everyone present"), false, art(21, 2)),
         longText(u"refusal_note"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Host's note on a refusal to sign"), false, art(21, 2)),
         longText(u"exception_reason"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Reason to exceed 3 rounds or 90 days"), false, art(22)),
         field(u"parties"_s, FieldType::TextList, QT_TRANSLATE_NOOP("ecoclaim::Field", "Liable parties present (a batch; empty: all)"), false, art(22, 2))},
        {batchPartiesKnownRule(), batchNotBoundRule(),
         pre(u"notice_served"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "No consultation notice has been served."), art(19),
             [](const RuleContext &c, Problems &) {
                 const QList<qint64> batch = batchOrAll(c);
                 if (batch.isEmpty() && !c.input.list(u"parties"_s).isEmpty())
                     return true; // unknown names: batch_parties_known says so
                 for (const ConsultationNotice &n : c.file.notices)
                     if (batch.contains(n.partyId) && n.servedOn <= c.input.date(u"held_on"_s))
                         return true;
                 return false;
             }),
         pre(u"party_agreed"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "No liable party has agreed to consult; no reply counts as a refusal."), art(19, 2),
             [](const RuleContext &c, Problems &) {
                 const QList<qint64> batch = batchOrAll(c);
                 if (batch.isEmpty() && !c.input.list(u"parties"_s).isEmpty())
                     return true; // unknown names: batch_parties_known says so
                 for (const ConsultationNotice &n : c.file.notices)
                     if (batch.contains(n.partyId) && n.reply == u"agreed")
                         return true;
                 return false;
             }),
         // Art. 21 ¶3: by correspondence, online or signing by post only for a simple case.
         simpleCaseRule(u"mode"_s, {u"correspondence"_s, u"online"_s, u"mail_signing"_s}, art(21, 3)),
         pre(u"refusal_noted"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Someone present refused to sign: the host must note it on the record."), art(21, 2),
             [](const RuleContext &c, Problems &) {
                 return c.input.flag(u"all_signed"_s, true) || c.input.has(u"refusal_note"_s);
             }),
         pre(u"three_rounds"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Three rounds have been held: as a rule there is no fourth (give a reason to exceed, or consider litigation under Art. 25(3))."),
             art(22),
             [](const RuleContext &c, Problems &) {
                 // Counted for each party present among the rounds it took part in (Art. 22 ¶2, batches).
                 if (c.input.has(u"exception_reason"_s))
                     return true;
                 for (qint64 id : batchOrAll(c))
                     if (roundsWith(c.file, id) >= 3)
                         return false;
                 return true;
             }),
         pre(u"ninety_days"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The 90 days of consultation from service of the notice have passed (give a reason to exceed, or consider litigation under Art. 25(3))."),
             art(22),
             [](const RuleContext &c, Problems &) {
                 // From the first service on each party present (Art. 22 ¶2, batches).
                 if (c.input.has(u"exception_reason"_s))
                     return true;
                 for (qint64 id : batchOrAll(c)) {
                     const QDate end = periodEndFor(c.file, id);
                     if (end.isValid() && c.input.date(u"held_on"_s) > end)
                         return false;
                 }
                 return true;
             })}};

    QList<FieldSpec> agreementFields{
        pastDate(u"signed_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Signed on")),
        longText(u"restoration_terms"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Restoration: plan, start and time limit"), true, art(20)),
        party(u"assuming_party"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Party assuming the whole liability"), false, art(23, 2)),
        flag(u"confirmation_clause"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Parties will apply for judicial confirmation"), false, art(24)),
        field(u"instalments"_s, FieldType::Instalments, QT_TRANSLATE_NOOP("ecoclaim::Field", "Instalments"), false, art(8, 3)),
        // Art. 27 ¶2, 34 ¶2: the damage cannot be restored and the party pays instead; without this the
        // agreement provides for restoration, and the case closes only after its evaluation (Art. 29).
        flag(u"money_only"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Compensation in money only, no restoration by the party"), false, art(27, 2)),
        anyDate(u"performance_due_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "To be performed by"), false, art(20)),
        longText(u"costs_note"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Why less than the advanced costs is claimed"), false, art(34, 1)),
        field(u"parties"_s, FieldType::TextList, QT_TRANSLATE_NOOP("ecoclaim::Field", "Liable parties signing (a batch; empty: all)"), false, art(22, 2))};
    agreementFields << amountFields(true);
    t << CommandSpec{
        u"sign_agreement"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Sign the compensation agreement"), {Stage::Consultation},
        Stage::Agreement, art(23), agreementFields,
        {batchPartiesKnownRule(),
         pre(u"round_held"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "No consultation round is on record."), art(21),
             [](const RuleContext &c, Problems &) { return lastRoundOfBatch(c).isValid(); }),
         punitiveGroundsRule(), advancedCostsClaimedRule(false),
         // Consultation started early (Art. 18 ¶2) still ends on an appraisal (Art. 20: "磋商依据鉴定意见…").
         pre(u"investigation_complete"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The damage investigation is not complete (no investigation conclusion)."), art(18, 1, 1),
             [](const RuleContext &c, Problems &) { return c.file.investigation && c.file.investigation->isConcluded(); }),
         pre(u"appraisal_complete"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The damage appraisal is not complete (no appraisal result)."), art(20),
             [](const RuleContext &c, Problems &) { return c.file.completedAppraisal() != nullptr; }),
         pre(u"after_last_round"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The agreement cannot be signed before the last consultation round."), art(23),
             [](const RuleContext &c, Problems &) {
                 const QDate last = lastRoundOfBatch(c);
                 return !last.isValid() || c.input.date(u"signed_on"_s) >= last;
             }),
         pre(u"instalments_add_up"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The instalments must add up to the total amount of the agreement, and fall due after signing."),
             art(8, 3),
             [](const RuleContext &c, Problems &) {
                 const QVariantList rows = c.input.values.value(u"instalments"_s).toList();
                 if (rows.isEmpty())
                     return true;
                 qint64 sum = 0, total = 0;
                 for (const QVariant &row : rows) {
                     sum += row.toMap().value(u"amount"_s).toLongLong();
                     if (row.toMap().value(u"due_on"_s).toDate() < c.input.date(u"signed_on"_s))
                         return false;
                 }
                 for (const QString &k : {u"interim_loss"_s, u"permanent_loss"_s, u"assessment_costs"_s,
                                          u"restoration_costs"_s, u"prevention_costs"_s, u"punitive"_s})
                     total += c.input.values.value(k).toLongLong();
                 return sum == total;
             })}};

    // Art. 22 ¶2, 23: another batch signs its own agreement while the case is already past its first one;
    // the stage stays. Same fields and rules as sign_agreement, and the batch must be named and unbound.
    CommandSpec batch = t.last();
    batch.name = u"sign_batch_agreement"_s;
    batch.title = QT_TRANSLATE_NOOP("ecoclaim::Command", "Sign the agreement of another batch of parties");
    batch.from = {Stage::Agreement, Stage::Restoration, Stage::Evaluation};
    batch.to = std::nullopt;
    batch.article = art(22, 2);
    batch.preconditions.prepend(batchNotBoundRule());
    t << batch;

    // ---------------------------------------------------------------- litigation and confirmation
    // The claim per category (Art. 5; punitive damages Art. 26) the statement of claim makes; none given:
    // the agreement's amounts for a suit on it, else the appraisal's (handlers_claim.cpp).
    QList<FieldSpec> litigationFields{
        pastDate(u"filed_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Filed on")),
        text(u"court"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Court"), true),
        choice(u"trigger"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Why consultation failed"), litigationTriggers, true, art(25)),
        longText(u"trigger_note"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Circumstances"))};
    litigationFields << amountFields(true);
    litigationFields << longText(u"costs_note"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Why less than the advanced costs is claimed"), false, art(34, 1));
    t << CommandSpec{
        u"file_litigation"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Bring the claim to court"),
        {Stage::Consultation, Stage::Agreement, Stage::Restoration, Stage::Evaluation}, Stage::Litigation, art(25),
        litigationFields,
        {pre(u"trigger_fits_stage"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "After an agreement the only ground to sue is that it was not performed; before it, non-performance is no ground."),
             art(25, 2),
             [](const RuleContext &c, Problems &) {
                 const bool notPerformed = c.input.text(u"trigger"_s) == u"agreement_not_performed";
                 if (!c.file.agreement)
                     return !notPerformed;
                 if (notPerformed)
                     return true;
                 // Several liable parties consulted (Art. 22 ¶2): one signed, another refused — the one who
                 // refused is sued on an Art. 25 ¶1 ground, unless one party took on the whole liability.
                 if (c.file.agreement->assumingPartyId != 0)
                     return false;
                 const QDate filed = c.input.date(u"filed_on"_s);
                 return refusalOnRecord(c.file, filed) || failureRecorded(c.file, u"absent_or_withdrew"_s, filed)
                     || failureRecorded(c.file, u"impossible"_s, filed);
             }),
         pre(u"refusal_on_record"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "No liable party has refused the notice, and no reply deadline has passed without a reply."),
             art(25, 1, 1),
             [](const RuleContext &c, Problems &) {
                 if (c.input.text(u"trigger"_s) != u"refused_or_no_reply")
                     return true;
                 return refusalOnRecord(c.file, c.input.date(u"filed_on"_s));
             }),
         pre(u"limit_reached"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Neither the 90 days from service of the notice nor 3 consultation rounds have passed."),
             art(25, 1, 3),
             [](const RuleContext &c, Problems &) {
                 if (c.input.text(u"trigger"_s) != u"limit_exceeded")
                     return true;
                 const QDate end = consultationPeriodEnd(c.file);
                 return c.file.rounds.size() >= 3 || (end.isValid() && c.input.date(u"filed_on"_s) > end);
             }),
         pre(u"circumstances_described"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Describe the circumstances: who did not attend or walked out, or why agreement is impossible."),
             art(25),
             [](const RuleContext &c, Problems &) {
                 const QString trigger = c.input.text(u"trigger"_s);
                 return (trigger != u"absent_or_withdrew" && trigger != u"impossible") || c.input.has(u"trigger_note"_s)
                     || failureRecorded(c.file, trigger, c.input.date(u"filed_on"_s));
             }),
         punitiveGroundsRule(), advancedCostsClaimedRule(true),
         pre(u"not_confirmed"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The agreement was judicially confirmed: apply to the court for enforcement instead of suing."),
             art(24, 2),
             [](const RuleContext &c, Problems &) {
                 const Confirmation *conf = c.file.latestConfirmation();
                 return !conf || !conf->confirmed.value_or(false);
             })}};

    const QList<Stage> afterAgreement{Stage::Agreement, Stage::Restoration, Stage::Evaluation};
    t << CommandSpec{
        u"apply_judicial_confirmation"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Apply for judicial confirmation"), afterAgreement,
        std::nullopt, art(24),
        {pastDate(u"applied_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Applied on")),
         text(u"court"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Court"), true, art(24)),
         pastDate(u"accepted_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Accepted by the court on"), false)},
        {pre(u"agreement_signed"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "There is no signed agreement to confirm."), art(24),
             [](const RuleContext &c, Problems &) { return c.file.agreement.has_value(); }),
         pre(u"no_pending_application"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "An application for confirmation is already pending or granted."), art(24),
             [](const RuleContext &c, Problems &) {
                 const Confirmation *conf = c.file.latestConfirmation();
                 return !conf || (conf->ruledOn.isValid() && !conf->confirmed.value_or(false));
             })}};

    t << CommandSpec{
        u"record_confirmation_ruling"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Record the court's confirmation ruling"), afterAgreement,
        std::nullopt, art(24),
        {pastDate(u"ruled_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Ruled on")),
         flag(u"confirmed"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Agreement confirmed"), true),
         text(u"ruling_no"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Ruling number"))},
        {pre(u"application_pending"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "No application for judicial confirmation is pending."), art(24),
             [](const RuleContext &c, Problems &) {
                 const Confirmation *conf = c.file.latestConfirmation();
                 return conf && !conf->ruledOn.isValid();
             }),
         pre(u"thirty_day_announcement"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The court announces the agreement for at least 30 days after accepting the application before it rules."),
             ArticleRef{20, 0, 0, u"最高人民法院《关于审理生态环境损害赔偿案件的若干规定（试行）》"_s},
             [](const RuleContext &c, Problems &) {
                 const Confirmation *conf = c.file.latestConfirmation();
                 return !conf || !conf->acceptedOn.isValid() || c.input.date(u"ruled_on"_s) >= conf->acceptedOn.addDays(30);
             })}};

    t << CommandSpec{
        u"record_judgment"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Record the judgment"), {Stage::Litigation}, std::nullopt, art(24, 2),
        {pastDate(u"judged_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Judged on")),
         text(u"judgment_no"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Judgment number")),
         choice(u"outcome"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Outcome"), judgmentOutcomes),
         money(u"awarded"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Amount awarded")),
         flag(u"restoration_ordered"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Restoration ordered")),
         longText(u"summary"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Summary of the judgment")),
         // The enforcement period runs from the day the judgment took effect (民事诉讼法第二百五十条).
         pastDate(u"effective_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Took effect on"), false, art(24, 2))},
        {pre(u"after_filing"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The judgment cannot come before the suit was filed."), {},
             [](const RuleContext &c, Problems &) {
                 const Litigation *l = c.file.currentLitigation();
                 return l && c.input.date(u"judged_on"_s) >= l->filedOn;
             }),
         pre(u"effective_after_judgment"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "A judgment cannot take effect before it was given."), {},
             [](const RuleContext &c, Problems &) {
                 return !c.input.has(u"effective_on"_s) || c.input.date(u"effective_on"_s) >= c.input.date(u"judged_on"_s);
             })}};

    // ---------------------------------------------------------------- restoration and evaluation
    t << CommandSpec{
        u"start_preemptive_restoration"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Start restoration ahead of the agreement"),
        {Stage::Investigation, Stage::Consultation}, std::nullopt, art(28),
        {pastDate(u"started_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Started on")),
         choice(u"executor"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Who restores"), restorationExecutors, true, art(28)),
         text(u"executor_name"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Name of the restorer")),
         pastDate(u"facts_confirmed_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Damage facts confirmed in writing on"), false, art(28))},
        {pre(u"facts_confirmed"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The liable party may restore first only after both sides confirmed the damage facts in writing."),
             art(28, 1),
             [](const RuleContext &c, Problems &) {
                 return c.input.text(u"executor"_s) == u"department" || c.input.has(u"facts_confirmed_on"_s);
             }),
         pre(u"not_started"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Restoration has already started."), art(28),
             [](const RuleContext &c, Problems &) { return !c.file.restoration.has_value(); })}};

    t << CommandSpec{
        u"start_restoration"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Start restoration"), {Stage::Agreement, Stage::Litigation},
        Stage::Restoration, art(27),
        {pastDate(u"started_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Started on")),
         choice(u"executor"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Who restores"), restorationExecutors, true, art(27)),
         text(u"executor_name"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Name of the restorer"))},
        {pre(u"plan_drafted"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "No restoration plan is on record."), art(27),
             [](const RuleContext &c, Problems &) { return hasRestorationPlan(c.file); }),
         pre(u"judgment_orders_restoration"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "No judgment ordering restoration or payment is recorded."), art(27),
             [](const RuleContext &c, Problems &) {
                 if (c.file.stage != Stage::Litigation)
                     return true;
                 const Litigation *l = c.file.currentLitigation();
                 return l && l->judgedOn.isValid() && l->outcome != u"dismissed";
             })}};

    t << CommandSpec{
        u"add_milestone"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Add a restoration milestone"),
        {Stage::Agreement, Stage::Litigation, Stage::Restoration, Stage::Evaluation}, std::nullopt, art(29),
        {anyDate(u"due_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Due on")),
         text(u"description"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Milestone"), true)},
        {}};

    t << CommandSpec{
        u"complete_milestone"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Mark a milestone done"),
        {Stage::Agreement, Stage::Litigation, Stage::Restoration, Stage::Evaluation}, std::nullopt, art(29),
        {field(u"milestone"_s, FieldType::Integer, QT_TRANSLATE_NOOP("ecoclaim::Field", "Milestone number"), true),
         pastDate(u"done_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Done on"))},
        {pre(u"milestone_open"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "There is no open milestone with this number."), {},
             [](const RuleContext &c, Problems &) {
                 const qint64 n = c.input.id(u"milestone"_s);
                 return n >= 1 && n <= c.file.milestones.size() && !c.file.milestones.at(n - 1).doneOn.isValid();
             })}};

    t << CommandSpec{
        u"record_payment"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Record a payment"),
        {Stage::Agreement, Stage::Litigation, Stage::Restoration, Stage::Evaluation}, std::nullopt, art(34),
        {pastDate(u"paid_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Paid on")),
         money(u"amount"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Amount"), true),
         text(u"payer"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Paid by")),
         text(u"note"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Note")),
         flag(u"through_enforcement"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Paid through the court's enforcement"), false, art(24, 2)),
         // Art. 34 ¶2: non-tax revenue, collected centrally into the treasury at the same level.
         text(u"receipt_no"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Non-tax revenue payment slip or receipt number"), false, art(34, 2)),
         text(u"account"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Treasury account paid into"), false, art(34, 2)),
         choice(u"category"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "What it pays (empty: apportioned)"), paymentCategories, false, art(5))},
        {pre(u"amount_due"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Nothing is due: no agreement or judgment with an amount is recorded."), art(34),
             [](const RuleContext &c, Problems &) { return c.file.amountDue().fen() > 0; }),
         pre(u"positive"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "A payment must be more than zero."), {},
             [](const RuleContext &c, Problems &) { return c.input.money(u"amount"_s).fen() > 0; }),
         pre(u"not_overpaid"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The payment is more than what remains due."), art(34),
             [](const RuleContext &c, Problems &problems) {
                 if (c.file.amountPaid() + c.input.money(u"amount"_s) <= c.file.amountDue())
                     return true;
                 // Say the most that may be paid (issue 16 ¶5): the caseworker corrects the figure at once.
                 problems.add(u"amount"_s,
                              QCoreApplication::translate("ecoclaim::Lifecycle", "The payment is more than what remains due: at most %1 yuan may be paid.")
                                  .arg(Money::fromFen(std::max<qint64>(0, c.file.amountDue().fen() - c.file.amountPaid().fen())).toYuanString()),
                              art(34));
                 return false;
             }),
         pre(u"enforcement_pending"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "A payment through enforcement needs an application for enforcement pending."), art(24, 2),
             [](const RuleContext &c, Problems &) {
                 return !c.input.flag(u"through_enforcement"_s) || c.file.pendingEnforcement() != nullptr;
             })}};

    t << CommandSpec{
        u"complete_restoration"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Report restoration complete"), {Stage::Restoration},
        Stage::Evaluation, art(29),
        {pastDate(u"completed_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Completed on")),
         longText(u"completion_report"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Completion report"), true, art(29))},
        {pre(u"plan_drafted"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "No restoration plan is on record."), art(27),
             [](const RuleContext &c, Problems &) { return hasRestorationPlan(c.file); }),
         pre(u"after_start"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Restoration cannot be complete before it started."), {},
             [](const RuleContext &c, Problems &) {
                 return c.file.restoration && c.input.date(u"completed_on"_s) >= c.file.restoration->startedOn;
             })}};

    t << CommandSpec{
        u"record_effect_evaluation"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Record the restoration-effect evaluation"),
        {Stage::Evaluation}, std::nullopt, art(29),
        {pastDate(u"evaluated_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Evaluated on")),
         choice(u"method"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Evaluation method"), evaluationMethods, true, art(29, 2)),
         text(u"evaluator"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Evaluator")),
         flag(u"passed"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Passed"), true, art(29)),
         longText(u"targets"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Main restoration targets"), true, art(29, 2)),
         longText(u"execution"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "How the plan was carried out"), true, art(29, 2)),
         longText(u"achievement"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Whether the targets were met"), true, art(29, 2)),
         longText(u"effect"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Effect of restoration"), true, art(29, 2))},
        {// Art. 29 ¶2: experts or a comprehensive determination only for a simple case.
         simpleCaseRule(u"method"_s, {u"experts"_s, u"comprehensive"_s}, art(29, 2)),
         pre(u"after_completion"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The evaluation cannot come before restoration was completed."), art(29),
             [](const RuleContext &c, Problems &) {
                 return c.file.restoration && c.input.date(u"evaluated_on"_s) >= c.file.restoration->completedOn;
             })}};

    t << CommandSpec{
        u"resume_restoration"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Continue restoration after a failed evaluation"),
        {Stage::Evaluation}, Stage::Restoration, art(29),
        {pastDate(u"resumed_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Resumed on")),
         longText(u"reason"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "What remains to be done"))},
        {pre(u"evaluation_failed"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Only a failed evaluation sends the case back to restoration."), art(29),
             [](const RuleContext &c, Problems &) {
                 const Evaluation *e = c.file.latestEvaluation();
                 return e && !e->passed;
             })}};

    // ---------------------------------------------------------------- ending the case
    t << CommandSpec{
        u"terminate_claim"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Terminate the claim"), claimOpen, Stage::Terminated, art(14, 2),
        {choice(u"reason"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Reason"), terminationReasons, true, art(14, 2)),
         longText(u"reason_text"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Explanation")),
         pastDate(u"decided_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Decided on")),
         longText(u"penalty_note"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Why the administrative penalty does not replace compensation"), false, art(8, 4))},
        {penaltyNotInLieuRule(),
         // Art. 33 ¶2: handing the claim to the procuratorate's public-interest suit needs that procuratorate linked.
         pre(u"procuratorate_linked"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Handing the claim over to a public-interest suit needs the procuratorate's proceeding linked to the case."),
             art(33, 2),
             [](const RuleContext &c, Problems &) {
                 if (c.input.text(u"reason"_s) != u"public_interest_handover")
                     return true;
                 for (const Proceeding &p : c.file.proceedings)
                     if (p.kind == u"public_interest" || p.kind == u"handed_over")
                         return true;
                 return false;
             }),
         pre(u"other_explained"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The reason \"other\" needs an explanation."), art(14, 1, 6),
             [](const RuleContext &c, Problems &) {
                 return c.input.text(u"reason"_s) != u"other" || c.input.has(u"reason_text"_s);
             }),
         pre(u"investigation_proposes_termination"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The investigation conclusion on record does not propose termination."), art(15),
             [](const RuleContext &c, Problems &) {
                 if (c.input.text(u"reason"_s) != u"investigation_conclusion")
                     return true;
                 return c.file.investigation && c.file.investigation->isConcluded()
                     && c.file.investigation->proposal == u"termination";
             })}};

    t << CommandSpec{
        u"close_case"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Close the case"),
        {Stage::Agreement, Stage::Evaluation, Stage::Litigation, Stage::Terminated}, Stage::Closed, art(29),
        {pastDate(u"closed_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Closed on")),
         longText(u"summary"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Closing summary"))},
        {// Art. 27, 29: restoration the agreement or the judgment provides for — or that began — is done and
         // evaluated as passed before the case closes ("直至达到…修复目标"); only an agreement in money
         // alone (Art. 27 ¶2, 34 ¶2) or a judgment ordering no restoration closes without it.
         pre(u"restoration_evaluated"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The agreement or judgment provides for restoration (or restoration began): the case closes only after the restoration-effect evaluation has passed."),
             art(29),
             [](const RuleContext &c, Problems &) {
                 if (c.file.stage == Stage::Terminated || !c.file.restorationOwed())
                     return true;
                 const Evaluation *e = c.file.latestEvaluation();
                 return e && e->passed;
             }),
         pre(u"fully_paid"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Compensation due has not been paid in full."), art(8),
             [](const RuleContext &c, Problems &) {
                 if (c.file.stage == Stage::Terminated || c.file.outstanding().fen() == 0)
                     return true;
                 // The court ended its enforcement for lack of assets (Art. 24 ¶2): the case may close
                 // with the remainder stated; the debtor stays listed (Art. 30 ¶2).
                 const Enforcement *e = c.file.latestEnforcement();
                 return e && e->result == u"terminated_no_assets";
             }),
         pre(u"unpaid_stated"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Closing with compensation unpaid after enforcement ended for lack of assets needs a closing summary stating what remains unpaid."),
             art(8),
             [](const RuleContext &c, Problems &) {
                 return c.file.stage == Stage::Terminated || c.file.outstanding().fen() == 0 || c.input.has(u"summary"_s);
             }),
         pre(u"enforcement_ended"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "An application for enforcement is still pending: record how it ended first."), art(24, 2),
             [](const RuleContext &c, Problems &) { return c.file.pendingEnforcement() == nullptr; }),
         pre(u"judgment_recorded"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Closing from litigation needs the judgment on record."), art(25),
             [](const RuleContext &c, Problems &) {
                 if (c.file.stage != Stage::Litigation)
                     return true;
                 const Litigation *l = c.file.currentLitigation();
                 return l && l->judgedOn.isValid();
             })}};

    // Evidence and other materials of the volume (Art. 42), added at any stage before archiving. The
    // service copies the file into the store before the transaction and records it inside (caseservice.cpp).
    t << CommandSpec{
        u"add_evidence"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Add a file to the case file"), editable, std::nullopt, art(42),
        {filePath(u"file"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "File"), true),
         text(u"title"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Title"), true),
         choice(u"kind"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Kind of material"), evidenceKinds, true, art(42)),
         // Not a "happened on" date: the timeline dates the event by the day the file was added.
         anyDate(u"dated_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Dated"), false),
         text(u"source"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Source")),
         field(u"pages"_s, FieldType::Integer, QT_TRANSLATE_NOOP("ecoclaim::Field", "Pages"))},
        {pre(u"pages_positive"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "A page count is at least 1."), {},
             [](const RuleContext &c, Problems &) { return !c.input.has(u"pages"_s) || c.input.id(u"pages"_s) >= 1; })}};

    // The pre-archive self-check (Art. 42 "一案一卷"): every material the volume must hold, deadlines
    // missed without a recorded reason, papers served without proof. Each is a precondition, so a
    // refusal lists all that is missing; `archive check` prints the same list.
    t << CommandSpec{
        u"archive_case"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Archive the case file"), {Stage::Closed}, Stage::Archived, art(42),
        {pastDate(u"archived_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Archived on")),
         text(u"archivist"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Archivist"))},
        {pre(u"investigation_materials"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The file lacks the investigation materials (investigation conclusion)."), art(42),
             [](const RuleContext &c, Problems &) {
                 const Decision *t = c.file.termination();
                 const bool terminatedEarly = t && t->reason != u"investigation_conclusion";
                 return terminatedEarly || (c.file.investigation && c.file.investigation->isConcluded());
             }),
         pre(u"investigation_files"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "No investigation material (report, records, monitoring data) has been added to the file."), art(42),
             [](const RuleContext &c, Problems &) {
                 // Art. 15 ¶2–4: evidence fixed in enforcement, the police's or procuratorate's opinions and
                 // adopted monitoring reports are investigation materials too.
                 if (!c.file.investigation)
                     return true;
                 for (const QString &kind : {u"investigation"_s, u"enforcement_record"_s, u"police_opinion"_s,
                                             u"procuratorate_opinion"_s, u"monitoring_report"_s})
                     if (materialOnFile(c.file, kind, {}))
                         return true;
                 return false;
             }),
         pre(u"appraisal_materials"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The file lacks the appraisal opinion or report."), art(42),
             [](const RuleContext &c, Problems &) {
                 const bool needed = c.file.agreement || !c.file.litigations.isEmpty();
                 return !needed
                     || (c.file.completedAppraisal()
                         && materialOnFile(c.file, u"appraisal"_s, {}));
             }),
         pre(u"consultation_materials"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The file lacks the consultation materials (notice and records)."), art(42),
             [](const RuleContext &c, Problems &) {
                 return (c.file.rounds.isEmpty() && !c.file.agreement)
                     || (!c.file.rounds.isEmpty()
                         && materialOnFile(c.file, u"consultation"_s, {u"consultation_notice"_s, u"consultation_record"_s}));
             }),
         pre(u"agreement_or_judgment"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The file lacks the agreement or the judgment."), art(42),
             [](const RuleContext &c, Problems &) {
                 const bool claimPursued = c.file.restoration.has_value() || !c.file.rounds.isEmpty();
                 bool judged = false;
                 for (const Litigation &l : c.file.litigations)
                     judged = judged || l.judgedOn.isValid();
                 if (!claimPursued || (c.file.termination() && !c.file.agreement && !judged))
                     return true;
                 return (c.file.agreement || judged)
                     && (materialOnFile(c.file, u"agreement"_s, {u"compensation_agreement"_s})
                         || materialOnFile(c.file, u"judgment"_s, {u"judgment"_s}));
             }),
         pre(u"restoration_materials"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The file lacks the restoration materials (a passed effect evaluation)."), art(42),
             [](const RuleContext &c, Problems &) {
                 // Art. 27, 29: whatever restoration the agreement or judgment provides for, not only
                 // restoration that was recorded as started.
                 if (!c.file.restorationOwed() || c.file.termination())
                     return true;
                 const Evaluation *e = c.file.latestEvaluation();
                 return e && e->passed
                     && materialOnFile(c.file, u"restoration"_s, {u"evaluation_opinion"_s});
             }),
         pre(u"deadlines_explained"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Deadlines were missed with no reason on record (suspend or extend them with the reason)."), art(42),
             [](const RuleContext &c, Problems &problems) {
                 const QStringList missed = missedDeadlines(c.file);
                 if (missed.isEmpty())
                     return true;
                 problems.add({}, QCoreApplication::translate("ecoclaim::Lifecycle", "Deadlines were missed with no reason on record (suspend or extend them with the reason): %1").arg(missed.join(u"; "_s)), art(42));
                 return false;
             }),
         pre(u"service_proved"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "A paper was served with no proof of service (receipt) on file."), art(42),
             [](const RuleContext &c, Problems &) {
                 for (const FiledPaper &p : c.file.papers)
                     for (const ServiceOfPaper &s : p.services)
                         if (s.proofEvidenceId == 0)
                             return false;
                 return true;
             })}};

    // ---------------------------------------------------------------- linked proceedings
    t << CommandSpec{
        u"link_proceeding"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Link an administrative, criminal or public-interest proceeding"),
        editable, std::nullopt, art(31),
        {choice(u"kind"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Kind of proceeding"), proceedingKinds, true, art(8, 2)),
         text(u"authority"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Authority"), true),
         text(u"reference"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Reference number")),
         pastDate(u"started_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Started on")),
         anyDate(u"announcement_ends_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Announcement period ends on"), false, art(33)),
         longText(u"note"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Note"))},
        {pre(u"announcement_period"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "A procuratorate's public-interest notice needs the end of its announcement period: the written reply is due within it."),
             art(33),
             [](const RuleContext &c, Problems &) {
                 return c.input.text(u"kind"_s) != u"public_interest" || c.input.has(u"announcement_ends_on"_s);
             })}};

    t << CommandSpec{
        u"reply_to_procuratorate"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Record the written reply to the procuratorate"),
        editable, std::nullopt, art(33),
        {field(u"proceeding"_s, FieldType::Integer, QT_TRANSLATE_NOOP("ecoclaim::Field", "Proceeding number"), true),
         pastDate(u"replied_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Replied on"), true, art(33)),
         longText(u"note"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Content of the reply"))},
        {pre(u"public_interest_notice"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "There is no public-interest notice of a procuratorate with this number awaiting a reply."), art(33),
             [](const RuleContext &c, Problems &) {
                 const qint64 n = c.input.id(u"proceeding"_s);
                 if (n < 1 || n > c.file.proceedings.size())
                     return false;
                 const Proceeding &p = c.file.proceedings.at(n - 1);
                 return p.kind == u"public_interest" && !p.repliedOn.isValid();
             })}};

    // ---------------------------------------------------------------- clocks
    // A clock may be suspended (and resumed) or extended, always with a reason; the deadline catalogue
    // applies these in order (core/service/deadlinecatalogue.cpp).
    QList<Stage> running = editable;
    running.removeAll(Stage::Closed);
    for (Stage s : {Stage::Transferred, Stage::NotApplicable, Stage::NoDamage, Stage::NotInitiated, Stage::Terminated})
        running.removeAll(s);

    t << CommandSpec{
        u"suspend_deadline"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Suspend a deadline"), running, std::nullopt, art(46),
        {choice(u"kind"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Deadline"), deadlineKindChoices),
         text(u"subject"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Which one (e.g. instalment:2); empty: every deadline of the kind")),
         pastDate(u"suspended_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Suspended on")),
         longText(u"reason"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Reason"), true)},
        {pre(u"not_suspended"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "This deadline is already suspended."), {},
             [](const RuleContext &c, Problems &) { return !c.file.isSuspended(c.input.text(u"kind"_s), c.input.text(u"subject"_s)); })}};

    t << CommandSpec{
        u"resume_deadline"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Resume a suspended deadline"), running, std::nullopt, art(46),
        {choice(u"kind"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Deadline"), deadlineKindChoices),
         text(u"subject"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Which one (e.g. instalment:2); empty: every deadline of the kind")),
         pastDate(u"resumed_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Resumed on")),
         longText(u"reason"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Reason"), true)},
        {pre(u"suspended"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "This deadline is not suspended."), {},
             [](const RuleContext &c, Problems &) { return c.file.isSuspended(c.input.text(u"kind"_s), c.input.text(u"subject"_s)); }),
         pre(u"after_suspension"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "A deadline cannot resume before it was suspended."), {},
             [](const RuleContext &c, Problems &) {
                 for (auto it = c.file.deadlineAdjustments.crbegin(); it != c.file.deadlineAdjustments.crend(); ++it)
                     if (it->kind == c.input.text(u"kind"_s) && it->subject == c.input.text(u"subject"_s) && it->action == u"suspend")
                         return c.input.date(u"resumed_on"_s) >= it->effectiveOn;
                 return true;
             })}};

    t << CommandSpec{
        u"extend_deadline"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Extend a deadline"), running, std::nullopt, art(46),
        {choice(u"kind"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Deadline"), deadlineKindChoices),
         text(u"subject"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Which one (e.g. instalment:2); empty: every deadline of the kind")),
         field(u"days"_s, FieldType::Integer, QT_TRANSLATE_NOOP("ecoclaim::Field", "Days added"), true),
         pastDate(u"decided_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Decided on")),
         longText(u"reason"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Reason"), true)},
        {pre(u"positive_days"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "An extension adds at least one day, at most a year."), {},
             [](const RuleContext &c, Problems &) {
                 const qint64 days = c.input.id(u"days"_s);
                 return days >= 1 && days <= 366;
             })}};

    t << CommandSpec{
        u"correct_notice_service"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Correct the service of a consultation notice"),
        {Stage::Consultation}, std::nullopt, art(19),
        {field(u"notice"_s, FieldType::Integer, QT_TRANSLATE_NOOP("ecoclaim::Field", "Notice number"), true),
         pastDate(u"served_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Served on"), true, art(19)),
         anyDate(u"meeting_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Meeting on"), true, art(19)),
         anyDate(u"reply_due_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Reply due on"), true, art(19, 2)),
         longText(u"reason"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Reason for the correction"), true)},
        {pre(u"notice_exists"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "There is no consultation notice with this number."), {},
             [](const RuleContext &c, Problems &) {
                 const qint64 n = c.input.id(u"notice"_s);
                 return n >= 1 && n <= c.file.notices.size();
             }),
         serviceLeadRule(), replyBeforeMeetingRule()}};
}

} // namespace ecoclaim::domain::detail
