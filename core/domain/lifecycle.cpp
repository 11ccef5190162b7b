// The lifecycle table. Each entry: command, the stages it may be issued in, the stage it leads to,
// its fields, and its preconditions with the article of the Shanghai rules (细则) each rests on.
// Where the rules say "原则上" (as a rule: 90 days, 3 rounds — Art. 22) the limit is enforced but may be
// exceeded with a recorded reason; where they say "应当" (shall) there is no way around it.

#include "core/domain/lifecycle.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ecoclaim::domain {

namespace {

// --- field builders -------------------------------------------------------------------------

FieldSpec field(const QString &key, FieldType type, const char *label, bool required = false, ArticleRef a = {})
{
    FieldSpec f;
    f.key = key;
    f.type = type;
    f.label = label;
    f.required = required;
    f.article = a;
    return f;
}
FieldSpec text(const QString &key, const char *label, bool required = false, ArticleRef a = {})
{
    return field(key, FieldType::Text, label, required, a);
}
FieldSpec longText(const QString &key, const char *label, bool required = false, ArticleRef a = {})
{
    return field(key, FieldType::LongText, label, required, a);
}
// A date something happened on: never in the future.
FieldSpec pastDate(const QString &key, const char *label, bool required = true, ArticleRef a = {})
{
    FieldSpec f = field(key, FieldType::Date, label, required, a);
    f.notInFuture = true;
    return f;
}
FieldSpec anyDate(const QString &key, const char *label, bool required = true, ArticleRef a = {})
{
    return field(key, FieldType::Date, label, required, a);
}
FieldSpec money(const QString &key, const char *label, bool required = false, ArticleRef a = {})
{
    return field(key, FieldType::Money, label, required, a);
}
FieldSpec flag(const QString &key, const char *label, bool required = false, ArticleRef a = {})
{
    return field(key, FieldType::Bool, label, required, a);
}
FieldSpec choice(const QString &key, const char *label, const QList<Choice> &(*list)(), bool required = true,
                 ArticleRef a = {})
{
    FieldSpec f = field(key, FieldType::Choice, label, required, a);
    f.choices = list;
    return f;
}
FieldSpec party(const QString &key, const char *label, bool required = true, ArticleRef a = {})
{
    return field(key, FieldType::Party, label, required, a);
}

// The five categories of Art. 5 and punitive damages of Art. 26, as money fields.
QList<FieldSpec> amountFields(bool withPunitive)
{
    QList<FieldSpec> f{
        money(u"interim_loss"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Interim loss of services"), false, art(5, 0, 1)),
        money(u"permanent_loss"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Permanent damage loss"), false, art(5, 0, 2)),
        money(u"assessment_costs"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Investigation and appraisal costs"), false, art(5, 0, 3)),
        money(u"restoration_costs"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Clean-up and restoration costs"), false, art(5, 0, 4)),
        money(u"prevention_costs"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Costs of preventing damage"), false, art(5, 0, 5)),
    };
    if (withPunitive)
        f << money(u"punitive"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Punitive damages"), false, art(26));
    return f;
}

// --- choice lists local to the lifecycle ----------------------------------------------------

const QList<Choice> &investigationProposals()
{
    static const QList<Choice> l{
        {u"consultation"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Start consultation"), u"启动索赔磋商"_s, art(15)},
        {u"termination"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Terminate the claim"), u"终止索赔程序"_s, art(15)},
    };
    return l;
}

const QList<Choice> &noticeReplies()
{
    static const QList<Choice> l{
        {u"agreed"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Agrees to consult"), u"同意磋商"_s, art(19, 2)},
        {u"refused"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Refuses to consult"), u"拒绝磋商"_s, art(19, 2)},
    };
    return l;
}

const QList<Choice> &judgmentOutcomes()
{
    static const QList<Choice> l{
        {u"upheld"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Claim upheld"), u"支持诉讼请求"_s, {}},
        {u"partly_upheld"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Claim partly upheld"), u"部分支持诉讼请求"_s, {}},
        {u"dismissed"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Claim dismissed"), u"驳回诉讼请求"_s, {}},
        {u"mediated"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Settled by court mediation"), u"调解结案"_s, {}},
    };
    return l;
}

const QList<Choice> &evaluationMethods()
{
    static const QList<Choice> l{
        {u"institution"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Evaluation institution"), u"委托评估机构评估"_s, art(29)},
        {u"experts"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Expert evaluation (simple cases)"), u"委托专家评估"_s, art(29, 2)},
        {u"comprehensive"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Comprehensive determination (simple cases)"), u"综合认定"_s, art(29, 2)},
    };
    return l;
}

// Termination may rest on any reason of Art. 14 (¶2) or on the investigation's conclusion (Art. 15).
const QList<Choice> &terminationReasons()
{
    static const QList<Choice> l = [] {
        QList<Choice> reasons = nonInitiationReasons();
        reasons.append({u"investigation_conclusion"_s,
                        QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "The investigation concluded the claim should end"),
                        u"调查结论提出终止索赔程序"_s, art(15)});
        return reasons;
    }();
    return l;
}

// --- precondition builder ---------------------------------------------------------------------

using Check = std::function<bool(const RuleContext &, Problems &)>;

Precondition pre(const QString &id, const char *unmet, ArticleRef a, Check holds)
{
    return Precondition{id, unmet, a, std::move(holds)};
}

QString trL(const char *s) { return QCoreApplication::translate("ecoclaim::Lifecycle", s); }

// The consultation period: 90 natural days from the first service of a notice, the day of service
// not counted (Art. 22, Art. 46; 民法典第二百零一条).
QDate consultationPeriodEnd(const CaseFile &f)
{
    const QDate served = f.firstNoticeServedOn();
    return served.isValid() ? served.addDays(90) : QDate();
}

bool hasRestorationPlan(const CaseFile &f) { return !f.restorationPlans.isEmpty(); }

// --- the table --------------------------------------------------------------------------------

QList<CommandSpec> buildTable()
{
    const QList<Stage> claimOpen{Stage::Investigation, Stage::Consultation, Stage::Agreement,
                                 Stage::Litigation,    Stage::Restoration,  Stage::Evaluation};
    const QList<Stage> notFinished{Stage::Clue,       Stage::Verification, Stage::Investigation,
                                   Stage::Consultation, Stage::Agreement,  Stage::Litigation,
                                   Stage::Restoration, Stage::Evaluation,  Stage::Terminated};
    QList<Stage> editable = notFinished;
    editable << Stage::Closed << Stage::Transferred << Stage::NotApplicable << Stage::NoDamage << Stage::NotInitiated;

    QList<CommandSpec> t;

    // ---------------------------------------------------------------- clue and verification
    t << CommandSpec{
        u"register_clue"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Register a clue"), {}, Stage::Clue, art(12),
        {text(u"title"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Title"), true),
         field(u"district"_s, FieldType::District, QT_TRANSLATE_NOOP("ecoclaim::Field", "District"), true, art(6)),
         field(u"unit"_s, FieldType::Department, QT_TRANSLATE_NOOP("ecoclaim::Field", "Handling unit"), true, art(9)),
         choice(u"channel"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Clue channel"), clueChannels, true, art(12, 2)),
         pastDate(u"received_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Received on"), true, art(13)),
         pastDate(u"discovered_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Discovered on"), false),
         text(u"site"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Site")),
         longText(u"description"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Description")),
         text(u"reporter"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Reported by"), false, art(13, 3)),
         flag(u"major"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Major case"), false, art(39)),
         text(u"major_reason"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Why it is a major case"), false, art(39))},
        {pre(u"discovery_before_receipt"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The clue cannot be discovered after the day it was received."), {},
             [](const RuleContext &c, Problems &) {
                 return !c.input.has(u"discovered_on"_s) || c.input.date(u"discovered_on"_s) <= c.input.date(u"received_on"_s);
             }),
         pre(u"major_reason"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "A major case needs the reason it is major."), art(39),
             [](const RuleContext &c, Problems &) { return !c.input.flag(u"major"_s) || c.input.has(u"major_reason"_s); })}};

    t << CommandSpec{
        u"add_party"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Add a liable party"), notFinished, std::nullopt, art(8),
        {choice(u"kind"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Kind of party"), partyKinds),
         text(u"name"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Name"), true),
         text(u"credit_code"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Unified social credit code")),
         text(u"id_number"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Resident ID number")),
         text(u"address"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Address")),
         text(u"representative"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Legal representative")),
         text(u"contact"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Contact")),
         flag(u"in_custody"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "In custody"), false, art(19, 2)),
         text(u"custody_contact"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Defence agent or close relative"), false, art(19, 2)),
         text(u"insurance"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Pollution liability insurance"), false, art(43))},
        {pre(u"person_has_no_credit_code"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "A natural person has an ID number, not a unified social credit code."), {},
             [](const RuleContext &c, Problems &) {
                 return c.input.text(u"kind"_s) != u"person" || !c.input.has(u"credit_code"_s);
             }),
         pre(u"organisation_has_no_id_number"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "An organisation has a unified social credit code, not a resident ID number."), {},
             [](const RuleContext &c, Problems &) {
                 return c.input.text(u"kind"_s) == u"person" || !c.input.has(u"id_number"_s);
             }),
         pre(u"not_twice"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "This party is already on the case."), {},
             [](const RuleContext &c, Problems &) {
                 for (const Party &p : c.file.parties)
                     if (p.name == c.input.text(u"name"_s)
                         || (c.input.has(u"credit_code"_s) && p.creditCode == c.input.text(u"credit_code"_s))
                         || (c.input.has(u"id_number"_s) && p.idNumber == c.input.text(u"id_number"_s)))
                         return false;
                 return true;
             })}};

    t << CommandSpec{
        u"update_case"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Correct the case details"), editable, std::nullopt, {},
        {text(u"title"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Title")),
         field(u"district"_s, FieldType::District, QT_TRANSLATE_NOOP("ecoclaim::Field", "District"), false, art(6)),
         field(u"unit"_s, FieldType::Department, QT_TRANSLATE_NOOP("ecoclaim::Field", "Handling unit"), false, art(9)),
         text(u"site"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Site")),
         longText(u"description"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Description")),
         text(u"reporter"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Reported by")),
         flag(u"major"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Major case"), false, art(39)),
         text(u"major_reason"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Why it is a major case"), false, art(39)),
         text(u"lead_unit_note"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Lead department and joint case group"), false, art(9, 3))},
        {pre(u"something_to_change"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Nothing to change: give at least one field."), {},
             [](const RuleContext &c, Problems &) { return !c.input.values.isEmpty(); }),
         pre(u"major_reason"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "A major case needs the reason it is major."), art(39),
             [](const RuleContext &c, Problems &) {
                 return !c.input.flag(u"major"_s) || c.input.has(u"major_reason"_s) || !c.file.majorReason.isEmpty();
             })}};

    t << CommandSpec{
        u"start_verification"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Start preliminary verification"), {Stage::Clue},
        Stage::Verification, art(13),
        {pastDate(u"started_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Started on")),
         text(u"verified_by"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Verified by"))},
        {pre(u"after_receipt"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Verification cannot start before the clue was received."), art(13),
             [](const RuleContext &c, Problems &) { return c.input.date(u"started_on"_s) >= c.file.receivedOn; })}};

    t << CommandSpec{
        u"record_verification"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Record the verification conclusion"),
        {Stage::Verification}, std::nullopt, art(13),
        {pastDate(u"concluded_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Concluded on")),
         flag(u"damage_found"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Damage to the environment was caused"), true, art(13)),
         longText(u"finding"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Finding"), true, art(13))},
        {pre(u"after_start"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The conclusion cannot come before verification started."), art(13),
             [](const RuleContext &c, Problems &) {
                 return c.file.verification && c.input.date(u"concluded_on"_s) >= c.file.verification->startedOn;
             })}};

    const Check verificationConcluded = [](const RuleContext &c, Problems &) {
        return c.file.verification && c.file.verification->concludedOn.isValid();
    };

    t << CommandSpec{
        u"file_case"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "File the case and start the claim"), {Stage::Verification},
        Stage::Investigation, art(13),
        {pastDate(u"filed_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Filed on"))},
        {pre(u"verification_concluded"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The preliminary verification has no recorded conclusion."), art(13), verificationConcluded),
         pre(u"damage_found"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Only a verification that found damage to the environment leads to filing."), art(13),
             [](const RuleContext &c, Problems &) {
                 return c.file.verification && c.file.verification->damageFound.value_or(false);
             }),
         pre(u"after_conclusion"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The case cannot be filed before the verification concluded."), art(13),
             [](const RuleContext &c, Problems &) {
                 return !c.file.verification || !c.file.verification->concludedOn.isValid()
                     || c.input.date(u"filed_on"_s) >= c.file.verification->concludedOn;
             })}};

    t << CommandSpec{
        u"transfer_clue"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Transfer the clue to the competent department"),
        {Stage::Clue, Stage::Verification}, Stage::Transferred, art(13, 2),
        {text(u"receiver"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Receiving department"), true, art(13, 2)),
         pastDate(u"transferred_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Transfer letter sent on")),
         longText(u"reason"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Why it belongs to that department"), true, art(13, 2))},
        {}};

    t << CommandSpec{
        u"declare_not_applicable"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Declare the rules not applicable"),
        {Stage::Clue, Stage::Verification}, Stage::NotApplicable, art(4),
        {choice(u"exclusion"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Exclusion"), exclusions, true, art(4)),
         pastDate(u"decided_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Decided on")),
         longText(u"note"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Note"))},
        {}};

    t << CommandSpec{
        u"close_without_damage"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Close the clue: no damage caused"),
        {Stage::Verification}, Stage::NoDamage, art(13),
        {pastDate(u"decided_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Decided on"))},
        {pre(u"verification_concluded"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The preliminary verification has no recorded conclusion."), art(13), verificationConcluded),
         pre(u"no_damage_found"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The verification found damage: the case must be filed, not closed."), art(13),
             [](const RuleContext &c, Problems &) {
                 return c.file.verification && c.file.verification->damageFound.has_value()
                     && !*c.file.verification->damageFound;
             })}};

    t << CommandSpec{
        u"decide_not_to_initiate"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Decide not to start the claim"),
        {Stage::Verification}, Stage::NotInitiated, art(14),
        {choice(u"reason"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Reason"), nonInitiationReasons, true, art(14)),
         longText(u"reason_text"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Explanation")),
         pastDate(u"decided_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Decided on"))},
        {pre(u"verification_concluded"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The preliminary verification has no recorded conclusion."), art(14), verificationConcluded),
         pre(u"other_explained"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The reason \"other\" needs an explanation."), art(14, 1, 6),
             [](const RuleContext &c, Problems &) {
                 return c.input.text(u"reason"_s) != u"other" || c.input.has(u"reason_text"_s);
             })}};

    // ---------------------------------------------------------------- investigation and appraisal
    t << CommandSpec{
        u"commission_appraisal"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Commission an appraisal"),
        {Stage::Investigation, Stage::Consultation}, std::nullopt, art(16),
        {choice(u"mode"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Appraisal mode"), appraisalModes, true, art(16)),
         text(u"institution"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Appraisal institution"), false, art(16)),
         field(u"experts"_s, FieldType::TextList, QT_TRANSLATE_NOOP("ecoclaim::Field", "Experts"), false, art(16, 2)),
         pastDate(u"commissioned_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Commissioned on")),
         anyDate(u"due_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Report due on"), false, art(16)),
         longText(u"items"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Items, content and materials"), false, art(16))},
        {pre(u"one_at_a_time"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "An appraisal is already under way: record its result or stop it first."), art(16),
             [](const RuleContext &c, Problems &) { return c.file.openAppraisal() == nullptr; }),
         pre(u"institution_named"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Commissioning an institution needs its name, the items of the commission and the time limit."), art(16),
             [](const RuleContext &c, Problems &) {
                 const QString mode = c.input.text(u"mode"_s);
                 if (mode != u"institution" && mode != u"joint_institution")
                     return true;
                 return c.input.has(u"institution"_s) && c.input.has(u"items"_s) && c.input.has(u"due_on"_s);
             }),
         pre(u"three_experts"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "An expert assessment needs at least 3 experts."), art(16, 2),
             [](const RuleContext &c, Problems &) {
                 return c.input.text(u"mode"_s) != u"experts" || c.input.list(u"experts"_s).size() >= 3;
             }),
         pre(u"simplified_stopped"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "A simplified appraisal was stopped as unsuitable: an appraisal institution must be commissioned."),
             art(16, 3),
             [](const RuleContext &c, Problems &) {
                 const QString mode = c.input.text(u"mode"_s);
                 if (mode != u"experts" && mode != u"comprehensive")
                     return true;
                 for (const Appraisal &a : c.file.appraisals)
                     if (a.status == u"stopped" && a.isSimplified())
                         return false;
                 return true;
             })}};

    t << CommandSpec{
        u"stop_simplified_appraisal"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Stop a simplified appraisal as unsuitable"),
        {Stage::Investigation, Stage::Consultation}, std::nullopt, art(16, 3),
        {pastDate(u"stopped_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Stopped on")),
         longText(u"reason"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Why the case is not simple"), true, art(16, 3))},
        {pre(u"simplified_open"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "No expert assessment or comprehensive determination is under way."), art(16, 3),
             [](const RuleContext &c, Problems &) {
                 const Appraisal *a = c.file.openAppraisal();
                 return a && a->isSimplified();
             })}};

    QList<FieldSpec> appraisalResult{
        pastDate(u"completed_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Completed on")),
        longText(u"damage_determination"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Damage determination"), true, art(17)),
        longText(u"loss_scope"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Scope of loss"), false, art(17)),
        longText(u"causation"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Causation analysis"), true, art(17)),
        longText(u"quantification"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Quantification of damage"), false, art(17)),
        longText(u"restoration_outline"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Restoration plan in the report"), false, art(17))};
    appraisalResult << amountFields(false);
    t << CommandSpec{
        u"record_appraisal_result"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Record the appraisal result"),
        {Stage::Investigation, Stage::Consultation}, std::nullopt, art(17), appraisalResult,
        {pre(u"appraisal_open"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "No appraisal has been commissioned, or it has already been recorded."), art(16),
             [](const RuleContext &c, Problems &) { return c.file.openAppraisal() != nullptr; }),
         pre(u"after_commission"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The result cannot come before the appraisal was commissioned."), art(16),
             [](const RuleContext &c, Problems &) {
                 const Appraisal *a = c.file.openAppraisal();
                 return !a || c.input.date(u"completed_on"_s) >= a->commissionedOn;
             })}};

    t << CommandSpec{
        u"conclude_investigation"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Conclude the damage investigation"),
        {Stage::Investigation, Stage::Consultation}, std::nullopt, art(15),
        {pastDate(u"concluded_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Concluded on")),
         flag(u"damage_exists"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Damage exists"), true, art(15)),
         longText(u"scope"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Scope of damage"), true, art(15)),
         longText(u"degree"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Degree of damage"), true, art(15)),
         flag(u"obligor_identified"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "A liable party is identified"), true, art(15)),
         longText(u"causation"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Causation"), true, art(15)),
         choice(u"proposal"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Proposal"), investigationProposals, true, art(15))},
        {pre(u"after_filing"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The investigation cannot conclude before the case was filed."), art(15),
             [](const RuleContext &c, Problems &) {
                 return c.file.investigation && c.input.date(u"concluded_on"_s) >= c.file.investigation->filedOn;
             }),
         pre(u"consultation_needs_damage"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Consultation can only be proposed when damage exists and a liable party is identified."), art(15),
             [](const RuleContext &c, Problems &) {
                 return c.input.text(u"proposal"_s) != u"consultation"
                     || (c.input.flag(u"damage_exists"_s) && c.input.flag(u"obligor_identified"_s));
             })}};

    t << CommandSpec{
        u"draft_restoration_plan"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Draft a restoration plan"), claimOpen, std::nullopt, art(27),
        {pastDate(u"drafted_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Drafted on")),
         longText(u"elements"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Environmental elements restored"), true, art(27)),
         longText(u"scope"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Scope of restoration"), true, art(27)),
         longText(u"targets"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Targets and standards"), true, art(27)),
         longText(u"technical_plan"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Technical plan"), true, art(27)),
         longText(u"schedule"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Schedule"), true, art(27)),
         choice(u"alternative_method"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Alternative restoration"), alternativeRestorationMethods, false, art(27, 2)),
         longText(u"note"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Note"))},
        {}};

    t << CommandSpec{
        u"request_early_consultation"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Record the liable party's request to consult early"),
        {Stage::Investigation}, std::nullopt, art(18, 2),
        {pastDate(u"requested_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Requested on")),
         party(u"party"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Liable party"))},
        {}};

    const Check hasParty = [](const RuleContext &c, Problems &) { return !c.file.parties.isEmpty(); };

    t << CommandSpec{
        u"start_consultation"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Start consultation"), {Stage::Investigation},
        Stage::Consultation, art(18),
        {pastDate(u"started_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Started on"))},
        {pre(u"liable_party"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "No liable party is recorded on the case."), art(15), hasParty),
         pre(u"investigation_complete"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The damage investigation is not complete (no investigation conclusion)."), art(18, 1, 1),
             [](const RuleContext &c, Problems &) {
                 return c.file.earlyRequestOn.isValid() || (c.file.investigation && c.file.investigation->isConcluded());
             }),
         pre(u"investigation_proposes_consultation"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The investigation conclusion proposes terminating the claim, not consultation."), art(15),
             [](const RuleContext &c, Problems &) {
                 return !c.file.investigation || !c.file.investigation->isConcluded()
                     || c.file.investigation->proposal == u"consultation";
             }),
         pre(u"appraisal_complete"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The damage appraisal is not complete (no appraisal result)."), art(18, 1, 2),
             [](const RuleContext &c, Problems &) {
                 return c.file.earlyRequestOn.isValid() || c.file.completedAppraisal() != nullptr;
             }),
         pre(u"restoration_plan"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "No initial restoration plan (alternative restoration included) has been drafted."), art(18, 1, 3),
             [](const RuleContext &c, Problems &) { return c.file.earlyRequestOn.isValid() || hasRestorationPlan(c.file); })}};

    // ---------------------------------------------------------------- consultation
    t << CommandSpec{
        u"serve_consultation_notice"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Serve the consultation notice"),
        {Stage::Consultation}, std::nullopt, art(19),
        {party(u"party"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Liable party")),
         pastDate(u"served_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Served on"), true, art(19)),
         choice(u"service_method"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Method of service"), serviceMethods),
         text(u"recipient"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Received by"), false, art(19, 2)),
         anyDate(u"meeting_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Meeting on"), true, art(19)),
         anyDate(u"reply_due_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Reply due on"), true, art(19, 2))},
        {pre(u"five_working_days"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The notice must be served at least five working days before the meeting."), art(19),
             [](const RuleContext &c, Problems &problems) {
                 const Result<bool> ok = c.serviceLead(c.input.date(u"served_on"_s), c.input.date(u"meeting_on"_s));
                 if (!ok) {
                     problems.append(ok.problems());
                     return false;
                 }
                 return ok.value();
             }),
         pre(u"reply_before_meeting"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The reply deadline must fall between service and the meeting."), art(19, 2),
             [](const RuleContext &c, Problems &) {
                 const QDate reply = c.input.date(u"reply_due_on"_s);
                 return reply >= c.input.date(u"served_on"_s) && reply <= c.input.date(u"meeting_on"_s);
             }),
         pre(u"custody_recipient"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The party is in custody: name the defence agent or close relative who received the notice."),
             art(19, 2),
             [](const RuleContext &c, Problems &) {
                 const Party *p = c.file.findParty(c.input.id(u"party"_s));
                 return !p || !p->inCustody || c.input.has(u"recipient"_s);
             })}};

    t << CommandSpec{
        u"record_notice_reply"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Record the reply to the consultation notice"),
        {Stage::Consultation}, std::nullopt, art(19, 2),
        {party(u"party"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Liable party")),
         choice(u"reply"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Reply"), noticeReplies),
         pastDate(u"replied_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Replied on"))},
        {pre(u"notice_awaiting_reply"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "No consultation notice served on this party is awaiting a reply."), art(19),
             [](const RuleContext &c, Problems &) {
                 for (const ConsultationNotice &n : c.file.notices)
                     if (n.partyId == c.input.id(u"party"_s) && n.reply.isEmpty()
                         && c.input.date(u"replied_on"_s) >= n.servedOn)
                         return true;
                 return false;
             })}};

    t << CommandSpec{
        u"hold_consultation_round"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Record a consultation round"),
        {Stage::Consultation}, std::nullopt, art(21),
        {pastDate(u"held_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Held on")),
         choice(u"mode"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Form of consultation"), consultationModes, true, art(21, 3)),
         text(u"host"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Host"), false, art(21)),
         longText(u"participants"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Participants"), true, art(21, 2)),
         longText(u"summary"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Record of the round"), true, art(20)),
         flag(u"all_signed"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Signed by everyone present"), false, art(21, 2)),
         longText(u"refusal_note"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Host's note on a refusal to sign"), false, art(21, 2)),
         longText(u"exception_reason"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Reason to exceed 3 rounds or 90 days"), false, art(22))},
        {pre(u"notice_served"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "No consultation notice has been served."), art(19),
             [](const RuleContext &c, Problems &) {
                 for (const ConsultationNotice &n : c.file.notices)
                     if (n.servedOn <= c.input.date(u"held_on"_s))
                         return true;
                 return false;
             }),
         pre(u"party_agreed"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "No liable party has agreed to consult; no reply counts as a refusal."), art(19, 2),
             [](const RuleContext &c, Problems &) {
                 for (const ConsultationNotice &n : c.file.notices)
                     if (n.reply == u"agreed")
                         return true;
                 return false;
             }),
         pre(u"refusal_noted"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Someone present refused to sign: the host must note it on the record."), art(21, 2),
             [](const RuleContext &c, Problems &) {
                 return c.input.flag(u"all_signed"_s, true) || c.input.has(u"refusal_note"_s);
             }),
         pre(u"three_rounds"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Three rounds have been held: as a rule there is no fourth (give a reason to exceed, or consider litigation under Art. 25(3))."),
             art(22),
             [](const RuleContext &c, Problems &) { return c.file.rounds.size() < 3 || c.input.has(u"exception_reason"_s); }),
         pre(u"ninety_days"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The 90 days of consultation from service of the notice have passed (give a reason to exceed, or consider litigation under Art. 25(3))."),
             art(22),
             [](const RuleContext &c, Problems &) {
                 const QDate end = consultationPeriodEnd(c.file);
                 return !end.isValid() || c.input.date(u"held_on"_s) <= end || c.input.has(u"exception_reason"_s);
             })}};

    QList<FieldSpec> agreementFields{
        pastDate(u"signed_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Signed on")),
        longText(u"restoration_terms"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Restoration: plan, start and time limit"), true, art(20)),
        party(u"assuming_party"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Party assuming the whole liability"), false, art(23, 2)),
        flag(u"confirmation_clause"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Parties will apply for judicial confirmation"), false, art(24)),
        field(u"instalments"_s, FieldType::Instalments, QT_TRANSLATE_NOOP("ecoclaim::Field", "Instalments"), false, art(8, 3))};
    agreementFields << amountFields(true);
    t << CommandSpec{
        u"sign_agreement"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Sign the compensation agreement"), {Stage::Consultation},
        Stage::Agreement, art(23), agreementFields,
        {pre(u"round_held"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "No consultation round is on record."), art(21),
             [](const RuleContext &c, Problems &) { return !c.file.rounds.isEmpty(); }),
         pre(u"after_last_round"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The agreement cannot be signed before the last consultation round."), art(23),
             [](const RuleContext &c, Problems &) {
                 return c.file.rounds.isEmpty() || c.input.date(u"signed_on"_s) >= c.file.rounds.last().heldOn;
             }),
         pre(u"instalments_add_up"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The instalments must add up to the total amount of the agreement, and fall due after signing."),
             art(8, 3),
             [](const RuleContext &c, Problems &) {
                 const QVariantList rows = c.input.values.value(u"instalments"_s).toList();
                 if (rows.isEmpty())
                     return true;
                 qint64 sum = 0, total = 0;
                 for (const QVariant &row : rows) {
                     sum += row.toMap().value(u"amount"_s).toLongLong();
                     if (row.toMap().value(u"due_on"_s).toDate() < c.input.date(u"signed_on"_s))
                         return false;
                 }
                 for (const QString &k : {u"interim_loss"_s, u"permanent_loss"_s, u"assessment_costs"_s,
                                          u"restoration_costs"_s, u"prevention_costs"_s, u"punitive"_s})
                     total += c.input.values.value(k).toLongLong();
                 return sum == total;
             })}};

    // ---------------------------------------------------------------- litigation and confirmation
    t << CommandSpec{
        u"file_litigation"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Bring the claim to court"),
        {Stage::Consultation, Stage::Agreement, Stage::Restoration}, Stage::Litigation, art(25),
        {pastDate(u"filed_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Filed on")),
         text(u"court"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Court"), true),
         choice(u"trigger"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Why consultation failed"), litigationTriggers, true, art(25)),
         longText(u"trigger_note"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Circumstances"))},
        {pre(u"trigger_fits_stage"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "After an agreement the only ground to sue is that it was not performed; before it, non-performance is no ground."),
             art(25, 2),
             [](const RuleContext &c, Problems &) {
                 const bool afterAgreement = c.file.agreement.has_value();
                 return afterAgreement == (c.input.text(u"trigger"_s) == u"agreement_not_performed");
             }),
         pre(u"refusal_on_record"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "No liable party has refused the notice, and no reply deadline has passed without a reply."),
             art(25, 1, 1),
             [](const RuleContext &c, Problems &) {
                 if (c.input.text(u"trigger"_s) != u"refused_or_no_reply")
                     return true;
                 for (const ConsultationNotice &n : c.file.notices)
                     if (n.reply == u"refused" || (n.reply.isEmpty() && n.replyDueOn < c.input.date(u"filed_on"_s)))
                         return true;
                 return false;
             }),
         pre(u"limit_reached"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Neither the 90 days from service of the notice nor 3 consultation rounds have passed."),
             art(25, 1, 3),
             [](const RuleContext &c, Problems &) {
                 if (c.input.text(u"trigger"_s) != u"limit_exceeded")
                     return true;
                 const QDate end = consultationPeriodEnd(c.file);
                 return c.file.rounds.size() >= 3 || (end.isValid() && c.input.date(u"filed_on"_s) > end);
             }),
         pre(u"circumstances_described"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Describe the circumstances: who did not attend or walked out, or why agreement is impossible."),
             art(25),
             [](const RuleContext &c, Problems &) {
                 const QString trigger = c.input.text(u"trigger"_s);
                 return (trigger != u"absent_or_withdrew" && trigger != u"impossible") || c.input.has(u"trigger_note"_s);
             }),
         pre(u"not_confirmed"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The agreement was judicially confirmed: apply to the court for enforcement instead of suing."),
             art(24, 2),
             [](const RuleContext &c, Problems &) {
                 const Confirmation *conf = c.file.latestConfirmation();
                 return !conf || !conf->confirmed.value_or(false);
             })}};

    const QList<Stage> afterAgreement{Stage::Agreement, Stage::Restoration, Stage::Evaluation};
    t << CommandSpec{
        u"apply_judicial_confirmation"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Apply for judicial confirmation"), afterAgreement,
        std::nullopt, art(24),
        {pastDate(u"applied_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Applied on")),
         text(u"court"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Court"), true, art(24)),
         pastDate(u"accepted_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Accepted by the court on"), false)},
        {pre(u"agreement_signed"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "There is no signed agreement to confirm."), art(24),
             [](const RuleContext &c, Problems &) { return c.file.agreement.has_value(); }),
         pre(u"no_pending_application"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "An application for confirmation is already pending or granted."), art(24),
             [](const RuleContext &c, Problems &) {
                 const Confirmation *conf = c.file.latestConfirmation();
                 return !conf || (conf->ruledOn.isValid() && !conf->confirmed.value_or(false));
             })}};

    t << CommandSpec{
        u"record_confirmation_ruling"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Record the court's confirmation ruling"), afterAgreement,
        std::nullopt, art(24),
        {pastDate(u"ruled_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Ruled on")),
         flag(u"confirmed"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Agreement confirmed"), true),
         text(u"ruling_no"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Ruling number"))},
        {pre(u"application_pending"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "No application for judicial confirmation is pending."), art(24),
             [](const RuleContext &c, Problems &) {
                 const Confirmation *conf = c.file.latestConfirmation();
                 return conf && !conf->ruledOn.isValid();
             }),
         pre(u"thirty_day_announcement"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The court announces the agreement for at least 30 days after accepting the application before it rules."),
             ArticleRef{20, 0, 0, u"最高人民法院《关于审理生态环境损害赔偿案件的若干规定（试行）》"_s},
             [](const RuleContext &c, Problems &) {
                 const Confirmation *conf = c.file.latestConfirmation();
                 return !conf || !conf->acceptedOn.isValid() || c.input.date(u"ruled_on"_s) >= conf->acceptedOn.addDays(30);
             })}};

    t << CommandSpec{
        u"record_judgment"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Record the judgment"), {Stage::Litigation}, std::nullopt, art(24, 2),
        {pastDate(u"judged_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Judged on")),
         text(u"judgment_no"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Judgment number")),
         choice(u"outcome"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Outcome"), judgmentOutcomes),
         money(u"awarded"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Amount awarded")),
         flag(u"restoration_ordered"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Restoration ordered")),
         longText(u"summary"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Summary of the judgment"))},
        {pre(u"after_filing"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The judgment cannot come before the suit was filed."), {},
             [](const RuleContext &c, Problems &) {
                 const Litigation *l = c.file.currentLitigation();
                 return l && c.input.date(u"judged_on"_s) >= l->filedOn;
             })}};

    // ---------------------------------------------------------------- restoration and evaluation
    t << CommandSpec{
        u"start_preemptive_restoration"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Start restoration ahead of the agreement"),
        {Stage::Investigation, Stage::Consultation}, std::nullopt, art(28),
        {pastDate(u"started_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Started on")),
         choice(u"executor"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Who restores"), restorationExecutors, true, art(28)),
         text(u"executor_name"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Name of the restorer")),
         pastDate(u"facts_confirmed_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Damage facts confirmed in writing on"), false, art(28))},
        {pre(u"facts_confirmed"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The liable party may restore first only after both sides confirmed the damage facts in writing."),
             art(28, 1),
             [](const RuleContext &c, Problems &) {
                 return c.input.text(u"executor"_s) == u"department" || c.input.has(u"facts_confirmed_on"_s);
             }),
         pre(u"not_started"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Restoration has already started."), art(28),
             [](const RuleContext &c, Problems &) { return !c.file.restoration.has_value(); })}};

    t << CommandSpec{
        u"start_restoration"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Start restoration"), {Stage::Agreement, Stage::Litigation},
        Stage::Restoration, art(27),
        {pastDate(u"started_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Started on")),
         choice(u"executor"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Who restores"), restorationExecutors, true, art(27)),
         text(u"executor_name"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Name of the restorer"))},
        {pre(u"plan_drafted"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "No restoration plan is on record."), art(27),
             [](const RuleContext &c, Problems &) { return hasRestorationPlan(c.file); }),
         pre(u"judgment_orders_restoration"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "No judgment ordering restoration or payment is recorded."), art(27),
             [](const RuleContext &c, Problems &) {
                 if (c.file.stage != Stage::Litigation)
                     return true;
                 const Litigation *l = c.file.currentLitigation();
                 return l && l->judgedOn.isValid() && l->outcome != u"dismissed";
             })}};

    t << CommandSpec{
        u"add_milestone"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Add a restoration milestone"),
        {Stage::Agreement, Stage::Litigation, Stage::Restoration, Stage::Evaluation}, std::nullopt, art(29),
        {anyDate(u"due_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Due on")),
         text(u"description"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Milestone"), true)},
        {}};

    t << CommandSpec{
        u"complete_milestone"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Mark a milestone done"),
        {Stage::Agreement, Stage::Litigation, Stage::Restoration, Stage::Evaluation}, std::nullopt, art(29),
        {field(u"milestone"_s, FieldType::Integer, QT_TRANSLATE_NOOP("ecoclaim::Field", "Milestone number"), true),
         pastDate(u"done_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Done on"))},
        {pre(u"milestone_open"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "There is no open milestone with this number."), {},
             [](const RuleContext &c, Problems &) {
                 const qint64 n = c.input.id(u"milestone"_s);
                 return n >= 1 && n <= c.file.milestones.size() && !c.file.milestones.at(n - 1).doneOn.isValid();
             })}};

    t << CommandSpec{
        u"record_payment"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Record a payment"),
        {Stage::Agreement, Stage::Litigation, Stage::Restoration, Stage::Evaluation}, std::nullopt, art(34),
        {pastDate(u"paid_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Paid on")),
         money(u"amount"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Amount"), true),
         text(u"payer"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Paid by")),
         text(u"note"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Note"))},
        {pre(u"amount_due"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Nothing is due: no agreement or judgment with an amount is recorded."), art(34),
             [](const RuleContext &c, Problems &) { return c.file.amountDue().fen() > 0; }),
         pre(u"positive"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "A payment must be more than zero."), {},
             [](const RuleContext &c, Problems &) { return c.input.money(u"amount"_s).fen() > 0; }),
         pre(u"not_overpaid"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The payment is more than what remains due."), art(34),
             [](const RuleContext &c, Problems &) {
                 return c.file.amountPaid() + c.input.money(u"amount"_s) <= c.file.amountDue();
             })}};

    t << CommandSpec{
        u"complete_restoration"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Report restoration complete"), {Stage::Restoration},
        Stage::Evaluation, art(29),
        {pastDate(u"completed_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Completed on")),
         longText(u"completion_report"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Completion report"), true, art(29))},
        {pre(u"plan_drafted"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "No restoration plan is on record."), art(27),
             [](const RuleContext &c, Problems &) { return hasRestorationPlan(c.file); }),
         pre(u"after_start"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Restoration cannot be complete before it started."), {},
             [](const RuleContext &c, Problems &) {
                 return c.file.restoration && c.input.date(u"completed_on"_s) >= c.file.restoration->startedOn;
             })}};

    t << CommandSpec{
        u"record_effect_evaluation"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Record the restoration-effect evaluation"),
        {Stage::Evaluation}, std::nullopt, art(29),
        {pastDate(u"evaluated_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Evaluated on")),
         choice(u"method"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Evaluation method"), evaluationMethods, true, art(29, 2)),
         text(u"evaluator"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Evaluator")),
         flag(u"passed"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Passed"), true, art(29)),
         longText(u"targets"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Main restoration targets"), true, art(29, 2)),
         longText(u"execution"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "How the plan was carried out"), true, art(29, 2)),
         longText(u"achievement"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Whether the targets were met"), true, art(29, 2)),
         longText(u"effect"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Effect of restoration"), true, art(29, 2))},
        {pre(u"after_completion"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The evaluation cannot come before restoration was completed."), art(29),
             [](const RuleContext &c, Problems &) {
                 return c.file.restoration && c.input.date(u"evaluated_on"_s) >= c.file.restoration->completedOn;
             })}};

    t << CommandSpec{
        u"resume_restoration"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Continue restoration after a failed evaluation"),
        {Stage::Evaluation}, Stage::Restoration, art(29),
        {pastDate(u"resumed_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Resumed on")),
         longText(u"reason"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "What remains to be done"))},
        {pre(u"evaluation_failed"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Only a failed evaluation sends the case back to restoration."), art(29),
             [](const RuleContext &c, Problems &) {
                 const Evaluation *e = c.file.latestEvaluation();
                 return e && !e->passed;
             })}};

    // ---------------------------------------------------------------- ending the case
    t << CommandSpec{
        u"terminate_claim"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Terminate the claim"), claimOpen, Stage::Terminated, art(14, 2),
        {choice(u"reason"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Reason"), terminationReasons, true, art(14, 2)),
         longText(u"reason_text"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Explanation")),
         pastDate(u"decided_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Decided on"))},
        {pre(u"other_explained"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The reason \"other\" needs an explanation."), art(14, 1, 6),
             [](const RuleContext &c, Problems &) {
                 return c.input.text(u"reason"_s) != u"other" || c.input.has(u"reason_text"_s);
             }),
         pre(u"investigation_proposes_termination"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The investigation conclusion on record does not propose termination."), art(15),
             [](const RuleContext &c, Problems &) {
                 if (c.input.text(u"reason"_s) != u"investigation_conclusion")
                     return true;
                 return c.file.investigation && c.file.investigation->isConcluded()
                     && c.file.investigation->proposal == u"termination";
             })}};

    t << CommandSpec{
        u"close_case"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Close the case"),
        {Stage::Evaluation, Stage::Litigation, Stage::Terminated}, Stage::Closed, art(29),
        {pastDate(u"closed_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Closed on")),
         longText(u"summary"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Closing summary"))},
        {pre(u"evaluation_passed"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The restoration-effect evaluation has not passed; restoration must continue until it does."),
             art(29),
             [](const RuleContext &c, Problems &) {
                 if (c.file.stage != Stage::Evaluation)
                     return true;
                 const Evaluation *e = c.file.latestEvaluation();
                 return e && e->passed;
             }),
         pre(u"fully_paid"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Compensation due has not been paid in full."), art(8),
             [](const RuleContext &c, Problems &) {
                 return c.file.stage == Stage::Terminated || c.file.amountPaid() >= c.file.amountDue();
             }),
         pre(u"judgment_without_restoration"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Closing from litigation needs a judgment that orders no restoration (otherwise start restoration)."),
             art(27),
             [](const RuleContext &c, Problems &) {
                 if (c.file.stage != Stage::Litigation)
                     return true;
                 const Litigation *l = c.file.currentLitigation();
                 return l && l->judgedOn.isValid() && !l->restorationOrdered;
             })}};

    t << CommandSpec{
        u"archive_case"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Archive the case file"), {Stage::Closed}, Stage::Archived, art(42),
        {pastDate(u"archived_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Archived on")),
         text(u"archivist"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Archivist"))},
        {pre(u"investigation_materials"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The file lacks the investigation materials (investigation conclusion)."), art(42),
             [](const RuleContext &c, Problems &) {
                 const bool terminatedEarly = !c.file.decisions.isEmpty() && c.file.decisions.last().kind == u"termination"
                     && c.file.decisions.last().reason != u"investigation_conclusion";
                 return terminatedEarly || (c.file.investigation && c.file.investigation->isConcluded());
             }),
         pre(u"appraisal_materials"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The file lacks the appraisal opinion or report."), art(42),
             [](const RuleContext &c, Problems &) {
                 return !(c.file.agreement || !c.file.litigations.isEmpty()) || c.file.completedAppraisal();
             }),
         pre(u"consultation_materials"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The file lacks the consultation materials (notice and records)."), art(42),
             [](const RuleContext &c, Problems &) { return !c.file.agreement || !c.file.rounds.isEmpty(); }),
         pre(u"agreement_or_judgment"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The file lacks the agreement or the judgment."), art(42),
             [](const RuleContext &c, Problems &) {
                 const bool claimPursued = c.file.restoration.has_value() || !c.file.rounds.isEmpty();
                 bool judged = false;
                 for (const Litigation &l : c.file.litigations)
                     judged = judged || l.judgedOn.isValid();
                 return !claimPursued || c.file.agreement || judged
                     || (!c.file.decisions.isEmpty() && c.file.decisions.last().kind == u"termination");
             }),
         pre(u"restoration_materials"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The file lacks the restoration materials (a passed effect evaluation)."), art(42),
             [](const RuleContext &c, Problems &) {
                 if (!c.file.restoration)
                     return true;
                 const Evaluation *e = c.file.latestEvaluation();
                 return e && e->passed;
             })}};

    // ---------------------------------------------------------------- linked proceedings
    t << CommandSpec{
        u"link_proceeding"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Link an administrative, criminal or public-interest proceeding"),
        editable, std::nullopt, art(31),
        {choice(u"kind"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Kind of proceeding"), proceedingKinds, true, art(8, 2)),
         text(u"authority"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Authority"), true),
         text(u"reference"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Reference number")),
         pastDate(u"started_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Started on")),
         anyDate(u"announcement_ends_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Announcement period ends on"), false, art(33)),
         longText(u"note"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Note"))},
        {pre(u"announcement_period"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "A procuratorate's public-interest notice needs the end of its announcement period: the written reply is due within it."),
             art(33),
             [](const RuleContext &c, Problems &) {
                 return c.input.text(u"kind"_s) != u"public_interest" || c.input.has(u"announcement_ends_on"_s);
             })}};

    return t;
}

} // namespace

const QList<CommandSpec> &commandSpecs()
{
    static const QList<CommandSpec> table = buildTable();
    return table;
}

} // namespace ecoclaim::domain
