#pragma once
// Inside the case ledger import (caseledger.h): one ledger row → the ordinary commands that bring a new
// case to the row's stage (caseledgersteps.cpp), and which column a refused command's problem is about.

#include "core/domain/result.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace ecoclaim::importing::detail {

// A problem found in the row before any command ran: its column key (or ""), message and article ("").
struct RowProblem
{
    QString column, message, article;
};

struct LedgerRow
{
    QMap<QString, QString> values; // column key → value (defaults filled in)
    QList<QJsonObject> commands;   // the first registers the case
    QList<RowProblem> problems;
};

LedgerRow ledgerRow(const QMap<QString, QString> &values);

// The column a refused command's problem is about: the field's column, else the precondition's, else the
// column of the date that put the command on the row.
QString columnOfProblem(const QString &command, const domain::Problem &p);

} // namespace ecoclaim::importing::detail
