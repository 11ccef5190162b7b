#include "core/documents/paperdata.h"

#include "core/documents/paperamounts.h"
#include "core/documents/paperfill.h"
#include "core/documents/paperdates.h"
#include "core/documents/paperparties.h"
#include "core/domain/catalogue.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;
using namespace ecoclaim::documents::fill;

namespace ecoclaim::documents {

QString chineseDate(QDate date)
{
    if (!date.isValid())
        return {};
    return u"%1年%2月%3日"_s.arg(date.year()).arg(date.month()).arg(date.day());
}

namespace {

const Party *partyBySeq(const CaseFile &file, int seq)
{
    for (const Party &p : file.parties)
        if (p.seq == seq)
            return &p;
    return nullptr;
}

const Decision *decisionOf(const CaseFile &file, const QString &kind)
{
    const Decision *found = nullptr;
    for (const Decision &d : file.decisions)
        if (d.kind == kind)
            found = &d;
    return found;
}

// The paper's subject: the one asked for, else the first party, the latest round or appraisal.
QString resolveSubject(const CaseFile &file, const PaperType &type, const QString &asked)
{
    int n = subjectNumber(type.subject, asked);
    switch (type.subject) {
    case PaperSubject::Case:
        return {};
    case PaperSubject::Party:
        if (n == 0 && !file.parties.isEmpty())
            n = file.parties.first().seq;
        break;
    case PaperSubject::Round:
        if (n == 0)
            n = int(file.rounds.size());
        break;
    case PaperSubject::Appraisal:
        if (n == 0)
            n = int(file.appraisals.size());
        break;
    }
    return subjectKey(type.subject, qMax(n, 1));
}

// Papers that leave the unit (to a party, another authority, a reporter, an institution): they carry
// the unit's contact person and telephone (reference.md §2), never the case's internal notes.
bool isOutgoing(const QString &type)
{
    static const QStringList outgoing{u"clue_transfer"_s, u"report_reply"_s, u"non_initiation"_s, u"termination"_s,
                                      u"appraisal_commission"_s, u"consultation_notice"_s, u"procuratorate_letter"_s};
    return outgoing.contains(type);
}

// The facts an outgoing paper states: what the verification and the investigation established — not
// the description typed when the clue was registered, which is the case's internal note.
QVariantList establishedFacts(const CaseFile &file)
{
    QVariantList facts;
    if (file.investigation && file.investigation->isConcluded()) {
        QStringList parts;
        if (!file.investigation->scope.isEmpty())
            parts << u"损害范围："_s + bare(file.investigation->scope);
        if (!file.investigation->degree.isEmpty())
            parts << u"损害程度："_s + bare(file.investigation->degree);
        if (!file.investigation->causation.isEmpty())
            parts << u"因果关系："_s + bare(file.investigation->causation);
        if (!parts.isEmpty())
            facts << (file.site.trimmed().isEmpty() // a site never recorded is not printed as "位于，"
                          ? u"经调查，%1。"_s.arg(parts.join(u'；'))
                          : u"经调查，%1位于%2，%3。"_s.arg(file.title.isEmpty() ? u"损害"_s : u"本案损害"_s, file.site, parts.join(u'；')));
    }
    if (facts.isEmpty() && file.verification && !file.verification->finding.trimmed().isEmpty())
        facts << u"经初步核查（%1），%2。"_s.arg(chineseDate(file.verification->concludedOn), bare(file.verification->finding));
    return facts;
}

} // namespace

// The 立案审批表's signatures (issue 17 ¶4): who proposed the filing and who approved it — name and role — and
// on which day (the desk's local date of the recorded time); or that the unit head's approval is pending, or
// was refused and why. Nothing recorded (a database without accounts): the lines stay for the hand.
static QVariantMap approvalValues(const DecisionApproval &a)
{
    using State = DecisionApproval::State;
    auto who = [](const Person &p) {
        return p.known ? u"%1（%2）"_s.arg(p.name.isEmpty() ? p.login : p.name, roleChineseName(p.role)) : p.login;
    };
    auto day = [](const QDateTime &t) { return t.isValid() ? chineseDate(t.toLocalTime().date()) : QString(); };
    const bool proposed = a.state == State::Pending || a.state == State::Approved || a.state == State::Refused;
    return QVariantMap{{u"none"_s, a.state == State::None},
                       {u"proposed"_s, proposed},
                       {u"pending"_s, a.state == State::Pending},
                       {u"approved"_s, a.state == State::Approved},
                       {u"refused"_s, a.state == State::Refused},
                       {u"direct"_s, a.state == State::TakenDirectly},
                       {u"proposer"_s, proposed ? who(a.proposer) : QString()},
                       {u"proposed_on"_s, day(a.proposedAt)},
                       {u"decider"_s, a.state == State::None || a.state == State::Pending ? QString() : who(a.decider)},
                       {u"decided_on"_s, day(a.decidedAt)},
                       {u"reason"_s, a.reason}};
}

PaperData fillPaper(const CaseFile &file, const PaperInput &input)
{
    Q_ASSERT(input.type);
    const PaperType &type = *input.type;
    const QString id = type.id;
    Filler f;
    PaperData out;
    out.parameters = input.parameters;
    out.subject = resolveSubject(file, type, input.subject);
    const PaperDate dated = paperDate(file, type, out.subject, input.datedOn);
    out.datedOn = dated.date;
    out.dateAct = dated.act;
    QVariantMap v;

    // Common to every paper: the issuing unit, number, date, the case.
    v.insert(u"paper_title"_s, type.chinese);
    const bool outgoing = isOutgoing(id);
    v.insert(u"unit"_s, QVariantMap{{u"name"_s, input.unit.unitName},
                                    {u"contact"_s, outgoing ? f.need(u"单位联系人（单位设置）"_s, input.unit.contactPerson) : input.unit.contactPerson},
                                    {u"phone"_s, outgoing ? f.need(u"联系电话（单位设置）"_s, input.unit.contactPhone) : input.unit.contactPhone},
                                    {u"address"_s, input.unit.address},
                                    {u"self"_s, selfReference(input.unit.unitName)},
                                    {u"has_contact"_s, outgoing || !input.unit.contactPerson.isEmpty() || !input.unit.contactPhone.isEmpty()}});
    v.insert(u"doc_no"_s, input.docNo);
    v.insert(u"has_doc_no"_s, !input.docNo.isEmpty());
    // A preview of a numbered paper shows where its number will go.
    v.insert(u"doc_no_pending"_s, input.docNo.isEmpty() && type.isNumbered());
    v.insert(u"date"_s, chineseDate(out.datedOn));
    v.insert(u"year"_s, QString::number(out.datedOn.year()));
    v.insert(u"draft"_s, input.draft);
    v.insert(u"version"_s, input.version);
    v.insert(u"article"_s, type.article.toChinese());
    const District *district = findDistrict(file.districtCode);
    // case.facts is the description typed at registration: an internal note, printed only where a paper
    // is meant to carry the clue as received (the transfer letter, the internal approval form).
    const bool clueFacts = id == u"clue_transfer" || id == u"case_approval";
    v.insert(u"case"_s, QVariantMap{{u"number"_s, file.number},
                                    {u"title"_s, file.title},
                                    {u"district"_s, district ? district->chinese : QString()},
                                    {u"site"_s, file.site},
                                    {u"facts"_s, clueFacts ? paragraphs(file.description) : QVariantList()},
                                    {u"established_facts"_s, establishedFacts(file)},
                                    {u"received_on"_s, chineseDate(file.receivedOn)},
                                    {u"discovered_on"_s, chineseDate(file.discoveredOn)},
                                    {u"channel"_s, choiceText(clueChannels(), file.channel)},
                                    {u"reporter"_s, file.reporter},
                                    {u"major"_s, file.major},
                                    {u"major_reason"_s, file.majorReason},
                                    {u"stage"_s, stageChinese(file.stage)}});
    // The parties the paper is concluded with: for the agreement and its confirmation, only the one who
    // assumes the whole liability when the agreement records one (Art. 23 ¶2).
    const bool contract = id == u"compensation_agreement" || id == u"confirmation_application";
    QVariantList parties;
    QStringList partyNames;
    if (contract) {
        for (const Party *p : contractingParties(file)) {
            parties << partyValues(*p, file);
            partyNames << p->name;
        }
    } else {
        for (const Party &p : file.parties) {
            parties << partyValues(p, file);
            partyNames << p.name;
        }
    }
    v.insert(u"parties"_s, parties);
    v.insert(u"has_parties"_s, !parties.isEmpty());
    v.insert(u"party_names"_s, partyNames.join(u'、'));
    v.insert(u"several_parties"_s, parties.size() > 1);
    v.insert(u"party_count"_s, chineseCount(int(file.parties.size())));
    v.insert(u"liability"_s, liabilitySentence(file));

    if (file.verification)
        v.insert(u"verification"_s, QVariantMap{{u"finding"_s, paragraphs(file.verification->finding)},
                                                {u"finding_text"_s, file.verification->finding},
                                                {u"concluded_on"_s, chineseDate(file.verification->concludedOn)},
                                                {u"verified_by"_s, file.verification->verifiedBy}});
    if (file.investigation)
        v.insert(u"investigation"_s, QVariantMap{{u"filed_on"_s, chineseDate(file.investigation->filedOn)},
                                                 {u"concluded_on"_s, chineseDate(file.investigation->concludedOn)},
                                                 {u"scope"_s, bare(file.investigation->scope)},
                                                 {u"degree"_s, bare(file.investigation->degree)},
                                                 {u"causation"_s, bare(file.investigation->causation)},
                                                 {u"concluded"_s, file.investigation->isConcluded()}});

    // The appraisal the paper speaks of: the subject's (commission), else the latest completed one.
    const Appraisal *appraisal = file.completedAppraisal();
    if (type.subject == PaperSubject::Appraisal) {
        const int n = subjectNumber(PaperSubject::Appraisal, out.subject);
        appraisal = n >= 1 && n <= file.appraisals.size() ? &file.appraisals[n - 1] : nullptr;
    }
    if (appraisal)
        v.insert(u"appraisal"_s, QVariantMap{{u"institution"_s, appraisal->institution},
                                             {u"experts"_s, appraisal->experts.join(u'、')},
                                             {u"mode"_s, choiceText(appraisalModes(), appraisal->mode)},
                                             {u"simplified"_s, appraisal->isSimplified()},
                                             {u"commissioned_on"_s, chineseDate(appraisal->commissionedOn)},
                                             {u"due_on"_s, chineseDate(appraisal->dueOn)},
                                             {u"completed_on"_s, chineseDate(appraisal->completedOn)},
                                             {u"items"_s, bare(appraisal->items)},
                                             {u"determination"_s, bare(appraisal->damageDetermination)},
                                             {u"loss_scope"_s, bare(appraisal->lossScope)},
                                             {u"causation"_s, bare(appraisal->causation)},
                                             {u"quantification"_s, bare(appraisal->quantification)},
                                             {u"restoration_outline"_s, bare(appraisal->restorationOutline)},
                                             {u"amounts"_s, amountValues(appraisal->amounts)}});
    if (!file.restorationPlans.isEmpty()) {
        const RestorationPlan &p = file.restorationPlans.last();
        v.insert(u"plan"_s, QVariantMap{{u"drafted_on"_s, chineseDate(p.draftedOn)},
                                        {u"elements"_s, bare(p.elements)},
                                        {u"scope"_s, bare(p.scope)},
                                        {u"targets"_s, bare(p.targets)},
                                        {u"technical_plan"_s, bare(p.technicalPlan)},
                                        {u"schedule"_s, bare(p.schedule)},
                                        {u"alternative"_s, p.alternativeMethod.isEmpty() ? QString()
                                                               : choiceText(alternativeRestorationMethods(), p.alternativeMethod)}});
    }

    // The subject party.
    const Party *party = nullptr;
    if (type.subject == PaperSubject::Party) {
        party = partyBySeq(file, subjectNumber(PaperSubject::Party, out.subject));
        if (party) {
            v.insert(u"party"_s, partyValues(*party, file));
            if (party->inCustody)
                f.need(u"羁押赔偿义务人的刑事诉讼代理人或者直系亲属（第十九条第二款）"_s, party->custodyContact);
        }
    }

    if (id == u"clue_transfer") {
        const Decision *d = decisionOf(file, u"transfer"_s);
        v.insert(u"receiver"_s, f.need(u"移送接收单位"_s, d ? d->receiver : QString()));
        v.insert(u"reason"_s, f.need(u"移送理由"_s, d ? bare(d->reason.isEmpty() ? d->reasonText : d->reason) : QString()));
        v.insert(u"decided_on"_s, d ? chineseDate(d->decidedOn) : QString());
        f.need(u"线索基本情况"_s, file.description);
        f.need(u"涉事地点"_s, file.site);
    } else if (id == u"report_reply") {
        v.insert(u"reporter"_s, f.need(u"举报人"_s, file.reporter));
        QString handling = input.parameters.value(u"handling"_s).toString();
        if (handling.isEmpty())
            handling = outcomeForReporter(file, selfReference(input.unit.unitName));
        v.insert(u"handling"_s, paragraphs(handling));
    } else if (id == u"non_initiation" || id == u"termination") {
        const Decision *d = decisionOf(file, id == u"termination" ? u"termination"_s : u"not_initiated"_s);
        const Choice *reason = d ? findChoice(nonInitiationReasons(), d->reason) : nullptr;
        // Termination may also rest on the investigation's conclusion (Art. 15) rather than an Art. 14 ground.
        const bool byInvestigation = d && !reason && d->reason == u"investigation_conclusion";
        const QString reasonText = reason ? reason->chinese : byInvestigation ? u"损害调查结论提出终止索赔程序意见"_s : QString();
        const QString reasonArticle = reason ? reason->article.toChinese() : byInvestigation ? art(15).toChinese() : QString();
        v.insert(u"decision"_s, QVariantMap{{u"reason"_s, f.need(u"决定情形"_s, reasonText)},
                                            {u"reason_article"_s, reasonArticle},
                                            {u"reason_text"_s, paragraphs(d ? d->reasonText : QString())},
                                            {u"decided_on"_s, f.need(u"决定日期"_s, d ? d->decidedOn : QDate())}});
    } else if (id == u"case_approval") {
        f.need(u"立案日期"_s, file.investigation ? file.investigation->filedOn : QDate());
        f.need(u"初步核查结论"_s, file.verification ? file.verification->finding : QString());
        v.insert(u"undertaker"_s, file.verification ? file.verification->verifiedBy : QString());
        v.insert(u"approval"_s, approvalValues(input.approval));
    } else if (id == u"appraisal_commission") {
        f.need(u"鉴定评估委托"_s, appraisal ? u"x"_s : QString());
        if (appraisal) {
            f.need(u"受托机构或专家"_s, appraisal->institution.isEmpty() ? appraisal->experts.join(u'、') : appraisal->institution);
            f.need(u"鉴定评估项目"_s, appraisal->items);
            f.need(u"时限要求"_s, appraisal->dueOn);
        }
        QString materials = input.parameters.value(u"materials"_s).toString();
        if (materials.isEmpty())
            materials = u"线索及初步核查材料、现场调查记录及照片、监测（检测）报告、询问笔录等调查材料复印件"_s;
        v.insert(u"materials"_s, materials);
    } else if (id == u"consultation_notice" || id == u"service_receipt") {
        fillNotice(file, input, party, f, v, out);
        if (id == u"consultation_notice") {
            f.need(u"鉴定评估结论"_s, appraisal ? chineseDate(appraisal->completedOn) : QString());
            if (appraisal && appraisal->amounts.total().isZero())
                f.need(u"损害数额"_s, QString());
            f.need(u"调查认定的损害事实"_s, establishedFacts(file).isEmpty() ? QString() : u"x"_s);
        }
    } else if (id == u"consultation_record") {
        const int n = subjectNumber(PaperSubject::Round, out.subject);
        const ConsultationRound *round = nullptr;
        for (const ConsultationRound &r : file.rounds)
            if (r.number == n)
                round = &r;
        f.need(u"第%1次磋商记录"_s.arg(qMax(n, 1)), round ? u"x"_s : QString());
        if (round) {
            v.insert(u"round"_s, QVariantMap{{u"number"_s, round->number},
                                             {u"held_on"_s, chineseDate(round->heldOn)},
                                             {u"mode"_s, choiceText(consultationModes(), round->mode)},
                                             {u"host"_s, f.need(u"主持人"_s, round->host)},
                                             {u"participants"_s, paragraphs(round->participants)},
                                             {u"summary"_s, paragraphs(round->summary)},
                                             {u"all_signed"_s, round->allSigned},
                                             {u"refusal_note"_s, paragraphs(round->refusalNote)},
                                             {u"exception_reason"_s, round->exceptionReason}});
        }
        // The record states where it was held and who kept it (Art. 21 ¶2: the record is filed).
        v.insert(u"place"_s, f.need(u"磋商地点"_s, input.parameters.value(u"place"_s).toString()));
        v.insert(u"recorder"_s, f.need(u"记录人"_s, input.parameters.value(u"recorder"_s).toString()));
        v.insert(u"topics"_s, u"修复方案、修复启动时间和期限、赔偿的责任承担方式和期限（细则第二十条）"_s);
    } else if (contract) {
        fillAgreement(file, input, appraisal, partyNames, f, v, out);
    } else if (id == u"enforcement_application") {
        fillEnforcement(file, input, f, v, out);
    } else if (id == u"statement_of_claim") {
        fillStatementOfClaim(file, input, f, v, out);
    } else if (id == u"procuratorate_letter") {
        fillProcuratorateLetter(file, f, v);
    } else if (id == u"evaluation_opinion") {
        const Evaluation *e = file.latestEvaluation();
        f.need(u"修复效果评估"_s, e ? u"x"_s : QString());
        if (e)
            v.insert(u"evaluation"_s, QVariantMap{{u"evaluated_on"_s, chineseDate(e->evaluatedOn)},
                                                  {u"method"_s, e->method == u"experts" ? u"专家评估"_s : e->method == u"comprehensive" ? u"综合认定"_s : u"委托评估"_s},
                                                  {u"evaluator"_s, f.need(u"评估单位或专家"_s, e->evaluator)},
                                                  {u"passed"_s, e->passed},
                                                  {u"targets"_s, paragraphs(f.need(u"修复主要目标"_s, e->targets))},
                                                  {u"execution"_s, paragraphs(f.need(u"修复方案执行情况"_s, e->execution))},
                                                  {u"achievement"_s, paragraphs(f.need(u"修复目标达成情况"_s, e->achievement))},
                                                  {u"effect"_s, paragraphs(f.need(u"修复效果"_s, e->effect))}});
        if (file.restoration)
            v.insert(u"restoration"_s, QVariantMap{{u"started_on"_s, chineseDate(file.restoration->startedOn)},
                                                   {u"completed_on"_s, chineseDate(file.restoration->completedOn)},
                                                   {u"executor"_s, file.restoration->executorName}});
    }

    out.values = v;
    out.missing = f.missing();
    out.conflicts = f.conflicts();
    return out;
}

} // namespace ecoclaim::documents
