#include "core/reports/statistics.h"

#include "core/domain/catalogue.h"
#include "core/domain/deadlinekinds.h"
#include "core/domain/stage.h"
#include "core/reports/statisticssql.h"
#include "core/service/caseservice.h"
#include "core/service/deadlinecatalogue.h"
#include "core/storage/database.h"
#include "core/storage/readsnapshot.h"
#include "core/storage/sqlquery.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ecoclaim::reports {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Statistics)
};

using Labels = QList<QPair<QString, QString>>; // key, label

StatisticsChart makeChart(const QString &key, const QString &title, const QString &note, const Labels &series,
                          const Labels &categories, bool money = false)
{
    StatisticsChart c;
    c.key = key;
    c.title = title;
    c.note = note;
    c.money = money;
    for (const auto &s : series) {
        c.seriesKeys << s.first;
        c.seriesLabels << s.second;
    }
    for (const auto &k : categories) {
        c.categoryKeys << k.first;
        c.categoryLabels << k.second;
    }
    return c;
}

// Puts the chart's figures (rows s, k, v: StatisticsSql::figures; several rows of one (s, k) add up)
// into the chart; a series or category the chart does not list yet (a district
// or a kind of deadline with cases) is added with `label(key)`.
domain::Status fill(const QSqlDatabase &db, StatisticsChart &chart, const StatisticsSource &figures,
                    const std::function<QString(const QString &)> &seriesLabel,
                    const std::function<QString(const QString &)> &categoryLabel)
{
    auto q = storage::exec(db, figures.sql, figures.binds);
    if (!q)
        return q.problems();
    struct Cell { QString s, k; qint64 v; };
    QList<Cell> cells;
    while (q.value().next()) // SUM is NUMERIC on PostgreSQL: read as a number, rounded
        cells.append({q.value().value(0).toString(), q.value().value(1).toString(), qint64(std::llround(q.value().value(2).toDouble()))});
    if (auto s = storage::readEnded(q.value()); !s)
        return s;
    for (const Cell &c : cells) {
        if (!chart.seriesKeys.contains(c.s)) {
            chart.seriesKeys << c.s;
            chart.seriesLabels << (seriesLabel ? seriesLabel(c.s) : c.s);
        }
        if (!chart.categoryKeys.contains(c.k)) {
            chart.categoryKeys << c.k;
            chart.categoryLabels << (categoryLabel ? categoryLabel(c.k) : c.k);
        }
    }
    chart.values = QList<QList<qint64>>(chart.seriesKeys.size(), QList<qint64>(chart.categoryKeys.size(), 0));
    for (const Cell &c : cells)
        chart.values[chart.seriesKeys.indexOf(c.s)][chart.categoryKeys.indexOf(c.k)] += c.v;
    return domain::success();
}

QString districtLabel(const QString &code)
{
    const domain::District *d = domain::findDistrict(code);
    return d ? d->displayName() : code;
}

QString stageLabel(const QString &key)
{
    domain::Stage st = domain::Stage::Clue;
    return domain::stageFromKey(key, &st) ? domain::stageDisplayName(st) : key;
}

Labels stageSeries()
{
    Labels l;
    for (domain::Stage st : domain::allStages())
        l.append({domain::stageKey(st), domain::stageDisplayName(st)});
    return l;
}

Labels choiceLabels(const QList<domain::Choice> &list)
{
    Labels l;
    for (const domain::Choice &c : list)
        l.append({c.key, c.displayName()});
    return l;
}

Labels districtLabels() // the city first, then the districts in code order
{
    Labels l;
    for (const domain::District &d : domain::districts())
        l.append({d.code, d.displayName()});
    return l;
}

Labels amountCategories()
{
    Labels l = choiceLabels(domain::compensationCategories()); // 第五条 (一)–(五)
    l.append({u"punitive"_s, Tr::tr("Punitive damages (Art. 26)")});
    l.append({u"apportioned"_s, Tr::tr("Paid, not assigned to a category")});
    return l;
}

Labels months(QDate from, QDate to)
{
    Labels l;
    for (QDate m(from.year(), from.month(), 1); m <= to; m = m.addMonths(1))
        l.append({m.toString(u"yyyy-MM"_s), m.toString(u"yyyy-MM"_s)});
    return l;
}

} // namespace

qint64 StatisticsChart::value(const QString &seriesKey, const QString &categoryKey) const
{
    const qsizetype s = seriesKeys.indexOf(seriesKey), k = categoryKeys.indexOf(categoryKey);
    return s < 0 || k < 0 || s >= values.size() ? 0 : values[s].value(k);
}

qint64 StatisticsChart::total(const QString &seriesKey) const
{
    const qsizetype s = seriesKeys.indexOf(seriesKey);
    qint64 sum = 0;
    if (s >= 0 && s < values.size())
        for (qint64 v : values[s])
            sum += v;
    return sum;
}

QStringList statisticsCharts()
{
    return StatisticsSql::charts();
}

QString statisticsChartTitle(const QString &key)
{
    if (key == u"stages")
        return Tr::tr("Cases by district and stage");
    if (key == u"channels")
        return Tr::tr("Clues by channel");
    if (key == u"amounts")
        return Tr::tr("Amounts by category (Art. 5)");
    if (key == u"flow")
        return Tr::tr("New and closed cases by month");
    if (key == u"deadlines")
        return Tr::tr("Deadlines kept and missed");
    return key;
}

const StatisticsChart *Statistics::chart(const QString &key) const
{
    for (const StatisticsChart &c : charts)
        if (c.key == key)
            return &c;
    return nullptr;
}

QJsonObject Statistics::toJson() const
{
    QJsonArray list;
    for (const StatisticsChart &c : charts) {
        QJsonArray series, categories;
        for (int k = 0; k < c.categoryKeys.size(); ++k)
            categories.append(QJsonObject{{u"key"_s, c.categoryKeys.at(k)}, {u"label"_s, c.categoryLabels.at(k)}});
        for (int s = 0; s < c.seriesKeys.size(); ++s) {
            QJsonObject values;
            for (int k = 0; k < c.categoryKeys.size(); ++k)
                values.insert(c.categoryKeys.at(k), c.values.value(s).value(k));
            series.append(QJsonObject{{u"key"_s, c.seriesKeys.at(s)}, {u"label"_s, c.seriesLabels.at(s)}, {u"values"_s, values}});
        }
        list.append(QJsonObject{{u"key"_s, c.key}, {u"title"_s, c.title}, {u"note"_s, c.note}, {u"money"_s, c.money},
                                {u"categories"_s, categories}, {u"series"_s, series}});
    }
    QJsonObject o{{u"charts"_s, list}, {u"flow_from"_s, flowFrom.toString(Qt::ISODate)}, {u"flow_to"_s, flowTo.toString(Qt::ISODate)}};
    if (query.from.isValid()) {
        o.insert(u"from"_s, query.from.toString(Qt::ISODate));
        o.insert(u"to"_s, query.to.toString(Qt::ISODate));
    }
    return o;
}

namespace {
// One chart: its labels and what it counts, filled from its own statement.
domain::Result<StatisticsChart> computeChart(const QSqlDatabase &db, const StatisticsSql &q, const QString &key)
{
    StatisticsChart chart;
    std::function<QString(const QString &)> seriesLabel, categoryLabel;
    if (key == u"stages") {
        // Art. 6, 9, 36: where the cases are, by district and stage (stacked).
        chart = makeChart(key, statisticsChartTitle(key),
                          Tr::tr("Cases whose clue was received in the period, in the stage they are in now."), stageSeries(),
                          districtLabels());
        seriesLabel = stageLabel;
        categoryLabel = districtLabel;
    } else if (key == u"channels") {
        // Art. 12: where the clues come from, and how many became cases (立案).
        chart = makeChart(key, statisticsChartTitle(key),
                          Tr::tr("Clues received in the period; filed: a case was opened (立案) on it."),
                          {{u"received"_s, Tr::tr("Received")}, {u"filed"_s, Tr::tr("Filed")}}, choiceLabels(domain::clueChannels()));
    } else if (key == u"amounts") {
        // Art. 5, 26, 34: the money, by what it compensates.
        chart = makeChart(key, statisticsChartTitle(key),
                          Tr::tr("Of the cases received in the period: claimed = completed appraisals (punitive damages: "
                                 "as claimed in suits), agreed = agreements, paid = payments received."),
                          {{u"claimed"_s, Tr::tr("Claimed")}, {u"agreed"_s, Tr::tr("Agreed")}, {u"paid"_s, Tr::tr("Paid")}},
                          amountCategories(), true);
    } else if (key == u"flow") {
        // Art. 13, 42: the flow, month by month.
        chart = makeChart(key, statisticsChartTitle(key),
                          Tr::tr("New: clues received; filed: cases opened (立案); closed: closing decisions (结案), each in its month."),
                          {{u"new"_s, Tr::tr("New clues")}, {u"filed"_s, Tr::tr("Filed")}, {u"closed"_s, Tr::tr("Closed")}},
                          months(q.flowFrom(), q.flowTo()));
    } else if (key == u"deadlines") {
        // Art. 13, 19, 22, 27: deadlines kept and missed.
        chart = makeChart(
            key, statisticsChartTitle(key),
            Tr::tr("Kept / late: deadlines that ended in the period (the step was taken, or the case moved on) on or before / after "
                   "their due day, by the day of the step that ended them; overdue: open deadlines past their due day today. The "
                   "register has this history only for deadlines that ended through the program's commands."),
            {{u"kept"_s, Tr::tr("Kept")}, {u"late"_s, Tr::tr("Ended late")}, {u"overdue"_s, Tr::tr("Open and overdue")}},
            choiceLabels(domain::deadlineKindChoices()), false);
        categoryLabel = service::deadlineKindName;
    } else {
        return domain::Problem{u"chart"_s, Tr::tr("There is no chart \"%1\"; the charts are: %2.").arg(key, StatisticsSql::charts().join(u", "_s)), {}};
    }
    if (auto s = fill(db, chart, q.figures(key), seriesLabel, categoryLabel); !s)
        return s.problems();
    return chart;
}

} // namespace

domain::Result<Statistics> caseStatistics(service::CaseService &service, const StatisticsQuery &query, const QStringList &charts)
{
    auto sql = StatisticsSql::make(service, query);
    if (!sql)
        return sql.problems();
    const StatisticsSql &q = sql.value();
    for (const QString &key : charts)
        if (!StatisticsSql::charts().contains(key))
            return domain::Problem{u"chart"_s, Tr::tr("There is no chart \"%1\"; the charts are: %2.").arg(key, StatisticsSql::charts().join(u", "_s)), {}};
    Statistics st;
    st.query = query;
    st.flowFrom = q.flowFrom();
    st.flowTo = q.flowTo();
    const QSqlDatabase db = service.database().connection();
    storage::ReadSnapshot snapshot(db); // every chart asked for from the same state of the register
    if (auto s = snapshot.begin(); !s)
        return s.problems();
    for (const QString &key : StatisticsSql::charts()) { // in the page's order, whatever the order asked
        if (!charts.contains(key))
            continue;
        auto chart = computeChart(db, q, key);
        if (!chart)
            return chart.problems();
        st.charts << std::move(chart).value();
    }
    return st;
}

domain::Result<QList<domain::CaseRow>> statisticsCases(service::CaseService &service, const StatisticsQuery &query,
                                                       const QString &chart, const QString &series,
                                                       const QString &category)
{
    auto sql = StatisticsSql::make(service, query);
    if (!sql)
        return sql.problems();
    if (!StatisticsSql::charts().contains(chart))
        return domain::Problem{u"chart"_s, Tr::tr("There is no chart \"%1\"; the charts are: %2.").arg(chart, StatisticsSql::charts().join(u", "_s)), {}};
    const StatisticsSource source = sql->source(chart);
    QVariantList binds = source.binds;
    binds << series << category;
    auto q = storage::exec(service.database().connection(), casesSql(source), binds);
    if (!q)
        return q.problems();
    QList<domain::CaseRow> rows;
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        domain::CaseRow r;
        r.id = row.value(0).toLongLong();
        r.number = row.value(1).toString();
        r.title = row.value(2).toString();
        r.districtCode = row.value(3).toString();
        r.unit = row.value(4).toString();
        domain::stageFromKey(row.value(5).toString(), &r.stage);
        r.claimed = domain::Money::fromFen(row.value(6).toLongLong());
        r.major = row.value(7).toInt() != 0;
        rows.append(r);
    }
    if (auto s = storage::readEnded(q.value()); !s)
        return s.problems();
    return rows;
}

} // namespace ecoclaim::reports
