#pragma once
// One synthetic case, planned as the lifecycle would have produced it: the case file (every child row
// the stage implies — parties, verification, appraisal, notices, rounds, agreement, restoration …) and
// the commands that led there, in order, each becoming a timeline event and an audit entry. The walk
// follows the same order of commands as tests/service/casetestbed.h, so a planned case satisfies the
// preconditions of the lifecycle table at every step (a test issues the next real command on some).
//
// Two random streams: `structure` decides stages and dates, `text` the words. Planning with the
// structure stream alone (withText false) is cheap and gives the same dates — the generator does it
// first to order all cases by the day they were received (so case numbers run in time order).

#include "core/domain/casefile.h"
#include "core/generator/wordlists.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ecoclaim::generator {

// Row ids handed out in insertion order (the generator writes into an empty database).
struct RowIds
{
    qint64 party = 0, decision = 0, appraisal = 0, plan = 0, notice = 0, round = 0, agreement = 0, instalment = 0,
           payment = 0, confirmation = 0, litigation = 0, milestone = 0, evaluation = 0, proceeding = 0;
};

struct PlannedStep
{
    QString command;
    QDate occurredOn;
    QDateTime recordedAt;
    QString summary; // translated (ecoclaim::Timeline), as the service writes it
    QString stageFrom, stageTo;
    QJsonObject payload; // the command as the audit log keeps it
    QJsonArray changes;
};

struct PlannedCase
{
    domain::CaseFile file;
    QList<PlannedStep> steps;
    QString actor;
    QDate lastDay() const { return steps.isEmpty() ? QDate() : steps.last().occurredOn; }
};

// The stage a case of this index ends in, by the mix a bureau's register shows after some years.
domain::Stage stageFor(Random &structure);

// Plans the case starting on `receivedOn`. `ids` is advanced for every child row. Without text, only
// stages and dates are meaningful.
PlannedCase planCase(Random structure, Random text, domain::Stage stage, QDate receivedOn, qint64 caseId,
                     const QString &caseNumber, RowIds &ids, bool withText);

} // namespace ecoclaim::generator
