// The fillers of the papers caseworkers print most: the consultation notice with its service receipt
// (细则第十九条 to 第二十二条) and the agreement with its application for judicial confirmation (第二十三条,
// 第二十四条), and what a reply to a reporter says happened (第十三条第三款).
#include "core/documents/paperamounts.h"
#include "core/documents/paperfill.h"
#include "core/documents/paperparties.h"

using namespace ecoclaim::domain;

namespace ecoclaim::documents::fill {

QString outcomeForReporter(const CaseFile &file, const QString &self)
{
    QString text;
    auto decided = [&](const QString &kind) -> const Decision * {
        const Decision *found = nullptr;
        for (const Decision &d : file.decisions)
            if (d.kind == kind)
                found = &d;
        return found;
    };
    if (file.verification && file.verification->concludedOn.isValid())
        text += u"%1于%2完成初步核查。"_s.arg(self, chineseDate(file.verification->concludedOn));
    else
        text += u"%1已组织开展初步核查，目前尚在核查中。"_s.arg(self);
    if (const Decision *d = decided(u"transfer"_s))
        text += u"经研究，该线索涉及其他部门职责，%1已于%2将线索书面移送%3依法处理。"_s.arg(self, chineseDate(d->decidedOn), d->receiver);
    if (const Decision *d = decided(u"no_damage"_s))
        text += u"经核查，未发现造成生态环境损害，%1于%2决定不予立案。"_s.arg(self, chineseDate(d->decidedOn));
    if (const Decision *d = decided(u"not_applicable"_s))
        text += u"经核查，该事项不属于生态环境损害赔偿的适用范围（细则第四条），%1于%2作出处理。"_s.arg(self, chineseDate(d->decidedOn));
    if (const Decision *d = decided(u"not_initiated"_s))
        text += u"经核查，属于《上海市生态环境损害赔偿工作实施细则》第十四条规定的“%1”情形，%2于%3决定不启动索赔程序。"_s
                    .arg(choiceText(nonInitiationReasons(), d->reason), self, chineseDate(d->decidedOn));
    if (file.investigation)
        text += u"%1已于%2立案，依法开展生态环境损害调查。"_s.arg(self, chineseDate(file.investigation->filedOn));
    if (!file.rounds.isEmpty() && !file.agreement)
        text += u"目前正在与赔偿义务人进行赔偿磋商。"_s;
    if (file.agreement)
        text += u"%1已于%2与赔偿义务人签订生态环境损害赔偿协议。"_s.arg(self, chineseDate(file.agreement->signedOn));
    for (const Litigation &l : file.litigations) {
        text += u"%1已于%2向%3提起生态环境损害赔偿诉讼。"_s.arg(self, chineseDate(l.filedOn), l.court);
        if (l.judgedOn.isValid())
            text += u"人民法院已于%1作出判决。"_s.arg(chineseDate(l.judgedOn));
    }
    if (const Decision *d = decided(u"termination"_s))
        text += u"%1于%2决定终止索赔程序。"_s.arg(self, chineseDate(d->decidedOn));
    if (const Evaluation *e = file.latestEvaluation(); e && e->passed)
        text += u"受损生态环境已完成修复，修复效果经评估通过。"_s;
    if (file.stage == Stage::Closed || file.stage == Stage::Archived)
        text += u"本案已结案。"_s;
    return text;
}

void fillNotice(const CaseFile &file, const PaperInput &input, const Party *party, Filler &f, QVariantMap &v, PaperData &out)
{
    const bool notice = input.type->id == u"consultation_notice";
    f.need(u"赔偿义务人"_s, party ? party->name : QString());
    // A notice already served speaks with the dates it was served with (the lifecycle's record) and the
    // time and place it printed; before service, the caseworker gives them.
    const ConsultationNotice *served = nullptr;
    for (const ConsultationNotice &n : file.notices)
        if (party && n.partyId == party->id)
            served = &n;
    const FiledPaper *filed = input.correction ? nullptr : currentPaper(file, u"consultation_notice"_s, out.subject);
    // A service belongs to the notice on file when it came on or after the notice's date (a correction
    // filed after a service is a new notice, not yet served); a correction being drafted is never served.
    if (input.correction || (served && filed && filed->frozen != u"served" && served->servedOn < filed->datedOn))
        served = nullptr;
    const QJsonObject printed = filed ? filed->parameters : QJsonObject();
    auto given = [&](const QString &key) {
        const QString value = input.parameters.value(key).toString();
        return !value.isEmpty() || !served ? value : printed.value(key).toString();
    };
    const QDate meeting = served ? served->meetingOn : parameterDate(input.parameters, u"meeting_on"_s);
    const QDate reply = served ? served->replyDueOn : parameterDate(input.parameters, u"reply_due_on"_s);
    const QString time = given(u"meeting_time"_s), place = given(u"meeting_place"_s);
    out.parameters.insert(u"meeting_on"_s, meeting.isValid() ? meeting.toString(Qt::ISODate) : QString());
    out.parameters.insert(u"reply_due_on"_s, reply.isValid() ? reply.toString(Qt::ISODate) : QString());
    out.parameters.insert(u"meeting_time"_s, time);
    out.parameters.insert(u"meeting_place"_s, place);
    v.insert(u"notice"_s, QVariantMap{{u"served"_s, served != nullptr},
                                      {u"served_on"_s, served ? chineseDate(served->servedOn) : QString()},
                                      {u"method"_s, served ? choiceText(serviceMethods(), served->serviceMethod) : QString()},
                                      {u"recipient"_s, served ? served->recipient : QString()},
                                      {u"meeting_on"_s, notice ? f.need(u"磋商日期"_s, meeting) : chineseDate(meeting)},
                                      {u"meeting_time"_s, notice ? f.need(u"磋商时间（几时几分）"_s, time) : time},
                                      {u"meeting_place"_s, notice ? f.need(u"磋商地点"_s, place) : place},
                                      {u"reply_due_on"_s, notice ? f.need(u"答复期限"_s, reply) : chineseDate(reply)}});
    if (notice) {
        f.need(u"赔偿义务人%1"_s.arg(party && party->kind == u"person" ? u"住址"_s : u"住所"_s), party ? party->address : QString());
        // 第十九条: the notice is issued, then served, then replied to, then the meeting is held.
        const QDate issued = out.datedOn;
        if (reply.isValid() && meeting.isValid() && reply > meeting)
            f.conflict(u"答复期限（%1）晚于磋商会议日期（%2）"_s.arg(chineseDate(reply), chineseDate(meeting)));
        if (served && issued > served->servedOn)
            f.conflict(u"告知书日期（%1）晚于其送达日期（%2）"_s.arg(chineseDate(issued), chineseDate(served->servedOn)));
        else if (reply.isValid() && issued > reply)
            f.conflict(u"告知书日期（%1）晚于其答复期限（%2）"_s.arg(chineseDate(issued), chineseDate(reply)));
        else if (meeting.isValid() && issued > meeting)
            f.conflict(u"告知书日期（%1）晚于磋商会议日期（%2）"_s.arg(chineseDate(issued), chineseDate(meeting)));
    } else {
        // The receipt belongs to the notice it accompanies: same date, the notice's number.
        if (filed) {
            out.datedOn = filed->datedOn;
            v.insert(u"date"_s, chineseDate(out.datedOn));
            v.insert(u"year"_s, QString::number(out.datedOn.year()));
        }
        v.insert(u"served_paper"_s, QVariantMap{{u"title"_s, u"生态环境损害赔偿磋商告知书"_s},
                                                {u"doc_no"_s, f.need(u"送达文书文号"_s, input.servedPaperNo.isEmpty() && filed ? filed->docNo
                                                                                                                      : input.servedPaperNo)}});
        f.need(u"送达地址"_s, party ? party->address : QString());
    }
}

void fillAgreement(const CaseFile &file, const PaperInput &input, const Appraisal *appraisal, const QStringList &partyNames,
                   Filler &f, QVariantMap &v, PaperData &out)
{
    const bool application = input.type->id == u"confirmation_application";
    f.need(u"赔偿义务人"_s, partyNames.join(u'、'));
    const bool signedAgreement = file.agreement.has_value();
    // Before signing, the agreement to be signed is drawn from the appraisal and the plan; once
    // signed, from the agreement as recorded (Art. 23).
    const Amounts amounts = signedAgreement ? file.agreement->amounts : (appraisal ? appraisal->amounts : Amounts{});
    if (amounts.total().isZero())
        f.need(u"赔偿金额"_s, QString());
    QVariantList instalments;
    int longestFigures = 0, longestUpper = 0;
    if (signedAgreement)
        for (const Instalment &i : file.agreement->instalments) {
            instalments << QVariantMap{{u"seq"_s, i.seq}, {u"due_on"_s, chineseDate(i.dueOn)},
                                       {u"figures"_s, i.amount.toYuanString()}, {u"upper"_s, i.amount.toChineseUppercase()}};
            longestFigures = qMax(longestFigures, int(i.amount.toYuanString().size()));
            longestUpper = qMax(longestUpper, int(i.amount.toChineseUppercase().size()));
        }
    const QString restoration = signedAgreement ? file.agreement->restorationTerms : QString();
    const Party *assuming = signedAgreement && file.agreement->assumingPartyId ? file.findParty(file.agreement->assumingPartyId) : nullptr;
    // One signature line per party the agreement is concluded with.
    QVariantList signatures;
    const QList<const Party *> contracting = contractingParties(file);
    for (const Party *p : contracting) {
        const QVariantMap values = partyValues(*p, file);
        signatures << QVariantMap{{u"label"_s, contracting.size() > 1 ? u"乙方%1"_s.arg(p->seq) : u"乙方"_s},
                                  {u"name"_s, p->name},
                                  {u"seal"_s, values.value(u"seal"_s)},
                                  {u"signer"_s, values.value(u"signer"_s)}};
    }
    v.insert(u"agreement"_s, QVariantMap{{u"signed"_s, signedAgreement},
                                         {u"signed_on"_s, signedAgreement ? chineseDate(file.agreement->signedOn) : QString()},
                                         {u"amounts"_s, amountValues(amounts)},
                                         {u"restoration_terms"_s, paragraphs(restoration)},
                                         {u"has_restoration_terms"_s, !restoration.trimmed().isEmpty()},
                                         {u"instalments"_s, instalments},
                                         {u"instalment_layout"_s, amountColumns(longestFigures, longestUpper, 2)},
                                         {u"has_instalments"_s, !instalments.isEmpty()},
                                         {u"confirmation_clause"_s, signedAgreement ? file.agreement->confirmationClause : true},
                                         {u"assuming_party"_s, assuming ? assuming->name : QString()},
                                         {u"signatures"_s, signatures},
                                         {u"signing_place"_s, input.parameters.value(u"signing_place"_s).toString()},
                                         // one for the department, one for each party, one for the court, one for the file
                                         {u"copies"_s, chineseCount(int(contracting.size()) + 3)}});
    v.insert(u"first_notice_served_on"_s, chineseDate(file.firstNoticeServedOn()));
    v.insert(u"notice_served"_s, file.firstNoticeServedOn().isValid());
    v.insert(u"round_count"_s, chineseCount(int(file.rounds.size())));
    v.insert(u"rounds_held"_s, !file.rounds.isEmpty());
    if (application) {
        f.need(u"赔偿协议签订日期"_s, signedAgreement ? file.agreement->signedOn : QDate());
        const Confirmation *c = file.latestConfirmation();
        QString court = input.parameters.value(u"court"_s).toString();
        if (court.isEmpty() && c)
            court = c->court;
        v.insert(u"court"_s, f.need(u"受理法院"_s, court));
        out.parameters.insert(u"court"_s, court);
    }
}

} // namespace ecoclaim::documents::fill
