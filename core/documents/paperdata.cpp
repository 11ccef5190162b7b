#include "core/documents/paperdata.h"

#include "core/domain/catalogue.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::documents {

QString chineseDate(QDate date)
{
    if (!date.isValid())
        return {};
    return u"%1年%2月%3日"_s.arg(date.year()).arg(date.month()).arg(date.day());
}

namespace {

const char16_t *const categoryNumbers[] = {u"（一）", u"（二）", u"（三）", u"（四）", u"（五）"};

QVariantList paragraphs(const QString &text)
{
    QVariantList list;
    for (const QString &line : text.split(u'\n'))
        if (!line.trimmed().isEmpty())
            list << line.trimmed();
    return list;
}

// A value printed inside a sentence: without the full stop or semicolon the caseworker typed at its
// end (the template supplies the punctuation).
QString bare(QString text)
{
    text = text.trimmed();
    while (!text.isEmpty() && QStringView(u"。；，、;,.").contains(text.back()))
        text.chop(1);
    return text;
}

QString choiceText(const QList<Choice> &list, const QString &key)
{
    const Choice *c = findChoice(list, key);
    return c ? c->chinese : key;
}

// Collects values and remembers what is missing.
class Filler
{
public:

    // The value, or — when empty — the field is noted as missing and a visible placeholder returned
    // (only ever printed in a draft).
    QString need(const QString &label, const QString &value)
    {
        if (!value.trimmed().isEmpty())
            return value;
        if (!m_missing.contains(label))
            m_missing << label;
        return u"【待补："_s + label + u"】"_s;
    }
    QString need(const QString &label, QDate date) { return need(label, chineseDate(date)); }
    QStringList missing() const { return m_missing; }

private:
    QStringList m_missing;
};

// How the unit speaks of itself in its papers: 我局, 我委 (a 委员会), else 本单位.
QString selfReference(const QString &unitName)
{
    if (unitName.endsWith(u"局"))
        return u"我局"_s;
    if (unitName.endsWith(u"委员会") || unitName.endsWith(u"委"))
        return u"我委"_s;
    return u"本单位"_s;
}

// 一 … 二十 for the number of copies of an agreement.
QString chineseCount(int n)
{
    static const QStringList digits{u"零"_s, u"一"_s, u"二"_s, u"三"_s, u"四"_s, u"五"_s, u"六"_s, u"七"_s, u"八"_s, u"九"_s};
    if (n < 10)
        return digits.at(qMax(n, 0));
    if (n < 20)
        return u"十"_s + (n % 10 ? digits.at(n % 10) : QString());
    return QString::number(n);
}

QVariantMap partyValues(const Party &p)
{
    const bool person = p.kind == u"person";
    return {{u"n"_s, p.seq},
            {u"name"_s, p.name},
            {u"kind"_s, choiceText(partyKinds(), p.kind)},
            {u"is_person"_s, person},
            {u"id_label"_s, person ? u"身份证号码"_s : u"统一社会信用代码"_s},
            {u"id_value"_s, person ? p.idNumber : p.creditCode},
            {u"has_id"_s, !(person ? p.idNumber : p.creditCode).isEmpty()},
            {u"representative"_s, p.representative},
            {u"has_representative"_s, !p.representative.isEmpty()},
            {u"representative_label"_s, person ? u"委托代理人"_s : u"法定代表人"_s},
            {u"address"_s, p.address},
            {u"contact"_s, p.contact},
            {u"in_custody"_s, p.inCustody},
            {u"custody_contact"_s, p.custodyContact}};
}

QVariantMap amountValues(const Amounts &a)
{
    const Money values[] = {a.interimLoss, a.permanentLoss, a.assessmentCosts, a.restorationCosts, a.preventionCosts};
    QVariantList rows;
    const QList<Choice> &categories = compensationCategories();
    for (int i = 0; i < 5; ++i)
        rows << QVariantMap{{u"no"_s, QString::fromUtf16(categoryNumbers[i])},
                            {u"name"_s, i < categories.size() ? categories[i].chinese : QString()},
                            {u"figures"_s, values[i].toYuanString()},
                            {u"upper"_s, values[i].toChineseUppercase()},
                            {u"zero"_s, values[i].isZero()}};
    const Money fiveTotal = a.total() - a.punitive;
    return {{u"rows"_s, rows},
            {u"subtotal_figures"_s, fiveTotal.toYuanString()},
            {u"subtotal_upper"_s, fiveTotal.toChineseUppercase()},
            {u"has_punitive"_s, !a.punitive.isZero()},
            {u"punitive_figures"_s, a.punitive.toYuanString()},
            {u"punitive_upper"_s, a.punitive.toChineseUppercase()},
            {u"total_figures"_s, a.total().toYuanString()},
            {u"total_upper"_s, a.total().toChineseUppercase()},
            {u"positive"_s, a.total() > Money()}};
}

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

QDate parameterDate(const QJsonObject &parameters, const QString &key)
{
    return QDate::fromString(parameters.value(key).toString(), Qt::ISODate);
}

} // namespace

PaperData fillPaper(const CaseFile &file, const PaperInput &input)
{
    Q_ASSERT(input.type);
    const PaperType &type = *input.type;
    Filler f;
    PaperData out;
    out.parameters = input.parameters;
    QVariantMap v;

    // Common to every paper: the issuing unit, number, date, the case.
    v.insert(u"paper_title"_s, type.chinese);
    v.insert(u"unit"_s, QVariantMap{{u"name"_s, input.unit.unitName},
                                    {u"contact"_s, input.unit.contactPerson},
                                    {u"phone"_s, input.unit.contactPhone},
                                    {u"address"_s, input.unit.address},
                                    {u"self"_s, selfReference(input.unit.unitName)},
                                    {u"has_contact"_s, !input.unit.contactPerson.isEmpty() || !input.unit.contactPhone.isEmpty()}});
    v.insert(u"doc_no"_s, input.docNo);
    v.insert(u"has_doc_no"_s, !input.docNo.isEmpty());
    // A preview of a numbered paper shows where its number will go.
    v.insert(u"doc_no_pending"_s, input.docNo.isEmpty() && type.isNumbered());
    v.insert(u"date"_s, chineseDate(input.datedOn));
    v.insert(u"year"_s, QString::number(input.datedOn.year()));
    v.insert(u"draft"_s, input.draft);
    v.insert(u"version"_s, input.version);
    v.insert(u"article"_s, type.article.toChinese());
    const District *district = findDistrict(file.districtCode);
    v.insert(u"case"_s, QVariantMap{{u"number"_s, file.number},
                                    {u"title"_s, file.title},
                                    {u"district"_s, district ? district->chinese : QString()},
                                    {u"site"_s, file.site},
                                    {u"facts"_s, paragraphs(file.description)},
                                    {u"received_on"_s, chineseDate(file.receivedOn)},
                                    {u"discovered_on"_s, chineseDate(file.discoveredOn)},
                                    {u"channel"_s, choiceText(clueChannels(), file.channel)},
                                    {u"reporter"_s, file.reporter},
                                    {u"major"_s, file.major},
                                    {u"major_reason"_s, file.majorReason},
                                    {u"stage"_s, stageChinese(file.stage)}});
    QVariantList parties;
    QStringList partyNames;
    for (const Party &p : file.parties) {
        parties << partyValues(p);
        partyNames << p.name;
    }
    v.insert(u"parties"_s, parties);
    v.insert(u"has_parties"_s, !parties.isEmpty());
    v.insert(u"party_names"_s, partyNames.join(u'、'));
    v.insert(u"several_parties"_s, parties.size() > 1);

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
        int n = subjectNumber(PaperSubject::Appraisal, input.subject);
        if (n == 0)
            n = int(file.appraisals.size());
        out.subject = subjectKey(PaperSubject::Appraisal, qMax(n, 1));
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
                                                               : choiceText(alternativeRestorationMethods(), p.alternativeMethod)},
                                        {u"note"_s, p.note}});
    }

    // The subject party: the one named, else the first.
    const Party *party = nullptr;
    if (type.subject == PaperSubject::Party) {
        int n = subjectNumber(PaperSubject::Party, input.subject);
        if (n == 0 && !file.parties.isEmpty())
            n = file.parties.first().seq;
        party = partyBySeq(file, n);
        out.subject = subjectKey(PaperSubject::Party, qMax(n, 1));
        if (party)
            v.insert(u"party"_s, partyValues(*party));
    }

    const QString id = type.id;
    if (id == u"clue_transfer") {
        const Decision *d = decisionOf(file, u"transfer"_s);
        v.insert(u"receiver"_s, f.need(u"移送接收单位"_s, d ? d->receiver : QString()));
        v.insert(u"reason"_s, d ? d->reason : QString());
        v.insert(u"decided_on"_s, d ? chineseDate(d->decidedOn) : QString());
        f.need(u"线索基本情况"_s, file.description);
        f.need(u"涉事地点"_s, file.site);
    } else if (id == u"report_reply") {
        v.insert(u"reporter"_s, f.need(u"举报人"_s, file.reporter));
        f.need(u"举报事项"_s, file.description);
        QString handling = input.parameters.value(u"handling"_s).toString();
        if (handling.isEmpty()) {
            // What happened to the report so far, in the words of the stage and its decisions.
            handling = u"经初步核查，该线索目前处于“%1”阶段。"_s.arg(stageChinese(file.stage));
            if (const Decision *d = decisionOf(file, u"transfer"_s))
                handling += u"%1已于%2将线索移送%3处理。"_s.arg(selfReference(input.unit.unitName), chineseDate(d->decidedOn), d->receiver);
            if (const Decision *d = decisionOf(file, u"not_initiated"_s))
                handling += u"经核查，属于《上海市生态环境损害赔偿工作实施细则》第十四条规定的“%1”情形，决定不启动索赔程序。"_s
                                .arg(choiceText(nonInitiationReasons(), d->reason));
            if (file.investigation)
                handling += u"%1已于%2立案，依法开展生态环境损害调查。"_s.arg(selfReference(input.unit.unitName), chineseDate(file.investigation->filedOn));
            if (file.agreement)
                handling += u"%1已与赔偿义务人签订生态环境损害赔偿协议。"_s.arg(chineseDate(file.agreement->signedOn));
        }
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
        f.need(u"赔偿义务人"_s, party ? party->name : QString());
        // A notice already served speaks with the dates it was served with (the lifecycle's record);
        // before service, the caseworker gives them.
        const ConsultationNotice *served = nullptr;
        for (const ConsultationNotice &n : file.notices)
            if (party && n.partyId == party->id)
                served = &n;
        const QDate meeting = served ? served->meetingOn : parameterDate(input.parameters, u"meeting_on"_s);
        const QDate reply = served ? served->replyDueOn : parameterDate(input.parameters, u"reply_due_on"_s);
        if (served) {
            out.parameters.insert(u"meeting_on"_s, meeting.toString(Qt::ISODate));
            out.parameters.insert(u"reply_due_on"_s, reply.toString(Qt::ISODate));
        }
        v.insert(u"notice"_s, QVariantMap{{u"served"_s, served != nullptr},
                                          {u"served_on"_s, served ? chineseDate(served->servedOn) : QString()},
                                          {u"method"_s, served ? choiceText(serviceMethods(), served->serviceMethod) : QString()},
                                          {u"recipient"_s, served ? served->recipient : QString()},
                                          {u"meeting_on"_s, id == u"consultation_notice" ? f.need(u"磋商日期"_s, meeting) : chineseDate(meeting)},
                                          {u"meeting_time"_s, input.parameters.value(u"meeting_time"_s).toString()},
                                          {u"meeting_place"_s, id == u"consultation_notice"
                                               ? f.need(u"磋商地点"_s, input.parameters.value(u"meeting_place"_s).toString())
                                               : input.parameters.value(u"meeting_place"_s).toString()},
                                          {u"reply_due_on"_s, id == u"consultation_notice" ? f.need(u"答复期限"_s, reply) : chineseDate(reply)}});
        if (id == u"consultation_notice") {
            f.need(u"赔偿义务人住所"_s, party ? party->address : QString());
            f.need(u"鉴定评估结论"_s, appraisal ? chineseDate(appraisal->completedOn) : QString());
            if (appraisal && appraisal->amounts.total().isZero())
                f.need(u"损害数额"_s, QString());
            f.need(u"损害事实"_s, file.description);
            if (meeting.isValid() && reply.isValid() && reply > meeting)
                f.need(u"答复期限（应在磋商日期之前）"_s, QString());
        } else {
            v.insert(u"served_paper"_s, QVariantMap{{u"title"_s, u"生态环境损害赔偿磋商告知书"_s},
                                                    {u"doc_no"_s, f.need(u"送达文书文号"_s, input.servedPaperNo)}});
            f.need(u"送达地址"_s, party ? party->address : QString());
        }
    } else if (id == u"consultation_record") {
        int n = subjectNumber(PaperSubject::Round, input.subject);
        if (n == 0)
            n = int(file.rounds.size());
        out.subject = subjectKey(PaperSubject::Round, qMax(n, 1));
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
        v.insert(u"place"_s, input.parameters.value(u"place"_s).toString());
        v.insert(u"recorder"_s, input.parameters.value(u"recorder"_s).toString());
    } else if (id == u"compensation_agreement" || id == u"confirmation_application") {
        f.need(u"赔偿义务人"_s, partyNames.join(u'、'));
        const bool signedAgreement = file.agreement.has_value();
        // Before signing, the agreement to be signed is drawn from the appraisal and the plan; once
        // signed, from the agreement as recorded (Art. 23).
        const Amounts amounts = signedAgreement ? file.agreement->amounts : (appraisal ? appraisal->amounts : Amounts{});
        if (amounts.total().isZero())
            f.need(u"赔偿金额"_s, QString());
        QVariantList instalments;
        if (signedAgreement)
            for (const Instalment &i : file.agreement->instalments)
                instalments << QVariantMap{{u"seq"_s, i.seq}, {u"due_on"_s, chineseDate(i.dueOn)},
                                           {u"figures"_s, i.amount.toYuanString()}, {u"upper"_s, i.amount.toChineseUppercase()}};
        QString restoration = signedAgreement ? file.agreement->restorationTerms : QString();
        const Party *assuming = signedAgreement && file.agreement->assumingPartyId ? file.findParty(file.agreement->assumingPartyId) : nullptr;
        v.insert(u"agreement"_s, QVariantMap{{u"signed"_s, signedAgreement},
                                             {u"signed_on"_s, signedAgreement ? chineseDate(file.agreement->signedOn) : QString()},
                                             {u"amounts"_s, amountValues(amounts)},
                                             {u"restoration_terms"_s, paragraphs(restoration)},
                                             {u"has_restoration_terms"_s, !restoration.trimmed().isEmpty()},
                                             {u"instalments"_s, instalments},
                                             {u"has_instalments"_s, !instalments.isEmpty()},
                                             {u"confirmation_clause"_s, signedAgreement ? file.agreement->confirmationClause : true},
                                             {u"assuming_party"_s, assuming ? assuming->name : QString()},
                                             {u"signing_place"_s, input.parameters.value(u"signing_place"_s).toString()},
                                             // one for the department, one for each party, one for the court, one for the file
                                             {u"copies"_s, chineseCount(int(file.parties.size()) + 3)}});
        v.insert(u"first_notice_served_on"_s, chineseDate(file.firstNoticeServedOn()));
        v.insert(u"notice_served"_s, file.firstNoticeServedOn().isValid());
        v.insert(u"round_count"_s, QString::number(file.rounds.size()));
        v.insert(u"rounds_held"_s, !file.rounds.isEmpty());
        if (id == u"confirmation_application") {
            f.need(u"赔偿协议签订日期"_s, signedAgreement ? file.agreement->signedOn : QDate());
            const Confirmation *c = file.latestConfirmation();
            QString court = input.parameters.value(u"court"_s).toString();
            if (court.isEmpty() && c)
                court = c->court;
            v.insert(u"court"_s, f.need(u"受理法院"_s, court));
            out.parameters.insert(u"court"_s, court);
        }
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
    return out;
}

} // namespace ecoclaim::documents
