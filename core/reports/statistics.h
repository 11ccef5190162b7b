#pragma once
// The statistics page (issue 13 part 2): five charts of the cases the person working may see, under the
// case list's own filter (district, unit, stage, major, overdue, search) and a period — cases by district
// and stage, clues by channel, amounts by the categories of Art. 5 (claimed, agreed, paid), the monthly
// flow of new, filed and closed cases, deadlines kept, late and overdue. Every figure is computed by SQL
// (statistics.cpp: COUNT / SUM per bar, the same statements on SQLite and PostgreSQL, in one read
// snapshot), and the cases behind a bar come from the same statement, so a bar and its list of cases
// cannot disagree. Who may see what is the list's: the filter passes through CaseReader::visibleFilter
// (service/access.h; on a server also row-level security). The window (ui/statistics/) and
// `ecoclaim-cli report statistics` call these two functions. Definitions: docs/reports.md.

#include "core/domain/caselistpage.h"
#include "core/domain/result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ecoclaim::service {
class CaseService;
}

namespace ecoclaim::reports {

struct StatisticsQuery
{
    domain::CaseListFilter filter; // as in the case list; `filter.today` is the day overdue is counted at
    // The period (both days included; both null: no limit): the cases whose clue was received in it for
    // the district, channel and amount charts; the months of the flow (null: the 12 months up to
    // `filter.today`); the day a deadline ended for kept/late, the due day for overdue.
    QDate from, to;
};

struct StatisticsChart
{
    QString key; // "stages" | "channels" | "amounts" | "flow" | "deadlines"
    QString title, note;
    bool money = false; // values in fen
    QStringList seriesKeys, seriesLabels;     // the bars' colours (stacked or side by side)
    QStringList categoryKeys, categoryLabels; // the axis
    QList<QList<qint64>> values;              // [series][category]

    qint64 value(const QString &seriesKey, const QString &categoryKey) const; // 0 when absent
    qint64 total(const QString &seriesKey) const;
};

struct Statistics
{
    StatisticsQuery query;
    QDate flowFrom, flowTo; // the months the flow shows
    QList<StatisticsChart> charts;

    const StatisticsChart *chart(const QString &key) const;
    // {from, to, charts:[{key, title, note, money, series:[{key,label,values:{category: value}}], categories:[{key,label}]}]}
    QJsonObject toJson() const;
};

// The chart keys, in the page's order: stages, channels, amounts, flow, deadlines.
QStringList statisticsCharts();
// A chart's title (its tab), known before it is computed.
QString statisticsChartTitle(const QString &key);

// The figures of the charts named (all of them by default), in one read snapshot, in the page's order.
// The page computes only the chart on screen (each chart is its own statement): at 100,000 cases the
// five together take several times what one takes. Refuses a backwards period or an impossible one,
// and a chart that does not exist.
domain::Result<Statistics> caseStatistics(service::CaseService &service, const StatisticsQuery &query,
                                          const QStringList &charts = statisticsCharts());

// The cases behind one bar (chart, series, category as in StatisticsChart's keys), each once, in
// case-number order: id, number, title, district, unit, stage, claimed, major.
domain::Result<QList<domain::CaseRow>> statisticsCases(service::CaseService &service, const StatisticsQuery &query,
                                                       const QString &chart, const QString &series,
                                                       const QString &category);

} // namespace ecoclaim::reports
