#include "core/service/deadlinecatalogue.h"

#include "core/domain/paymentschedule.h"

#include "core/service/deadlinecatalogue_rules.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::service {

namespace {
// Translations of this file live in the context ecoclaim::Deadlines (lupdate reads the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Deadlines)
};
QString iso(const QDate &d) { return d.toString(Qt::ISODate); }

// The day after a holiday run ends, for the 民法典第二百零三条 note.
QDate firstWorkdayFrom(const calendar::WorkCalendar &cal, QDate day)
{
    for (int i = 0; i < 30; ++i, day = day.addDays(1)) {
        auto w = cal.isWorkday(day);
        if (!w || w.value())
            return day;
    }
    return day;
}

QString calendarNoteFor(const calendar::WorkCalendar &cal, QDate due)
{
    auto holiday = cal.isHoliday(due);
    if (!holiday)
        return Tr::tr("No working-day calendar for %1: whether this day is a working day cannot be told; import the year's holiday notice.")
            .arg(due.year());
    if (holiday.value())
        return Tr::tr("Falls on a public holiday (%1); under 民法典 Art. 203 the period would end on %2. Not moved automatically.")
            .arg(cal.holidayName(due), iso(firstWorkdayFrom(cal, due)));
    return {};
}

// Suspensions, resumptions and extensions of one kind, applied in order.
void applyAdjustments(const CaseFile &f, OpenDeadline &d)
{
    QDate suspendedSince;
    QStringList notes;
    for (const DeadlineAdjustment &a : f.deadlineAdjustments) {
        if (a.kind != d.kind || (!a.subject.isEmpty() && a.subject != d.subject))
            continue;
        if (a.action == u"extend") {
            d.daysAdded += a.days;
            notes << Tr::tr("extended by %n day(s) on %1: %2", nullptr, a.days).arg(iso(a.effectiveOn), a.reason);
        } else if (a.action == u"suspend") {
            suspendedSince = a.effectiveOn;
            notes << Tr::tr("suspended on %1: %2").arg(iso(a.effectiveOn), a.reason);
        } else if (a.action == u"resume" && suspendedSince.isValid()) {
            const int paused = int(suspendedSince.daysTo(a.effectiveOn));
            d.daysAdded += paused;
            notes << Tr::tr("resumed on %1 after %n day(s): %2", nullptr, paused).arg(iso(a.effectiveOn), a.reason);
            suspendedSince = QDate();
        }
    }
    d.due = d.due.addDays(d.daysAdded);
    d.suspended = suspendedSince.isValid();
    if (!notes.isEmpty())
        d.explanation += u' ' + Tr::tr("Adjusted: %1.").arg(notes.join(u"; "_s));
}
} // namespace

QString deadlineKindName(const QString &kind)
{
    const DeadlineKind *k = findDeadlineKind(kind);
    return k ? k->displayName() : kind;
}

OpenDeadline annualReportDeadline(QDate asOf)
{
    QDate due(asOf.year(), 1, 31);
    if (due < asOf)
        due = QDate(asOf.year() + 1, 1, 31);
    OpenDeadline d;
    d.kind = u"annual_report"_s;
    d.subject = QString::number(due.year() - 1);
    d.trigger = QDate(due.year() - 1, 12, 31);
    d.due = due;
    d.article = art(36, 2);
    d.explanation = Tr::tr("The work of %1 is reported to the Ministry of Ecology and Environment by the end of January.")
                        .arg(due.year() - 1);
    return d;
}

QList<OpenDeadline> openDeadlines(const CaseFile &f, const calendar::WorkCalendar &cal, const domain::BureauRules &rules)
{
    QList<OpenDeadline> out;
    auto add = [&](const QString &kind, const QString &subject, QDate trigger, QDate due, const QString &why) {
        OpenDeadline d{kind, subject, trigger, due, findDeadlineKind(kind)->article, why, {}};
        applyAdjustments(f, d);
        d.calendarNote = calendarNoteFor(cal, d.due);
        out << d;
    };
    if (f.stage != Stage::Closed && f.stage != Stage::Archived)
        detail::addLastingDeadlines(f, rules, add);
    if (isEndStage(f.stage) || f.stage == Stage::Closed || f.stage == Stage::Terminated)
        return out;

    // Art. 13: verification organised within 30 days of receiving the clue.
    if (f.stage == Stage::Clue)
        add(u"verification_start"_s, {}, f.receivedOn, f.receivedOn.addDays(30),
            Tr::tr("Verification must be organised within 30 days of receiving the clue on %1.").arg(iso(f.receivedOn)));

    // Art. 16: the commission agreement sets the report's time limit.
    if (const Appraisal *a = f.openAppraisal(); a && a->dueOn.isValid())
        add(u"appraisal_report"_s, u"appraisal:%1"_s.arg(a->id), a->commissionedOn, a->dueOn,
            Tr::tr("The commission agreement of %1 with %2 sets the report's time limit.")
                .arg(iso(a->commissionedOn), a->institution.isEmpty() ? a->experts.join(u'、') : a->institution));

    if (f.stage == Stage::Consultation) {
        // Art. 19 ¶2: no reply within the period set on the notice counts as a refusal.
        for (const ConsultationNotice &n : f.notices) {
            if (!n.reply.isEmpty())
                continue;
            const Party *p = f.findParty(n.partyId);
            add(u"notice_reply"_s, u"notice:%1"_s.arg(n.id), n.servedOn, n.replyDueOn,
                Tr::tr("%1 was served the consultation notice on %2; no reply by the date set on it counts as a refusal, "
                   "and the claim then goes to court (Art. 25(1)).")
                    .arg(p ? p->name : QString(), iso(n.servedOn)));
        }
        // Art. 22: at most 90 days from service, at most 3 rounds; past either, consultation has failed.
        const QDate served = f.firstNoticeServedOn();
        if (served.isValid() && !detail::consultationFailedForAll(f))
            add(u"consultation_period"_s, {}, served, served.addDays(90),
                Tr::tr("Consultation lasts at most 90 days from service of the notice on %1 (%2 of 3 rounds held). "
                   "After it, consultation has failed and the claim shall go to court (Art. 25(3)).")
                    .arg(iso(served))
                    .arg(f.rounds.size()));
    }

    // Art. 25 ¶1 (suing promptly), enforcement (Art. 24 ¶2), supervision (Art. 39): deadlinecatalogue_rules.cpp.
    detail::addSecondReadingDeadlines(f, rules, add);

    // SPC rules Art. 20: the court announces the agreement for at least 30 days before it rules.
    if (const Confirmation *c = f.latestConfirmation(); c && c->acceptedOn.isValid() && !c->ruledOn.isValid())
        add(u"confirmation_ruling"_s, u"confirmation:%1"_s.arg(c->id), c->acceptedOn, c->acceptedOn.addDays(30),
            Tr::tr("%1 accepted the application on %2 and announces the agreement for 30 days before ruling.")
                .arg(c->court, iso(c->acceptedOn)));

    // Art. 33: a decision to claim is answered in writing within the procuratorate's announcement period.
    for (const Proceeding &p : f.proceedings)
        if (p.kind == u"public_interest" && !p.repliedOn.isValid() && p.announcementEndsOn.isValid())
            add(u"procuratorate_reply"_s, u"proceeding:%1"_s.arg(p.id), p.startedOn, p.announcementEndsOn,
                Tr::tr("%1 announced a public-interest suit (%2); a decision to claim must be answered in writing within "
                   "the announcement period.")
                    .arg(p.authority, p.reference));

    // Art. 8 ¶3: every instalment not yet covered by the payments received — of every agreement in force,
    // one per batch (Art. 22 ¶2); the first agreement's are "instalment:N". The payments are applied as the
    // payment dialog shows them (domain::paymentSchedule: the earliest due first, a judgment's award among
    // them); an agreement a judgment replaced (Art. 25 ¶2) has no instalments left to chase.
    for (const ScheduleLine &line : paymentSchedule(f)) {
        if (line.source != ScheduleLine::Source::Instalment || line.owed().fen() == 0)
            continue;
        // The schedule numbers the agreements as f.agreements (or the one f.agreement of an older file).
        const Agreement &agreement = line.agreementNo <= f.agreements.size() ? f.agreements.at(line.agreementNo - 1) : *f.agreement;
        add(u"instalment"_s,
            line.agreementNo == 1 ? u"instalment:%1"_s.arg(line.seq) : u"instalment:%1.%2"_s.arg(line.agreementNo).arg(line.seq),
            agreement.signedOn, line.dueOn,
            Tr::tr("Instalment %1 of %2 yuan under the agreement signed on %3.")
                .arg(line.seq)
                .arg(line.due.toYuanString(), iso(agreement.signedOn)));
    }

    // Art. 27, 29: restoration milestones set by the agreement, the judgment or the plan.
    for (int i = 0; i < f.milestones.size(); ++i) {
        const Milestone &m = f.milestones.at(i);
        if (!m.doneOn.isValid())
            add(u"milestone"_s, u"milestone:%1"_s.arg(i + 1), {}, m.dueOn, m.description);
    }

    std::stable_sort(out.begin(), out.end(), [](const OpenDeadline &a, const OpenDeadline &b) { return a.due < b.due; });
    return out;
}

domain::DeadlineRow toRow(const OpenDeadline &d)
{
    domain::DeadlineRow r;
    r.kind = d.kind;
    r.subject = d.subject;
    r.trigger = d.trigger;
    r.due = d.due;
    r.article = d.article.toChinese();
    r.explanation = d.explanation;
    r.calendarNote = d.calendarNote;
    r.suspended = d.suspended;
    return r;
}

std::optional<OpenDeadline> nextDeadline(const QList<OpenDeadline> &deadlines)
{
    for (const OpenDeadline &d : deadlines)
        if (!d.suspended)
            return d;
    return std::nullopt;
}

} // namespace ecoclaim::service
