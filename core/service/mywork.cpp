#include "core/service/mywork.h"

#include "core/domain/deadlinekinds.h"
#include "core/domain/lifecycle.h"
#include "core/service/access.h"
#include "core/service/casenotifier.h"
#include "core/service/casereader.h"
#include "core/service/caseservice.h"
#include "core/storage/auditlog.h"
#include "core/storage/caserepository.h"
#include "core/storage/database.h"
#include "core/storage/sqlquery.h"
#include "core/storage/writetransaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::service {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::MyWork)
};

// The command that settles a deadline of each kind (deadlinekinds.cpp): what the caseworker does so
// the deadline is met. A kind not named here (the annual report, a unit's) has no case command.
QString settlingCommand(const QString &kind)
{
    static const QHash<QString, QString> byKind{
        {u"verification_start"_s, u"start_verification"_s},          // Art. 13
        {u"appraisal_report"_s, u"record_appraisal_result"_s},       // Art. 16
        {u"notice_reply"_s, u"record_notice_reply"_s},               // Art. 19 ¶2
        {u"consultation_period"_s, u"sign_agreement"_s},             // Art. 22
        {u"litigation_due"_s, u"file_litigation"_s},                 // Art. 25 ¶1
        {u"confirmation_ruling"_s, u"record_confirmation_ruling"_s}, // Art. 24
        {u"procuratorate_reply"_s, u"reply_to_procuratorate"_s},     // Art. 33
        {u"instalment"_s, u"record_payment"_s},                      // Art. 8 ¶3
        {u"milestone"_s, u"complete_milestone"_s},                   // Art. 27
        {u"enforcement_application"_s, u"apply_enforcement"_s},      // Art. 24 ¶2
        {u"reporter_reply"_s, u"answer_reporter"_s},                 // Art. 13 ¶3
        {u"supervision_instruction"_s, u"complete_supervision_instruction"_s}, // Art. 39
        {u"timetable"_s, u"complete_timetable_step"_s},              // Art. 39
    };
    return byKind.value(kind);
}

bool isReply(const QString &kind)
{
    return kind == u"notice_reply" || kind == u"procuratorate_reply" || kind == u"reporter_reply";
}

QString commandTitle(const QString &command)
{
    if (command == u"approve")
        return Tr::tr("Approve or refuse");
    const CommandSpec *spec = findCommand(command);
    return spec ? spec->titleText() : command;
}

struct Snooze
{
    QDate until;
    QString reason;
};
} // namespace

QString workSectionKey(WorkSection s)
{
    switch (s) {
    case WorkSection::Overdue: return u"overdue"_s;
    case WorkSection::Today: return u"today"_s;
    case WorkSection::ThisWeek: return u"this_week"_s;
    case WorkSection::Approval: return u"approval"_s;
    case WorkSection::PaperToServe: return u"paper_to_serve"_s;
    case WorkSection::ReplyDue: return u"reply_due"_s;
    }
    return {};
}

QString workSectionName(WorkSection s)
{
    switch (s) {
    case WorkSection::Overdue: return Tr::tr("Overdue");
    case WorkSection::Today: return Tr::tr("Due today");
    case WorkSection::ThisWeek: return Tr::tr("Due this week");
    case WorkSection::Approval: return Tr::tr("Waiting for my approval");
    case WorkSection::PaperToServe: return Tr::tr("Papers to serve");
    case WorkSection::ReplyDue: return Tr::tr("Replies due");
    }
    return {};
}

Result<QList<WorkItem>> myWorkItems(const CaseService &service, const WorkQuery &query)
{
    CaseService &svc = const_cast<CaseService &>(service); // reads only: database() has no const overload
    const QSqlDatabase db = svc.database().connection();
    const CaseReader &reader = service.reader();

    // The cases' district and unit, for the filters and the rows (one small query, not a read per item).
    QHash<qint64, QPair<QString, QString>> where;
    if (auto s = storage::forEachCachedRow(db, u"SELECT id, district_code, unit FROM cases WHERE stage <> 'archived'"_s, {},
                                           [&](const QSqlQuery &q) {
                                               where.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString()});
                                           });
        !s)
        return s.problems();
    auto wanted = [&](qint64 caseId) {
        const auto it = where.constFind(caseId);
        if (it == where.constEnd() || !reader.visibleCase(caseId))
            return false;
        return (query.districtCode.isEmpty() || it->first == query.districtCode) && (query.unit.isEmpty() || it->second == query.unit);
    };

    QHash<QString, Snooze> snoozes; // by "<case id>|<item>", the latest day put off to
    if (auto s = storage::forEachCachedRow(db, u"SELECT case_id, item, until, reason FROM work_snoozes WHERE until > ? ORDER BY id"_s,
                                           {query.asOf.toString(Qt::ISODate)}, [&](const QSqlQuery &q) {
                                               snoozes.insert(QString::number(q.value(0).toLongLong()) + u'|' + q.value(1).toString(),
                                                              Snooze{QDate::fromString(q.value(2).toString(), Qt::ISODate),
                                                                     q.value(3).toString()});
                                           });
        !s)
        return s.problems();

    QList<WorkItem> items;
    DashboardQuery due;
    due.asOf = query.asOf;
    due.withinDays = query.weekDays;
    due.unit = query.unit;
    auto deadlines = reader.dueItems(due);
    if (!deadlines)
        return deadlines.problems();
    for (const DueItem &d : deadlines.value()) {
        if (d.row.caseId == 0 || d.row.kind == u"approval" || d.row.suspended || !wanted(d.row.caseId))
            continue; // the annual report is the unit's; approvals are read below with their ids
        WorkItem w;
        w.key = u"deadline:%1:%2:%3"_s.arg(d.row.kind, d.row.subject, d.row.due.toString(Qt::ISODate));
        w.section = isReply(d.row.kind) ? WorkSection::ReplyDue
            : d.status == DueStatus::Overdue ? WorkSection::Overdue
            : d.status == DueStatus::DueToday ? WorkSection::Today
                                              : WorkSection::ThisWeek;
        w.caseId = d.row.caseId;
        w.caseNumber = d.row.caseNo;
        w.title = d.row.title;
        w.due = d.row.due;
        // In words: the kind and the row's own explanation (which instalment, which reporter), never the
        // stored subject key ("instalment:2", "appraisal:24").
        w.what = d.row.explanation.isEmpty() ? d.kindName : u"%1 — %2"_s.arg(d.kindName, d.row.explanation);
        w.article = d.row.article;
        if (w.article.isEmpty())
            if (const DeadlineKind *kind = findDeadlineKind(d.row.kind))
                w.article = kind->article.toString();
        w.action = settlingCommand(d.row.kind);
        items << w;
    }

    // Decisions waiting for approval: a unit head's, of their own unit's cases (approvals.cpp); on a
    // database without accounts whoever works approves.
    const Access &access = service.access();
    if (!access.account() || access.account()->role == Role::UnitHead) {
        auto pending = reader.proposals(true);
        if (!pending)
            return pending.problems();
        for (const Proposal &p : pending.value()) {
            if (!wanted(p.caseId))
                continue;
            const auto &[district, unit] = where.value(p.caseId);
            if (access.account() && (unit != access.account()->unit || district != access.account()->districtCode))
                continue;
            WorkItem w;
            w.key = u"approval:%1"_s.arg(p.id);
            w.section = WorkSection::Approval;
            w.caseId = p.caseId;
            w.caseNumber = p.caseNumber;
            w.due = query.asOf;
            w.what = Tr::tr("%1 asks for approval: %2").arg(p.proposedBy, commandTitle(p.command));
            w.action = u"approve"_s;
            w.proposalId = p.id;
            items << w;
        }
    }

    // Papers that go out — the numbered ones (a transfer letter, a reply to a reporter, a decision, an
    // appraisal commission, a letter to the procuratorate) — current and final, with no service on record.
    // Not the consultation notice (served through serve_consultation_notice, its reply a deadline above),
    // nor the agreement (signed by the parties in person, Art. 23).
    if (auto s = storage::forEachCachedRow(
            db,
            u"SELECT d.id, d.case_id, c.case_no, c.title, d.title, d.doc_no, d.dated_on, d.subject FROM documents d "
            "JOIN cases c ON c.id = d.case_id WHERE d.superseded_by IS NULL AND d.is_draft = 0 "
            "AND d.doc_no <> '' AND d.paper_type NOT IN ('consultation_notice', 'compensation_agreement') "
            "AND c.stage <> 'archived' "
            "AND NOT EXISTS (SELECT 1 FROM document_services s WHERE s.document_id = d.id) ORDER BY d.dated_on, d.id"_s,
            {}, [&](const QSqlQuery &q) {
                const qint64 caseId = q.value(1).toLongLong();
                if (!wanted(caseId))
                    return;
                WorkItem w;
                w.key = u"paper:%1"_s.arg(q.value(0).toLongLong());
                w.section = WorkSection::PaperToServe;
                w.caseId = caseId;
                w.caseNumber = q.value(2).toString();
                w.title = q.value(3).toString();
                const QString docNo = q.value(5).toString();
                w.what = docNo.isEmpty() ? q.value(4).toString() : u"%1 %2"_s.arg(q.value(4).toString(), docNo);
                w.action = u"serve_paper"_s;
                w.documentId = q.value(0).toLongLong();
                items << w;
            });
        !s)
        return s.problems();

    QList<WorkItem> shown;
    for (WorkItem &w : items) {
        const auto [district, unit] = where.value(w.caseId);
        w.districtCode = district;
        w.unit = unit;
        if (w.title.isEmpty()) // approvals
            w.title = QString();
        w.actionText = commandTitle(w.action);
        const auto snooze = snoozes.constFind(QString::number(w.caseId) + u'|' + w.key);
        if (snooze != snoozes.constEnd()) {
            w.snoozedUntil = snooze->until;
            w.snoozeReason = snooze->reason;
            if (!query.includeSnoozed)
                continue;
        }
        shown << std::move(w);
    }
    // In the order of the day: by section, then by due day, then by case number.
    std::stable_sort(shown.begin(), shown.end(), [](const WorkItem &a, const WorkItem &b) {
        if (a.section != b.section)
            return int(a.section) < int(b.section);
        if (a.due != b.due)
            return a.due.isValid() && (!b.due.isValid() || a.due < b.due);
        return a.caseNumber < b.caseNumber;
    });
    return shown;
}

Result<QList<WorkItem>> CaseReader::myWork(const WorkQuery &query) const
{
    return myWorkItems(m_service, query);
}

Status snoozeWorkItem(CaseService &service, const QString &caseReference, const QString &item, QDate until,
                      const QString &reason, const QString &actor, QDate today)
{
    Problems problems;
    auto file = service.reader().caseFile(caseReference);
    if (!file)
        return file.problems();
    const QString why = reason.trimmed();
    if (why.isEmpty())
        problems.add(Problem{u"reason"_s, Tr::tr("Say why the item is put off."), {}});
    if (!until.isValid() || until <= today)
        problems.add(Problem{u"until"_s, Tr::tr("An item is put off until a day after today (%1).").arg(today.toString(Qt::ISODate)), {}});
    const QStringList parts = item.split(u':');
    // deadline:<kind>:<subject>:<due> — the subject may itself hold colons ("notice:1").
    const bool known = (parts.first() == u"deadline" && parts.size() >= 4 && QDate::fromString(parts.last(), Qt::ISODate).isValid())
        || ((parts.first() == u"approval" || parts.first() == u"paper") && parts.size() == 2 && parts.at(1).toLongLong() > 0);
    if (!known)
        problems.add(Problem{u"item"_s, Tr::tr("“%1” is not an item of the day's work.").arg(item), {}});
    if (file->stage == Stage::Archived)
        problems.add(Problem{u"case"_s, Tr::tr("The case is archived: nothing of it is still to do."), art(42)});
    const QStringList joint = jointMembersOf(file.value());
    if (!service.access().mayChange(file->districtCode, file->unit, file->stage, u"snooze_work_item"_s, joint))
        problems.add(Problem{u"case"_s, Tr::tr("You may not change this case."), {}});
    if (!problems.isEmpty())
        return problems;

    const QSqlDatabase db = service.database().connection();
    storage::WriteTransaction txn(db);
    if (auto s = txn.begin(); !s)
        return s.problems();
    if (auto s = txn.lockCase(file->id); !s)
        return s.problems();
    const QString who = service.actorFor(actor);
    auto id = storage::execInsert(db,
                                  u"INSERT INTO work_snoozes(case_id, item, until, reason, snoozed_by, snoozed_at) "
                                  "VALUES(?, ?, ?, ?, ?, ?) RETURNING id"_s,
                                  {file->id, item, until.toString(Qt::ISODate), why, who, storage::nowTimestamp()});
    if (!id)
        return id.problems();
    const QList<FieldChange> changes{{u"work_snoozes"_s, id.value(), u"item"_s, {}, item},
                                     {u"work_snoozes"_s, id.value(), u"until"_s, {}, until.toString(Qt::ISODate)},
                                     {u"work_snoozes"_s, id.value(), u"reason"_s, {}, why}};
    const QJsonObject payload{{u"cmd"_s, u"snooze_work_item"_s}, {u"case"_s, file->number}, {u"item"_s, item},
                              {u"until"_s, until.toString(Qt::ISODate)}, {u"reason"_s, why}};
    if (auto hash = storage::audit::append(db, who, file->id, u"snooze_work_item"_s, payload, storage::toJson(changes)); !hash)
        return hash.problems();
    if (auto s = txn.commit(); !s)
        return s.problems();
    Q_EMIT service.notifier().caseChanged(file->id);
    return success();
}

} // namespace ecoclaim::service
