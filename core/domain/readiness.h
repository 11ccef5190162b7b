#pragma once
// What the rules still require before a case can move on: the window's case file shows, in each
// section, the unmet preconditions of the command that takes the case to its next main stage
// (lifecycle.md "Main stages"), each with its article. The answer comes from the lifecycle table
// itself, so the window never restates a rule.
//
// A precondition may also look at the command's own input (a date after the last round, a reason
// given…). Asked before anything is typed, those are judged on a favourable probe — every date field
// today, nothing else given — so what is reported is what the case file itself still lacks.

#include "core/domain/lifecycle.h"

namespace ecoclaim::domain {

// The commands that take a case from `stage` along the main path (start verification, file the
// case, start consultation, sign the agreement, start or complete restoration, close, archive).
// Side exits (transfer, not applicable, no damage, not initiated, terminate, litigation) are not
// on it. Empty for a stage with no next main stage.
QList<const CommandSpec *> mainPathCommands(Stage stage);

// The next step(s) of this case on `today`: the main path of its stage, narrowed by what the file
// shows (an agreement in money alone closes, one with restoration starts it), and — first — the way
// the rules send the claim when it cannot go on as planned: to court once consultation has failed
// (Art. 25 ¶1), to enforcement once a confirmed agreement or a judgment is not performed (Art. 24 ¶2).
QList<const CommandSpec *> nextSteps(const CaseFile &file, QDate today);

// One thing still missing: the precondition's id (from the table, e.g. "appraisal_complete") and the
// problem as the caseworker reads it, with its article.
struct Requirement
{
    QString id;
    Problem problem;
};

// Unmet preconditions of `spec` on `file`, judged on the probe input described above. A stage that
// does not allow `spec` at all is one requirement with the id "stage".
QList<Requirement> stillRequired(const CommandSpec &spec, const CaseFile &file, QDate today);

} // namespace ecoclaim::domain
