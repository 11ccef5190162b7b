#include "core/reports/listexports.h"
#include "core/reports/spreadsheetout.h"

#include "core/domain/catalogue.h"
#include "core/service/casereader.h"
#include "core/service/deadlinecatalogue.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ecoclaim::reports {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Reports)
};
using Cell = SpreadsheetOut::Cell;

QString districtName(const QString &code)
{
    const domain::District *d = domain::findDistrict(code);
    return d ? d->displayName() : code;
}

QString unitName(const QString &key)
{
    const domain::Department *d = domain::findDepartment(key);
    return d ? d->displayName() : key;
}

QString yes(bool b) { return b ? Tr::tr("yes") : QString(); }
} // namespace

domain::Result<qint64> exportCaseList(const service::CaseReader &reader, const domain::CaseListFilter &filter,
                                      domain::CaseSort sort, bool descending, const QString &xlsxPath, const QString &csvPath)
{
    SpreadsheetOut out;
    if (auto s = out.open(xlsxPath, csvPath, Tr::tr("Cases"),
                          {Tr::tr("Case number"), Tr::tr("Title"), Tr::tr("District"), Tr::tr("Unit"), Tr::tr("Stage"),
                           Tr::tr("Liable parties"), Tr::tr("Next deadline"), Tr::tr("Deadline"), Tr::tr("Claimed (yuan)"),
                           Tr::tr("Major"), Tr::tr("Last change")},
                          {Cell::Text, Cell::Text, Cell::Text, Cell::Text, Cell::Text, Cell::Text, Cell::Date, Cell::Text, Cell::Yuan,
                           Cell::Text, Cell::Text},
                          {18, 40, 10, 18, 12, 30, 12, 20, 16, 6, 20});
        !s)
        return s.problems();
    // Page by key like the window: the rows stream from the database to the file.
    domain::CaseListRequest request{filter, sort, descending, std::nullopt, 1000};
    for (;;) {
        auto page = reader.casePage(request);
        if (!page)
            return page.problems();
        for (const domain::CaseRow &r : page.value()) {
            if (auto s = out.addRow({r.number, r.title, districtName(r.districtCode), unitName(r.unit), domain::stageDisplayName(r.stage),
                                     r.partyNames, r.nextDeadlineOn.isValid() ? QVariant(r.nextDeadlineOn) : QVariant(),
                                     r.nextDeadlineKind.isEmpty() ? QString() : service::deadlineKindName(r.nextDeadlineKind),
                                     r.claimed.fen(), yes(r.major), r.updatedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)});
                !s)
                return s.problems();
        }
        if (page->size() < request.limit)
            break;
        request.after = domain::PageKey{page->last().sortKey, page->last().id};
    }
    if (auto s = out.close(); !s)
        return s.problems();
    return out.rows();
}

domain::Result<qint64> exportDueItems(const QList<service::DueItem> &items, const QString &xlsxPath, const QString &csvPath)
{
    SpreadsheetOut out;
    if (auto s = out.open(xlsxPath, csvPath, Tr::tr("Deadlines"),
                          {Tr::tr("Due on"), Tr::tr("Status"), Tr::tr("Case number"), Tr::tr("Title"), Tr::tr("Deadline"),
                           Tr::tr("Article"), Tr::tr("Why"), Tr::tr("Calendar note"), Tr::tr("Major")},
                          {Cell::Date, Cell::Text, Cell::Text, Cell::Text, Cell::Text, Cell::Text, Cell::Text, Cell::Text, Cell::Text},
                          {12, 16, 18, 40, 22, 16, 40, 20, 6});
        !s)
        return s.problems();
    for (const service::DueItem &i : items)
        if (auto s = out.addRow({i.row.due, i.statusText(), i.row.caseNo, i.row.title, i.kindName, i.row.article, i.row.explanation,
                                 i.row.calendarNote, yes(i.row.major)});
            !s)
            return s.problems();
    if (auto s = out.close(); !s)
        return s.problems();
    return out.rows();
}

domain::Result<qint64> exportDeadlineRows(const QList<domain::DeadlineRow> &rows, const QString &sheetName,
                                          const QString &xlsxPath, const QString &csvPath)
{
    SpreadsheetOut out;
    if (auto s = out.open(xlsxPath, csvPath, sheetName,
                          {Tr::tr("Case number"), Tr::tr("Title"), Tr::tr("Deadline"), Tr::tr("Due on"), Tr::tr("Suspended"),
                           Tr::tr("Article"), Tr::tr("Why")},
                          {Cell::Text, Cell::Text, Cell::Text, Cell::Date, Cell::Text, Cell::Text, Cell::Text},
                          {18, 40, 22, 12, 8, 16, 40});
        !s)
        return s.problems();
    for (const domain::DeadlineRow &r : rows)
        if (auto s = out.addRow({r.caseNo, r.title, service::deadlineKindName(r.kind), r.due, yes(r.suspended), r.article,
                                 r.explanation});
            !s)
            return s.problems();
    if (auto s = out.close(); !s)
        return s.problems();
    return out.rows();
}

} // namespace ecoclaim::reports
