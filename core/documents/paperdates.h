#pragma once
// The date a paper bears (成文日期) is the date of the act it records, and its number's year (〔2025〕)
// follows that date: a transfer letter is dated the day the transfer was decided, a decision the day it
// was decided, an agreement the day it was signed, an appraisal commission the day it was commissioned,
// a consultation record the day of the round, an evaluation opinion the day of the evaluation. A paper
// printed today about an act of last year carries last year's date and number series. Only a paper with
// no act behind it yet (a notice before it is served, an agreement before it is signed, a reply to a
// reporter, an application to the court) takes the day of issue, which the caseworker sets.

#include "core/documents/papertypes.h"
#include "core/domain/casefile.h"

#include <QDate>

namespace ecoclaim::documents {

struct PaperDate
{
    QDate date;
    QString act;   // the act it records, in Chinese ("移送决定"); empty: the day of issue
    bool fromAct() const { return !act.isEmpty(); }
};

// `subject` is resolved ("party:2", "round:1"…); `issueDay` is the caseworker's day of issue.
PaperDate paperDate(const domain::CaseFile &file, const PaperType &type, const QString &subject, QDate issueDay);

} // namespace ecoclaim::documents
