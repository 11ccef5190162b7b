#pragma once
// A command judged as CaseService::execute() would judge it — the stage, every field, every
// precondition, against the case as it is now and the bureau's settings — without a write transaction
// and without writing anything. A dialog asks it again as the caseworker corrects a refused field
// (issue 16 ¶5), so a problem fixed clears at once and one still there stays. execute() checks again
// when the command is sent (the case may have changed in between).

#include "core/domain/result.h"

#include <QDate>
#include <QJsonObject>

namespace ecoclaim::service {

class CaseService;

domain::Problems checkCommand(CaseService &service, const QJsonObject &command, QDate today);

} // namespace ecoclaim::service
