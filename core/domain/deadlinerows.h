#pragma once
// A deadline as the dashboard, the printed lists and the ledger show it, and a change of a due date as
// the "changed on a day" list shows it. Plain values here (not in storage, which reads and writes
// them) because the window's models hold them: ui/ may see core/domain but never core/storage.

#include <QDate>
#include <QDateTime>
#include <QString>

namespace ecoclaim::domain {

struct DeadlineRow
{
    qint64 caseId = 0;
    QString caseNo, title, unit;
    bool major = false;
    QString kind, subject;
    QDate trigger, due;
    QString article, explanation, calendarNote;
    bool suspended = false;
};

struct DeadlineChange
{
    qint64 caseId = 0;
    QString caseNo, title;
    QString kind, subject;
    QDate oldDue, newDue; // invalid old: entered; invalid new: fulfilled or removed
    QString command, actor;
    QDateTime changedAt;
};

} // namespace ecoclaim::domain
