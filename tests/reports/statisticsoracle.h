#pragma once
// The statistics page's figures computed a second way, for the tests: in C++ over the case files the
// reader loads (domain::CaseFile) and the raw rows of the deadline tables, with the definitions of
// docs/reports.md ("The statistics page") written out again here — never by calling core/reports.
// Each bar is "chart/series/category" → its value and the ids of the cases behind it.

#include "core/domain/casefile.h"
#include "core/storage/sqlquery.h"

#include <QMap>
#include <QSet>
#include <QSqlQuery>

#include <functional>

namespace ecoclaim::test {

struct StatisticsOracle
{
    QMap<QString, qint64> values;
    QMap<QString, QSet<qint64>> cases;

    void add(const QString &chart, const QString &series, const QString &category, qint64 caseId, qint64 amount = 1)
    {
        const QString key = chart + u'/' + series + u'/' + category;
        values[key] += amount;
        cases[key].insert(caseId);
    }

    static bool in(QDate d, QDate from, QDate to) { return d.isValid() && (from.isNull() || (d >= from && d <= to)); }

    // A deadline as the raw tables hold it: an open one (deadlines) or one whose log says it ended.
    struct DeadlineRow
    {
        qint64 caseId = 0;
        QString kind, command;
        QDate due, changedOn;
        QDateTime changedAt;
        bool open = false, suspended = false;
    };
    static QList<DeadlineRow> readDeadlines(const QSqlDatabase &db)
    {
        using namespace Qt::StringLiterals;
        QList<DeadlineRow> rows;
        auto open = storage::exec(db, u"SELECT case_id, kind, due_on, state FROM deadlines"_s);
        while (open && open.value().next())
            rows.append({open.value().value(0).toLongLong(), open.value().value(1).toString(), {},
                         storage::dateFrom(open.value().value(2)), {}, {}, true, open.value().value(3).toString() == u"suspended"});
        auto ended = storage::exec(db, u"SELECT case_id, kind, old_due_on, command, changed_at, changed_on FROM deadline_log "
                                        "WHERE new_due_on IS NULL"_s);
        while (ended && ended.value().next()) {
            DeadlineRow r;
            r.caseId = ended.value().value(0).toLongLong();
            r.kind = ended.value().value(1).toString();
            r.due = storage::dateFrom(ended.value().value(2));
            r.command = ended.value().value(3).toString();
            r.changedAt = storage::timestampFrom(ended.value().value(4));
            r.changedOn = storage::dateFrom(ended.value().value(5));
            if (r.due.isValid())
                rows.append(r);
        }
        return rows;
    }

    // `from`/`to` null: no period. `today`: overdue is counted at it; the flow's months are from..to, or the
    // 12 months up to today.
    void addCase(const domain::CaseFile &c, QDate from, QDate to, QDate today, const QList<DeadlineRow> &deadlines)
    {
        using namespace Qt::StringLiterals;
        const qint64 id = c.id;
        if (in(c.receivedOn, from, to)) {
            add(u"stages"_s, domain::stageKey(c.stage), c.districtCode, id);
            add(u"channels"_s, u"received"_s, c.channel, id);
            if (c.investigation)
                add(u"channels"_s, u"filed"_s, c.channel, id);
            auto money = [&](const QString &series, const domain::Amounts &a, bool withPunitive) {
                const QList<std::pair<QString, domain::Money>> parts{
                    {u"interim_loss"_s, a.interimLoss}, {u"permanent_loss"_s, a.permanentLoss},
                    {u"assessment_costs"_s, a.assessmentCosts}, {u"restoration_costs"_s, a.restorationCosts},
                    {u"prevention_costs"_s, a.preventionCosts}};
                for (const auto &p : parts)
                    if (p.second.fen() != 0)
                        add(u"amounts"_s, series, p.first, id, p.second.fen());
                if (withPunitive && a.punitive.fen() != 0)
                    add(u"amounts"_s, series, u"punitive"_s, id, a.punitive.fen());
            };
            for (const domain::Appraisal &a : c.appraisals)
                if (a.status == u"completed")
                    money(u"claimed"_s, a.amounts, false);
            for (const domain::Litigation &l : c.litigations)
                if (l.claimed.punitive.fen() != 0)
                    add(u"amounts"_s, u"claimed"_s, u"punitive"_s, id, l.claimed.punitive.fen());
            for (const domain::Agreement &a : c.agreements)
                money(u"agreed"_s, a.amounts, true);
            for (const domain::Payment &p : c.payments)
                if (p.amount.fen() != 0)
                    add(u"amounts"_s, u"paid"_s, p.category.isEmpty() ? u"apportioned"_s : p.category, id, p.amount.fen());
        }
        const QDate flowFrom = from.isNull() ? QDate(today.year(), today.month(), 1).addMonths(-11) : from;
        const QDate flowTo = from.isNull() ? today : to;
        auto month = [&](const QString &series, QDate d) {
            if (d.isValid() && d >= flowFrom && d <= flowTo)
                add(u"flow"_s, series, d.toString(u"yyyy-MM"_s), id);
        };
        month(u"new"_s, c.receivedOn);
        if (c.investigation)
            month(u"filed"_s, c.investigation->filedOn);
        for (const domain::Decision &d : c.decisions)
            if (d.kind == u"closing")
                month(u"closed"_s, d.decidedOn);
        for (const DeadlineRow &d : deadlines) {
            if (d.caseId != id)
                continue;
            if (d.open) {
                if (!d.suspended && d.due < today && in(d.due, from, to))
                    add(u"deadlines"_s, u"overdue"_s, d.kind, id);
                continue;
            }
            // The day the step that ended it happened: the last timeline event of that command recorded
            // by then; without one, the day it was recorded.
            QDate endedOn = d.changedOn;
            for (const domain::TimelineEvent &e : c.timeline)
                if (e.command == d.command && e.recordedAt <= d.changedAt)
                    endedOn = e.occurredOn;
            if (!in(endedOn, from, to))
                continue;
            add(u"deadlines"_s, endedOn <= d.due ? u"kept"_s : u"late"_s, d.kind, id);
        }
    }
};

} // namespace ecoclaim::test
