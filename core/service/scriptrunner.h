#pragma once
// Runs a lifecycle script: one JSON command per line (.jsonl), through the same CaseService as the
// window. Blank lines and lines starting with '#' are skipped. A register_clue line may carry
// "ref": "A"; later lines then name the case as "case": "A". The run stops at the first line that is
// refused or unreadable; that line changes nothing, and the lines before it stay applied.
//
// Each line is one transaction, and the caller hears of it as soon as it committed (`lineDone`, before
// the next line is read): a run killed half-way has reported exactly the lines it applied, give or take
// the one being committed. A line may carry "id": the service records it with the command, and a rerun
// of the script skips the lines whose id was applied (alreadyApplied), so a killed run can be repeated.

#include "core/service/caseservice.h"

#include <QIODevice>

#include <functional>

namespace ecoclaim::service {

struct ScriptReport
{
    int applied = 0;
    int skipped = 0;           // lines whose "id" was applied before
    int failedLine = 0;        // 0: every line applied
    domain::Problems problems; // of the failed line
    QList<CommandOutcome> outcomes;
    QString errorString() const; // "line 7: …" with every problem
};

// Called after each line committed (or was skipped as applied before), with its line number.
using LineDone = std::function<void(int lineNo, const CommandOutcome &outcome)>;

ScriptReport runScript(CaseService &service, QIODevice &jsonl, const QString &actor, QDate today = QDate::currentDate(),
                       const LineDone &lineDone = {});

} // namespace ecoclaim::service
