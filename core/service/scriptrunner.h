#pragma once
// Runs a lifecycle script: one JSON command per line (.jsonl), through the same CaseService as the
// window. Blank lines and lines starting with '#' are skipped. A register_clue line may carry
// "ref": "A"; later lines then name the case as "case": "A". The run stops at the first line that is
// refused or unreadable; that line changes nothing, and the lines before it stay applied.

#include "core/service/caseservice.h"

#include <QIODevice>

namespace ecoclaim::service {

struct ScriptReport
{
    int applied = 0;
    int failedLine = 0;        // 0: every line applied
    domain::Problems problems; // of the failed line
    QList<CommandOutcome> outcomes;
    QString errorString() const; // "line 7: …" with every problem
};

ScriptReport runScript(CaseService &service, QIODevice &jsonl, const QString &actor, QDate today = QDate::currentDate());

} // namespace ecoclaim::service
