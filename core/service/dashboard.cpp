#include "core/service/dashboard.h"

#include "core/service/deadlinecatalogue.h"

#include <QCoreApplication>
#include <QHash>
#include <QSettings>

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

int leadDays(const QString &kind)
{
    const domain::DeadlineKind *k = domain::findDeadlineKind(kind);
    return QSettings().value(u"deadlines/leadDays/"_s + kind, k ? k->defaultLeadDays : 7).toInt();
}

void setLeadDays(const QString &kind, int days)
{
    QSettings().setValue(u"deadlines/leadDays/"_s + kind, days);
}

domain::Result<QList<DueItem>> dueItems(const QSqlDatabase &db, const DashboardQuery &query)
{
    // Each kind's lead days read once per call, from one QSettings: reading them per row (a QSettings
    // per call, which stats the configuration files) made the dashboard of 100,000 cases 16× slower
    // than its query (docs/BENCHMARKS.md, P8).
    QHash<QString, int> lead;
    if (!query.withinDays) {
        const QSettings settings;
        for (const domain::DeadlineKind &k : domain::deadlineKinds())
            lead.insert(k.key, settings.value(u"deadlines/leadDays/"_s + k.key, k.defaultLeadDays).toInt());
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
    QList<storage::DeadlineRow> all = std::move(rows).value();

    // The annual report (Art. 36) belongs to the unit, not to a case: placed after the rows due on
    // or before it, so the list stays in the order dueBy read it (by due date) without a sort.
    storage::DeadlineRow annual = toRow(annualReportDeadline(query.asOf));
    const auto at = std::upper_bound(all.begin(), all.end(), annual.due,
                                     [](const QDate &due, const storage::DeadlineRow &r) { return due < r.due; });
    all.insert(at, std::move(annual));

    QHash<QString, QString> kindNames;
    QList<DueItem> items;
    items.reserve(all.size());
    for (storage::DeadlineRow &r : all) {
        const int left = int(query.asOf.daysTo(r.due));
        const int days = query.withinDays ? *query.withinDays : lead.value(r.kind, 7);
        if (left > days)
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
