// The lifecycle table, supervision of major cases: a report made upward on a major case is recorded on
// it (Art. 39: the supervision ledger of major cases; Art. 36: reporting major-case information).
// A record command: no stage change, any stage but archived.
#include "core/domain/lifecycletable.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ecoclaim::domain::detail {

void addSupervisionCommands(QList<CommandSpec> &t)
{
    t << CommandSpec{
        u"record_upward_report"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Record a report made upward on a major case"),
        editableStages(), std::nullopt, art(39),
        {pastDate(u"reported_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Reported on"), true, art(39)),
         text(u"reported_to"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Reported to"), true, art(36)),
         text(u"reference"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Document number")),
         longText(u"summary"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "What was reported"))},
        {pre(u"major_case"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Only a major case is reported upward and kept in the supervision ledger."),
             art(39), [](const RuleContext &c, Problems &) { return c.file.major; }),
         pre(u"after_receipt"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "A report cannot be made before the clue was received."), {},
             [](const RuleContext &c, Problems &) { return c.input.date(u"reported_on"_s) >= c.file.receivedOn; })}};
}

} // namespace ecoclaim::domain::detail
