#include "core/service/nextdeadline.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::service {

namespace {
QString tr(const char *s) { return QCoreApplication::translate("ecoclaim::Deadlines", s); }
QString iso(const QDate &d) { return d.toString(Qt::ISODate); }
} // namespace

QString deadlineKindName(const QString &kind)
{
    static const QHash<QString, const char *> names{
        {u"verification_start"_s, QT_TRANSLATE_NOOP("ecoclaim::Deadlines", "Organise preliminary verification")},
        {u"appraisal_report"_s, QT_TRANSLATE_NOOP("ecoclaim::Deadlines", "Appraisal report due")},
        {u"notice_reply"_s, QT_TRANSLATE_NOOP("ecoclaim::Deadlines", "Reply to consultation notice due")},
        {u"consultation_period"_s, QT_TRANSLATE_NOOP("ecoclaim::Deadlines", "Consultation period ends")},
        {u"instalment"_s, QT_TRANSLATE_NOOP("ecoclaim::Deadlines", "Instalment due")},
        {u"milestone"_s, QT_TRANSLATE_NOOP("ecoclaim::Deadlines", "Restoration milestone due")},
        {u"procuratorate_reply"_s, QT_TRANSLATE_NOOP("ecoclaim::Deadlines", "Written reply to the procuratorate due")},
    };
    const char *name = names.value(kind);
    return name ? QCoreApplication::translate("ecoclaim::Deadlines", name) : kind;
}

QList<OpenDeadline> openDeadlines(const CaseFile &f)
{
    QList<OpenDeadline> out;
    if (isEndStage(f.stage) || f.stage == Stage::Closed || f.stage == Stage::Terminated)
        return out;

    // Art. 13: verification is organised within 30 (natural, Art. 46) days of receiving the clue; the
    // day of receipt is not counted (民法典第二百零一条).
    if (f.stage == Stage::Clue)
        out << OpenDeadline{u"verification_start"_s, f.receivedOn, f.receivedOn.addDays(30), art(13),
                            tr("Verification must be organised within 30 days of receiving the clue on %1.").arg(iso(f.receivedOn))};

    if (const Appraisal *a = f.openAppraisal(); a && a->dueOn.isValid())
        out << OpenDeadline{u"appraisal_report"_s, a->commissionedOn, a->dueOn, art(16),
                            tr("The commission agreement of %1 sets the report's time limit.").arg(iso(a->commissionedOn))};

    if (f.stage == Stage::Consultation) {
        for (const ConsultationNotice &n : f.notices)
            if (n.reply.isEmpty())
                out << OpenDeadline{u"notice_reply"_s, n.servedOn, n.replyDueOn, art(19, 2),
                                    tr("No reply by %1 counts as a refusal to consult.").arg(iso(n.replyDueOn))};
        const QDate served = f.firstNoticeServedOn();
        if (served.isValid())
            out << OpenDeadline{u"consultation_period"_s, served, served.addDays(90), art(22),
                                tr("Consultation lasts at most 90 days from service of the notice on %1; then sue (Art. 25(3)).")
                                    .arg(iso(served))};
    }

    // Instalments (Art. 8 ¶3): the first instalment not covered by what has been paid.
    if (f.agreement) {
        Money cumulative;
        const Money paid = f.amountPaid();
        for (const Instalment &i : f.agreement->instalments) {
            cumulative += i.amount;
            if (cumulative > paid) {
                out << OpenDeadline{u"instalment"_s, f.agreement->signedOn, i.dueOn, art(8, 3),
                                    tr("Instalment %1 of %2 yuan under the agreement of %3.")
                                        .arg(i.seq).arg(i.amount.toYuanString(), iso(f.agreement->signedOn))};
                break;
            }
        }
    }

    for (const Milestone &m : f.milestones)
        if (!m.doneOn.isValid())
            out << OpenDeadline{u"milestone"_s, {}, m.dueOn, art(29), m.description};

    for (const Proceeding &p : f.proceedings)
        if (p.kind == u"public_interest" && !p.repliedOn.isValid() && p.announcementEndsOn.isValid())
            out << OpenDeadline{u"procuratorate_reply"_s, p.startedOn, p.announcementEndsOn, art(33),
                                tr("A decision to claim must be answered in writing within the announcement period of %1.")
                                    .arg(p.authority)};

    std::sort(out.begin(), out.end(), [](const OpenDeadline &a, const OpenDeadline &b) { return a.due < b.due; });
    return out;
}

std::optional<OpenDeadline> nextDeadline(const CaseFile &file)
{
    const QList<OpenDeadline> all = openDeadlines(file);
    if (all.isEmpty())
        return std::nullopt;
    return all.first();
}

} // namespace ecoclaim::service
