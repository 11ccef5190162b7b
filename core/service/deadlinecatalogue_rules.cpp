#include "core/service/deadlinecatalogue_rules.h"

#include "core/domain/bureaurules.h"
#include "core/domain/deadlinekinds.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::service::detail {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Deadlines)
};
QString iso(const QDate &d) { return d.toString(Qt::ISODate); }

// Why and since when consultation with one party (or, partyId 0, with all) has failed for certain.
struct Failure
{
    QDate on;
    QString why;
    bool isSet() const { return on.isValid(); }
    void consider(QDate day, const QString &text)
    {
        if (day.isValid() && (!on.isValid() || day < on)) {
            on = day;
            why = text;
        }
    }
};

QString groundText(const QString &key)
{
    const Choice *c = findChoice(litigationTriggers(), key);
    return c ? c->chinese : key;
}

// Art. 25 ¶1 (2), (4) recorded for the whole case, or three rounds held without agreement (3).
Failure caseWideFailure(const CaseFile &f)
{
    Failure failure;
    for (const ConsultationFailure &c : f.consultationFailures)
        if (c.partyId == 0)
            failure.consider(c.occurredOn, Tr::tr("Consultation recorded as failed on %1: %2 (%3).")
                                               .arg(iso(c.occurredOn), groundText(c.ground), c.note));
    if (f.stage == Stage::Consultation && f.rounds.size() >= 3)
        failure.consider(f.rounds.last().heldOn,
                         Tr::tr("Three consultation rounds were held without agreement (the last on %1).").arg(iso(f.rounds.last().heldOn)));
    return failure;
}

// Art. 19 ¶2, Art. 25 ¶1 (1), (2): this party refused in writing, stayed away or walked out.
Failure partyFailure(const CaseFile &f, const Party &p)
{
    Failure failure;
    for (const ConsultationNotice &n : f.notices)
        if (n.partyId == p.id && n.reply == u"refused")
            failure.consider(n.repliedOn, Tr::tr("%1 refused consultation in writing on %2.").arg(p.name, iso(n.repliedOn)));
    for (const ConsultationFailure &c : f.consultationFailures)
        if (c.partyId == p.id)
            failure.consider(c.occurredOn, Tr::tr("%1: %2 on %3 (%4).").arg(p.name, groundText(c.ground), iso(c.occurredOn), c.note));
    return failure;
}

bool boundByAgreement(const CaseFile &f, qint64 partyId)
{
    for (const Agreement &a : f.agreements)
        if (a.binds(partyId))
            return true;
    return false;
}

// Parties with a consultation still to go to court over: served, and (after an agreement with another
// batch) not bound by any agreement.
QList<const Party *> partiesAtStake(const CaseFile &f)
{
    QList<const Party *> out;
    for (const Party &p : f.parties) {
        bool served = false;
        for (const ConsultationNotice &n : f.notices)
            served = served || n.partyId == p.id;
        if (served && !boundByAgreement(f, p.id))
            out << &p;
    }
    return out;
}

// The enforceable document's performance period ends (民事诉讼法第二百五十条): the last instalment or the
// day the agreement names, else the day the ruling or judgment took effect.
QDate enforcementPeriodStart(const CaseFile &f, QString *from)
{
    if (f.enforceableBasis() == u"judgment") {
        const Litigation *l = f.currentLitigation();
        if (l->effectiveOn.isValid()) {
            *from = Tr::tr("the judgment %1 took effect on %2").arg(l->judgmentNo, iso(l->effectiveOn));
            return l->effectiveOn;
        }
        *from = Tr::tr("the judgment %1 of %2 (its effective date is not recorded; the judgment date is used)")
                    .arg(l->judgmentNo, iso(l->judgedOn));
        return l->judgedOn;
    }
    const Confirmation *c = f.latestConfirmation();
    QDate last;
    for (const Agreement &a : f.agreements) {
        if (a.performanceDueOn.isValid() && a.performanceDueOn > last)
            last = a.performanceDueOn;
        for (const Instalment &i : a.instalments)
            if (i.dueOn > last)
                last = i.dueOn;
    }
    if (last.isValid() && last > c->ruledOn) {
        *from = Tr::tr("the last day of performance under the confirmed agreement, %1").arg(iso(last));
        return last;
    }
    *from = Tr::tr("the ruling %1 confirming the agreement, %2").arg(c->rulingNo, iso(c->ruledOn));
    return c->ruledOn;
}
} // namespace

bool consultationFailedForAll(const CaseFile &f)
{
    if (caseWideFailure(f).isSet())
        return true;
    const QList<const Party *> parties = partiesAtStake(f);
    if (parties.isEmpty())
        return false;
    for (const Party *p : parties)
        if (!partyFailure(f, *p).isSet())
            return false;
    return true;
}

void addSecondReadingDeadlines(const CaseFile &f, const AddDeadline &add)
{
    // Art. 25 ¶1: consultation failed — the department shall sue promptly, within the days the bureau set.
    const int days = bureauRules().suitDeadlineDays;
    const bool consulting = f.stage == Stage::Consultation;
    const bool batchLeft = f.stage == Stage::Agreement || f.stage == Stage::Restoration || f.stage == Stage::Evaluation;
    if (consulting || batchLeft) {
        const Failure whole = consulting ? caseWideFailure(f) : Failure{};
        if (whole.isSet()) {
            add(u"litigation_due"_s, {}, whole.on, whole.on.addDays(days),
                whole.why + u' ' + Tr::tr("Consultation has failed: bring the claim to court within %n day(s).", nullptr, days));
        } else {
            for (const Party *p : partiesAtStake(f)) {
                const Failure failed = partyFailure(f, *p);
                const QString subject = u"party:%1"_s.arg(p->seq);
                if (failed.isSet()) {
                    add(u"litigation_due"_s, subject, failed.on, failed.on.addDays(days),
                        failed.why + u' ' + Tr::tr("Consultation with this party has failed: bring the claim to court within %n day(s).", nullptr, days));
                    continue;
                }
                // No reply by the day set on the notice is a refusal (Art. 19 ¶2): the suit is due from then.
                for (const ConsultationNotice &n : f.notices)
                    if (n.partyId == p->id && n.reply.isEmpty()) {
                        add(u"litigation_due"_s, subject, n.replyDueOn, n.replyDueOn.addDays(days),
                            Tr::tr("If %1 does not reply by %2, consultation counts as refused (Art. 19 ¶2, Art. 25 ¶1(1)) and the claim goes to court within %n day(s) after it.",
                                   nullptr, days)
                                .arg(p->name, iso(n.replyDueOn)));
                        break;
                    }
            }
        }
    }

    // 民事诉讼法第二百五十条: a confirmed agreement or a judgment not performed is enforced on application
    // within two years. Once applied for, the period is no longer running.
    if (!f.enforceableBasis().isEmpty() && f.enforcements.isEmpty() && f.unperformed()) {
        QString from;
        const QDate start = enforcementPeriodStart(f, &from);
        if (start.isValid())
            add(u"enforcement_application"_s, {}, start, start.addYears(2),
                Tr::tr("Not performed: apply to the court for enforcement within two years from %1 (Art. 24 ¶2).").arg(from));
    }

    // Art. 39: the supervisor's instructions and the case's timetable.
    for (int i = 0; i < f.supervisionInstructions.size(); ++i) {
        const SupervisionInstruction &s = f.supervisionInstructions.at(i);
        if (s.dueOn.isValid() && !s.doneOn.isValid())
            add(u"supervision_instruction"_s, u"instruction:%1"_s.arg(i + 1), s.issuedOn, s.dueOn,
                Tr::tr("%1 instructed on %2: %3").arg(s.issuedBy, iso(s.issuedOn), s.content));
    }
    for (int i = 0; i < f.timetable.size(); ++i) {
        const TimetableItem &t = f.timetable.at(i);
        if (!t.doneOn.isValid())
            add(u"timetable"_s, u"timetable:%1"_s.arg(i + 1), {}, t.dueOn, t.step);
    }
}

void addLastingDeadlines(const CaseFile &f, const AddDeadline &add)
{
    // Art. 13 ¶3: a report by a citizen or organisation (the complaint channel, Art. 12 ¶2 (7)) is studied
    // and answered promptly (the bureau's days). Clues assigned or referred by authorities are not reports.
    if (f.channel == u"complaint" && !f.reporter.isEmpty() && f.reporterReplies.isEmpty() && f.receivedOn.isValid()) {
        const int days = bureauRules().reporterReplyDays;
        add(u"reporter_reply"_s, {}, f.receivedOn, f.receivedOn.addDays(days),
            Tr::tr("%1 reported the case on %2 and is to be answered within %n day(s).", nullptr, days)
                .arg(f.reporter, iso(f.receivedOn)));
    }
}

} // namespace ecoclaim::service::detail
