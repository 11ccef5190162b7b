// Handler of the supervision of major cases (Art. 36, 39): a report made upward, recorded on the case.
#include "core/service/handlers.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::service {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Timeline)
};

Status recordUpwardReport(HandlerContext &c)
{
    const QVariantMap row{{u"case_id"_s, c.caseId},
                          {u"reported_on"_s, c.input.date(u"reported_on"_s)},
                          {u"reported_to"_s, c.input.text(u"reported_to"_s)},
                          {u"reference"_s, c.input.text(u"reference"_s)},
                          {u"summary"_s, c.input.text(u"summary"_s)}};
    c.summary = Tr::tr("Reported upward to %1").arg(c.input.text(u"reported_to"_s));
    auto id = c.repository.insert(u"upward_reports"_s, row, &c.changes);
    return id ? success() : Status(id.problems());
}
} // namespace

void registerSupervisionHandlers(QHash<QString, Handler> &map)
{
    map.insert(u"record_upward_report"_s, recordUpwardReport);
}

} // namespace ecoclaim::service
