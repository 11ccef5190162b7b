#pragma once
// A day's work (issue 16 part 3): what a caseworker has to do on a day, in one list — the deadlines of
// their cases that are overdue, due today or this week, the decisions waiting for their approval (a unit
// head, issue 17 ¶4), the numbered papers that go out and were issued but not yet served, and the
// replies due (to a consultation notice, the procuratorate, a reporter) — each item with the one command
// that settles it. "Their cases" are the cases the person signed in may see (access.h: their unit's);
// on a database without accounts, the desk's cases — every case, or the unit / district asked for.
//
// An item may be put off ("snoozed") until a later day with a reason: snoozeWorkItem writes it in one
// transaction with its audit entry, like every change; the list leaves it out until that day.
// The window reads the list through CaseReader::myWork, the CLI as `ecoclaim-cli mywork`.

#include "core/domain/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ecoclaim::service {

class CaseService;

enum class WorkSection { Overdue, Today, ThisWeek, Approval, PaperToServe, ReplyDue };
QString workSectionKey(WorkSection); // "overdue", "today", "this_week", "approval", "paper_to_serve", "reply_due"
QString workSectionName(WorkSection); // translated

struct WorkItem
{
    QString key;         // deadline:<kind>:<subject>:<due> | approval:<proposal id> | paper:<document id>
    WorkSection section = WorkSection::ThisWeek;
    qint64 caseId = 0;
    QString caseNumber, title, unit, districtCode;
    QDate due;           // invalid for a paper to serve
    QString what;        // what is to be done, translated ("Reply to consultation notice due · party:1")
    QString article;     // "Art. 19 ¶2"
    QString action;      // the command that settles it ("record_notice_reply", "serve_paper"; "approve" for a decision)
    QString actionText;  // translated
    qint64 proposalId = 0, documentId = 0;
    QDate snoozedUntil;  // valid: put off (listed only with includeSnoozed)
    QString snoozeReason;
};

struct WorkQuery
{
    QDate asOf = QDate::currentDate();
    int weekDays = 7;      // "this week": due within this many days after asOf
    QString unit;          // empty: every unit one may see
    QString districtCode;  // empty: every district one may see
    bool includeSnoozed = false;
};

// Not for widgets: they call CaseReader::myWork.
domain::Result<QList<WorkItem>> myWorkItems(const CaseService &service, const WorkQuery &query);

// Puts `item` of case `caseReference` off until `until` (after `today`) because of `reason` (required).
// Refused, changing nothing: an unknown case or one not to be changed, an archived case, an item key
// of no known kind, a day not after today, an empty reason.
domain::Status snoozeWorkItem(CaseService &service, const QString &caseReference, const QString &item, QDate until,
                              const QString &reason, const QString &actor, QDate today);

} // namespace ecoclaim::service
