#include "core/reports/deadlinereport.h"

#include "core/domain/catalogue.h"
#include "core/reports/pdfwriting.h"
#include "core/service/deadlinecatalogue.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace ecoclaim::reports {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Reports)
};

QString esc(const QString &s) { return s.toHtmlEscaped(); }
QString day(const QDate &d) { return d.isValid() ? u"%1年%2月%3日"_s.arg(d.year()).arg(d.month()).arg(d.day()) : QString(); }

QString unitName(const QString &key)
{
    const domain::Department *d = domain::findDepartment(key);
    return d ? d->displayName() : key;
}

const QString tableStyle = u"<style>table{border-collapse:collapse;} th,td{border:1px solid #444; padding:3px;} "
                           "th{background:#e8e8e8;} h1{font-size:16pt; text-align:center;} .overdue{color:#b00000;}</style>"_s;
} // namespace

QString dueListHtml(const QList<service::DueItem> &items, const service::DashboardQuery &query)
{
    QString h = tableStyle;
    h += u"<h1>"_s + esc(Tr::tr("Deadlines due as of %1").arg(day(query.asOf))) + u"</h1>"_s;
    h += u"<p>"_s
        + esc(query.unit.isEmpty() ? Tr::tr("All units") : Tr::tr("Unit: %1").arg(unitName(query.unit))) + u"　"_s
        + esc(query.withinDays ? Tr::tr("due within %n day(s)", nullptr, *query.withinDays)
                               : Tr::tr("each kind with its own warning days"))
        + u"　"_s + esc(Tr::tr("%n item(s)", nullptr, int(items.size()))) + u"</p>"_s;
    h += u"<table width=\"100%\" cellspacing=\"0\"><tr><th width=\"10%\">"_s + esc(Tr::tr("Due on"))
        + u"</th><th width=\"10%\">"_s + esc(Tr::tr("Status")) + u"</th><th width=\"22%\">"_s + esc(Tr::tr("Case"))
        + u"</th><th width=\"13%\">"_s + esc(Tr::tr("Deadline")) + u"</th><th width=\"35%\">"_s + esc(Tr::tr("Why"))
        + u"</th><th width=\"10%\">"_s + esc(Tr::tr("Article")) + u"</th></tr>"_s;
    for (const service::DueItem &i : items) {
        const QString cls = i.status == service::DueStatus::Overdue ? u" class=\"overdue\""_s : QString();
        h += u"<tr><td>"_s + day(i.row.due) + u"</td><td"_s + cls + u">"_s + esc(i.statusText()) + u"</td><td>"_s
            + esc(i.row.caseNo) + u"<br/>"_s + esc(i.row.title) + u"</td><td>"_s + esc(i.kindName) + u"</td><td>"_s
            + esc(i.row.explanation)
            + (i.row.calendarNote.isEmpty() ? QString() : u"<br/><i>"_s + esc(i.row.calendarNote) + u"</i>"_s)
            + u"</td><td>"_s + esc(i.row.article) + u"</td></tr>"_s;
    }
    h += u"</table>"_s;
    return h;
}

QString changeListHtml(const QList<domain::DeadlineChange> &changes, QDate on)
{
    QString h = tableStyle;
    h += u"<h1>"_s + esc(Tr::tr("Deadlines entered or changed on %1").arg(day(on))) + u"</h1>"_s;
    h += u"<table width=\"100%\" cellspacing=\"0\"><tr><th>"_s + esc(Tr::tr("Case")) + u"</th><th>"_s + esc(Tr::tr("Deadline"))
        + u"</th><th>"_s + esc(Tr::tr("Was due")) + u"</th><th>"_s + esc(Tr::tr("Now due")) + u"</th><th>"_s
        + esc(Tr::tr("By")) + u"</th></tr>"_s;
    for (const domain::DeadlineChange &c : changes)
        h += u"<tr><td>"_s + esc(c.caseNo) + u"<br/>"_s + esc(c.title) + u"</td><td>"_s + esc(service::deadlineKindName(c.kind))
            + u"</td><td>"_s + (c.oldDue.isValid() ? day(c.oldDue) : esc(Tr::tr("(new)"))) + u"</td><td>"_s
            + (c.newDue.isValid() ? day(c.newDue) : esc(Tr::tr("(done or removed)"))) + u"</td><td>"_s + esc(c.actor)
            + u"</td></tr>"_s;
    h += u"</table>"_s;
    return h;
}

PrintedTable dueListTable(const QList<service::DueItem> &items, const service::DashboardQuery &query)
{
    PrintedTable t;
    t.title = Tr::tr("Deadlines due as of %1").arg(day(query.asOf));
    t.subtitle = (query.unit.isEmpty() ? Tr::tr("All units") : Tr::tr("Unit: %1").arg(unitName(query.unit))) + u"　"_s
        + (query.withinDays ? Tr::tr("due within %n day(s)", nullptr, *query.withinDays) : Tr::tr("each kind with its own warning days"))
        + u"　"_s + Tr::tr("%n item(s)", nullptr, int(items.size()));
    t.headers = {Tr::tr("Due on"), Tr::tr("Status"), Tr::tr("Case"), Tr::tr("Deadline"), Tr::tr("Why"), Tr::tr("Article")};
    t.widths = {0.10, 0.10, 0.22, 0.13, 0.35, 0.10};
    for (const service::DueItem &i : items) {
        if (i.status == service::DueStatus::Overdue)
            t.highlighted << int(t.rows.size());
        t.rows << QStringList{day(i.row.due), i.statusText(), i.row.caseNo + u'\n' + i.row.title, i.kindName,
                              i.row.explanation + (i.row.calendarNote.isEmpty() ? QString() : u'\n' + i.row.calendarNote),
                              i.row.article};
    }
    return t;
}

domain::Result<int> printDueList(const QList<service::DueItem> &items, const service::DashboardQuery &query, QPagedPaintDevice &device)
{
    return paintTablePages(device, dueListTable(items, query));
}

domain::Status writeDueListPdf(const QList<service::DueItem> &items, const service::DashboardQuery &query, const QString &path)
{
    QPdfWriter writer(path);
    writer.setTitle(QCoreApplication::translate("ecoclaim::Reports", "Deadlines due"));
    writer.setCreator(u"EcoClaim"_s);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(20, 20, 20, 25), QPageLayout::Millimeter));
    auto pages = printDueList(items, query, writer);
    if (!pages)
        return domain::Problem{{}, QCoreApplication::translate("ecoclaim::Reports", "The PDF file %1 could not be written.").arg(path), {}};
    return domain::success();
}

domain::Status writeChangeListPdf(const QList<domain::DeadlineChange> &changes, QDate on, const QString &path)
{
    return writeHtmlPdf(changeListHtml(changes, on), path, QCoreApplication::translate("ecoclaim::Reports", "Deadlines entered or changed"), true);
}

} // namespace ecoclaim::reports
