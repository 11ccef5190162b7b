#pragma once
// How the reports' figures are computed (annualreport*.cpp's own helper, not for other callers): each
// column of a table is one SQL "source" — one row per counted thing with its row key (k), its case
// number (n) and its amount (a), the scope (city, district, unit) applied — aggregated by SQL
// (COUNT, SUM) per row key. The case numbers behind each figure come from the same source, so a figure
// and its list of cases never disagree. Only portable SQL; what differs goes through storage/dialect.h.

#include "core/reports/annualreport.h"
#include "core/domain/caselistpage.h"

#include <QSqlDatabase>
#include <QVariantList>

namespace ecoclaim::reports {

enum class Aggregate {
    Count,   // rows
    Sum,     // the amounts (fen)
    Average, // the amounts' sum over the rows, rounded
};

struct Source
{
    QString sql;
    QVariantList binds;
};

class ReportQuery
{
public:
    // `visible`: who may see what (issue 17 ¶3) — the case list's own scope (service::Access::scoped), so a
    // report counts exactly the cases the list shows the person working, on both engines.
    ReportQuery(QSqlDatabase db, ReportScope scope, QDate from, QDate to, bool withCases = true,
                const domain::CaseListFilter &visible = {});

    QVariantList period() const { return {m_from, m_to}; }
    QVariant to() const { return m_to; }
    QString daysBetween(const QString &later, const QString &earlier) const;

    // SELECT keyExpr AS k, c.case_no AS n, amountExpr AS a FROM cases c <joins> WHERE <scope> AND (where).
    // `selectBinds` are the placeholders of keyExpr/amountExpr (they come first), `binds` those of `where`.
    Source source(const QString &keyExpr, const QString &joins, const QString &where, const QVariantList &binds,
                  const QString &amountExpr = QStringLiteral("0"), const QVariantList &selectBinds = {}) const;
    static Source unionAll(const QList<Source> &sources);

    // Adds a column and fills it from `source`; rows it names that the table has not are added.
    domain::Status column(ReportTable &table, const QString &key, const QString &heading, Aggregate aggregate,
                          const Source &source);
    domain::Status fill(ReportTable &table, int columnIndex, Aggregate aggregate, const Source &source);
    // A "total" row: each column's sum over the rows (averages left at 0).
    void addTotalRow(ReportTable &table);

private:
    QSqlDatabase m_db;
    ReportScope m_scope;
    QString m_from, m_to;
    bool m_withCases = true;
    QString m_visible = QStringLiteral("1 = 1");
    QVariantList m_visibleBinds;
};

} // namespace ecoclaim::reports
