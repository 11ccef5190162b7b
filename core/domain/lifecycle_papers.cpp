// The lifecycle table, papers part: issuing (and so numbering), superseding and serving the official
// papers of a case, and recording a party's share of a joint liability that the papers print. They go
// through CaseService::execute like every other change — one transaction, the audit entry, the
// timeline — so `ecoclaim-cli apply` replays them and the window, the command line and the archive see
// one record of each paper. What a paper says is the papers module's (core/documents); the service
// reaches it through the composer it is given (core/service/paperwork.h).
#include "core/domain/lifecycletable.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ecoclaim::domain {

const QList<Choice> &paperTypeChoices()
{
    // The keys and titles of core/documents/papertypes.cpp (tst_papers checks that the two agree).
    static const char *const context = "ecoclaim::Paper";
    static const QList<Choice> list = {
        {u"clue_transfer"_s, QT_TRANSLATE_NOOP("ecoclaim::Paper", "Clue transfer letter"), u"生态环境损害赔偿案件线索移送函"_s, art(13, 2), context},
        {u"report_reply"_s, QT_TRANSLATE_NOOP("ecoclaim::Paper", "Reply to a report"), u"举报答复意见书"_s, art(13, 3), context},
        {u"non_initiation"_s, QT_TRANSLATE_NOOP("ecoclaim::Paper", "Decision not to initiate"), u"不启动生态环境损害索赔程序决定书"_s, art(14), context},
        {u"termination"_s, QT_TRANSLATE_NOOP("ecoclaim::Paper", "Decision to terminate"), u"终止生态环境损害索赔程序决定书"_s, art(14, 2), context},
        {u"case_approval"_s, QT_TRANSLATE_NOOP("ecoclaim::Paper", "Case filing approval form"), u"生态环境损害赔偿案件立案审批表"_s, art(13), context},
        {u"appraisal_commission"_s, QT_TRANSLATE_NOOP("ecoclaim::Paper", "Appraisal commission"), u"生态环境损害鉴定评估委托书"_s, art(16), context},
        {u"consultation_notice"_s, QT_TRANSLATE_NOOP("ecoclaim::Paper", "Consultation notice"), u"生态环境损害赔偿磋商告知书"_s, art(19), context},
        {u"service_receipt"_s, QT_TRANSLATE_NOOP("ecoclaim::Paper", "Service receipt"), u"送达回证"_s, art(19), context},
        {u"consultation_record"_s, QT_TRANSLATE_NOOP("ecoclaim::Paper", "Consultation record"), u"生态环境损害赔偿磋商会议记录"_s, art(21, 2), context},
        {u"compensation_agreement"_s, QT_TRANSLATE_NOOP("ecoclaim::Paper", "Compensation agreement"), u"生态环境损害赔偿协议"_s, art(23), context},
        {u"confirmation_application"_s, QT_TRANSLATE_NOOP("ecoclaim::Paper", "Application for judicial confirmation"), u"生态环境损害赔偿协议司法确认申请书"_s, art(24), context},
        {u"enforcement_application"_s, QT_TRANSLATE_NOOP("ecoclaim::Paper", "Application for enforcement"), u"强制执行申请书"_s, art(24, 2), context},
        {u"statement_of_claim"_s, QT_TRANSLATE_NOOP("ecoclaim::Paper", "Statement of claim"), u"民事起诉状"_s, art(25, 1), context},
        {u"procuratorate_letter"_s, QT_TRANSLATE_NOOP("ecoclaim::Paper", "Letter to the procuratorate (public-interest suit)"), u"生态环境损害赔偿与检察公益诉讼衔接函"_s, art(33), context},
        {u"evaluation_opinion"_s, QT_TRANSLATE_NOOP("ecoclaim::Paper", "Restoration-effect evaluation opinion"), u"生态环境修复效果评估意见"_s, art(29), context},
    };
    return list;
}

namespace detail {

namespace {
const QList<Choice> &shareBases()
{
    static const QList<Choice> l{
        {u"appraisal"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "As the appraisal apportions it"), u"鉴定评估意见"_s, art(17)},
        {u"agreement"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "As the agreement apportions it"), u"赔偿协议"_s, art(23)},
    };
    return l;
}

// The fields a paper's wording takes from the caseworker (core/documents/papertypes.h `parameters`).
QList<FieldSpec> paperParameters()
{
    return {anyDate(u"issued_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Day of issue (papers without an act that dates them)"), false),
            anyDate(u"meeting_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Meeting on"), false, art(19)),
            text(u"meeting_time"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Meeting time"), false, art(19)),
            text(u"meeting_place"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Meeting place"), false, art(19)),
            anyDate(u"reply_due_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Reply due on"), false, art(19, 2)),
            text(u"signing_place"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Place of signing"), false),
            text(u"court"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Court"), false, art(24)),
            text(u"place"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Place of the meeting recorded"), false, art(21, 2)),
            text(u"recorder"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Recorder"), false, art(21, 2)),
            longText(u"handling"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "How the report was handled"), false, art(13, 3)),
            longText(u"materials"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Materials provided"), false, art(16)),
            flag(u"draft"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Marked draft (never numbered)"), false),
            flag(u"accept_short_lead"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Number it although the meeting is fewer than five working days away"), false, art(19))};
}

// 第十九条: a notice must be served five working days before its meeting. One whose meeting is fewer than
// five working days after the day it is issued can never be served in time: numbering it is refused
// unless the caseworker confirms (accept_short_lead) — a warning before a number is taken.
Precondition issueLeadRule()
{
    return pre(u"notice_lead_from_issue"_s,
               QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The meeting is fewer than five working days after the notice's day of issue, so the notice cannot be served five working days before it: set a later meeting, or confirm with accept_short_lead."),
               art(19), [](const RuleContext &c, Problems &problems) {
                   if (c.input.text(u"paper_type"_s) != u"consultation_notice" || c.input.flag(u"draft"_s)
                       || c.input.flag(u"accept_short_lead"_s) || !c.input.has(u"meeting_on"_s))
                       return true;
                   const QDate issued = c.input.has(u"issued_on"_s) ? c.input.date(u"issued_on"_s) : c.input.today;
                   const Result<bool> ok = c.serviceLead(issued, c.input.date(u"meeting_on"_s));
                   if (!ok) {
                       problems.append(ok.problems());
                       return false;
                   }
                   return ok.value();
               });
}

const FiledPaper *paperOnFile(const CaseFile &f, qint64 id)
{
    for (const FiledPaper &p : f.papers)
        if (p.id == id)
            return &p;
    return nullptr;
}

// For the service of a consultation notice: the dates it printed.
QDate printedDate(const FiledPaper *p, const QString &key)
{
    return p ? QDate::fromString(p->parameters.value(key).toString(), Qt::ISODate) : QDate();
}
} // namespace

void addPaperCommands(QList<CommandSpec> &t)
{
    const QList<Stage> &editable = editableStages();

    QList<FieldSpec> issueFields{
        choice(u"paper_type"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Paper"), paperTypeChoices),
        text(u"party"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Liable party: its number, or \"all\" for one paper to each"), false, art(19)),
        text(u"subject"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Which round or appraisal (round:N, appraisal:N)"), false)};
    issueFields << paperParameters();
    t << CommandSpec{
        u"issue_paper"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Issue a paper (numbered and filed)"), editable, std::nullopt, art(42),
        issueFields,
        {pre(u"party_known"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Name the liable party by its number, or \"all\"; the case has no such party."),
             art(19), [](const RuleContext &c, Problems &) {
                 const QString party = c.input.text(u"party"_s);
                 if (party.isEmpty() || party == u"all")
                     return party.isEmpty() || !c.file.parties.isEmpty();
                 bool ok = false;
                 const int n = party.toInt(&ok);
                 for (const Party &p : c.file.parties)
                     if (ok && p.seq == n)
                         return true;
                 return false;
             }),
         issueLeadRule()}};

    QList<FieldSpec> supersedeFields{
        field(u"document"_s, FieldType::Integer, QT_TRANSLATE_NOOP("ecoclaim::Field", "Paper to supersede (document id)"), true),
        longText(u"reason"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Reason for the correction"), true)};
    supersedeFields << paperParameters();
    t << CommandSpec{
        u"supersede_paper"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Correct a paper under a new number (the old one stays, superseded)"),
        editable, std::nullopt, art(42), supersedeFields,
        {pre(u"paper_current"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "There is no current numbered paper with this id on the case (or it was already superseded)."),
             art(42), [](const RuleContext &c, Problems &) {
                 const FiledPaper *p = paperOnFile(c.file, c.input.id(u"document"_s));
                 return p && p->isCurrent() && !p->draft && !p->docNo.isEmpty();
             }),
         issueLeadRule()}};

    t << CommandSpec{
        u"serve_paper"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Record the service of a paper"), editable, std::nullopt, art(19),
        {field(u"document"_s, FieldType::Integer, QT_TRANSLATE_NOOP("ecoclaim::Field", "Paper served (document id)"), true),
         choice(u"method"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Method of service"), serviceMethods),
         pastDate(u"served_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Served on"), true, art(19)),
         text(u"recipient"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Received by"), true, art(19, 2)),
         field(u"proof"_s, FieldType::Integer, QT_TRANSLATE_NOOP("ecoclaim::Field", "Proof of service (evidence id)"), false, art(42)),
         text(u"note"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Note"))},
        {pre(u"paper_servable"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Only a current, numbered or final paper of this case is served (not a draft, not a superseded one)."),
             art(42), [](const RuleContext &c, Problems &) {
                 const FiledPaper *p = paperOnFile(c.file, c.input.id(u"document"_s));
                 return p && p->isCurrent() && !p->draft;
             }),
         pre(u"served_after_dated"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "A paper cannot be served before the date it bears."), {},
             [](const RuleContext &c, Problems &) {
                 const FiledPaper *p = paperOnFile(c.file, c.input.id(u"document"_s));
                 return !p || c.input.date(u"served_on"_s) >= p->datedOn;
             }),
         pre(u"proof_of_case"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The proof of service must be evidence of the same case."), art(42),
             [](const RuleContext &c, Problems &) {
                 if (!c.input.has(u"proof"_s))
                     return true;
                 for (const EvidenceItem &e : c.file.evidence)
                     if (e.id == c.input.id(u"proof"_s))
                         return true;
                 return false;
             }),
         // The notice's service is the lifecycle's (Art. 22: it starts the 90 days): the same rules as
         // serve_consultation_notice, with the meeting day and reply deadline the notice printed.
         pre(u"notice_in_consultation"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "A consultation notice is served once consultation has started."), art(18),
             [](const RuleContext &c, Problems &) {
                 const FiledPaper *p = paperOnFile(c.file, c.input.id(u"document"_s));
                 return !p || p->paperType != u"consultation_notice" || c.file.stage == Stage::Consultation;
             }),
         pre(u"notice_served_once"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "This notice was already served: correct its service with correct_notice_service, or supersede the notice."), art(22),
             [](const RuleContext &c, Problems &) {
                 const FiledPaper *p = paperOnFile(c.file, c.input.id(u"document"_s));
                 return !p || p->paperType != u"consultation_notice" || p->frozen != u"served";
             }),
         pre(u"five_working_days"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The notice must be served at least five working days before the meeting."), art(19),
             [](const RuleContext &c, Problems &problems) {
                 const FiledPaper *p = paperOnFile(c.file, c.input.id(u"document"_s));
                 if (!p || p->paperType != u"consultation_notice")
                     return true;
                 const Result<bool> ok = c.serviceLead(c.input.date(u"served_on"_s), printedDate(p, u"meeting_on"_s));
                 if (!ok) {
                     problems.append(ok.problems());
                     return false;
                 }
                 return ok.value();
             }),
         pre(u"reply_before_meeting"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The reply deadline must fall between service and the meeting."), art(19, 2),
             [](const RuleContext &c, Problems &) {
                 const FiledPaper *p = paperOnFile(c.file, c.input.id(u"document"_s));
                 if (!p || p->paperType != u"consultation_notice")
                     return true;
                 const QDate reply = printedDate(p, u"reply_due_on"_s);
                 return reply >= c.input.date(u"served_on"_s) && reply <= printedDate(p, u"meeting_on"_s);
             })}};

    t << CommandSpec{
        u"record_liability_share"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Record a liable party's share"), editable, std::nullopt, art(23),
        {party(u"party"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Liable party")),
         choice(u"basis"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Apportioned by"), shareBases),
         field(u"percent"_s, FieldType::Integer, QT_TRANSLATE_NOOP("ecoclaim::Field", "Share in per cent"), false),
         money(u"amount"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Share as an amount")),
         text(u"note"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Note"))},
        {pre(u"several_parties"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "A share is recorded only where there are several liable parties."), {},
             [](const RuleContext &c, Problems &) { return c.file.parties.size() > 1; }),
         pre(u"share_given"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Give the share as a per cent from 1 to 100, an amount, or both."), {},
             [](const RuleContext &c, Problems &) {
                 const qint64 percent = c.input.has(u"percent"_s) ? c.input.id(u"percent"_s) : 0;
                 return percent >= 0 && percent <= 100 && (percent > 0 || c.input.money(u"amount"_s).fen() > 0);
             }),
         pre(u"shares_within_whole"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The parties' shares on the same basis would exceed 100 per cent."), {},
             [](const RuleContext &c, Problems &) {
                 qint64 sum = c.input.has(u"percent"_s) ? c.input.id(u"percent"_s) : 0;
                 QSet<qint64> counted{c.input.id(u"party"_s)};
                 for (auto it = c.file.shares.crbegin(); it != c.file.shares.crend(); ++it)
                     if (it->basis == c.input.text(u"basis"_s) && !counted.contains(it->partyId)) {
                         counted.insert(it->partyId);
                         sum += it->percent;
                     }
                 return sum <= 100;
             })}};
}

} // namespace detail
} // namespace ecoclaim::domain
