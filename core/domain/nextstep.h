#pragma once
// The step that can be taken now (issue 16 part 4). Where the case's next main step is blocked, the
// step that unblocks it is found from the lifecycle table itself: the main step's unmet preconditions
// (readiness.h) are each met by recording something — a verification conclusion, a liable party, an
// appraisal result — and `metBy` names, per precondition id of the table, the command that records it.
// The first of those the stage allows is offered; if it is itself blocked by something another command
// records (a round needs a notice served first), that one is offered instead.
//
// Also the parts of the case the other commands belong to, for the window's grouped "Other actions".

#include "core/domain/readiness.h"

namespace ecoclaim::domain {

// The commands that make the precondition `preconditionId` of the lifecycle table hold, in the order
// to try them (record the appraisal's result if one is under way, else commission one). Empty for a
// precondition nothing on file can meet (a date typed into the command, a choice made in it).
QStringList metBy(QStringView preconditionId);
// Every precondition id `metBy` knows (for the test that holds it to the table).
QStringList preconditionsMetByRecording();

struct Unblocking
{
    const CommandSpec *step = nullptr;    // the command to run now
    const CommandSpec *blocked = nullptr; // the main step it unblocks
    QList<Requirement> because;           // what `blocked` still requires that `step` records
};

// For a main step of the case that is blocked (stillRequired not empty): the step that unblocks it.
// `step` is null when nothing the stage allows records what is missing.
Unblocking unblockingStep(const CommandSpec &blocked, const CaseFile &file, QDate today);

// A part of the case, as the "Other actions" menu groups the commands.
struct ActionGroup
{
    QString key;
    const char *title = nullptr; // English, translated in context ecoclaim::ActionGroup
    QString titleText() const;
};
const QList<ActionGroup> &actionGroups();
// The group a command belongs to (every command of the table has one; a new command that is not
// listed falls into "corrections" by its name — correct_/void_/remove_/take_back — or else "other").
const ActionGroup &actionGroupOf(QStringView command);

} // namespace ecoclaim::domain
