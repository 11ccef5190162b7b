#include "core/reports/statisticssql.h"

#include "core/service/casereader.h"
#include "core/service/caseservice.h"
#include "core/storage/caselist.h"
#include "core/storage/database.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ecoclaim::reports {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Statistics)
};

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

StatisticsSource unionAll(const QList<StatisticsSource> &parts)
{
    StatisticsSource all;
    QStringList sql;
    for (const StatisticsSource &p : parts) {
        sql << p.sql;
        all.binds += p.binds;
    }
    all.sql = sql.join(u" UNION ALL "_s);
    return all;
}

// The five categories of Art. 5 as columns of appraisals and agreements.
const QList<QPair<QString, QString>> &categoryColumns()
{
    static const QList<QPair<QString, QString>> c{{u"interim_loss"_s, u"interim_loss_fen"_s},
                                                  {u"permanent_loss"_s, u"permanent_loss_fen"_s},
                                                  {u"assessment_costs"_s, u"assessment_costs_fen"_s},
                                                  {u"restoration_costs"_s, u"restoration_costs_fen"_s},
                                                  {u"prevention_costs"_s, u"prevention_costs_fen"_s}};
    return c;
}
} // namespace

domain::Result<StatisticsSql> StatisticsSql::make(service::CaseService &service, const StatisticsQuery &query)
{
    if (query.from.isNull() != query.to.isNull())
        return domain::Problem{u"period"_s, Tr::tr("A period needs both its first and its last day."), {}};
    if (!query.from.isNull() && (!query.from.isValid() || !query.to.isValid() || query.from > query.to))
        return domain::Problem{u"period"_s, Tr::tr("The period must run from a real date to a later or equal one."), {}};
    StatisticsSql s;
    s.m_today = query.filter.today.isValid() ? query.filter.today : QDate::currentDate();
    if (!query.from.isNull()) {
        s.m_from = iso(query.from);
        s.m_to = iso(query.to);
        s.m_flowFrom = query.from;
        s.m_flowTo = query.to;
    } else {
        s.m_flowTo = s.m_today;
        s.m_flowFrom = QDate(s.m_today.year(), s.m_today.month(), 1).addMonths(-11);
    }
    // Who may see what is the list's (service/access.h): the same filter, the same conditions.
    const domain::CaseListFilter visible = service.reader().visibleFilter(query.filter);
    s.m_filterWhere = storage::caseCondition(service.database().connection(), visible, s.m_filterBinds);
    // Nobody signed in on a database with accounts sees nothing (access.h): neither does the page.
    if (service.access().mode() == service::Access::Mode::SignInRequired)
        s.m_filterWhere = u"1 = 0"_s;
    // Every case counts (the whole register, no period): the money tables are read without the cases
    // (each row's case exists: foreign keys, on both engines). Any other text, even an equivalent one,
    // only costs the faster path, never a figure.
    s.m_noCondition = s.m_filterWhere == u"1 = 1";
    s.m_everyCase = s.m_noCondition && s.m_from.isNull();
    return s;
}

QStringList StatisticsSql::charts()
{
    return {u"stages"_s, u"channels"_s, u"amounts"_s, u"flow"_s, u"deadlines"_s};
}

StatisticsSource StatisticsSql::source(const QString &chart) const
{
    if (chart == u"stages")
        return stages();
    if (chart == u"channels")
        return channels();
    if (chart == u"amounts")
        return amounts();
    if (chart == u"flow")
        return flow();
    if (chart == u"deadlines")
        return deadlines();
    return {};
}

StatisticsSource StatisticsSql::part(const QString &series, const QString &category, const QString &joins,
                                     const QString &where, const QVariantList &binds, bool inPeriod,
                                     const QString &amount) const
{
    return counted(series, category, joins, where, binds, inPeriod, u"c.id AS id, %1 AS a"_s.arg(amount));
}

StatisticsSource StatisticsSql::counted(const QString &series, const QString &category, const QString &joins,
                                        const QString &where, const QVariantList &binds, bool inPeriod,
                                        const QString &columns) const
{
    StatisticsSource p;
    p.binds = m_filterBinds;
    QString period;
    if (inPeriod && !m_from.isNull()) {
        period = u" AND c.received_on BETWEEN ? AND ?"_s;
        p.binds << m_from << m_to;
    }
    p.binds += binds;
    p.sql = u"SELECT %1 AS s, %2 AS k, %3 FROM cases c %4 WHERE %5%6 AND (%7)"_s.arg(
        series, category, columns, joins, m_filterWhere, period, where.isEmpty() ? u"1 = 1"_s : where);
    return p;
}

StatisticsSource StatisticsSql::figures(const QString &chart) const
{
    if (chart == u"channels")
        return channelFigures();
    if (chart == u"amounts")
        return amountFigures();
    if (chart == u"flow")
        return flowFigures();
    const StatisticsSource rows = source(chart);
    if (rows.sql.isEmpty())
        return {};
    return {aggregateSql(rows, false), rows.binds};
}

// Every case received in the period: its district, its stage now.
StatisticsSource StatisticsSql::stages() const
{
    return part(u"c.stage"_s, u"c.district_code"_s, {}, {}, {}, true);
}

QString StatisticsSql::filedClue()
{
    return u"+c.id IN (SELECT i.case_id FROM investigations i WHERE i.filed_on IS NOT NULL)"_s;
}

// Every clue received in the period by channel; and those a case was opened on (an investigation).
// `+c.id` (a plain expression on both engines) keeps SQLite from looking each investigation's case up in
// the wide case rows: it scans the narrow case index (migration statistics_indexes) and asks a list of
// the investigated cases' ids read from the investigations' own index.
StatisticsSource StatisticsSql::channels() const
{
    return unionAll({part(u"'received'"_s, u"c.channel"_s, {}, {}, {}, true),
                     part(u"'filed'"_s, u"c.channel"_s, {}, filedClue(), {}, true)});
}

// Claimed: completed appraisals' findings by category (Art. 5) and punitive damages claimed in suits
// (Art. 26); agreed: agreements' amounts by category; paid: payments by the category they pay
// (none named: apportioned). Only amounts other than zero are rows.
// One statement per table: each row of appraisals/agreements is read once and turned into one row per
// category (a constant list of the category keys, CROSS JOINed), instead of one pass per category.
// `FROM cases c CROSS JOIN t WHERE t.case_id = c.id` is an inner join on both engines; on SQLite it also
// fixes the order: the visible cases from their narrow index, then each case's rows from the table's
// covering index (migration statistics_indexes) — never the wide case rows.
StatisticsSource StatisticsSql::amounts() const
{
    QStringList keys, appraisal, agreement;
    for (const auto &c : categoryColumns()) {
        keys << u"SELECT '%1' AS cat"_s.arg(c.first);
        appraisal << u"WHEN '%1' THEN p.%2"_s.arg(c.first, c.second);
        agreement << u"WHEN '%1' THEN g.%2"_s.arg(c.first, c.second);
    }
    const QString categories = u"(%1) v"_s.arg(keys.join(u" UNION ALL "_s));
    const QString appraised = u"CASE v.cat %1 END"_s.arg(appraisal.join(u' '));
    const QString agreed = u"CASE v.cat %1 WHEN 'punitive' THEN g.punitive_fen END"_s.arg(agreement.join(u' '));
    const QString agreedCategories = u"(%1 UNION ALL SELECT 'punitive' AS cat) v"_s.arg(keys.join(u" UNION ALL "_s));
    return unionAll({part(u"'claimed'"_s, u"v.cat"_s, u"CROSS JOIN appraisals p CROSS JOIN "_s + categories,
                          u"p.case_id = c.id AND p.status = 'completed' AND %1 <> 0"_s.arg(appraised), {}, true, appraised),
                     part(u"'claimed'"_s, u"'punitive'"_s, u"CROSS JOIN litigations l"_s,
                          u"l.case_id = c.id AND l.claimed_punitive_fen <> 0"_s, {}, true, u"l.claimed_punitive_fen"_s),
                     part(u"'agreed'"_s, u"v.cat"_s, u"CROSS JOIN agreements g CROSS JOIN "_s + agreedCategories,
                          u"g.case_id = c.id AND %1 <> 0"_s.arg(agreed), {}, true, agreed),
                     part(u"'paid'"_s, u"CASE WHEN m.category = '' THEN 'apportioned' ELSE m.category END"_s,
                          u"CROSS JOIN payments m"_s, u"m.case_id = c.id AND m.amount_fen <> 0"_s, {}, true, u"m.amount_fen"_s)});
}

// The channels chart counted where it is read, in one walk of the visible cases' narrow index (migration
// statistics_indexes): grouped in the index's own order (district, stage, channel), so SQLite counts as it
// walks instead of sorting 100,000 rows; each case received, and filed when a case was opened on it (the
// investigated cases' list, asked once per case). The few thousand groups are summed by channel and
// turned into the two series afterwards. On PostgreSQL the same text is a hash aggregate.
StatisticsSource StatisticsSql::channelFigures() const
{
    StatisticsSource walk = counted(u"'clues'"_s, u"c.channel"_s, {}, {}, {}, true,
                                    u"COUNT(*) AS n, SUM(CASE WHEN %1 THEN 1 ELSE 0 END) AS f"_s.arg(filedClue()));
    walk.sql = u"SELECT v.s AS s, x.k AS k, CASE v.s WHEN 'received' THEN x.n ELSE x.f END AS v "
               "FROM (SELECT y.k AS k, SUM(y.n) AS n, SUM(y.f) AS f FROM (%1 GROUP BY c.district_code, c.stage, c.channel) y GROUP BY y.k) x "
               "CROSS JOIN (SELECT 'received' AS s UNION ALL SELECT 'filed' AS s) v"_s.arg(walk.sql);
    return walk;
}

StatisticsSource StatisticsSql::rowsOfVisibleCases(const QString &table, const QString &alias, const QString &where) const
{
    StatisticsSource r;
    if (m_everyCase) {
        r.sql = u"FROM %1 %2 WHERE %3"_s.arg(table, alias, where);
        return r;
    }
    r.binds = m_filterBinds;
    QString period;
    if (!m_from.isNull()) {
        period = u" AND c.received_on BETWEEN ? AND ?"_s;
        r.binds << m_from << m_to;
    }
    // As in part(): the visible cases from their narrow index, then each one's rows from the table's covering index.
    r.sql = u"FROM cases c CROSS JOIN %1 %2 WHERE %3%4 AND %2.case_id = c.id AND %5"_s.arg(table, alias, m_filterWhere, period, where);
    return r;
}

// The amounts chart summed where it is read: one row of sums per table (a column per category, Art. 5),
// turned into one row per category afterwards — five rows, not one per amount. The same money as
// amounts(): completed appraisals, punitive damages claimed in suits, agreements, payments (none named:
// apportioned). Zeros add nothing to a sum; payments keep `<> 0` as amounts() does, so that a category paid
// only zeros gets no bar of its own.
StatisticsSource StatisticsSql::amountFigures() const
{
    QStringList keys, sums, picks;
    for (int i = 0; i < categoryColumns().size(); ++i) {
        const auto &c = categoryColumns().at(i);
        keys << u"SELECT '%1' AS cat"_s.arg(c.first);
        sums << u"SUM(%2) AS a%1"_s.arg(i).arg(c.second);
        picks << u"WHEN '%1' THEN t.a%2"_s.arg(c.first).arg(i);
    }
    const QString categories = u"(%1) v"_s.arg(keys.join(u" UNION ALL "_s));
    const QString agreedCategories = u"(%1 UNION ALL SELECT 'punitive' AS cat) v"_s.arg(keys.join(u" UNION ALL "_s));
    auto prefixed = [&sums](const QString &alias) {
        QStringList l;
        for (const QString &s : sums)
            l << QString(s).replace(u"SUM("_s, u"SUM(%1."_s.arg(alias));
        return l.join(u", "_s);
    };
    const StatisticsSource appraised = rowsOfVisibleCases(u"appraisals"_s, u"p"_s, u"p.status = 'completed'"_s);
    const StatisticsSource sued = rowsOfVisibleCases(u"litigations"_s, u"l"_s, u"l.claimed_punitive_fen <> 0"_s);
    const StatisticsSource agreed = rowsOfVisibleCases(u"agreements"_s, u"g"_s, u"1 = 1"_s);
    const StatisticsSource paid = rowsOfVisibleCases(u"payments"_s, u"m"_s, u"m.amount_fen <> 0"_s);
    StatisticsSource all;
    all.sql = QStringList{
        u"SELECT 'claimed' AS s, v.cat AS k, CASE v.cat %1 END AS v FROM (SELECT %2 %3) t CROSS JOIN %4"_s.arg(
            picks.join(u' '), prefixed(u"p"_s), appraised.sql, categories),
        u"SELECT 'claimed' AS s, 'punitive' AS k, SUM(l.claimed_punitive_fen) AS v %1"_s.arg(sued.sql),
        u"SELECT 'agreed' AS s, v.cat AS k, CASE v.cat %1 WHEN 'punitive' THEN t.punitive END AS v "
        "FROM (SELECT %2, SUM(g.punitive_fen) AS punitive %3) t CROSS JOIN %4"_s.arg(picks.join(u' '), prefixed(u"g"_s), agreed.sql, agreedCategories),
        u"SELECT 'paid' AS s, CASE WHEN m.category = '' THEN 'apportioned' ELSE m.category END AS k, SUM(m.amount_fen) AS v "
        "%1 GROUP BY m.category"_s.arg(paid.sql)}.join(u" UNION ALL "_s);
    all.binds = appraised.binds + sued.binds + agreed.binds + paid.binds;
    return all;
}

// Month by month (substr of the ISO date: the same on both engines), each event in its own month. CROSS
// JOIN as in amounts(): the cases from their narrow index first, never a case's wide row per event.
StatisticsSource StatisticsSql::flow() const
{
    const QVariantList months{iso(m_flowFrom), iso(m_flowTo)};
    return unionAll({part(u"'new'"_s, u"substr(c.received_on, 1, 7)"_s, {}, u"c.received_on BETWEEN ? AND ?"_s, months, false),
                     part(u"'filed'"_s, u"substr(i.filed_on, 1, 7)"_s, u"CROSS JOIN investigations i"_s,
                          u"i.case_id = c.id AND i.filed_on BETWEEN ? AND ?"_s, months, false),
                     part(u"'closed'"_s, u"substr(d.decided_on, 1, 7)"_s, u"CROSS JOIN decisions d"_s,
                          u"d.case_id = c.id AND d.kind = 'closing' AND d.decided_on BETWEEN ? AND ?"_s, months, false)});
}

// The flow counted where it is read, month by month: new clues from the cases' narrow index; cases opened
// and closed from the investigations' and decisions' own indexes (a range of days), asking the visible
// cases' list only when the page has a condition — never a case's row per event, nor an investigation's
// wide row (flow() reads it by the case's id).
StatisticsSource StatisticsSql::flowFigures() const
{
    const QVariantList months{iso(m_flowFrom), iso(m_flowTo)};
    StatisticsSource opened = counted(u"'new'"_s, u"substr(c.received_on, 1, 7)"_s, {}, u"c.received_on BETWEEN ? AND ?"_s,
                                      months, false, u"COUNT(*) AS v"_s);
    opened.sql += u" GROUP BY substr(c.received_on, 1, 7)"_s;
    auto events = [&](const QString &series, const QString &table, const QString &alias, const QString &day, const QString &where) {
        StatisticsSource p;
        p.binds = months;
        p.sql = u"SELECT %1 AS s, substr(%2.%3, 1, 7) AS k, COUNT(*) AS v FROM %4 %2 WHERE %5%2.%3 BETWEEN ? AND ?"_s.arg(
            series, alias, day, table, where);
        if (!m_noCondition) { // `+`: the list is asked, never walked (SQLite would read the rows by case id)
            p.sql += u" AND +%1.case_id IN (SELECT c.id FROM cases c WHERE %2)"_s.arg(alias, m_filterWhere);
            p.binds += m_filterBinds;
        }
        p.sql += u" GROUP BY substr(%1.%2, 1, 7)"_s.arg(alias, day);
        return p;
    };
    return unionAll({opened, events(u"'filed'"_s, u"investigations"_s, u"i"_s, u"filed_on"_s, {}),
                     events(u"'closed'"_s, u"decisions"_s, u"d"_s, u"decided_on"_s, u"d.kind = 'closing' AND "_s)});
}

// The deadlines table holds only the open ones; what ended is in the deadline log (a row whose new due
// day is empty, written when the service recomputed the case's deadlines after a command). The day it
// ended is the day the step that ended it happened (the timeline event of that command, recorded in the
// same transaction), else the day it was recorded. Kept: ended on or before the due day; late: after it.
// Overdue: open now and past due on `today`.
StatisticsSource StatisticsSql::deadlines() const
{
    const QString endedOn = u"COALESCE((SELECT t.occurred_on FROM timeline t WHERE t.case_id = l.case_id AND t.command = l.command "
                            "AND t.recorded_at <= l.changed_at ORDER BY t.id DESC LIMIT 1), l.changed_on)"_s;
    const QString ended = u"l.new_due_on IS NULL AND l.old_due_on IS NOT NULL"_s;
    QString endedIn, dueIn;
    QVariantList periodBinds;
    if (!m_from.isNull()) {
        endedIn = u" AND %1 BETWEEN ? AND ?"_s.arg(endedOn);
        dueIn = u" AND dl.due_on BETWEEN ? AND ?"_s;
        periodBinds = {m_from, m_to};
    }
    const QString logJoin = u"JOIN deadline_log l ON l.case_id = c.id"_s;
    return unionAll({part(u"'kept'"_s, u"l.kind"_s, logJoin, u"%1 AND %2 <= l.old_due_on%3"_s.arg(ended, endedOn, endedIn), periodBinds, false),
                     part(u"'late'"_s, u"l.kind"_s, logJoin, u"%1 AND %2 > l.old_due_on%3"_s.arg(ended, endedOn, endedIn), periodBinds, false),
                     part(u"'overdue'"_s, u"dl.kind"_s, u"JOIN deadlines dl ON dl.case_id = c.id"_s,
                          u"dl.state = 'open' AND dl.due_on < ?"_s + dueIn, QVariantList{iso(m_today)} + periodBinds, false)});
}

QString aggregateSql(const StatisticsSource &source, bool money)
{
    return u"SELECT x.s, x.k, %1 FROM (%2) x GROUP BY x.s, x.k"_s.arg(money ? u"COALESCE(SUM(x.a), 0)"_s : u"COUNT(*)"_s, source.sql);
}

QString casesSql(const StatisticsSource &source)
{
    return u"SELECT c.id, c.case_no, c.title, c.district_code, c.unit, c.stage, c.claimed_fen, c.is_major FROM cases c "
           "WHERE c.id IN (SELECT x.id FROM (%1) x WHERE x.s = ? AND x.k = ?) ORDER BY c.case_no"_s.arg(source.sql);
}

} // namespace ecoclaim::reports
