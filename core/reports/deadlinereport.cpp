#include "core/reports/deadlinereport.h"

#include "core/domain/catalogue.h"
#include "core/reports/pdfwriting.h"
#include "core/service/deadlinecatalogue.h"

#include <QCoreApplication>

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

domain::Status writeDueListPdf(const QList<service::DueItem> &items, const service::DashboardQuery &query, const QString &path)
{
    return writeHtmlPdf(dueListHtml(items, query), path, QCoreApplication::translate("ecoclaim::Reports", "Deadlines due"), true);
}

domain::Status writeChangeListPdf(const QList<domain::DeadlineChange> &changes, QDate on, const QString &path)
{
    return writeHtmlPdf(changeListHtml(changes, on), path, QCoreApplication::translate("ecoclaim::Reports", "Deadlines entered or changed"), true);
}

} // namespace ecoclaim::reports
