#pragma once
// The two records every change of a case ends with, inside the change's own write transaction: the
// timeline event the case file shows and the chained audit entry (storage/auditlog.h). Lifecycle
// commands (CaseService::execute) and the papers register (paperregister.h) both write them here, so a
// paper filed on a case is audited exactly like a command.

#include "core/domain/result.h"
#include "core/storage/caserepository.h"

#include <QDate>
#include <QJsonObject>

namespace ecoclaim::service {

struct CaseEvent
{
    qint64 caseId = 0;
    QDate occurredOn;
    QString recordedAt; // storage::nowTimestamp()
    QString command;    // a lifecycle command, or "issue_paper" / "serve_paper"
    QString summary;    // in the language the change was made in
    QString stageFrom, stageTo;
    QString actor;
    QJsonObject payload; // what was asked, as the audit log keeps it
    QList<storage::Change> changes;
};

domain::Status recordCaseEvent(storage::CaseRowWriter &repository, const CaseEvent &event);

} // namespace ecoclaim::service
