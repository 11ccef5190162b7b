#pragma once
// The reports' figures computed a second way, for the tests: in C++ over the case files the reader
// loads (domain::CaseFile), with the definitions of docs/reports.md written out again here — never
// by calling core/reports. Each figure is "table/row/column" → value and the case numbers behind it.

#include "core/domain/casefile.h"

#include <QMap>
#include <QStringList>

#include <cmath>

namespace ecoclaim::test {

struct Expected
{
    qint64 value = 0;
    QStringList cases;
};

struct DeadlineFact
{
    QString caseNo, kind, state;
    QDate due;
    qint64 caseId = 0;
};

class ReportOracle
{
public:
    QMap<QString, Expected> figures;
    QMap<QString, std::pair<qint64, qint64>> averages; // key → (sum, count)

    void count(const QString &table, const QString &row, const QString &column, const QString &caseNo, qint64 amount = 1)
    {
        Expected &e = figures[table + u'/' + row + u'/' + column];
        e.value += amount;
        e.cases << caseNo;
    }
    void average(const QString &table, const QString &row, const QString &column, const QString &caseNo, qint64 amount)
    {
        const QString key = table + u'/' + row + u'/' + column;
        auto &[sum, n] = averages[key];
        sum += amount;
        ++n;
        figures[key].cases << caseNo;
        figures[key].value = n ? qint64(std::llround(double(sum) / double(n))) : 0;
    }

    static bool in(QDate d, QDate from, QDate to) { return d.isValid() && d >= from && d <= to; }

    void add(const domain::CaseFile &c, QDate from, QDate to, bool annual)
    {
        using namespace Qt::StringLiterals;
        const QString no = c.number;
        // Clues received in the period (Art. 12–14), outcome as of the period's end.
        if (in(c.receivedOn, from, to)) {
            count(u"clues"_s, c.channel, u"received"_s, no);
            if (c.verification && c.verification->concludedOn.isValid() && c.verification->concludedOn <= to
                && c.receivedOn.daysTo(c.verification->concludedOn) <= 30)
                count(u"clues"_s, c.channel, u"checked_in_30_days"_s, no);
            bool decided = false;
            if (c.investigation && c.investigation->filedOn.isValid() && c.investigation->filedOn <= to) {
                count(u"clues"_s, c.channel, u"filed"_s, no);
                decided = true;
            }
            for (const domain::Decision &d : c.decisions) {
                if (d.decidedOn > to)
                    continue;
                if (QStringList{u"transfer"_s, u"not_applicable"_s, u"no_damage"_s, u"not_initiated"_s}.contains(d.kind)) {
                    count(u"clues"_s, c.channel, d.kind, no);
                    decided = true;
                }
                if (d.kind == u"not_initiated")
                    count(u"not_initiated"_s, d.reason, u"clues"_s, no);
            }
            if (!decided)
                count(u"clues"_s, c.channel, u"pending"_s, no);
        }
        if (!annual)
            return;
        const bool started = c.investigation && in(c.investigation->filedOn, from, to);
        if (started) {
            count(u"cases"_s, u"started"_s, u"cases"_s, no);
            count(u"classes"_s, c.major ? u"major"_s : c.claimed.fen() <= 30000000 ? u"simple"_s : u"general"_s, u"cases"_s, no);
            count(u"coverage"_s, c.districtCode, u"started"_s, no);
        }
        if (in(c.receivedOn, from, to))
            count(u"coverage"_s, c.districtCode, u"clues"_s, no);
        for (const domain::Decision &d : c.decisions)
            if (QStringList{u"closing"_s, u"termination"_s, u"archiving"_s}.contains(d.kind) && in(d.decidedOn, from, to))
                count(u"cases"_s, d.kind, u"cases"_s, no);
        if (c.receivedOn <= to) {
            QString stage = u"clue"_s;
            QDate best;
            qint64 bestId = -1;
            for (const domain::TimelineEvent &e : c.timeline)
                if (e.occurredOn <= to && (e.occurredOn > best || (e.occurredOn == best && e.id > bestId) || !best.isValid())) {
                    best = e.occurredOn;
                    bestId = e.id;
                    stage = e.stageTo;
                }
            count(u"stages"_s, stage, u"cases"_s, no);
            if (c.major)
                count(u"stages"_s, stage, u"major"_s, no);
        }
        // Consultation and confirmation (Art. 18–24).
        QDate first;
        for (const domain::ConsultationNotice &n : c.notices) {
            if (in(n.servedOn, from, to))
                count(u"consultation"_s, u"notices"_s, u"number"_s, no);
            if (!first.isValid() || n.servedOn < first)
                first = n.servedOn;
        }
        if (in(first, from, to))
            count(u"consultation"_s, u"cases_consulted"_s, u"number"_s, no);
        for (const domain::ConsultationRound &r : c.rounds)
            if (in(r.heldOn, from, to))
                count(u"consultation"_s, u"rounds"_s, u"number"_s, no);
        if (c.agreement && in(c.agreement->signedOn, from, to)) {
            const domain::Amounts &a = c.agreement->amounts;
            count(u"consultation"_s, u"agreements"_s, u"number"_s, no);
            if (first.isValid())
                average(u"consultation"_s, u"days_to_agreement"_s, u"number"_s, no, first.daysTo(c.agreement->signedOn));
            average(u"consultation"_s, u"rounds_per_agreement"_s, u"number"_s, no, c.rounds.size());
            categories(u"agreed"_s, a, no, true);
            count(u"money"_s, u"agreed"_s, u"number"_s, no);
            count(u"money"_s, u"agreed"_s, u"amount"_s, no, a.total().fen());
        }
        for (const domain::Confirmation &f : c.confirmations) {
            if (in(f.appliedOn, from, to))
                count(u"consultation"_s, u"confirmations_applied"_s, u"number"_s, no);
            if (f.confirmed && in(f.ruledOn, from, to))
                count(u"consultation"_s, *f.confirmed ? u"confirmations_granted"_s : u"confirmations_refused"_s, u"number"_s, no);
        }
        for (const domain::Litigation &l : c.litigations) {
            if (in(l.filedOn, from, to)) {
                count(u"suits"_s, l.trigger, u"filed"_s, no);
                if (l.trigger != u"agreement_not_performed")
                    count(u"consultation"_s, u"consultation_failed"_s, u"number"_s, no);
            }
            if (in(l.judgedOn, from, to)) {
                count(u"suits"_s, l.trigger, u"judged"_s, no);
                count(u"suits"_s, l.trigger, u"awarded"_s, no, l.awarded.fen());
                count(u"money"_s, u"awarded"_s, u"number"_s, no);
                count(u"money"_s, u"awarded"_s, u"amount"_s, no, l.awarded.fen());
            }
        }
        for (const domain::Appraisal &p : c.appraisals)
            if (p.status == u"completed" && in(p.completedOn, from, to))
                categories(u"appraised"_s, p.amounts, no, false);
        for (const domain::Payment &p : c.payments)
            if (in(p.paidOn, from, to)) {
                count(u"money"_s, u"paid"_s, u"number"_s, no);
                count(u"money"_s, u"paid"_s, u"amount"_s, no, p.amount.fen());
            }
        // Restoration, evaluations, proceedings (Art. 27–33).
        if (c.restoration) {
            if (in(c.restoration->startedOn, from, to)) {
                count(u"restoration"_s, c.restoration->executor, u"started"_s, no);
                if (c.restoration->preemptive)
                    count(u"restoration"_s, c.restoration->executor, u"preemptive"_s, no);
            }
            if (in(c.restoration->completedOn, from, to))
                count(u"restoration"_s, c.restoration->executor, u"completed"_s, no);
        }
        for (const domain::RestorationPlan &p : c.restorationPlans)
            if (in(p.draftedOn, from, to)) {
                count(u"plans"_s, p.elements, u"plans"_s, no);
                if (!p.alternativeMethod.isEmpty())
                    count(u"plans"_s, p.elements, u"alternative"_s, no);
            }
        for (const domain::Evaluation &e : c.evaluations)
            if (in(e.evaluatedOn, from, to))
                count(u"evaluations"_s, e.method, e.passed ? u"passed"_s : u"failed"_s, no);
        for (const domain::Proceeding &p : c.proceedings)
            if (in(p.startedOn, from, to))
                count(u"proceedings"_s, p.kind, u"started"_s, no);
    }

    void addDeadline(const DeadlineFact &d, QDate to)
    {
        using namespace Qt::StringLiterals;
        if (d.state == u"open" && d.due <= to)
            count(u"deadlines"_s, d.kind, u"open"_s, d.caseNo);
    }

private:
    void categories(const QString &column, const domain::Amounts &a, const QString &no, bool punitive)
    {
        using namespace Qt::StringLiterals;
        const std::pair<QString, qint64> all[] = {{u"interim_loss"_s, a.interimLoss.fen()},
                                                  {u"permanent_loss"_s, a.permanentLoss.fen()},
                                                  {u"assessment_costs"_s, a.assessmentCosts.fen()},
                                                  {u"restoration_costs"_s, a.restorationCosts.fen()},
                                                  {u"prevention_costs"_s, a.preventionCosts.fen()},
                                                  {u"punitive"_s, punitive ? a.punitive.fen() : 0}};
        for (const auto &[key, fen] : all)
            if (fen != 0)
                count(u"amounts"_s, key, column, no, fen);
    }
};

} // namespace ecoclaim::test
