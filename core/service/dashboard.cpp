#include "core/service/dashboard.h"

#include "core/service/deadlinecatalogue.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ecoclaim::service {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Dashboard)
};

int maxLeadDays()
{
    int most = 0;
    for (const domain::DeadlineKind &k : domain::deadlineKinds())
        most = std::max(most, leadDays(k.key));
    return most;
}
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
    const int horizon = query.withinDays.value_or(maxLeadDays());
    auto rows = storage::deadlines::dueBy(db, query.asOf.addDays(horizon), query.unit);
    if (!rows)
        return rows.problems();
    QList<storage::DeadlineRow> all = rows.value();

    // The annual report (Art. 36) belongs to the unit, not to a case.
    all << toRow(annualReportDeadline(query.asOf));

    QList<DueItem> items;
    for (const storage::DeadlineRow &r : all) {
        const int left = int(query.asOf.daysTo(r.due));
        const int lead = query.withinDays.value_or(leadDays(r.kind));
        if (left > lead)
            continue;
        DueItem item;
        item.row = r;
        item.daysLeft = left;
        item.status = left < 0 ? DueStatus::Overdue : (left == 0 ? DueStatus::DueToday : DueStatus::Upcoming);
        item.kindName = deadlineKindName(r.kind);
        items << item;
    }
    std::stable_sort(items.begin(), items.end(), [](const DueItem &a, const DueItem &b) { return a.row.due < b.row.due; });
    return items;
}

} // namespace ecoclaim::service
