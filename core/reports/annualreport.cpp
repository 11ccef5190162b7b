#include "core/reports/annualreport.h"
#include "core/reports/reportquery.h"

#include "core/domain/catalogue.h"
#include "core/domain/stage.h"
#include "core/service/caseservice.h"
#include "core/service/deadlinecatalogue.h"
#include "core/storage/database.h"
#include "core/storage/readsnapshot.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ecoclaim::reports {

namespace {
// Strings are translated with QCoreApplication::translate("ecoclaim::Reports", …) written out: lupdate
// 6.4 loses a Q_DECLARE_TR_FUNCTIONS context in this file (after structured bindings) and files them under "Tr".

using Rows = QList<std::pair<QString, QString>>;

Rows choiceRows(const QList<domain::Choice> &choices)
{
    Rows rows;
    for (const domain::Choice &c : choices)
        rows.append({c.key, c.displayName()});
    return rows;
}

ReportTable makeTable(const QString &key, const QString &title, const QString &article, const QString &note, const Rows &rows)
{
    ReportTable t;
    t.key = key;
    t.title = title;
    t.article = article;
    t.note = note;
    for (const auto &[k, label] : rows)
        t.rows.append(ReportRow{k, label, {}});
    return t;
}

// The outcomes of a clue by the period's end (Art. 13, 14): the first four are decisions, "filed" the case
// being filed (立案, the investigation), "pending" none of them yet.
const char *const DecisionOutcomes = "'transfer', 'not_applicable', 'no_damage', 'not_initiated'";

// Art. 36 ¶1, Art. 12–14: the clues received in the period, by channel and by what became of them.
domain::Status clueTables(ReportQuery &q, Report &report)
{
    Rows channels = choiceRows(domain::clueChannels());
    ReportTable clues = makeTable(u"clues"_s, QCoreApplication::translate("ecoclaim::Reports", "Clues received, by channel and outcome"), QCoreApplication::translate("ecoclaim::Reports", "Art. 12, 13, 14, 36"),
                                  QCoreApplication::translate("ecoclaim::Reports", "Clues received in the period; outcome as it stands at the period's end."), channels);
    const QString received = u"c.received_on BETWEEN ? AND ?"_s;
    const QVariantList period = q.period();
    if (auto s = q.column(clues, u"received"_s, QCoreApplication::translate("ecoclaim::Reports", "Received"), Aggregate::Count,
                          q.source(u"c.channel"_s, {}, received, period)); !s)
        return s;
    if (auto s = q.column(clues, u"checked_in_30_days"_s, QCoreApplication::translate("ecoclaim::Reports", "Checked within 30 days"), Aggregate::Count,
                          q.source(u"c.channel"_s, u"JOIN verifications v ON v.case_id = c.id"_s,
                                   received + u" AND v.concluded_on IS NOT NULL AND v.concluded_on <= ? AND "_s
                                       + q.daysBetween(u"v.concluded_on"_s, u"c.received_on"_s) + u" <= 30"_s,
                                   period + QVariantList{q.to()})); !s)
        return s;
    if (auto s = q.column(clues, u"filed"_s, QCoreApplication::translate("ecoclaim::Reports", "Filed"), Aggregate::Count,
                          q.source(u"c.channel"_s, u"JOIN investigations i ON i.case_id = c.id"_s, received + u" AND i.filed_on <= ?"_s,
                                   period + QVariantList{q.to()})); !s)
        return s;
    const std::pair<const char16_t *, QString> decisions[] = {{u"transfer", QCoreApplication::translate("ecoclaim::Reports", "Transferred")},
                                                               {u"not_applicable", QCoreApplication::translate("ecoclaim::Reports", "Not applicable")},
                                                               {u"no_damage", QCoreApplication::translate("ecoclaim::Reports", "No damage")},
                                                               {u"not_initiated", QCoreApplication::translate("ecoclaim::Reports", "Not initiated")}};
    for (const auto &[kind, heading] : decisions)
        if (auto s = q.column(clues, QString::fromUtf16(kind), heading, Aggregate::Count,
                              q.source(u"c.channel"_s, u"JOIN decisions d ON d.case_id = c.id"_s,
                                       received + u" AND d.kind = ? AND d.decided_on <= ?"_s,
                                       period + QVariantList{QString::fromUtf16(kind), q.to()})); !s)
            return s;
    if (auto s = q.column(clues, u"pending"_s, QCoreApplication::translate("ecoclaim::Reports", "Pending"), Aggregate::Count, q.source(u"c.channel"_s, {},
                          received + u" AND NOT EXISTS (SELECT 1 FROM investigations i WHERE i.case_id = c.id AND i.filed_on <= ?)"_s
                              + u" AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.case_id = c.id AND d.decided_on <= ? AND d.kind IN ("_s
                              + QLatin1StringView(DecisionOutcomes) + u"))"_s,
                          period + QVariantList{q.to(), q.to()})); !s)
        return s;
    q.addTotalRow(clues);
    report.tables.append(clues);

    ReportTable reasons = makeTable(u"not_initiated"_s, QCoreApplication::translate("ecoclaim::Reports", "Clues not initiated, by ground"), QCoreApplication::translate("ecoclaim::Reports", "Art. 14"),
                                    QCoreApplication::translate("ecoclaim::Reports", "Clues received in the period and not initiated by the period's end."),
                                    choiceRows(domain::nonInitiationReasons()));
    if (auto s = q.column(reasons, u"clues"_s, QCoreApplication::translate("ecoclaim::Reports", "Clues"), Aggregate::Count,
                          q.source(u"d.reason"_s, u"JOIN decisions d ON d.case_id = c.id"_s,
                                   received + u" AND d.kind = 'not_initiated' AND d.decided_on <= ?"_s,
                                   period + QVariantList{q.to()})); !s)
        return s;
    q.addTotalRow(reasons);
    report.tables.append(reasons);
    return domain::success();
}

// Art. 13, 14 ¶2, 39, 42: cases started, closed, terminated and archived in the period; every case by
// its stage at the period's end (the last timeline event on or before it) and the major ones among them.
domain::Status caseTables(ReportQuery &q, Report &report)
{
    const QVariantList period = q.period();
    ReportTable flow = makeTable(u"cases"_s, QCoreApplication::translate("ecoclaim::Reports", "Cases started and ended"), QCoreApplication::translate("ecoclaim::Reports", "Art. 13, 14, 42"),
                                 QCoreApplication::translate("ecoclaim::Reports", "Started: filed (立案) in the period; the others by the date of their decision."),
                                 {{u"started"_s, QCoreApplication::translate("ecoclaim::Reports", "Started (filed)")},
                                  {u"closing"_s, QCoreApplication::translate("ecoclaim::Reports", "Closed")},
                                  {u"termination"_s, QCoreApplication::translate("ecoclaim::Reports", "Terminated")},
                                  {u"archiving"_s, QCoreApplication::translate("ecoclaim::Reports", "Archived")}});
    if (auto s = q.column(flow, u"cases"_s, QCoreApplication::translate("ecoclaim::Reports", "Cases"), Aggregate::Count,
                          ReportQuery::unionAll(
                              {q.source(u"'started'"_s, u"JOIN investigations i ON i.case_id = c.id"_s, u"i.filed_on BETWEEN ? AND ?"_s, period),
                               q.source(u"d.kind"_s, u"JOIN decisions d ON d.case_id = c.id"_s,
                                        u"d.kind IN ('closing', 'termination', 'archiving') AND d.decided_on BETWEEN ? AND ?"_s, period)})); !s)
        return s;
    report.tables.append(flow);

    Rows stages;
    for (domain::Stage st : domain::allStages())
        stages.append({domain::stageKey(st), domain::stageDisplayName(st)});
    ReportTable atEnd = makeTable(u"stages"_s, QCoreApplication::translate("ecoclaim::Reports", "Cases by stage at the period's end"), QCoreApplication::translate("ecoclaim::Reports", "Art. 36, 39"),
                                  QCoreApplication::translate("ecoclaim::Reports", "Every clue received by the period's end, in the stage its last event on or before that day left it."),
                                  stages);
    const QString stageAtEnd = u"COALESCE((SELECT t.stage_to FROM timeline t WHERE t.case_id = c.id AND t.occurred_on <= ? "
                               "ORDER BY t.occurred_on DESC, t.id DESC LIMIT 1), 'clue')"_s;
    if (auto s = q.column(atEnd, u"cases"_s, QCoreApplication::translate("ecoclaim::Reports", "Cases"), Aggregate::Count,
                          q.source(stageAtEnd, {}, u"c.received_on <= ?"_s, {q.to()}, u"0"_s, {q.to()})); !s)
        return s;
    if (auto s = q.column(atEnd, u"major"_s, QCoreApplication::translate("ecoclaim::Reports", "Of which major"), Aggregate::Count,
                          q.source(stageAtEnd, {}, u"c.received_on <= ? AND c.is_major = 1"_s, {q.to()}, u"0"_s, {q.to()})); !s)
        return s;
    q.addTotalRow(atEnd);
    report.tables.append(atEnd);

    ReportTable classes = makeTable(u"classes"_s, QCoreApplication::translate("ecoclaim::Reports", "Cases started, by class"), QCoreApplication::translate("ecoclaim::Reports", "Art. 39; 环法规〔2025〕6号"),
                                    QCoreApplication::translate("ecoclaim::Reports", "Major: marked major (Art. 39); simple: the current claim at most 300,000 yuan; general: the rest."),
                                    {{u"major"_s, QCoreApplication::translate("ecoclaim::Reports", "Major")}, {u"simple"_s, QCoreApplication::translate("ecoclaim::Reports", "Simple")}, {u"general"_s, QCoreApplication::translate("ecoclaim::Reports", "General")}});
    if (auto s = q.column(classes, u"cases"_s, QCoreApplication::translate("ecoclaim::Reports", "Cases"), Aggregate::Count,
                          q.source(u"CASE WHEN c.is_major = 1 THEN 'major' WHEN c.claimed_fen <= 30000000 THEN 'simple' ELSE 'general' END"_s,
                                   u"JOIN investigations i ON i.case_id = c.id"_s, u"i.filed_on BETWEEN ? AND ?"_s, period)); !s)
        return s;
    q.addTotalRow(classes);
    report.tables.append(classes);
    return domain::success();
}

// Art. 18–26: consultation, agreements, judicial confirmation, suits and their triggers.
domain::Status claimTables(ReportQuery &q, Report &report)
{
    const QVariantList period = q.period();
    ReportTable consult = makeTable(
        u"consultation"_s, QCoreApplication::translate("ecoclaim::Reports", "Consultation, agreements and judicial confirmation"), QCoreApplication::translate("ecoclaim::Reports", "Art. 18–24"),
        QCoreApplication::translate("ecoclaim::Reports", "Each by its own date in the period; days and rounds are averages over the agreements signed in the period."),
        {{u"notices"_s, QCoreApplication::translate("ecoclaim::Reports", "Consultation notices served")},
         {u"cases_consulted"_s, QCoreApplication::translate("ecoclaim::Reports", "Cases whose consultation began")},
         {u"rounds"_s, QCoreApplication::translate("ecoclaim::Reports", "Consultation rounds held")},
         {u"agreements"_s, QCoreApplication::translate("ecoclaim::Reports", "Agreements signed")},
         {u"consultation_failed"_s, QCoreApplication::translate("ecoclaim::Reports", "Suits after failed consultation (Art. 25 ¶1)")},
         {u"confirmations_applied"_s, QCoreApplication::translate("ecoclaim::Reports", "Judicial confirmations applied for")},
         {u"confirmations_granted"_s, QCoreApplication::translate("ecoclaim::Reports", "Judicial confirmations granted")},
         {u"confirmations_refused"_s, QCoreApplication::translate("ecoclaim::Reports", "Judicial confirmations refused")}});
    const QString failedTriggers = u"'refused_or_no_reply', 'absent_or_withdrew', 'limit_exceeded', 'impossible'"_s;
    if (auto s = q.column(
            consult, u"number"_s, QCoreApplication::translate("ecoclaim::Reports", "Number"), Aggregate::Count,
            ReportQuery::unionAll({
                q.source(u"'notices'"_s, u"JOIN consultation_notices n ON n.case_id = c.id"_s, u"n.served_on BETWEEN ? AND ?"_s, period),
                q.source(u"'cases_consulted'"_s, {}, u"(SELECT MIN(n.served_on) FROM consultation_notices n WHERE n.case_id = c.id) BETWEEN ? AND ?"_s, period),
                q.source(u"'rounds'"_s, u"JOIN consultation_rounds r ON r.case_id = c.id"_s, u"r.held_on BETWEEN ? AND ?"_s, period),
                q.source(u"'agreements'"_s, u"JOIN agreements a ON a.case_id = c.id"_s, u"a.signed_on BETWEEN ? AND ?"_s, period),
                q.source(u"'consultation_failed'"_s, u"JOIN litigations l ON l.case_id = c.id"_s,
            u"l.filed_on BETWEEN ? AND ? AND l.trigger IN ("_s + failedTriggers + u')', period),
                q.source(u"'confirmations_applied'"_s, u"JOIN confirmations f ON f.case_id = c.id"_s, u"f.applied_on BETWEEN ? AND ?"_s, period),
                q.source(u"'confirmations_granted'"_s, u"JOIN confirmations f ON f.case_id = c.id"_s,
            u"f.confirmed = 1 AND f.ruled_on BETWEEN ? AND ?"_s, period),
                q.source(u"'confirmations_refused'"_s, u"JOIN confirmations f ON f.case_id = c.id"_s,
            u"f.confirmed = 0 AND f.ruled_on BETWEEN ? AND ?"_s, period)})); !s)
        return s;
    // Averages over the agreements of the period: days from the first notice served, and rounds held.
    consult.rows.append(ReportRow{u"days_to_agreement"_s, QCoreApplication::translate("ecoclaim::Reports", "Days from first notice to agreement (average)"), {}});
    consult.rows.append(ReportRow{u"rounds_per_agreement"_s, QCoreApplication::translate("ecoclaim::Reports", "Rounds per agreement (average)"), {}});
    const QString firstNotice = u"(SELECT MIN(n.served_on) FROM consultation_notices n WHERE n.case_id = c.id)"_s;
    if (auto s = q.fill(consult, 0, Aggregate::Average,
                        q.source(u"'days_to_agreement'"_s, u"JOIN agreements a ON a.case_id = c.id"_s,
                                 u"a.signed_on BETWEEN ? AND ? AND "_s + firstNotice + u" IS NOT NULL"_s, period,
                                 q.daysBetween(u"a.signed_on"_s, firstNotice))); !s)
        return s;
    if (auto s = q.fill(consult, 0, Aggregate::Average,
                        q.source(u"'rounds_per_agreement'"_s, u"JOIN agreements a ON a.case_id = c.id"_s,
                                 u"a.signed_on BETWEEN ? AND ?"_s, period,
                                 u"(SELECT COUNT(*) FROM consultation_rounds r WHERE r.case_id = c.id)"_s)); !s)
        return s;
    report.tables.append(consult);

    ReportTable suits = makeTable(u"suits"_s, QCoreApplication::translate("ecoclaim::Reports", "Suits, by trigger"), QCoreApplication::translate("ecoclaim::Reports", "Art. 25"),
                                  QCoreApplication::translate("ecoclaim::Reports", "Filed and judged by their dates in the period; the award of the suits judged."),
                                  choiceRows(domain::litigationTriggers()));
    if (auto s = q.column(suits, u"filed"_s, QCoreApplication::translate("ecoclaim::Reports", "Filed"), Aggregate::Count,
                          q.source(u"l.trigger"_s, u"JOIN litigations l ON l.case_id = c.id"_s, u"l.filed_on BETWEEN ? AND ?"_s, period)); !s)
        return s;
    if (auto s = q.column(suits, u"judged"_s, QCoreApplication::translate("ecoclaim::Reports", "Judged"), Aggregate::Count,
                          q.source(u"l.trigger"_s, u"JOIN litigations l ON l.case_id = c.id"_s, u"l.judged_on BETWEEN ? AND ?"_s, period)); !s)
        return s;
    if (auto s = q.column(suits, u"awarded"_s, QCoreApplication::translate("ecoclaim::Reports", "Awarded (yuan)"), Aggregate::Sum,
                          q.source(u"l.trigger"_s, u"JOIN litigations l ON l.case_id = c.id"_s, u"l.judged_on BETWEEN ? AND ?"_s,
                                   period, u"l.awarded_fen"_s)); !s)
        return s;
    q.addTotalRow(suits);
    report.tables.append(suits);
    return domain::success();
}

} // namespace

domain::Status moneyTables(ReportQuery &q, Report &report);      // annualreport_money.cpp
domain::Status restorationTables(ReportQuery &q, Report &report); // annualreport_money.cpp

namespace {

domain::Result<Report> build(service::CaseService &service, const ReportScope &scope, ReportKind kind, QDate from, QDate to,
                             bool withCases)
{
    if (!from.isValid() || !to.isValid() || from > to)
        return domain::Problem{{}, QCoreApplication::translate("ecoclaim::Reports", "The period must run from a real date to a later or equal one."), {}};
    Report report;
    report.kind = kind;
    report.scope = scope;
    report.from = from;
    report.to = to;
    const QSqlDatabase db = service.database().connection();
    storage::ReadSnapshot snapshot(db); // every figure from the same state of the register
    if (auto s = snapshot.begin(); !s)
        return s.problems();
    ReportQuery q(db, scope, from, to, withCases, service.access().scoped({}));
    if (auto s = clueTables(q, report); !s)
        return s.problems();
    if (kind == ReportKind::Annual) {
        for (auto part : {caseTables, claimTables, moneyTables, restorationTables})
            if (auto s = part(q, report); !s)
                return s.problems();
    }
    return report;
}

} // namespace

domain::Result<Report> annualReport(service::CaseService &service, const ReportScope &scope, int year, bool withCases)
{
    if (year < 2000 || year > 2200)
        return domain::Problem{{}, QCoreApplication::translate("ecoclaim::Reports", "%1 is not a year a report can cover.").arg(year), {}};
    return build(service, scope, ReportKind::Annual, QDate(year, 1, 1), QDate(year, 12, 31), withCases);
}

domain::Result<Report> screeningReport(service::CaseService &service, const ReportScope &scope, QDate from, QDate to,
                                       bool withCases)
{
    return build(service, scope, ReportKind::Screening, from, to, withCases);
}

} // namespace ecoclaim::reports
