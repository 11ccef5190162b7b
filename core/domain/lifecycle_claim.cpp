// The lifecycle table, second part: consultation, agreement, court (Art. 18–26, 34). The third part,
// restoration to archive, linked proceedings and clocks, is lifecycle_closing.cpp.
#include "core/domain/deadlinekinds.h"
#include "core/domain/evidencekinds.h"
#include "core/domain/lifecycletable.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ecoclaim::domain::detail {

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

namespace {

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

} // namespace

void addClaimCommands(QList<CommandSpec> &t)
{
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
}

} // namespace ecoclaim::domain::detail
