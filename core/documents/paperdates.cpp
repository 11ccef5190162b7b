#include "core/documents/paperdates.h"

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::documents {

namespace {
QDate decidedOn(const CaseFile &file, const QString &kind)
{
    QDate found;
    for (const Decision &d : file.decisions)
        if (d.kind == kind)
            found = d.decidedOn;
    return found;
}

PaperDate act(QDate date, const QString &what, QDate issueDay)
{
    return date.isValid() ? PaperDate{date, what} : PaperDate{issueDay, {}};
}
} // namespace

PaperDate paperDate(const CaseFile &file, const PaperType &type, const QString &subject, QDate issueDay)
{
    const QString id = type.id;
    if (id == u"clue_transfer")
        return act(decidedOn(file, u"transfer"_s), u"移送决定"_s, issueDay);
    if (id == u"non_initiation")
        return act(decidedOn(file, u"not_initiated"_s), u"不启动决定"_s, issueDay);
    if (id == u"termination")
        return act(decidedOn(file, u"termination"_s), u"终止决定"_s, issueDay);
    if (id == u"case_approval")
        return act(file.investigation ? file.investigation->filedOn : QDate(), u"立案"_s, issueDay);
    if (id == u"appraisal_commission") {
        const int n = subjectNumber(PaperSubject::Appraisal, subject);
        const Appraisal *a = n >= 1 && n <= file.appraisals.size() ? &file.appraisals[n - 1] : nullptr;
        return act(a ? a->commissionedOn : QDate(), u"委托鉴定评估"_s, issueDay);
    }
    if (id == u"consultation_record") {
        const int n = subjectNumber(PaperSubject::Round, subject);
        for (const ConsultationRound &r : file.rounds)
            if (r.number == n)
                return act(r.heldOn, u"磋商会议"_s, issueDay);
        return {issueDay, {}};
    }
    if (id == u"compensation_agreement")
        return act(file.agreement ? file.agreement->signedOn : QDate(), u"签订协议"_s, issueDay);
    if (id == u"confirmation_application") {
        const Confirmation *c = file.latestConfirmation();
        return act(c ? c->appliedOn : QDate(), u"申请司法确认"_s, issueDay);
    }
    if (id == u"evaluation_opinion") {
        const Evaluation *e = file.latestEvaluation();
        return act(e ? e->evaluatedOn : QDate(), u"修复效果评估"_s, issueDay);
    }
    if (id == u"enforcement_application") {
        const Enforcement *e = file.pendingEnforcement() ? file.pendingEnforcement() : file.latestEnforcement();
        return act(e ? e->appliedOn : QDate(), u"申请强制执行"_s, issueDay);
    }
    if (id == u"statement_of_claim") {
        const Litigation *l = file.currentLitigation();
        return act(l ? l->filedOn : QDate(), u"提起诉讼"_s, issueDay);
    }
    if (id == u"procuratorate_letter") {
        // The reply recorded (reply_to_procuratorate), else the decision handing the claim over.
        for (const Proceeding &p : file.proceedings)
            if (p.kind == u"public_interest" && p.repliedOn.isValid())
                return {p.repliedOn, u"书面回复检察机关"_s};
        const Decision *t = file.termination();
        if (t && t->reason == u"public_interest_handover")
            return act(t->decidedOn, u"移交检察机关"_s, issueDay);
        return {issueDay, {}};
    }
    // The consultation notice and its receipt, the reply to a reporter: issued on the day the
    // caseworker sets (the notice's limits — before its service, its reply deadline and its meeting —
    // are checked by the filler).
    return {issueDay, {}};
}

} // namespace ecoclaim::documents
