#include "core/reports/reportquery.h"

#include "core/storage/caselist.h"

#include "core/storage/dialect.h"
#include "core/storage/sqlquery.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ecoclaim::reports {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Reports)
};
} // namespace

ReportQuery::ReportQuery(QSqlDatabase db, ReportScope scope, QDate from, QDate to, bool withCases,
                         const domain::CaseListFilter &visible)
    : m_db(std::move(db)), m_scope(std::move(scope)), m_from(from.toString(Qt::ISODate)), m_to(to.toString(Qt::ISODate)),
      m_withCases(withCases)
{
    m_visible = storage::caseCondition(m_db, visible, m_visibleBinds);
}

QString ReportQuery::daysBetween(const QString &later, const QString &earlier) const
{
    return storage::dialect::daysBetween(storage::engineOf(m_db), later, earlier);
}

Source ReportQuery::source(const QString &keyExpr, const QString &joins, const QString &where, const QVariantList &binds,
                           const QString &amountExpr, const QVariantList &selectBinds) const
{
    Source s;
    s.binds = selectBinds;
    QString scope = u"1 = 1"_s;
    if (!m_scope.districtCode.isEmpty()) {
        scope = u"c.district_code = ?"_s;
        s.binds << m_scope.districtCode;
    }
    if (!m_scope.unit.isEmpty()) {
        scope += u" AND c.unit = ?"_s;
        s.binds << m_scope.unit;
    }
    scope += u" AND "_s + m_visible; // on a server the row-level security says the same
    s.binds += m_visibleBinds;
    s.binds += binds;
    s.sql = u"SELECT %1 AS k, c.case_no AS n, %2 AS a FROM cases c %3 WHERE %4 AND (%5)"_s.arg(keyExpr, amountExpr, joins,
                                                                                              scope, where);
    return s;
}

Source ReportQuery::unionAll(const QList<Source> &sources)
{
    Source all;
    QStringList parts;
    for (const Source &s : sources) {
        parts << s.sql;
        all.binds += s.binds;
    }
    all.sql = parts.join(u" UNION ALL "_s);
    return all;
}

domain::Status ReportQuery::column(ReportTable &table, const QString &key, const QString &heading, Aggregate aggregate,
                                   const Source &source)
{
    table.columnKeys << key;
    table.columns << heading;
    table.money << (aggregate == Aggregate::Sum);
    for (ReportRow &r : table.rows)
        r.cells.resize(table.columns.size());
    return fill(table, int(table.columns.size()) - 1, aggregate, source);
}

domain::Status ReportQuery::fill(ReportTable &table, int columnIndex, Aggregate aggregate, const Source &source)
{
    auto rowFor = [&](const QString &k) -> ReportRow & {
        for (ReportRow &r : table.rows)
            if (r.key == k)
                return r;
        // A value the table does not list (free text such as a plan's elements): a row of its own.
        table.rows.append(ReportRow{k, k.isEmpty() ? Tr::tr("(not stated)") : k, {}});
        table.rows.last().cells.resize(table.columns.size());
        return table.rows.last();
    };
    for (ReportRow &r : table.rows)
        r.cells.resize(table.columns.size());
    // The figures: aggregated by SQL per row key.
    auto q = storage::exec(m_db, u"SELECT s.k, COUNT(*), COALESCE(SUM(s.a), 0) FROM (%1) s GROUP BY s.k"_s.arg(source.sql),
                           source.binds);
    if (!q)
        return q.problems();
    while (q.value().next()) {
        const QString k = q.value().value(0).toString();
        const qint64 count = q.value().value(1).toLongLong();
        const qint64 sum = qint64(std::llround(q.value().value(2).toDouble()));
        qint64 v = count;
        if (aggregate == Aggregate::Sum)
            v = sum;
        else if (aggregate == Aggregate::Average)
            v = count ? qint64(std::llround(double(sum) / double(count))) : 0;
        rowFor(k).cells[columnIndex].value = v;
    }
    if (!m_withCases)
        return domain::success();
    // The cases behind them, from the same rows.
    auto cases = storage::exec(m_db, u"SELECT s.k, s.n FROM (%1) s ORDER BY s.k, s.n"_s.arg(source.sql), source.binds);
    if (!cases)
        return cases.problems();
    while (cases.value().next())
        rowFor(cases.value().value(0).toString()).cells[columnIndex].cases << cases.value().value(1).toString();
    return domain::success();
}

void ReportQuery::addTotalRow(ReportTable &table)
{
    ReportRow total{u"total"_s, Tr::tr("Total"), {}};
    total.cells.resize(table.columns.size());
    for (const ReportRow &r : std::as_const(table.rows))
        for (int i = 0; i < r.cells.size(); ++i) {
            total.cells[i].value += r.cells[i].value;
            total.cells[i].cases += r.cells[i].cases;
        }
    for (Figure &f : total.cells)
        f.cases.sort();
    table.rows.append(total);
}

} // namespace ecoclaim::reports
