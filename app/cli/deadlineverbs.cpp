#include "app/cli/deadlineverbs.h"

#include "core/domain/catalogue.h"
#include "core/reports/deadlinereport.h"
#include "core/reports/ledgerexport.h"
#include "core/reports/listexports.h"
#include "core/reports/supervisionledger.h"
#include "core/service/dashboard.h"
#include "core/service/majorledger.h"
#include "core/service/deadlinecatalogue.h"
#include "core/service/casereader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

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
    const QString xlsx = takeOption(args, u"--xlsx"_s, &missing);
    const QString csv = takeOption(args, u"--csv"_s, &missing);
    const bool sheet = !xlsx.isEmpty() || !csv.isEmpty();
    if (missing || !args.isEmpty() || (json && !pdf.isEmpty()) || (sheet && (json || !changedOnText.isEmpty()))) {
        err() << Tr::tr("usage: ecoclaim-cli deadlines [--as-of DATE] [--within N] [--unit U] [--json | --pdf FILE] [--xlsx FILE] [--csv FILE]\n"
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
    if (sheet) {
        auto written = reports::exportDueItems(items.value(), xlsx, csv);
        if (!written) {
            printProblems(written.problems());
            return Refused;
        }
        err() << Tr::tr("%n deadline(s) written.", nullptr, int(written.value())) << Qt::endl;
    }
    if (!pdf.isEmpty()) {
        if (auto s = reports::writeDueListPdf(items.value(), query, pdf); !s) {
            printProblems(s.problems());
            return Refused;
        }
        out() << Tr::tr("Written to %1.").arg(pdf) << Qt::endl;
        return Done;
    }
    if (sheet)
        return Done;
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

namespace {
// ledger --timetable: the open deadlines of major cases (the ledger before issue 13), as printed before.
int runTimetable(const Options &options, bool json, const QString &csvPath, const QString &xlsxPath)
{
    auto session = openSession(options);
    if (!session)
        return Refused;
    auto rows = session->service->reader().majorCaseTimetable();
    if (!rows) {
        printProblems(rows.problems());
        return Refused;
    }
    if (!csvPath.isEmpty() || !xlsxPath.isEmpty()) {
        auto written = reports::exportDeadlineRows(rows.value(), Tr::tr("Major cases"), xlsxPath, csvPath);
        if (!written) {
            printProblems(written.problems());
            return Refused;
        }
        out() << Tr::tr("Ledger written to %1 (%n row(s)).", nullptr, int(written.value()))
                     .arg(QStringList{csvPath, xlsxPath}.filter(QRegularExpression(u"."_s)).join(u", "_s))
              << Qt::endl;
        return Done;
    }
    QJsonArray all;
    for (const domain::DeadlineRow &r : rows.value()) {
        if (json)
            all.append(rowJson(r));
        else
            out() << r.caseNo << u'\t' << r.title << u'\t' << service::deadlineKindName(r.kind) << u'\t' << iso(r.due)
                  << (r.suspended ? Tr::tr(" (suspended)") : QString()) << Qt::endl;
    }
    if (json)
        out() << QJsonDocument(all).toJson(QJsonDocument::Indented);
    return Done;
}

// ledger report CASE --on DATE --to WHOM --content TEXT: the command report_major_case (Art. 39, 36 ¶1).
int runReportMajorCase(const Options &options, QStringList args)
{
    bool missing = false;
    const QString on = takeOption(args, u"--on"_s, &missing);
    const QString to = takeOption(args, u"--to"_s, &missing);
    const QString content = takeOption(args, u"--content"_s, &missing);
    if (missing || args.size() != 1 || on.isEmpty() || to.isEmpty()) {
        err() << Tr::tr("usage: ecoclaim-cli ledger report CASE --on DATE --to WHOM --content TEXT") << Qt::endl;
        return Usage;
    }
    auto session = openSession(options);
    if (!session)
        return Refused;
    const QJsonObject command{{u"cmd"_s, u"report_major_case"_s}, {u"case"_s, args.first()}, {u"reported_on"_s, on},
                              {u"reported_to"_s, to}, {u"content"_s, content}};
    auto outcome = session->service->execute(command, options.actor, options.today);
    if (!outcome) {
        printProblems(outcome.problems());
        return Refused;
    }
    out() << outcome->caseNumber << u'\t' << tsvField(outcome->summary) << Qt::endl;
    return Done;
}
} // namespace

// ledger: every major case (Art. 39) from CaseReader::majorCaseLedger, narrowed to a district or unit;
// printed one line each, or as JSON, PDF, XLSX, CSV (core/reports/supervisionledger.h).
int runLedger(const Options &options, QStringList args)
{
    if (!args.isEmpty() && args.first() == u"report"_s)
        return runReportMajorCase(options, args.mid(1));
    const bool json = takeFlag(args, u"--json"_s);
    const bool timetable = takeFlag(args, u"--timetable"_s);
    bool missing = false;
    const QString csvPath = takeOption(args, u"--csv"_s, &missing);
    const QString xlsxPath = takeOption(args, u"--xlsx"_s, &missing);
    const QString pdfPath = takeOption(args, u"--pdf"_s, &missing);
    const QString district = takeOption(args, u"--district"_s, &missing);
    const QString unit = takeOption(args, u"--unit"_s, &missing);
    if (missing || !args.isEmpty() || (timetable && (!pdfPath.isEmpty() || !district.isEmpty() || !unit.isEmpty()))) {
        err() << Tr::tr("usage: ecoclaim-cli ledger [--district D | --unit U] [--json] [--pdf FILE] [--xlsx FILE] [--csv FILE]\n"
                        "       ecoclaim-cli ledger --timetable [--json | --csv FILE | --xlsx FILE]\n"
                        "       ecoclaim-cli ledger report CASE --on DATE --to WHOM --content TEXT")
              << Qt::endl;
        return Usage;
    }
    if (timetable)
        return runTimetable(options, json, csvPath, xlsxPath);
    auto scope = reports::ReportScope::parse(district, unit);
    if (!scope) {
        printProblems(scope.problems());
        return Usage;
    }
    auto session = openSession(options);
    if (!session)
        return Refused;
    auto ledger = reports::supervisionLedger(session->service->reader(), scope.value());
    if (!ledger) {
        printProblems(ledger.problems());
        return Refused;
    }
    if (!pdfPath.isEmpty()) {
        auto pages = reports::writeLedgerPdf(ledger.value(), scope.value(), pdfPath);
        if (!pages) {
            printProblems(pages.problems());
            return Refused;
        }
        err() << Tr::tr("Ledger written to %1 (%n page(s)).", nullptr, pages.value()).arg(pdfPath) << Qt::endl;
    }
    if (!csvPath.isEmpty() || !xlsxPath.isEmpty()) {
        if (auto s = reports::writeLedgerSheets(ledger.value(), xlsxPath, csvPath); !s) {
            printProblems(s.problems());
            return Refused;
        }
        err() << Tr::tr("Ledger written to %1 (%n row(s)).", nullptr, int(ledger->size()))
                     .arg(QStringList{csvPath, xlsxPath}.filter(QRegularExpression(u"."_s)).join(u", "_s))
              << Qt::endl;
    }
    if (json) {
        out() << QJsonDocument(reports::ledgerJson(ledger.value())).toJson(QJsonDocument::Indented);
    } else if (pdfPath.isEmpty() && csvPath.isEmpty() && xlsxPath.isEmpty()) {
        for (const service::MajorCaseEntry &e : ledger.value()) {
            QStringList cells;
            for (const QString &c : reports::ledgerCells(e))
                cells << tsvField(c); // a tab or newline typed into a field cannot forge a column
            out() << cells.join(u'\t') << Qt::endl;
        }
    }
    out().flush();
    return Done;
}

} // namespace ecoclaim::cli
