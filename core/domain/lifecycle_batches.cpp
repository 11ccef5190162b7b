// Consultation in batches (Art. 22 ¶2): with two or more liable parties the department may consult them
// batch by batch. A round belongs to the parties present; an agreement to the parties who sign it; a
// batch that has not signed goes on consulting — or to court — after another batch signed.
//
// The reading chosen (docs/ARCHITECTURE.md): the 90 days run for each party from the first service of a
// notice on it, and the 3 rounds are counted for each party among the rounds it took part in; a round
// beyond either for any party present needs the recorded reason (as Art. 22's "原则上" allows).

#include "core/domain/lifecycletable.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ecoclaim::domain::detail {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Lifecycle)
};
} // namespace

QList<qint64> partiesNamed(const CaseFile &f, const QStringList &names, QStringList *unknown)
{
    QList<qint64> ids;
    for (const QString &raw : names) {
        const QString name = raw.trimmed();
        const Party *found = nullptr;
        bool isNumber = false;
        const int seq = name.toInt(&isNumber);
        for (const Party &p : f.parties)
            if ((isNumber && p.seq == seq) || p.name == name)
                found = &p;
        if (found && !ids.contains(found->id))
            ids << found->id;
        else if (!found && unknown)
            *unknown << name;
    }
    return ids;
}

QList<qint64> partiesOf(const CaseFile &f, const QList<qint64> &batch)
{
    if (!batch.isEmpty())
        return batch;
    QList<qint64> all;
    for (const Party &p : f.parties)
        all << p.id;
    return all;
}

QList<qint64> batchOrAll(const RuleContext &c)
{
    const QStringList names = c.input.list(u"parties"_s);
    return names.isEmpty() ? partiesOf(c.file, {}) : partiesNamed(c.file, names, nullptr);
}

int roundsWith(const CaseFile &f, qint64 partyId)
{
    int n = 0;
    for (const ConsultationRound &r : f.rounds)
        if (r.partyIds.isEmpty() || r.partyIds.contains(partyId))
            ++n;
    return n;
}

QDate periodEndFor(const CaseFile &f, qint64 partyId)
{
    QDate first;
    for (const ConsultationNotice &n : f.notices)
        if (n.partyId == partyId && (!first.isValid() || n.servedOn < first))
            first = n.servedOn;
    return first.isValid() ? first.addDays(90 + f.daysAddedTo(u"consultation_period"_s)) : QDate();
}

bool boundByAnAgreement(const CaseFile &f, qint64 partyId)
{
    for (const Agreement &a : f.agreements)
        if (a.binds(partyId))
            return true;
    return false;
}

// Every name in the command's "parties" is a liable party of the case.
Precondition batchPartiesKnownRule()
{
    return pre(u"batch_parties_known"_s,
               QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Name the parties of the batch by their number or exact name."), art(22, 2),
               [](const RuleContext &c, Problems &problems) {
                   QStringList unknown;
                   partiesNamed(c.file, c.input.list(u"parties"_s), &unknown);
                   for (const QString &u : unknown)
                       problems.add(u"parties"_s, Tr::tr("“%1” is not a liable party of this case.").arg(u), art(22, 2));
                   return unknown.isEmpty();
               });
}

// After an agreement, only a batch that has not signed goes on (Art. 22 ¶2, 23).
Precondition batchNotBoundRule()
{
    return pre(u"batch_not_bound"_s,
               QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "After an agreement, consultation goes on only with a batch of parties who have not signed one: name them."),
               art(22, 2), [](const RuleContext &c, Problems &) {
                   const QList<qint64> batch = partiesNamed(c.file, c.input.list(u"parties"_s), nullptr);
                   if (c.file.agreements.isEmpty())
                       return true;
                   if (batch.isEmpty())
                       return false;
                   for (qint64 id : batch)
                       if (boundByAnAgreement(c.file, id))
                           return false;
                   return true;
               });
}

} // namespace ecoclaim::domain::detail
