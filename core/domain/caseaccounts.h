#pragma once
// The case's money per category (Art. 5 (一)–(五) and punitive damages, Art. 26): what the appraisal
// found, what the suit claims, what was agreed or is due, what was paid into the treasury (Art. 34 ¶2)
// and what remains; and the costs departments advanced (Art. 34 ¶1) with how much of them the payments
// recovered. Computed from the case file, never stored.
//
// Payments name their category or are apportioned: first to the costs the department advanced ((三),
// (五), (四) — it is public money out of a budget), then to the losses ((一), (二)), then to punitive
// damages, each up to what is due in it. A judgment's award is not split by category: after a judgment,
// what is due per category is the suit's claim, and the total due is the award (CaseFile::amountDue).

#include "core/domain/casefile.h"

namespace ecoclaim::domain {

struct CategoryAccount
{
    QString key;          // interim_loss … prevention_costs, punitive
    Money appraised, claimed, due, paid, advanced, recovered;
    Money outstanding() const { return due > paid ? due - paid : Money(); }
    Money advancedOutstanding() const { return advanced > recovered ? advanced - recovered : Money(); }
};

// Six rows in the order of Art. 5, then punitive damages.
QList<CategoryAccount> categoryAccounts(const CaseFile &file);

} // namespace ecoclaim::domain
