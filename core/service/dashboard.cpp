#include "core/service/dashboard.h"

#include "core/service/bureausettings.h"
#include "core/service/deadlinecatalogue.h"
#include "core/storage/deadlinestore.h"
#include "core/storage/sqlquery.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ecoclaim::service {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Dashboard)
};

} // namespace

QString DueItem::statusText() const
{
    switch (status) {
    case DueStatus::Overdue: return Tr::tr("overdue by %n day(s)", nullptr, -daysLeft);
    case DueStatus::DueToday: return Tr::tr("due today");
    case DueStatus::Upcoming: return Tr::tr("in %n day(s)", nullptr, daysLeft);
    }
    return {};
}

domain::Result<QList<DueItem>> dueItems(const QSqlDatabase &db, const DashboardQuery &query)
{
    // Each kind's lead days read once per call (one small query), never per row: reading a setting
    // per row made the dashboard of 100,000 cases 16× slower than its query (docs/BENCHMARKS.md, P8).
    QHash<QString, int> lead;
    if (!query.withinDays) {
        auto settings = readBureauSettings(db);
        if (!settings)
            return settings.problems();
        lead = settings->leadDaysByKind();
    }
    int horizon = 0;
    if (query.withinDays)
        horizon = *query.withinDays;
    else
        for (int days : std::as_const(lead))
            horizon = std::max(horizon, days);
    auto rows = storage::deadlines::dueBy(db, query.asOf.addDays(horizon), query.unit);
    if (!rows)
        return rows.problems();
    QList<domain::DeadlineRow> all = std::move(rows).value();

    // The annual report (Art. 36) belongs to the unit, not to a case: placed after the rows due on
    // or before it, so the list stays in the order dueBy read it (by due date) without a sort.
    domain::DeadlineRow annual = toRow(annualReportDeadline(query.asOf));
    const auto at = std::upper_bound(all.begin(), all.end(), annual.due,
                                     [](const QDate &due, const domain::DeadlineRow &r) { return due < r.due; });
    all.insert(at, std::move(annual));

    // The list's district and stage filters need each case's district and stage: read once, by id.
    QHash<qint64, QPair<QString, QString>> where;
    const bool byCase = !query.districtCode.isEmpty() || query.stage;
    if (byCase)
        if (auto s = storage::forEachCachedRow(db, u"SELECT id, district_code, stage FROM cases"_s, {}, [&](const QSqlQuery &q) {
                where.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString()});
            });
            !s)
            return s.problems();
    auto wanted = [&](const domain::DeadlineRow &r) {
        if (query.majorOnly && !r.major)
            return false;
        if (!byCase)
            return true;
        if (r.caseId == 0) // the annual report is the unit's: not in a list narrowed to some cases
            return false;
        const auto it = where.constFind(r.caseId);
        return it != where.constEnd() && (query.districtCode.isEmpty() || it->first == query.districtCode)
            && (!query.stage || it->second == domain::stageKey(*query.stage));
    };

    QHash<QString, QString> kindNames;
    QList<DueItem> items;
    items.reserve(all.size());
    for (domain::DeadlineRow &r : all) {
        const int left = int(query.asOf.daysTo(r.due));
        const int days = query.withinDays ? *query.withinDays : lead.value(r.kind, 7);
        if (left > days || (query.overdueOnly && left >= 0) || !wanted(r))
            continue;
        DueItem item;
        item.daysLeft = left;
        item.status = left < 0 ? DueStatus::Overdue : (left == 0 ? DueStatus::DueToday : DueStatus::Upcoming);
        auto name = kindNames.find(r.kind);
        if (name == kindNames.end())
            name = kindNames.insert(r.kind, deadlineKindName(r.kind));
        item.kindName = *name;
        item.row = std::move(r);
        items << std::move(item);
    }
    return items; // in due order, as read
}

} // namespace ecoclaim::service
