#include "core/reports/supervisionledger.h"
#include "core/reports/spreadsheetout.h"

#include "core/documents/officiallayout.h"
#include "core/domain/catalogue.h"
#include "core/domain/stage.h"
#include "core/service/casereader.h"
#include "core/service/deadlinecatalogue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ecoclaim::reports {

namespace {
// Strings are translated with QCoreApplication::translate("ecoclaim::Reports", …) written out: lupdate
// 6.4 loses a Q_DECLARE_TR_FUNCTIONS context in files with structured bindings and files them under "Tr".

QString iso(QDate d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }

// The timetable (时间表) of Art. 39: the steps not yet done, the supervisor's open instructions, then the
// case's open deadlines — each with its due date.
QString timetableText(const service::MajorCaseEntry &e)
{
    QStringList parts;
    for (const domain::TimetableItem &t : e.file.timetable)
        if (!t.doneOn.isValid())
            parts << iso(t.dueOn) + u' ' + t.step;
    for (const domain::SupervisionInstruction &i : e.file.supervisionInstructions)
        if (!i.doneOn.isValid())
            parts << (i.dueOn.isValid() ? iso(i.dueOn) + u' ' : QString()) + QCoreApplication::translate("ecoclaim::Reports", "instruction of %1: %2").arg(i.issuedBy, i.content);
    for (const domain::DeadlineRow &d : e.deadlines)
        parts << iso(d.due) + u' ' + service::deadlineKindName(d.kind) + (d.suspended ? QCoreApplication::translate("ecoclaim::Reports", " (suspended)") : QString());
    return parts.join(u"；"_s);
}

QString reportsText(const service::MajorCaseEntry &e)
{
    QStringList parts;
    for (const domain::SupervisionReport &r : e.file.supervisionReports)
        parts << iso(r.reportedOn) + u' ' + r.reportedTo + u'：' + r.content;
    return parts.join(u"；"_s);
}

QString lastReportText(const service::MajorCaseEntry &e)
{
    if (!e.reported())
        return QCoreApplication::translate("ecoclaim::Reports", "not reported");
    const domain::SupervisionReport &r = e.file.supervisionReports.last();
    return u"%1 → %2"_s.arg(iso(r.reportedOn), r.reportedTo);
}

QString nextStepText(const service::MajorCaseEntry &e)
{
    const domain::TimetableItem *step = e.nextStep();
    return step ? iso(step->dueOn) + u' ' + step->step : QString();
}
} // namespace

domain::Result<QList<service::MajorCaseEntry>> supervisionLedger(const service::CaseReader &reader, const ReportScope &scope)
{
    auto all = reader.majorCaseLedger();
    if (!all)
        return all.problems();
    QList<service::MajorCaseEntry> ledger;
    for (service::MajorCaseEntry &e : all.value())
        if ((scope.districtCode.isEmpty() || e.file.districtCode == scope.districtCode) && (scope.unit.isEmpty() || e.file.unit == scope.unit))
            ledger << std::move(e);
    return ledger;
}

QJsonArray ledgerJson(const QList<service::MajorCaseEntry> &ledger)
{
    QJsonArray all;
    for (const service::MajorCaseEntry &e : ledger) {
        const domain::CaseFile &f = e.file;
        const QJsonObject o = f.toJson();
        QJsonArray deadlines;
        for (const domain::DeadlineRow &d : e.deadlines)
            deadlines.append(QJsonObject{{u"kind"_s, d.kind}, {u"kind_label"_s, service::deadlineKindName(d.kind)},
                                         {u"due_on"_s, iso(d.due)}, {u"suspended"_s, d.suspended}, {u"article"_s, d.article}});
        all.append(QJsonObject{{u"case_no"_s, f.number}, {u"title"_s, f.title}, {u"district"_s, f.districtCode}, {u"unit"_s, f.unit},
                               {u"stage"_s, domain::stageKey(f.stage)}, {u"major_reason"_s, f.majorReason},
                               {u"received_on"_s, iso(f.receivedOn)}, {u"filed_on"_s, iso(f.investigation ? f.investigation->filedOn : QDate())},
                               {u"claimed_fen"_s, f.claimed.fen()}, {u"paid_fen"_s, f.amountPaid().fen()},
                               {u"last_event_on"_s, iso(e.lastEventOn)}, {u"last_event"_s, e.lastEvent},
                               {u"reported"_s, e.reported()}, {u"open_instructions"_s, e.openInstructions()},
                               {u"supervision_reports"_s, o.value(u"supervision_reports"_s)},
                               {u"supervision_instructions"_s, o.value(u"supervision_instructions"_s)},
                               {u"timetable"_s, o.value(u"timetable"_s)}, {u"deadlines"_s, deadlines}});
    }
    return all;
}

domain::Result<int> writeLedgerPdf(const QList<service::MajorCaseEntry> &ledger, const ReportScope &scope, const QString &path)
{
    const QString title = QCoreApplication::translate("ecoclaim::Reports", "%1: supervision ledger of major cases").arg(scope.displayName());
    QString html = u"<html><head><style>td.r, th.r { font-size: 10.5pt; }</style></head><body>"_s;
    html += u"<p class=\"title\">%1</p>"_s.arg(title.toHtmlEscaped());
    html += u"<p class=\"note\">%1</p>"_s.arg(
        QCoreApplication::translate("ecoclaim::Reports", "Every case marked major (Art. 39): its timetable (steps, the supervisor's open instructions, open deadlines), its latest progress and the reports made upward.")
            .toHtmlEscaped());
    html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\"><tr>"_s;
    const QList<std::pair<QString, int>> heads{{QCoreApplication::translate("ecoclaim::Reports", "Case"), 20}, {QCoreApplication::translate("ecoclaim::Reports", "Stage"), 10}, {QCoreApplication::translate("ecoclaim::Reports", "Timetable"), 24}, {QCoreApplication::translate("ecoclaim::Reports", "Latest progress"), 22}, {QCoreApplication::translate("ecoclaim::Reports", "Reported upward"), 24}};
    for (const auto &head : heads)
        html += u"<th class=\"r\" width=\"%1%\">%2</th>"_s.arg(head.second).arg(head.first.toHtmlEscaped());
    html += u"</tr>"_s;
    for (const service::MajorCaseEntry &e : ledger) {
        html += u"<tr><td class=\"r\">%1<br/>%2</td><td class=\"r\">%3</td><td class=\"r\">%4</td><td class=\"r\">%5 %6</td>"
                "<td class=\"r\">%7</td></tr>"_s.arg(e.file.number.toHtmlEscaped(), e.file.title.toHtmlEscaped(),
                                                     domain::stageDisplayName(e.file.stage).toHtmlEscaped(), timetableText(e).toHtmlEscaped(),
                                                     iso(e.lastEventOn), e.lastEvent.toHtmlEscaped(),
                                                     (e.reported() ? reportsText(e) : QCoreApplication::translate("ecoclaim::Reports", "not reported")).toHtmlEscaped());
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

QStringList ledgerSheetHeader()
{
    return {QCoreApplication::translate("ecoclaim::Reports", "Case number"),     QCoreApplication::translate("ecoclaim::Reports", "Title"),           QCoreApplication::translate("ecoclaim::Reports", "District"),          QCoreApplication::translate("ecoclaim::Reports", "Handling unit"),
            QCoreApplication::translate("ecoclaim::Reports", "Why major"),       QCoreApplication::translate("ecoclaim::Reports", "Stage"),           QCoreApplication::translate("ecoclaim::Reports", "Received on"),       QCoreApplication::translate("ecoclaim::Reports", "Filed on"),
            QCoreApplication::translate("ecoclaim::Reports", "Claimed (yuan)"),  QCoreApplication::translate("ecoclaim::Reports", "Paid (yuan)"),     QCoreApplication::translate("ecoclaim::Reports", "Reported upward"),   QCoreApplication::translate("ecoclaim::Reports", "Reports upward"),
            QCoreApplication::translate("ecoclaim::Reports", "Open instructions"), QCoreApplication::translate("ecoclaim::Reports", "Next timetable step"), QCoreApplication::translate("ecoclaim::Reports", "Timetable"),   QCoreApplication::translate("ecoclaim::Reports", "Latest progress on"),
            QCoreApplication::translate("ecoclaim::Reports", "Latest progress"), QCoreApplication::translate("ecoclaim::Reports", "Lead department")};
}

domain::Status writeLedgerSheets(const QList<service::MajorCaseEntry> &ledger, const QString &xlsxPath, const QString &csvPath)
{
    using Cell = SpreadsheetOut::Cell;
    SpreadsheetOut out;
    if (auto s = out.open(xlsxPath, csvPath, QCoreApplication::translate("ecoclaim::Reports", "Major cases"), ledgerSheetHeader(),
                          {Cell::Text, Cell::Text, Cell::Text, Cell::Text, Cell::Text, Cell::Text, Cell::Date, Cell::Date, Cell::Yuan,
                           Cell::Yuan, Cell::Text, Cell::Number, Cell::Number, Cell::Text, Cell::Text, Cell::Date, Cell::Text, Cell::Text},
                          {18, 40, 10, 16, 24, 12, 12, 12, 16, 16, 28, 8, 8, 28, 48, 12, 40, 16});
        !s)
        return s;
    for (const service::MajorCaseEntry &e : ledger) {
        const domain::CaseFile &f = e.file;
        const domain::District *d = domain::findDistrict(f.districtCode);
        const domain::Department *u = domain::findDepartment(f.unit);
        const domain::Department *lead = f.jointGroup ? domain::findDepartment(f.jointGroup->leadUnit) : nullptr;
        const QDate filedOn = f.investigation ? f.investigation->filedOn : QDate();
        if (auto s = out.addRow({f.number, f.title, d ? d->displayName() : f.districtCode, u ? u->displayName() : f.unit, f.majorReason,
                                 domain::stageDisplayName(f.stage), f.receivedOn, filedOn.isValid() ? QVariant(filedOn) : QVariant(),
                                 f.claimed.fen(), f.amountPaid().fen(), lastReportText(e), qint64(f.supervisionReports.size()),
                                 qint64(e.openInstructions()), nextStepText(e), timetableText(e),
                                 e.lastEventOn.isValid() ? QVariant(e.lastEventOn) : QVariant(), e.lastEvent,
                                 lead ? lead->displayName() : QString()});
            !s)
            return s;
    }
    return out.close();
}

} // namespace ecoclaim::reports
