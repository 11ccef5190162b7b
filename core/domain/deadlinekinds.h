#pragma once
// The kinds of deadline EcoClaim tracks, with the article each rests on and how many days ahead the
// dashboard warns by default. Data only: core/service/deadlinecatalogue.cpp computes them, the
// lifecycle's suspend/extend commands name them.

#include "core/domain/catalogue.h"

namespace ecoclaim::domain {

struct DeadlineKind
{
    QString key;
    const char *name = nullptr; // English, translated in context ecoclaim::Deadlines
    ArticleRef article;
    int defaultLeadDays = 7;
    QString chinese; // for papers and the ledger
    QString displayName() const;
};

const QList<DeadlineKind> &deadlineKinds();
const DeadlineKind *findDeadlineKind(QStringView key);
// The same kinds as choices, for command fields.
const QList<Choice> &deadlineKindChoices();

} // namespace ecoclaim::domain
