#include "core/domain/caseaccounts.h"

using namespace Qt::StringLiterals;

namespace ecoclaim::domain {

namespace {
const QStringList &keys()
{
    static const QStringList k{u"interim_loss"_s,      u"permanent_loss"_s,   u"assessment_costs"_s,
                               u"restoration_costs"_s, u"prevention_costs"_s, u"punitive"_s};
    return k;
}

Money of(const Amounts &a, int i)
{
    const Money values[] = {a.interimLoss, a.permanentLoss, a.assessmentCosts, a.restorationCosts, a.preventionCosts, a.punitive};
    return values[i];
}

// The order unallocated payments fill the categories (header: advanced costs first).
const QList<int> &apportionOrder()
{
    static const QList<int> order{2, 4, 3, 0, 1, 5};
    return order;
}
} // namespace

QList<CategoryAccount> categoryAccounts(const CaseFile &f)
{
    QList<CategoryAccount> rows;
    const Appraisal *appraisal = f.completedAppraisal();
    const Litigation *suit = f.currentLitigation();
    bool judged = false;
    for (const Litigation &l : f.litigations)
        judged = judged || l.judgedOn.isValid();
    for (int i = 0; i < keys().size(); ++i) {
        CategoryAccount a;
        a.key = keys().at(i);
        if (appraisal)
            a.appraised = of(appraisal->amounts, i);
        if (suit)
            a.claimed = of(suit->claimed, i);
        if (judged && suit)
            a.due = of(suit->claimed, i);
        else
            for (const Agreement &ag : f.agreements)
                a.due += of(ag.amounts, i);
        for (const AdvancedCost &c : f.advancedCosts)
            if (c.category == a.key)
                a.advanced += c.amount;
        rows << a;
    }
    // Payments naming a category first, then the rest in the apportioning order.
    Money unallocated;
    for (const Payment &p : f.payments) {
        const int i = int(keys().indexOf(p.category));
        if (i >= 0)
            rows[i].paid += p.amount;
        else
            unallocated += p.amount;
    }
    for (int i : apportionOrder()) {
        if (unallocated.fen() <= 0)
            break;
        const Money room = rows[i].outstanding();
        const Money take = room < unallocated ? room : unallocated;
        rows[i].paid += take;
        unallocated -= take;
    }
    // What is paid in a category recovers the costs advanced in it first.
    for (CategoryAccount &a : rows)
        a.recovered = a.paid < a.advanced ? a.paid : a.advanced;
    return rows;
}

} // namespace ecoclaim::domain
