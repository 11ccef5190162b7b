#include "app/cli/deadlineverbs.h"

#include "core/domain/catalogue.h"
#include "core/reports/deadlinereport.h"
#include "core/reports/ledgerexport.h"
#include "core/service/dashboard.h"
#include "core/service/majorledger.h"
#include "core/service/deadlinecatalogue.h"
#include "core/service/casereader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ecoclaim::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Cli)
};

QString iso(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }
QJsonValue isoJson(const QDate &d) { return d.isValid() ? QJsonValue(iso(d)) : QJsonValue(); }

QString statusKey(service::DueStatus s)
{
    switch (s) {
    case service::DueStatus::Overdue: return u"overdue"_s;
    case service::DueStatus::DueToday: return u"due_today"_s;
    case service::DueStatus::Upcoming: return u"upcoming"_s;
    }
    return {};
}

QJsonObject rowJson(const domain::DeadlineRow &r)
{
    return {{u"case_id"_s, r.caseId ? QJsonValue(r.caseId) : QJsonValue()},
            {u"case_no"_s, r.caseNo},
            {u"title"_s, r.title},
            {u"unit"_s, r.unit},
            {u"major"_s, r.major},
            {u"kind"_s, r.kind},
            {u"kind_label"_s, service::deadlineKindName(r.kind)},
            {u"subject"_s, r.subject},
            {u"trigger_on"_s, isoJson(r.trigger)},
            {u"due_on"_s, isoJson(r.due)},
            {u"article"_s, r.article},
            {u"explanation"_s, r.explanation},
            {u"calendar_note"_s, r.calendarNote},
            {u"suspended"_s, r.suspended}};
}

} // namespace

int runDeadlines(const Options &options, QStringList args)
{
    const bool json = takeFlag(args, u"--json"_s);
    bool missing = false;
    const QString asOfText = takeOption(args, u"--as-of"_s, &missing);
    const QString withinText = takeOption(args, u"--within"_s, &missing);
    const QString unit = takeOption(args, u"--unit"_s, &missing);
    const QString changedOnText = takeOption(args, u"--changed-on"_s, &missing);
    const QString pdf = takeOption(args, u"--pdf"_s, &missing);
    if (missing || !args.isEmpty() || (json && !pdf.isEmpty())) {
        err() << Tr::tr("usage: ecoclaim-cli deadlines [--as-of DATE] [--within N] [--unit U] [--json | --pdf FILE]\n"
                        "       ecoclaim-cli deadlines --changed-on DATE [--json | --pdf FILE]")
              << Qt::endl;
        return Usage;
    }
    service::DashboardQuery query;
    query.asOf = options.today;
    query.unit = unit;
    if (!asOfText.isEmpty()) {
        const auto day = dateValue(asOfText);
        if (!day)
            return Refused;
        query.asOf = *day;
    }
    if (!withinText.isEmpty()) {
        const auto n = wholeNumberValue(withinText, u"--within"_s, 0, 3650);
        if (!n)
            return Refused;
        query.withinDays = int(*n);
    }
    QDate changedOn;
    if (!changedOnText.isEmpty()) {
        const auto day = dateValue(changedOnText);
        if (!day)
            return Refused;
        changedOn = *day;
    }
    auto session = openSession(options);
    if (!session)
        return Refused;
    const service::CaseReader &reader = session->service->reader();

    if (changedOn.isValid()) {
        const QDate day = changedOn;
        auto changes = reader.deadlineChangesOn(day);
        if (!changes) {
            printProblems(changes.problems());
            return Refused;
        }
        if (!pdf.isEmpty()) {
            if (auto s = reports::writeChangeListPdf(changes.value(), day, pdf); !s) {
                printProblems(s.problems());
                return Refused;
            }
            out() << Tr::tr("Written to %1.").arg(pdf) << Qt::endl;
            return Done;
        }
        QJsonArray all;
        for (const domain::DeadlineChange &c : changes.value()) {
            if (json) {
                all.append(QJsonObject{{u"case_no"_s, c.caseNo}, {u"title"_s, c.title}, {u"kind"_s, c.kind},
                                       {u"kind_label"_s, service::deadlineKindName(c.kind)}, {u"subject"_s, c.subject},
                                       {u"old_due_on"_s, isoJson(c.oldDue)}, {u"new_due_on"_s, isoJson(c.newDue)},
                                       {u"command"_s, c.command}, {u"actor"_s, c.actor},
                                       {u"changed_at"_s, c.changedAt.toString(Qt::ISODateWithMs)}});
            } else {
                out() << c.caseNo << u'\t' << service::deadlineKindName(c.kind) << u'\t'
                      << (c.oldDue.isValid() ? iso(c.oldDue) : u"—"_s) << u" → "_s
                      << (c.newDue.isValid() ? iso(c.newDue) : Tr::tr("done or removed")) << u'\t' << tsvField(c.actor) << Qt::endl;
            }
        }
        if (json)
            out() << QJsonDocument(all).toJson(QJsonDocument::Indented);
        return Done;
    }

    auto items = reader.dueItems(query);
    if (!items) {
        printProblems(items.problems());
        return Refused;
    }
    if (!pdf.isEmpty()) {
        if (auto s = reports::writeDueListPdf(items.value(), query, pdf); !s) {
            printProblems(s.problems());
            return Refused;
        }
        out() << Tr::tr("Written to %1.").arg(pdf) << Qt::endl;
        return Done;
    }
    QJsonArray all;
    for (const service::DueItem &item : items.value()) {
        if (json) {
            QJsonObject o = rowJson(item.row);
            o.insert(u"status"_s, statusKey(item.status));
            o.insert(u"days_left"_s, item.daysLeft);
            all.append(o);
            continue;
        }
        out() << iso(item.row.due) << u'\t' << item.statusText() << u'\t'
              << (item.row.caseNo.isEmpty() ? u"—"_s : item.row.caseNo) << u'\t' << item.kindName << u'\t'
              << tsvField(item.row.explanation) << u" ("_s << item.row.article << u')';
        if (!item.row.calendarNote.isEmpty())
            out() << u' ' << item.row.calendarNote;
        out() << Qt::endl;
    }
    if (json)
        out() << QJsonDocument(all).toJson(QJsonDocument::Indented);
    return Done;
}

int runLedger(const Options &options, QStringList args)
{
    const bool json = takeFlag(args, u"--json"_s);
    bool missing = false;
    const QString csvPath = takeOption(args, u"--csv"_s, &missing);
    if (missing || !args.isEmpty()) {
        err() << Tr::tr("usage: ecoclaim-cli ledger [--json | --csv FILE]") << Qt::endl;
        return Usage;
    }
    auto session = openSession(options);
    if (!session)
        return Refused;
    // Every major case (Art. 39), with or without open deadlines.
    auto entries = session->service->reader().majorCaseLedger();
    if (!entries) {
        printProblems(entries.problems());
        return Refused;
    }
    if (!csvPath.isEmpty()) {
        auto written = reports::writeLedgerCsv(entries.value(), csvPath);
        if (!written) {
            printProblems(written.problems());
            return Refused;
        }
        out() << Tr::tr("Ledger written to %1 (%n row(s)).", nullptr, written.value()).arg(csvPath) << Qt::endl;
        return Done;
    }
    QJsonArray all;
    for (const service::MajorCaseEntry &e : entries.value()) {
        if (!json) {
            QStringList cells;
            for (const QString &c : reports::ledgerCells(e))
                cells << tsvField(c); // a tab or newline typed into a field cannot forge a column
            out() << cells.join(u'\t') << Qt::endl;
            continue;
        }
        QJsonObject o = e.file.toJson();
        QJsonObject entry{{u"case_no"_s, e.file.number}, {u"title"_s, e.file.title}, {u"stage"_s, domain::stageKey(e.file.stage)},
                          {u"major_reason"_s, e.file.majorReason}, {u"reported"_s, e.reported()},
                          {u"open_instructions"_s, e.openInstructions()},
                          {u"supervision_reports"_s, o.value(u"supervision_reports"_s)},
                          {u"supervision_instructions"_s, o.value(u"supervision_instructions"_s)},
                          {u"timetable"_s, o.value(u"timetable"_s)}};
        QJsonArray deadlines;
        for (const domain::DeadlineRow &r : e.deadlines)
            deadlines.append(rowJson(r));
        entry.insert(u"deadlines"_s, deadlines);
        all.append(entry);
    }
    if (json)
        out() << QJsonDocument(all).toJson(QJsonDocument::Indented);
    return Done;
}

} // namespace ecoclaim::cli
