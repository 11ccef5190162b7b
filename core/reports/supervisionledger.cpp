#include "core/reports/supervisionledger.h"
#include "core/reports/spreadsheetout.h"

#include "core/documents/officiallayout.h"
#include "core/domain/catalogue.h"
#include "core/domain/stage.h"
#include "core/service/caseservice.h"
#include "core/service/deadlinecatalogue.h"
#include "core/storage/database.h"
#include "core/storage/readsnapshot.h"
#include "core/storage/sqlquery.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ecoclaim::reports {

namespace {
// Strings are translated with QCoreApplication::translate("ecoclaim::Reports", …) written out: lupdate
// 6.4 loses a Q_DECLARE_TR_FUNCTIONS context in this file (after structured bindings) and files them under "Tr".

QString stageName(const QString &key)
{
    domain::Stage s;
    return domain::stageFromKey(key, &s) ? domain::stageDisplayName(s) : key;
}

QString iso(QDate d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }

QString timetableText(const LedgerEntry &e)
{
    QStringList parts;
    for (const LedgerDeadline &d : e.timetable)
        parts << service::deadlineKindName(d.kind) + u' ' + iso(d.due) + (d.suspended ? QCoreApplication::translate("ecoclaim::Reports", " (suspended)") : QString());
    return parts.join(u"；"_s);
}

QString reportsText(const LedgerEntry &e)
{
    QStringList parts;
    for (const LedgerUpwardReport &r : e.reports)
        parts << iso(r.reportedOn) + u' ' + r.reportedTo + (r.reference.isEmpty() ? QString() : u" ("_s + r.reference + u')');
    return parts.join(u"；"_s);
}
} // namespace

domain::Result<QList<LedgerEntry>> supervisionLedger(service::CaseService &service, const ReportScope &scope)
{
    const QSqlDatabase db = service.database().connection();
    storage::ReadSnapshot snapshot(db);
    if (auto s = snapshot.begin(); !s)
        return s.problems();
    QString where = u"c.is_major = 1"_s;
    QVariantList binds;
    if (!scope.districtCode.isEmpty()) {
        where += u" AND c.district_code = ?"_s;
        binds << scope.districtCode;
    }
    if (!scope.unit.isEmpty()) {
        where += u" AND c.unit = ?"_s;
        binds << scope.unit;
    }
    const QString last = u"(SELECT t.%1 FROM timeline t WHERE t.case_id = c.id ORDER BY t.id DESC LIMIT 1)"_s; // the last recorded
    auto q = storage::exec(db,
                           u"SELECT c.id, c.case_no, c.title, c.district_code, c.unit, c.major_reason, c.stage, c.received_on, "
                           "i.filed_on, c.claimed_fen, (SELECT COALESCE(SUM(p.amount_fen), 0) FROM payments p WHERE p.case_id = c.id), "_s
                               + last.arg(u"occurred_on"_s) + u", "_s + last.arg(u"summary"_s)
                               + u" FROM cases c LEFT JOIN investigations i ON i.case_id = c.id WHERE "_s + where
                               + u" ORDER BY c.case_no"_s,
                           binds);
    if (!q)
        return q.problems();
    QList<LedgerEntry> ledger;
    QHash<qint64, int> at;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        LedgerEntry e;
        e.caseId = r.value(0).toLongLong();
        e.caseNo = r.value(1).toString();
        e.title = r.value(2).toString();
        e.districtCode = r.value(3).toString();
        e.unit = r.value(4).toString();
        e.majorReason = r.value(5).toString();
        e.stage = r.value(6).toString();
        e.receivedOn = storage::dateFrom(r.value(7));
        e.filedOn = storage::dateFrom(r.value(8));
        e.claimedFen = r.value(9).toLongLong();
        e.paidFen = r.value(10).toLongLong();
        e.lastEventOn = storage::dateFrom(r.value(11));
        e.lastEvent = r.value(12).toString();
        at.insert(e.caseId, int(ledger.size()));
        ledger << e;
    }
    auto deadlines = storage::exec(db, u"SELECT d.case_id, d.kind, d.due_on, d.state FROM deadlines d JOIN cases c ON c.id = d.case_id WHERE "_s
                                           + where + u" ORDER BY d.case_id, d.due_on, d.id"_s,
                                   binds);
    if (!deadlines)
        return deadlines.problems();
    while (deadlines.value().next()) {
        const QSqlQuery &r = deadlines.value();
        if (auto it = at.constFind(r.value(0).toLongLong()); it != at.constEnd())
            ledger[*it].timetable << LedgerDeadline{r.value(1).toString(), storage::dateFrom(r.value(2)),
                                                    r.value(3).toString() == u"suspended"};
    }
    auto reports = storage::exec(db, u"SELECT u.case_id, u.reported_on, u.reported_to, '', u.content FROM supervision_reports u "
                                     "JOIN cases c ON c.id = u.case_id WHERE "_s
                                         + where + u" ORDER BY u.case_id, u.id"_s,
                                 binds);
    if (!reports)
        return reports.problems();
    while (reports.value().next()) {
        const QSqlQuery &r = reports.value();
        if (auto it = at.constFind(r.value(0).toLongLong()); it != at.constEnd())
            ledger[*it].reports << LedgerUpwardReport{storage::dateFrom(r.value(1)), r.value(2).toString(), r.value(3).toString(),
                                                      r.value(4).toString()};
    }
    return ledger;
}

QJsonObject ledgerJson(const QList<LedgerEntry> &ledger)
{
    QJsonArray cases;
    for (const LedgerEntry &e : ledger) {
        QJsonArray timetable, reports;
        for (const LedgerDeadline &d : e.timetable)
            timetable.append(QJsonObject{{u"kind"_s, d.kind}, {u"kind_label"_s, service::deadlineKindName(d.kind)},
                                         {u"due_on"_s, iso(d.due)}, {u"suspended"_s, d.suspended}});
        for (const LedgerUpwardReport &r : e.reports)
            reports.append(QJsonObject{{u"reported_on"_s, iso(r.reportedOn)}, {u"reported_to"_s, r.reportedTo},
                                       {u"reference"_s, r.reference}, {u"summary"_s, r.summary}});
        cases.append(QJsonObject{{u"case_no"_s, e.caseNo}, {u"title"_s, e.title}, {u"district"_s, e.districtCode},
                                 {u"unit"_s, e.unit}, {u"major_reason"_s, e.majorReason}, {u"stage"_s, e.stage},
                                 {u"received_on"_s, iso(e.receivedOn)}, {u"filed_on"_s, iso(e.filedOn)},
                                 {u"claimed_fen"_s, e.claimedFen}, {u"paid_fen"_s, e.paidFen},
                                 {u"last_event_on"_s, iso(e.lastEventOn)}, {u"last_event"_s, e.lastEvent},
                                 {u"timetable"_s, timetable}, {u"upward_reports"_s, reports}});
    }
    return {{u"cases"_s, cases}};
}

domain::Result<int> writeLedgerPdf(const QList<LedgerEntry> &ledger, const ReportScope &scope, const QString &path)
{
    const QString title = QCoreApplication::translate("ecoclaim::Reports", "%1: supervision ledger of major cases").arg(scope.displayName());
    QString html = u"<html><head><style>td.r, th.r { font-size: 10.5pt; }</style></head><body>"_s;
    html += u"<p class=\"title\">%1</p>"_s.arg(title.toHtmlEscaped());
    html += u"<p class=\"note\">%1</p>"_s.arg(
        QCoreApplication::translate("ecoclaim::Reports", "Every case marked major (Art. 39), its timetable of open deadlines, its latest progress and the reports made upward.")
            .toHtmlEscaped());
    html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\"><tr>"_s;
    const std::pair<QString, int> heads[] = {{QCoreApplication::translate("ecoclaim::Reports", "Case"), 20}, {QCoreApplication::translate("ecoclaim::Reports", "Stage"), 10}, {QCoreApplication::translate("ecoclaim::Reports", "Timetable"), 24},
                                             {QCoreApplication::translate("ecoclaim::Reports", "Latest progress"), 24}, {QCoreApplication::translate("ecoclaim::Reports", "Reported upward"), 22}};
    for (const auto &[h, w] : heads)
        html += u"<th class=\"r\" width=\"%1%\">%2</th>"_s.arg(w).arg(h.toHtmlEscaped());
    html += u"</tr>"_s;
    for (const LedgerEntry &e : ledger) {
        html += u"<tr><td class=\"r\">%1<br/>%2</td><td class=\"r\">%3</td><td class=\"r\">%4</td><td class=\"r\">%5 %6</td>"
                "<td class=\"r\">%7</td></tr>"_s.arg(e.caseNo.toHtmlEscaped(), e.title.toHtmlEscaped(), stageName(e.stage).toHtmlEscaped(),
                                                     timetableText(e).toHtmlEscaped(), iso(e.lastEventOn), e.lastEvent.toHtmlEscaped(),
                                                     reportsText(e).toHtmlEscaped());
    }
    html += u"</table></body></html>"_s;
    int pages = 0;
    auto pdf = documents::paperPdf(documents::LaidOutPaper{html, title, false}, &pages);
    if (!pdf)
        return pdf.problems();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(pdf.value()) != pdf.value().size() || !f.commit())
        return domain::Problem{{}, QCoreApplication::translate("ecoclaim::Reports", "Cannot write %1: %2").arg(path, f.errorString()), {}};
    return pages;
}

domain::Status writeLedgerSheets(const QList<LedgerEntry> &ledger, const QString &xlsxPath, const QString &csvPath)
{
    using Cell = SpreadsheetOut::Cell;
    SpreadsheetOut out;
    if (auto s = out.open(xlsxPath, csvPath, QCoreApplication::translate("ecoclaim::Reports", "Major cases"),
                          {QCoreApplication::translate("ecoclaim::Reports", "Case number"), QCoreApplication::translate("ecoclaim::Reports", "Title"), QCoreApplication::translate("ecoclaim::Reports", "District"), QCoreApplication::translate("ecoclaim::Reports", "Unit"), QCoreApplication::translate("ecoclaim::Reports", "Why major"),
                           QCoreApplication::translate("ecoclaim::Reports", "Stage"), QCoreApplication::translate("ecoclaim::Reports", "Received on"), QCoreApplication::translate("ecoclaim::Reports", "Filed on"), QCoreApplication::translate("ecoclaim::Reports", "Claimed (yuan)"), QCoreApplication::translate("ecoclaim::Reports", "Paid (yuan)"),
                           QCoreApplication::translate("ecoclaim::Reports", "Timetable"), QCoreApplication::translate("ecoclaim::Reports", "Latest progress on"), QCoreApplication::translate("ecoclaim::Reports", "Latest progress"), QCoreApplication::translate("ecoclaim::Reports", "Reports upward"),
                           QCoreApplication::translate("ecoclaim::Reports", "Last reported on"), QCoreApplication::translate("ecoclaim::Reports", "Last reported to")},
                          {Cell::Text, Cell::Text, Cell::Text, Cell::Text, Cell::Text, Cell::Text, Cell::Date, Cell::Date, Cell::Yuan,
                           Cell::Yuan, Cell::Text, Cell::Date, Cell::Text, Cell::Number, Cell::Date, Cell::Text},
                          {18, 40, 10, 16, 24, 12, 12, 12, 16, 16, 40, 12, 40, 8, 12, 20});
        !s)
        return s;
    for (const LedgerEntry &e : ledger) {
        const domain::District *d = domain::findDistrict(e.districtCode);
        const domain::Department *u = domain::findDepartment(e.unit);
        const LedgerUpwardReport *lastReport = e.reports.isEmpty() ? nullptr : &e.reports.last();
        if (auto s = out.addRow({e.caseNo, e.title, d ? d->displayName() : e.districtCode, u ? u->displayName() : e.unit, e.majorReason,
                                 stageName(e.stage), e.receivedOn, e.filedOn.isValid() ? QVariant(e.filedOn) : QVariant(), e.claimedFen,
                                 e.paidFen, timetableText(e), e.lastEventOn.isValid() ? QVariant(e.lastEventOn) : QVariant(), e.lastEvent,
                                 qint64(e.reports.size()), lastReport ? QVariant(lastReport->reportedOn) : QVariant(),
                                 lastReport ? lastReport->reportedTo : QString()});
            !s)
            return s;
    }
    return out.close();
}

} // namespace ecoclaim::reports
