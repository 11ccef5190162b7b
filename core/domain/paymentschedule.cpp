#include "core/domain/paymentschedule.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ecoclaim::domain {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::PaymentSchedule)
};
} // namespace

QString ScheduleLine::label() const
{
    switch (source) {
    case Source::Instalment:
        return agreementNo <= 1 ? Tr::tr("Instalment %1").arg(seq) : Tr::tr("Instalment %1 of agreement %2").arg(seq).arg(agreementNo);
    case Source::Agreement:
        return dueOn.isValid() ? Tr::tr("Agreement %1, due %2").arg(agreementNo).arg(dueOn.toString(Qt::ISODate))
                               : Tr::tr("Agreement %1").arg(agreementNo);
    case Source::Judgment:
        return reference.isEmpty() ? Tr::tr("Judgment") : Tr::tr("Judgment %1").arg(reference);
    }
    return {};
}

QList<ScheduleLine> paymentSchedule(const CaseFile &f)
{
    // The same sources as CaseFile::amountDue(): a judgment on an agreement not performed replaces the
    // agreements signed before the suit (Art. 25 ¶2); other judgments add to them.
    QList<ScheduleLine> lines;
    QDate replacedBefore;
    for (const Litigation &l : f.litigations) {
        if (!l.judgedOn.isValid())
            continue;
        if (l.trigger == u"agreement_not_performed" && (!replacedBefore.isValid() || l.filedOn > replacedBefore))
            replacedBefore = l.filedOn;
        if (l.awarded.fen() > 0) {
            ScheduleLine j;
            j.source = ScheduleLine::Source::Judgment;
            j.reference = l.judgmentNo;
            j.dueOn = l.effectiveOn.isValid() ? l.effectiveOn : l.judgedOn;
            j.due = l.awarded;
            lines << j;
        }
    }
    const QList<Agreement> signedOnes = f.agreements.isEmpty() && f.agreement ? QList<Agreement>{*f.agreement} : f.agreements;
    for (int a = 0; a < signedOnes.size(); ++a) {
        const Agreement &ag = signedOnes.at(a);
        if (replacedBefore.isValid() && ag.signedOn <= replacedBefore)
            continue;
        if (ag.instalments.isEmpty()) {
            ScheduleLine l;
            l.source = ScheduleLine::Source::Agreement;
            l.agreementNo = a + 1;
            l.dueOn = ag.performanceDueOn;
            l.due = ag.amounts.total();
            if (l.due.fen() > 0)
                lines << l;
            continue;
        }
        for (const Instalment &i : ag.instalments) {
            ScheduleLine l;
            l.agreementNo = a + 1;
            l.seq = i.seq;
            l.dueOn = i.dueOn;
            l.due = i.amount;
            lines << l;
        }
    }
    // The earliest due first; a line that names no day last (it is due at once, but the caseworker reads
    // the dated ones as the schedule).
    std::stable_sort(lines.begin(), lines.end(), [](const ScheduleLine &x, const ScheduleLine &y) {
        if (x.dueOn.isValid() != y.dueOn.isValid())
            return x.dueOn.isValid();
        return x.dueOn < y.dueOn;
    });
    qint64 left = f.amountPaid().fen();
    for (ScheduleLine &l : lines) {
        const qint64 paid = std::clamp<qint64>(left, 0, l.due.fen());
        l.paid = Money::fromFen(paid);
        left -= paid;
    }
    return lines;
}

int lineThatChanged(const QList<ScheduleLine> &before, const QList<ScheduleLine> &after)
{
    for (int i = 0; i < after.size(); ++i)
        if (i >= before.size() || before.at(i).paid != after.at(i).paid)
            return i;
    return -1;
}

} // namespace ecoclaim::domain
