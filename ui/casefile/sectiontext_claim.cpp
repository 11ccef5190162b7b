// Sections from consultation to the end: consultation, agreement and payments, confirmation and
// litigation, restoration and evaluation, linked proceedings.
#include "ui/casefile/sectiontext.h"

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
// A batch of parties (Art. 22 ¶2); empty: every party.
QString batch(const domain::CaseFile &f, const QList<qint64> &ids)
{
    QStringList names;
    for (qint64 id : ids)
        names << partyName(f, id);
    return names.join(u"、"_s);
}
} // namespace

QString consultation(const domain::CaseFile &f)
{
    Rows rows;
    for (const domain::ConsultationNotice &n : f.notices) {
        rows.heading(Tr::tr("Notice to %1").arg(partyName(f, n.partyId)))
            .add(Tr::tr("Served on"), formatDate(n.servedOn))
            .add(Tr::tr("Service"), choiceName(u"serve_consultation_notice"_s, u"service_method"_s, n.serviceMethod))
            .add(Tr::tr("Received by"), n.recipient)
            .add(Tr::tr("Meeting on"), formatDate(n.meetingOn))
            .add(Tr::tr("Reply due on"), formatDate(n.replyDueOn))
            .add(Tr::tr("Reply"), n.reply.isEmpty() ? QString()
                                                    : u"%1（%2）"_s.arg(choiceName(u"record_notice_reply"_s, u"reply"_s, n.reply),
                                                                       formatDate(n.repliedOn)));
    }
    for (const domain::ConsultationRound &r : f.rounds) {
        rows.heading(Tr::tr("Round %1 — %2").arg(r.number).arg(formatDate(r.heldOn)))
            .add(Tr::tr("Mode"), choiceName(u"hold_consultation_round"_s, u"mode"_s, r.mode))
            .add(Tr::tr("Host"), r.host)
            .add(Tr::tr("Participants"), r.participants)
            .add(Tr::tr("Record"), r.summary)
            .add(Tr::tr("All signed"), r.allSigned ? Tr::tr("yes") : Tr::tr("no — %1").arg(r.refusalNote))
            .add(Tr::tr("Beyond the usual limit because"), r.exceptionReason)
            .add(Tr::tr("Batch"), batch(f, r.partyIds));
    }
    // Art. 25 ¶1: consultation recorded as failed — the claim goes to court.
    for (const domain::ConsultationFailure &c : f.consultationFailures)
        rows.add(Tr::tr("Failed on %1").arg(formatDate(c.occurredOn)),
                 u"%1%2：%3"_s.arg(choiceName(u"record_consultation_failure"_s, u"ground"_s, c.ground),
                                  c.partyId ? u"（%1）"_s.arg(partyName(f, c.partyId)) : QString(), c.note));
    return rows.html();
}

QString agreementAndPayments(const domain::CaseFile &f)
{
    Rows rows;
    for (const domain::Agreement &a : f.agreements) {
        if (f.agreements.size() > 1)
            rows.heading(Tr::tr("Agreement of %1 — %2").arg(formatDate(a.signedOn), batch(f, a.partyIds)));
        rows.add(Tr::tr("Signed on"), formatDate(a.signedOn))
            .add(Tr::tr("Signed by"), batch(f, a.partyIds))
            .add(Tr::tr("Restoration"), a.moneyOnly ? Tr::tr("none: compensation in money only (Art. 27 ¶2)")
                                                    : Tr::tr("owed: the case closes after a passed effect evaluation (Art. 29)"))
            .add(Tr::tr("To be performed by"), formatDate(a.performanceDueOn))
            .add(Tr::tr("Assumes the whole liability"), partyName(f, a.assumingPartyId))
            .add(Tr::tr("Restoration terms"), a.restorationTerms)
            .add(Tr::tr("Judicial confirmation clause"), a.confirmationClause ? Tr::tr("yes") : Tr::tr("no"))
            .add(Tr::tr("Total agreed"), formatMoney(a.amounts.total()));
        for (const domain::Instalment &i : a.instalments)
            rows.add(Tr::tr("Instalment %1").arg(i.seq), u"%1　%2"_s.arg(formatDate(i.dueOn), formatMoney(i.amount)));
    }
    for (const domain::Payment &p : f.payments) {
        QString detail = u"%1　%2"_s.arg(formatMoney(p.amount), p.payer);
        if (p.enforcementId)
            detail += Tr::tr("　through enforcement");
        if (!p.receiptNo.isEmpty())
            detail += Tr::tr("　receipt %1").arg(p.receiptNo);
        if (!p.account.isEmpty())
            detail += u"　"_s + p.account;
        rows.add(Tr::tr("Paid on %1").arg(formatDate(p.paidOn)), detail);
    }
    if (!f.amountDue().isZero())
        rows.add(Tr::tr("Paid / due"), u"%1 / %2"_s.arg(formatMoney(f.amountPaid()), formatMoney(f.amountDue())));
    return rows.html();
}

QString confirmationAndLitigation(const domain::CaseFile &f)
{
    Rows rows;
    for (const domain::Confirmation &c : f.confirmations) {
        rows.heading(Tr::tr("Judicial confirmation — %1").arg(c.court))
            .add(Tr::tr("Applied on"), formatDate(c.appliedOn))
            .add(Tr::tr("Accepted on"), formatDate(c.acceptedOn))
            .add(Tr::tr("Ruled on"), formatDate(c.ruledOn))
            .add(Tr::tr("Ruling"), c.rulingNo)
            .add(Tr::tr("Confirmed"), yesNo(c.confirmed));
    }
    for (const domain::Litigation &l : f.litigations) {
        rows.heading(Tr::tr("Litigation — %1").arg(l.court))
            .add(Tr::tr("Filed on"), formatDate(l.filedOn))
            .add(Tr::tr("Ground"), choiceName(u"file_litigation"_s, u"trigger"_s, l.trigger))
            .add(Tr::tr("Circumstances"), l.triggerNote)
            .add(Tr::tr("Judged on"), formatDate(l.judgedOn))
            .add(Tr::tr("Judgment"), l.judgmentNo)
            .add(Tr::tr("Outcome"), choiceName(u"record_judgment"_s, u"outcome"_s, l.outcome))
            .add(Tr::tr("Claimed"), money(l.claimed.total()))
            .add(Tr::tr("Punitive damages claimed"), money(l.claimed.punitive))
            .add(Tr::tr("Awarded"), money(l.awarded))
            .add(Tr::tr("Took effect on"), formatDate(l.effectiveOn))
            .add(Tr::tr("Summary"), l.judgmentSummary);
    }
    return rows.html();
}

QString restorationAndEvaluation(const domain::CaseFile &f)
{
    Rows rows;
    for (const domain::RestorationPlan &p : f.restorationPlans) {
        rows.heading(Tr::tr("Restoration plan of %1").arg(formatDate(p.draftedOn)))
            .add(Tr::tr("Elements"), p.elements)
            .add(Tr::tr("Scope"), p.scope)
            .add(Tr::tr("Targets"), p.targets)
            .add(Tr::tr("Technical plan"), p.technicalPlan)
            .add(Tr::tr("Schedule"), p.schedule);
    }
    if (f.restoration) {
        const domain::Restoration &r = *f.restoration;
        rows.heading(r.preemptive ? Tr::tr("Restoration (ahead of the agreement)") : Tr::tr("Restoration"))
            .add(Tr::tr("Carried out by"), choiceName(u"start_restoration"_s, u"executor"_s, r.executor))
            .add(Tr::tr("Executor"), r.executorName)
            .add(Tr::tr("Started on"), formatDate(r.startedOn))
            .add(Tr::tr("Completed on"), formatDate(r.completedOn))
            .add(Tr::tr("Completion report"), r.completionReport);
    }
    for (const domain::Milestone &m : f.milestones)
        rows.add(Tr::tr("Milestone due %1").arg(formatDate(m.dueOn)),
                 m.doneOn.isValid() ? Tr::tr("%1 — done on %2").arg(m.description, formatDate(m.doneOn)) : m.description);
    for (const domain::Evaluation &e : f.evaluations) {
        rows.heading(Tr::tr("Effect evaluation of %1: %2").arg(formatDate(e.evaluatedOn), e.passed ? Tr::tr("passed") : Tr::tr("not passed")))
            .add(Tr::tr("Method"), choiceName(u"record_effect_evaluation"_s, u"method"_s, e.method))
            .add(Tr::tr("Evaluator"), e.evaluator)
            .add(Tr::tr("Achievement"), e.achievement)
            .add(Tr::tr("Effect"), e.effect);
    }
    return rows.html();
}

QString linkedProceedings(const domain::CaseFile &f)
{
    Rows rows;
    // Art. 8 ¶4: a penalty does not stand in for compensation, nor compensation for a penalty.
    bool penalty = f.channel == u"administrative_penalty";
    for (const domain::Proceeding &p : f.proceedings)
        penalty = penalty || p.kind == u"administrative_penalty";
    if (penalty)
        rows.add(Tr::tr("Note"), Tr::tr("Linked to an administrative penalty: the penalty does not replace compensation, nor compensation the penalty (Art. 8 ¶4)."));
    for (const domain::Proceeding &p : f.proceedings) {
        const QString kind = choiceName(u"link_proceeding"_s, u"kind"_s, p.kind);
        rows.heading(p.authority.isEmpty() ? kind : u"%1 — %2"_s.arg(kind, p.authority))
            .add(Tr::tr("Reference"), p.reference)
            .add(Tr::tr("Started on"), formatDate(p.startedOn))
            .add(Tr::tr("Announcement ends on"), formatDate(p.announcementEndsOn))
            .add(Tr::tr("Replied on"), formatDate(p.repliedOn))
            .add(Tr::tr("Note"), p.note);
    }
    return rows.html();
}

} // namespace ecoclaim::ui::sections
