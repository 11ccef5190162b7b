// The fillers of the papers the second reading of the rules added (issue 14): the application for
// enforcement (强制执行申请书, 细则第二十四条第二款、第三十条第二款) filled from the enforcement on record,
// the statement of claim (民事起诉状, 第二十五条第一款) filled from the case — the defendants, the claim by
// the categories of 第五条 and punitive damages (第二十六条) where recorded, the facts, the appraisal, why
// consultation failed — and the letter to the procuratorate (第三十三条): the written reply to its
// public-interest notice, or the hand-over of the claim to its public-interest suit.
#include "core/documents/paperamounts.h"
#include "core/documents/paperfill.h"
#include "core/documents/paperparties.h"

using namespace ecoclaim::domain;

namespace ecoclaim::documents::fill {

namespace {
QVariantMap money(Money m) { return {{u"figures"_s, m.toYuanString()}, {u"upper"_s, m.toChineseUppercase()}}; }

QString itemNumber(int n) { return chineseCount(n); }

// The document the court enforces, as its name is printed: "（2025）沪03民特88号民事裁定书".
QString enforcedDocument(const QString &reference, const QString &kind) { return reference.isEmpty() ? kind : reference + kind; }

// Why consultation failed, as the statement of claim states it (Art. 25 ¶1 (1)–(4)): the suit's ground,
// else a failure recorded, else a written refusal of the notice. Empty when the file shows none.
const Choice *failureGround(const CaseFile &file, const Litigation *suit)
{
    QString key = suit ? suit->trigger : QString();
    if (key.isEmpty() || key == u"agreement_not_performed")
        for (const ConsultationFailure &c : file.consultationFailures)
            key = c.ground;
    if (key.isEmpty())
        for (const ConsultationNotice &n : file.notices)
            if (n.reply == u"refused")
                key = u"refused_or_no_reply"_s;
    return findChoice(litigationTriggers(), key);
}

// The proceeding the letter to the procuratorate answers: its public-interest notice (Art. 33 ¶1) or the
// hand-over agreed with it (Art. 33 ¶2), the latest of either.
const Proceeding *procuratorateProceeding(const CaseFile &file)
{
    const Proceeding *found = nullptr;
    for (const Proceeding &p : file.proceedings)
        if (p.kind == u"public_interest" || p.kind == u"handed_over")
            found = &p;
    return found;
}
} // namespace

void fillEnforcement(const CaseFile &file, const PaperInput &input, Filler &f, QVariantMap &v, PaperData &out)
{
    const Enforcement *e = file.pendingEnforcement() ? file.pendingEnforcement() : file.latestEnforcement();
    const QString basis = e ? e->basis : file.enforceableBasis();
    QString document, documentCourt;
    QDate documentDate;
    if (basis == u"judgment") {
        if (const Litigation *l = file.currentLitigation()) {
            document = enforcedDocument(l->judgmentNo, u"民事判决书"_s);
            documentCourt = l->court;
            documentDate = l->judgedOn;
        }
    } else if (basis == u"confirmed_agreement") {
        if (const Confirmation *c = file.latestConfirmation()) {
            document = enforcedDocument(c->rulingNo, u"民事裁定书"_s);
            documentCourt = c->court;
            documentDate = c->ruledOn;
        }
    }
    f.need(u"执行依据（经司法确认的赔偿协议或者生效判决，细则第二十四条第二款）"_s, document);
    QString court = input.parameters.value(u"court"_s).toString();
    if (court.isEmpty() && e)
        court = e->court;
    if (court.isEmpty())
        court = documentCourt;
    out.parameters.insert(u"court"_s, court);

    // 被执行人: the parties the confirmed agreement binds (the one who assumed the whole liability, Art. 23
    // ¶2), or every party of the judgment.
    QVariantList debtors;
    if (basis == u"confirmed_agreement") {
        for (const Party *p : contractingParties(file))
            if (!file.agreement || file.agreement->binds(p->id))
                debtors << partyValues(*p, file);
    } else {
        for (const Party &p : file.parties)
            debtors << partyValues(p, file);
    }
    f.need(u"被执行人"_s, debtors.isEmpty() ? QString() : u"x"_s);

    const Money sought = e && !e->amountSought.isZero() ? e->amountSought : file.outstanding();
    const Evaluation *evaluation = file.latestEvaluation();
    const bool restorationOwed = file.restorationOwed() && !(evaluation && evaluation->passed);
    if (sought.isZero() && !restorationOwed)
        f.need(u"尚未履行的义务（未付款项或者修复义务）"_s, QString());
    QVariantList requests;
    int n = 0;
    if (!sought.isZero())
        requests << u"%1、被执行人支付尚未履行的生态环境损害赔偿款人民币%2元（大写：%3），并加倍支付迟延履行期间的债务利息；"_s
                        .arg(itemNumber(++n), sought.toYuanString(), sought.toChineseUppercase());
    if (restorationOwed)
        requests << u"%1、被执行人按照执行依据履行生态环境修复义务；逾期不履行的，由申请执行人或者其委托的第三方代为修复，修复费用由被执行人承担；"_s
                        .arg(itemNumber(++n));
    requests << u"%1、本案执行费用由被执行人承担。"_s.arg(itemNumber(++n));

    QVariantList steps;
    for (const EnforcementEvent &s : file.enforcementEvents)
        if (e && s.enforcementId == e->id && !s.note.trimmed().isEmpty())
            steps << u"%1，%2。"_s.arg(chineseDate(s.occurredOn), bare(s.note));
    v.insert(u"enforcement"_s,
             QVariantMap{{u"on_judgment"_s, basis == u"judgment"},
                         {u"document"_s, document},
                         {u"document_court"_s, documentCourt},
                         {u"document_date"_s, chineseDate(documentDate)},
                         {u"court"_s, f.need(u"执行法院"_s, court)},
                         {u"requests"_s, requests},
                         {u"sought"_s, money(sought)},
                         {u"has_money"_s, !sought.isZero()},
                         {u"restoration_owed"_s, restorationOwed},
                         {u"due"_s, money(file.amountDue())},
                         {u"paid"_s, money(file.amountPaid())},
                         {u"has_paid"_s, !file.amountPaid().isZero()},
                         {u"debtors"_s, debtors},
                         {u"enforcement_no"_s, e ? e->enforcementNo : QString()},
                         {u"steps"_s, steps},
                         {u"agreement_signed_on"_s, file.agreement ? chineseDate(file.agreement->signedOn) : QString()}});
}

void fillStatementOfClaim(const CaseFile &file, const PaperInput &input, Filler &f, QVariantMap &v, PaperData &out)
{
    const Litigation *suit = file.currentLitigation();
    const QString trigger = suit ? suit->trigger : QString();
    const bool onAgreement = trigger == u"agreement_not_performed";
    // The defendants: in a suit on an agreement not performed (Art. 25 ¶2) the parties it binds; otherwise
    // the liable parties no agreement binds (another batch signed, Art. 22 ¶2) — before any agreement, all.
    QVariantList defendants;
    QStringList names;
    for (const Party &p : file.parties) {
        bool bound = false;
        for (const Agreement &a : file.agreements)
            bound = bound || a.binds(p.id);
        if (onAgreement ? bound : !bound) {
            defendants << partyValues(p, file);
            names << p.name;
        }
    }
    f.need(u"被告（赔偿义务人）"_s, names.join(u'、'));

    // The claim: the suit's own, else what a suit claims (the agreement sued on, or the appraisal).
    const Amounts claim = suit && !suit->claimed.total().isZero() ? suit->claimed : file.defaultClaim(trigger);
    if (claim.total().isZero())
        f.need(u"诉讼请求金额（鉴定评估结论或者赔偿协议）"_s, QString());
    const Money values[] = {claim.interimLoss, claim.permanentLoss, claim.assessmentCosts, claim.restorationCosts, claim.preventionCosts};
    const QList<Choice> &categories = compensationCategories();
    QStringList parts;
    for (int i = 0; i < 5 && i < categories.size(); ++i)
        if (!values[i].isZero())
            parts << u"%1人民币%2元"_s.arg(categories.at(i).chinese, values[i].toYuanString());
    QVariantList requests;
    int n = 0;
    const Money five = claim.total() - claim.punitive;
    if (!five.isZero())
        requests << u"%1、判令被告赔偿生态环境损害共计人民币%2元（大写：%3），其中%4（细则第五条）；"_s
                        .arg(itemNumber(++n), five.toYuanString(), five.toChineseUppercase(), parts.join(u"，"_s));
    // Restoration is claimed where the plan is on file and no agreement settled the case in money alone.
    const bool moneyOnly = onAgreement && file.agreement && file.agreement->moneyOnly;
    if (!file.restorationPlans.isEmpty() && !moneyOnly) {
        const RestorationPlan &p = file.restorationPlans.last();
        requests << u"%1、判令被告按照生态环境修复方案对%2履行修复义务，修复目标为%3；被告未在判决确定的期限内履行修复义务的，承担前项所列修复费用；"_s
                        .arg(itemNumber(++n), bare(p.scope), bare(p.targets));
    }
    if (!claim.punitive.isZero()) {
        requests << u"%1、判令被告承担惩罚性赔偿金人民币%2元（大写：%3）（细则第二十六条）；"_s
                        .arg(itemNumber(++n), claim.punitive.toYuanString(), claim.punitive.toChineseUppercase());
        if (!file.punitiveGround)
            f.need(u"惩罚性赔偿的主观故意与严重后果（细则第二十六条）"_s, QString());
    }
    requests << u"%1、判令被告承担本案诉讼费用。"_s.arg(itemNumber(++n));

    const Choice *ground = onAgreement ? nullptr : failureGround(file, suit);
    if (!onAgreement)
        f.need(u"磋商未达成一致的情形（细则第二十五条第一款）"_s, ground ? ground->chinese : QString());
    QString court = input.parameters.value(u"court"_s).toString();
    if (court.isEmpty() && suit)
        court = suit->court;
    out.parameters.insert(u"court"_s, court);

    QVariantList failureNotes;
    for (const ConsultationFailure &c : file.consultationFailures)
        if (!c.note.trimmed().isEmpty())
            failureNotes << u"%1，%2。"_s.arg(chineseDate(c.occurredOn), bare(c.note));
    if (failureNotes.isEmpty() && suit && !suit->triggerNote.trimmed().isEmpty())
        failureNotes << QString(bare(suit->triggerNote) + u"。"_s);
    QString refusedOn;
    for (const ConsultationNotice &notice : file.notices)
        if (notice.reply == u"refused" && notice.repliedOn.isValid())
            refusedOn = chineseDate(notice.repliedOn);
    v.insert(u"claim"_s,
             QVariantMap{{u"defendants"_s, defendants},
                         {u"defendant_names"_s, names.join(u'、')},
                         {u"requests"_s, requests},
                         {u"amounts"_s, amountValues(claim)},
                         {u"total"_s, money(claim.total())},
                         {u"ground"_s, ground ? ground->chinese : QString()},
                         {u"ground_article"_s, ground ? ground->article.toChinese() : QString()},
                         {u"on_agreement"_s, onAgreement},
                         {u"failure_notes"_s, failureNotes},
                         {u"refused_on"_s, refusedOn},
                         {u"has_punitive"_s, !claim.punitive.isZero()},
                         {u"punitive_intent"_s, file.punitiveGround ? bare(file.punitiveGround->intent) : QString()},
                         {u"punitive_consequences"_s, file.punitiveGround ? bare(file.punitiveGround->consequences) : QString()},
                         {u"court"_s, f.need(u"受诉人民法院"_s, court)},
                         {u"copies"_s, chineseCount(int(defendants.size()))},
                         {u"notice_served_on"_s, chineseDate(file.firstNoticeServedOn())},
                         {u"notice_served"_s, file.firstNoticeServedOn().isValid()},
                         {u"round_count"_s, chineseCount(int(file.rounds.size()))},
                         {u"rounds_held"_s, !file.rounds.isEmpty()},
                         {u"agreement_signed_on"_s, file.agreement ? chineseDate(file.agreement->signedOn) : QString()}});
}

void fillProcuratorateLetter(const CaseFile &file, Filler &f, QVariantMap &v)
{
    const Proceeding *p = procuratorateProceeding(file);
    f.need(u"检察机关的公益诉讼通报或者移交沟通（关联程序）"_s, p ? p->authority : QString());
    const Decision *termination = file.termination();
    const bool handover = (termination && termination->reason == u"public_interest_handover") || (p && p->kind == u"handed_over");
    // Art. 33 ¶1: the department that starts the compensation claim replies so within the announcement
    // period (the procuratorate may then suspend its suit); one that does not start it says so.
    const bool started = !handover && file.investigation.has_value() && !termination;
    v.insert(u"procuratorate"_s,
             QVariantMap{{u"authority"_s, p ? p->authority : QString()},
                         {u"reference"_s, p ? p->reference : QString()},
                         {u"notified_on"_s, p ? chineseDate(p->startedOn) : QString()},
                         {u"announcement_ends_on"_s, p ? chineseDate(p->announcementEndsOn) : QString()},
                         {u"is_notice"_s, p && p->kind == u"public_interest"},
                         {u"handover"_s, handover},
                         {u"started"_s, started},
                         {u"not_started"_s, !handover && !started},
                         {u"filed_on"_s, file.investigation ? chineseDate(file.investigation->filedOn) : QString()},
                         {u"handover_reason"_s, paragraphs(termination && handover ? termination->reasonText : QString())},
                         {u"decided_on"_s, termination ? chineseDate(termination->decidedOn) : QString()}});
}

} // namespace ecoclaim::documents::fill
