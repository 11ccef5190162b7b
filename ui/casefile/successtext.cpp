#include "ui/casefile/successtext.h"

#include "core/domain/paymentschedule.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::ui::SuccessText)
};
} // namespace

QString successText(const domain::CommandSpec &spec, const service::CommandOutcome &outcome, const domain::CaseFile &before,
                    const domain::CaseFile &after)
{
    const QString number = outcome.caseNumber.isEmpty() ? after.number : outcome.caseNumber;
    if (spec.name == u"record_payment" && after.payments.size() > before.payments.size()) {
        const domain::Money amount = after.amountPaid() - before.amountPaid();
        const domain::Money owed = after.outstanding();
        const QList<domain::ScheduleLine> was = domain::paymentSchedule(before), now = domain::paymentSchedule(after);
        const int line = domain::lineThatChanged(was, now);
        if (line >= 0 && now.size() > 1)
            return Tr::tr("%1: payment of %2 yuan recorded (%3); %4 yuan still owed.")
                .arg(number, amount.toYuanString(), now.at(line).label(), owed.toYuanString());
        return Tr::tr("%1: payment of %2 yuan recorded; %3 yuan still owed.").arg(number, amount.toYuanString(), owed.toYuanString());
    }
    const QString what = outcome.summary.isEmpty() ? spec.titleText() : outcome.summary;
    return Tr::tr("%1: %2 — done.").arg(number, what);
}

} // namespace ecoclaim::ui
