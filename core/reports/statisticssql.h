#pragma once
// The statements behind the statistics page (statistics.cpp's own helper, not for other callers). Each
// chart is one SQL "source": one row per counted thing — its series key (s), its category key (k), its
// case (id) and its amount (a, fen) — over `cases c` under the case list's filter narrowed to what the
// person working may see (CaseReader::visibleFilter, the list's own conditions: storage::caseCondition).
// A figure is COUNT or SUM of a source per (s, k); the cases behind a bar are the same source's ids for
// that (s, k). Only portable SQL: the same text runs on SQLite and PostgreSQL.

#include "core/reports/statistics.h"

#include <QVariantList>

namespace ecoclaim::reports {

struct StatisticsSource
{
    QString sql; // SELECT … AS s, … AS k, c.id AS id, … AS a FROM cases c …
    QVariantList binds;
};

class StatisticsSql
{
public:
    // Checks the period and reads who may see what; refuses a backwards or half-open period.
    static domain::Result<StatisticsSql> make(service::CaseService &service, const StatisticsQuery &query);
    static QStringList charts(); // the chart keys, in the page's order

    StatisticsSource source(const QString &chart) const; // empty sql for an unknown chart
    // The chart's figures: rows (s, k, v), v a count or a sum in fen, the same numbers as COUNT / SUM of
    // source(chart) per (s, k) (tst_statistics checks both against its oracle), computed the fast way.
    StatisticsSource figures(const QString &chart) const;
    QDate flowFrom() const { return m_flowFrom; }
    QDate flowTo() const { return m_flowTo; }

private:
    // One part of a source: `where` and its binds after the filter's (and, `inPeriod`, the receipt period's).
    StatisticsSource part(const QString &series, const QString &category, const QString &joins, const QString &where,
                          const QVariantList &binds, bool inPeriod, const QString &amount = QStringLiteral("0")) const;
    // part() with other columns after s and k (`columns`), e.g. an aggregate.
    StatisticsSource counted(const QString &series, const QString &category, const QString &joins, const QString &where,
                             const QVariantList &binds, bool inPeriod, const QString &columns) const;
    StatisticsSource stages() const;
    StatisticsSource channels() const;
    StatisticsSource amounts() const;
    StatisticsSource flow() const;
    StatisticsSource deadlines() const;
    static QString filedClue(); // the condition "a case was opened on this clue" (立案)
    StatisticsSource channelFigures() const;
    StatisticsSource amountFigures() const;
    StatisticsSource flowFigures() const;
    // `FROM … WHERE …` of a money table's rows (`table alias`, narrowed by `where`) of the visible cases.
    StatisticsSource rowsOfVisibleCases(const QString &table, const QString &alias, const QString &where) const;

    QString m_filterWhere; // the list's conditions, joined by AND ("1 = 1" when none)
    QVariantList m_filterBinds;
    bool m_noCondition = false; // the page and the person working see every case
    bool m_everyCase = false;   // … and there is no period: every case of the register counts
    QVariant m_from, m_to; // the receipt period (ISO), null when open
    QDate m_flowFrom, m_flowTo, m_today;
};

// SELECT s, k, value FROM source GROUP BY s, k (value: COUNT(*), or SUM(a) for money).
QString aggregateSql(const StatisticsSource &source, bool money);
// The cases of the source's rows with s = ? AND k = ? (two more binds), each once, by case number.
QString casesSql(const StatisticsSource &source);

} // namespace ecoclaim::reports
