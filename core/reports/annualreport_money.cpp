// The annual report's money, restoration, deadline, linked-proceedings and coverage tables (Art. 5, 8,
// 27–33, 36). Same helper as annualreport.cpp: each column one SQL source, aggregated per row key.
#include "core/reports/annualreport.h"
#include "core/reports/reportquery.h"

#include "core/domain/catalogue.h"
#include "core/service/deadlinecatalogue.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ecoclaim::reports {

namespace {
// Strings are translated with QCoreApplication::translate("ecoclaim::Reports", …) written out: lupdate
// 6.4 loses a Q_DECLARE_TR_FUNCTIONS context in this file (after structured bindings) and files them under "Tr".

ReportTable makeTable(const QString &key, const QString &title, const QString &article, const QString &note,
                      const QList<std::pair<QString, QString>> &rows)
{
    ReportTable t{key, title, article, note, {}, {}, {}, {}};
    for (const auto &[k, label] : rows)
        t.rows.append(ReportRow{k, label, {}});
    return t;
}

QList<std::pair<QString, QString>> choiceRows(const QList<domain::Choice> &choices)
{
    QList<std::pair<QString, QString>> rows;
    for (const domain::Choice &c : choices)
        rows.append({c.key, c.displayName()});
    return rows;
}

// The five categories of Art. 5 and punitive damages (Art. 26): column name and catalogue key.
const std::pair<const char *, const char16_t *> Categories[] = {
    {"interim_loss_fen", u"interim_loss"},         {"permanent_loss_fen", u"permanent_loss"},
    {"assessment_costs_fen", u"assessment_costs"}, {"restoration_costs_fen", u"restoration_costs"},
    {"prevention_costs_fen", u"prevention_costs"},
};

// One source per category (the amounts are columns of a row: unpivoted with UNION ALL).
Source byCategory(const ReportQuery &q, const QString &alias, const QString &joins, const QString &where,
                  const QVariantList &binds, bool punitive)
{
    QList<Source> parts;
    for (const auto &[column, key] : Categories)
        parts << q.source(u"'%1'"_s.arg(QString::fromUtf16(key)), joins, where + u" AND %1.%2 <> 0"_s.arg(alias, QLatin1StringView(column)),
                          binds, u"%1.%2"_s.arg(alias, QLatin1StringView(column)));
    if (punitive)
        parts << q.source(u"'punitive'"_s, joins, where + u" AND %1.punitive_fen <> 0"_s.arg(alias), binds,
                          u"%1.punitive_fen"_s.arg(alias));
    return ReportQuery::unionAll(parts);
}

} // namespace

// Art. 5, 8, 26: amounts appraised and agreed by category; agreed, awarded and paid in the period.
domain::Status moneyTables(ReportQuery &q, Report &report)
{
    const QVariantList period = q.period();
    auto rows = choiceRows(domain::compensationCategories());
    rows.append({u"punitive"_s, QCoreApplication::translate("ecoclaim::Reports", "Punitive damages (Art. 26)")});
    ReportTable amounts = makeTable(u"amounts"_s, QCoreApplication::translate("ecoclaim::Reports", "Amounts by category"), QCoreApplication::translate("ecoclaim::Reports", "Art. 5, 26"),
                                    QCoreApplication::translate("ecoclaim::Reports", "Appraised: appraisals completed in the period; agreed: agreements signed in the period."),
                                    rows);
    if (auto s = q.column(amounts, u"appraised"_s, QCoreApplication::translate("ecoclaim::Reports", "Appraised (yuan)"), Aggregate::Sum,
                          byCategory(q, u"p"_s, u"JOIN appraisals p ON p.case_id = c.id"_s,
                                     u"p.status = 'completed' AND p.completed_on BETWEEN ? AND ?"_s, period, false));
        !s)
        return s;
    if (auto s = q.column(amounts, u"agreed"_s, QCoreApplication::translate("ecoclaim::Reports", "Agreed (yuan)"), Aggregate::Sum,
                          byCategory(q, u"a"_s, u"JOIN agreements a ON a.case_id = c.id"_s, u"a.signed_on BETWEEN ? AND ?"_s,
                                     period, true));
        !s)
        return s;
    q.addTotalRow(amounts);
    report.tables.append(amounts);

    ReportTable flow = makeTable(u"money"_s, QCoreApplication::translate("ecoclaim::Reports", "Compensation agreed, awarded and paid"), QCoreApplication::translate("ecoclaim::Reports", "Art. 8, 24, 25"),
                                 QCoreApplication::translate("ecoclaim::Reports", "Agreements signed, judgments given and payments received in the period."),
                                 {{u"agreed"_s, QCoreApplication::translate("ecoclaim::Reports", "Agreed")}, {u"awarded"_s, QCoreApplication::translate("ecoclaim::Reports", "Awarded by judgment")},
                                  {u"paid"_s, QCoreApplication::translate("ecoclaim::Reports", "Paid in")}});
    const QString agreedTotal = u"(a.interim_loss_fen + a.permanent_loss_fen + a.assessment_costs_fen + a.restoration_costs_fen"
                                " + a.prevention_costs_fen + a.punitive_fen)"_s;
    const Source sources[] = {
        q.source(u"'agreed'"_s, u"JOIN agreements a ON a.case_id = c.id"_s, u"a.signed_on BETWEEN ? AND ?"_s, period, agreedTotal),
        q.source(u"'awarded'"_s, u"JOIN litigations l ON l.case_id = c.id"_s, u"l.judged_on BETWEEN ? AND ?"_s, period,
                 u"l.awarded_fen"_s),
        q.source(u"'paid'"_s, u"JOIN payments m ON m.case_id = c.id"_s, u"m.paid_on BETWEEN ? AND ?"_s, period, u"m.amount_fen"_s)};
    const Source all = ReportQuery::unionAll({sources[0], sources[1], sources[2]});
    if (auto s = q.column(flow, u"number"_s, QCoreApplication::translate("ecoclaim::Reports", "Number"), Aggregate::Count, all); !s)
        return s;
    if (auto s = q.column(flow, u"amount"_s, QCoreApplication::translate("ecoclaim::Reports", "Amount (yuan)"), Aggregate::Sum, all); !s)
        return s;
    report.tables.append(flow);
    return domain::success();
}

// Art. 27–33, 36: restoration by executor and by element, evaluations, overdue deadlines, linked
// proceedings, and the districts covered.
domain::Status restorationTables(ReportQuery &q, Report &report)
{
    const QVariantList period = q.period();
    ReportTable works = makeTable(u"restoration"_s, QCoreApplication::translate("ecoclaim::Reports", "Restoration, by who carries it out"), QCoreApplication::translate("ecoclaim::Reports", "Art. 7, 27, 28"),
                                  QCoreApplication::translate("ecoclaim::Reports", "Started and completed by their dates in the period."),
                                  choiceRows(domain::restorationExecutors()));
    const QString joins = u"JOIN restorations r ON r.case_id = c.id"_s;
    if (auto s = q.column(works, u"started"_s, QCoreApplication::translate("ecoclaim::Reports", "Started"), Aggregate::Count,
                          q.source(u"r.executor"_s, joins, u"r.started_on BETWEEN ? AND ?"_s, period));
        !s)
        return s;
    if (auto s = q.column(works, u"preemptive"_s, QCoreApplication::translate("ecoclaim::Reports", "Of which pre-emptive"), Aggregate::Count,
                          q.source(u"r.executor"_s, joins, u"r.preemptive = 1 AND r.started_on BETWEEN ? AND ?"_s, period));
        !s)
        return s;
    if (auto s = q.column(works, u"completed"_s, QCoreApplication::translate("ecoclaim::Reports", "Completed"), Aggregate::Count,
                          q.source(u"r.executor"_s, joins, u"r.completed_on BETWEEN ? AND ?"_s, period));
        !s)
        return s;
    q.addTotalRow(works);
    report.tables.append(works);

    ReportTable plans = makeTable(u"plans"_s, QCoreApplication::translate("ecoclaim::Reports", "Restoration plans, by environmental element"), QCoreApplication::translate("ecoclaim::Reports", "Art. 27"),
                                  QCoreApplication::translate("ecoclaim::Reports", "Plans drafted in the period, by the elements they name."), {});
    const QString planJoin = u"JOIN restoration_plans p ON p.case_id = c.id"_s;
    if (auto s = q.column(plans, u"plans"_s, QCoreApplication::translate("ecoclaim::Reports", "Plans"), Aggregate::Count,
                          q.source(u"p.elements"_s, planJoin, u"p.drafted_on BETWEEN ? AND ?"_s, period));
        !s)
        return s;
    if (auto s = q.column(plans, u"alternative"_s, QCoreApplication::translate("ecoclaim::Reports", "Of which alternative restoration"), Aggregate::Count,
                          q.source(u"p.elements"_s, planJoin, u"p.alternative_method <> '' AND p.drafted_on BETWEEN ? AND ?"_s, period));
        !s)
        return s;
    q.addTotalRow(plans);
    report.tables.append(plans);

    ReportTable evaluations = makeTable(u"evaluations"_s, QCoreApplication::translate("ecoclaim::Reports", "Effect evaluations, by method"), QCoreApplication::translate("ecoclaim::Reports", "Art. 29"),
                                        QCoreApplication::translate("ecoclaim::Reports", "Evaluations made in the period."),
                                        {{u"institution"_s, QCoreApplication::translate("ecoclaim::Reports", "Institution")}, {u"experts"_s, QCoreApplication::translate("ecoclaim::Reports", "Experts")},
                                         {u"comprehensive"_s, QCoreApplication::translate("ecoclaim::Reports", "Comprehensive finding")}});
    const QString evalJoin = u"JOIN evaluations e ON e.case_id = c.id"_s;
    if (auto s = q.column(evaluations, u"passed"_s, QCoreApplication::translate("ecoclaim::Reports", "Passed"), Aggregate::Count,
                          q.source(u"e.method"_s, evalJoin, u"e.passed = 1 AND e.evaluated_on BETWEEN ? AND ?"_s, period));
        !s)
        return s;
    if (auto s = q.column(evaluations, u"failed"_s, QCoreApplication::translate("ecoclaim::Reports", "Failed"), Aggregate::Count,
                          q.source(u"e.method"_s, evalJoin, u"e.passed = 0 AND e.evaluated_on BETWEEN ? AND ?"_s, period));
        !s)
        return s;
    q.addTotalRow(evaluations);
    report.tables.append(evaluations);

    ReportTable overdue = makeTable(u"deadlines"_s, QCoreApplication::translate("ecoclaim::Reports", "Open deadlines due by the period's end"), QCoreApplication::translate("ecoclaim::Reports", "Art. 13, 19, 22, 27, 36"),
                                    QCoreApplication::translate("ecoclaim::Reports", "Deadlines still open when the report is made whose day fell on or before the period's end: "
                                           "missed unless a suspension stands."),
                                    {});
    if (auto s = q.column(overdue, u"open"_s, QCoreApplication::translate("ecoclaim::Reports", "Open and due"), Aggregate::Count,
                          q.source(u"dl.kind"_s, u"JOIN deadlines dl ON dl.case_id = c.id"_s,
                                   u"dl.state = 'open' AND dl.due_on <= ?"_s, {q.to()}));
        !s)
        return s;
    for (ReportRow &r : overdue.rows)
        r.label = service::deadlineKindName(r.key);
    q.addTotalRow(overdue);
    report.tables.append(overdue);

    ReportTable linked = makeTable(u"proceedings"_s, QCoreApplication::translate("ecoclaim::Reports", "Linked proceedings"), QCoreApplication::translate("ecoclaim::Reports", "Art. 31–33"),
                                   QCoreApplication::translate("ecoclaim::Reports", "Proceedings linked to a case and started in the period."),
                                   choiceRows(domain::proceedingKinds()));
    if (auto s = q.column(linked, u"started"_s, QCoreApplication::translate("ecoclaim::Reports", "Started"), Aggregate::Count,
                          q.source(u"g.kind"_s, u"JOIN proceedings g ON g.case_id = c.id"_s, u"g.started_on BETWEEN ? AND ?"_s, period));
        !s)
        return s;
    q.addTotalRow(linked);
    report.tables.append(linked);

    QList<std::pair<QString, QString>> districtRows;
    for (const domain::District &d : domain::districts())
        districtRows.append({d.code, d.displayName()});
    ReportTable coverage = makeTable(u"coverage"_s, QCoreApplication::translate("ecoclaim::Reports", "Coverage by district"), QCoreApplication::translate("ecoclaim::Reports", "Art. 6, 36"),
                                     QCoreApplication::translate("ecoclaim::Reports", "Clues received and cases filed in the period, per district."), districtRows);
    if (auto s = q.column(coverage, u"clues"_s, QCoreApplication::translate("ecoclaim::Reports", "Clues received"), Aggregate::Count,
                          q.source(u"c.district_code"_s, {}, u"c.received_on BETWEEN ? AND ?"_s, period));
        !s)
        return s;
    if (auto s = q.column(coverage, u"started"_s, QCoreApplication::translate("ecoclaim::Reports", "Cases filed"), Aggregate::Count,
                          q.source(u"c.district_code"_s, u"JOIN investigations i ON i.case_id = c.id"_s,
                                   u"i.filed_on BETWEEN ? AND ?"_s, period));
        !s)
        return s;
    q.addTotalRow(coverage);
    report.tables.append(coverage);
    return domain::success();
}

} // namespace ecoclaim::reports
