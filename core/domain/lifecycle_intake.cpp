// The lifecycle table, first part: from the clue to the appraisal (Art. 4, 12–17).
#include "core/domain/bureaurules.h"
#include "core/domain/casenumber.h"
#include "core/domain/lifecycletable.h"

using namespace Qt::StringLiterals;

namespace ecoclaim::domain::detail {

void addIntakeCommands(QList<CommandSpec> &t)
{
    const QList<Stage> &claimOpen = claimOpenStages();
    const QList<Stage> &notFinished = notFinishedStages();
    const QList<Stage> &editable = editableStages();
    Q_UNUSED(claimOpen)

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
         text(u"major_reason"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Why it is a major case"), false, art(39)),
         choice(u"city_ground"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Why the city handles it"), cityGrounds, false, art(6, 2)),
         // A case already under way in a bureau's own ledger keeps its number (core/domain/casenumber.h);
         // empty: the program numbers it.
         text(u"case_no"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Existing case number (a case from a legacy ledger)"))},
        {cityGroundRule(), townAssistsOnlyRule(),
         pre(u"case_number_district"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "A case number of the form YEAR-DISTRICT-SERIAL must name the case's own district."), art(6),
             [](const RuleContext &c, Problems &) {
                 const auto number = parseProgramCaseNumber(c.input.text(u"case_no"_s));
                 return !number || number->districtCode == c.input.text(u"district"_s);
             }),
         pre(u"case_number_year"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The year in the case number cannot be before the year the clue was received, nor after this year."), {},
             [](const RuleContext &c, Problems &) {
                 const int year = caseNumberYear(c.input.text(u"case_no"_s));
                 return year == 0 || (year >= c.input.date(u"received_on"_s).year() && year <= c.input.today.year());
             }),
         pre(u"discovery_before_receipt"_s,
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
         text(u"representative"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Legal representative, or operator of an individual business")),
         text(u"contact"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Contact")),
         flag(u"in_custody"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "In custody"), false, art(19, 2)),
         text(u"custody_contact"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Defence agent or close relative"), false, art(19, 2)),
         text(u"insurance"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Pollution liability insurance"), false, art(43)),
         // The day the party was identified (Art. 15: by the investigation), when it was not today: the
         // timeline dates the step by it (a legacy ledger's case, core/import/caseledger.h). Not stored
         // elsewhere — the timeline and the audit entry keep it.
         pastDate(u"identified_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Identified on (when not today)"), false, art(15))},
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
         pastDate(u"received_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Received on"), false, art(13)),
         pastDate(u"discovered_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Discovered on"), false),
         field(u"district"_s, FieldType::District, QT_TRANSLATE_NOOP("ecoclaim::Field", "District"), false, art(6)),
         field(u"unit"_s, FieldType::Department, QT_TRANSLATE_NOOP("ecoclaim::Field", "Handling unit"), false, art(9)),
         text(u"site"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Site")),
         longText(u"description"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Description")),
         text(u"reporter"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Reported by")),
         flag(u"major"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Major case"), false, art(39)),
         text(u"major_reason"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Why it is a major case"), false, art(39)),
         text(u"lead_unit_note"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Lead department and joint case group"), false, art(9, 3)),
         choice(u"city_ground"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Why the city handles it"), cityGrounds, false, art(6, 2))},
        {cityGroundRule(),
         pre(u"town_assists_only"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "A town government or sub-district office assists in a case but does not handle it: choose the designated department."),
             art(9, 4), [](const RuleContext &c, Problems &) { return c.input.text(u"unit"_s) != u"town_government"; }),
         pre(u"something_to_change"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Nothing to change: give at least one field."), {},
             [](const RuleContext &c, Problems &) { return !c.input.values.isEmpty(); }),
         pre(u"discovery_before_receipt"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The clue cannot be discovered after the day it was received."), {},
             [](const RuleContext &c, Problems &) {
                 const QDate received = c.input.has(u"received_on"_s) ? c.input.date(u"received_on"_s) : c.file.receivedOn;
                 const QDate discovered = c.input.has(u"discovered_on"_s) ? c.input.date(u"discovered_on"_s) : c.file.discoveredOn;
                 return !discovered.isValid() || discovered <= received;
             }),
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
         pastDate(u"decided_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Decided on")),
         longText(u"penalty_note"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Why the administrative penalty does not replace compensation"), false, art(8, 4))},
        {penaltyNotInLieuRule(),
         pre(u"verification_concluded"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The preliminary verification has no recorded conclusion."), art(14), verificationConcluded),
         pre(u"other_explained"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The reason \"other\" needs an explanation."), art(14, 1, 6),
             [](const RuleContext &c, Problems &) {
                 return c.input.text(u"reason"_s) != u"other" || c.input.has(u"reason_text"_s);
             })}};

    // ---------------------------------------------------------------- investigation and appraisal
    t << CommandSpec{
        u"commission_appraisal"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Commission an appraisal"),
        {Stage::Investigation, Stage::Consultation, Stage::Litigation}, std::nullopt, art(16),
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
         // Art. 16 ¶2: experts or a comprehensive determination only for a simple case.
         simpleCaseRule(u"mode"_s, {u"experts"_s, u"comprehensive"_s}, art(16, 2)),
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
        {Stage::Investigation, Stage::Consultation, Stage::Litigation}, std::nullopt, art(16, 3),
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
        longText(u"restoration_outline"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Restoration plan in the report"), false, art(17)),
        longText(u"omission_note"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Why the report leaves out one of the five contents"), false, art(17))};
    appraisalResult << amountFields(false);
    t << CommandSpec{
        u"record_appraisal_result"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Record the appraisal result"),
        {Stage::Investigation, Stage::Consultation, Stage::Litigation}, std::nullopt, art(17), appraisalResult,
        {pre(u"appraisal_open"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "No appraisal has been commissioned, or it has already been recorded."), art(16),
             [](const RuleContext &c, Problems &) { return c.file.openAppraisal() != nullptr; }),
         pre(u"after_commission"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The result cannot come before the appraisal was commissioned."), art(16),
             [](const RuleContext &c, Problems &) {
                 const Appraisal *a = c.file.openAppraisal();
                 return !a || c.input.date(u"completed_on"_s) >= a->commissionedOn;
             }),
         // Art. 17 ¶1: an appraisal "一般应包括" five contents; one left out is explained.
         pre(u"five_contents"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "An appraisal contains the damage determination, the scope of loss, the causation analysis, the quantification and the restoration plan; say why one is left out."),
             art(17),
             [](const RuleContext &c, Problems &) {
                 for (const char *k : {"damage_determination", "loss_scope", "causation", "quantification", "restoration_outline"})
                     if (!c.input.has(QString::fromLatin1(k)))
                         return c.input.has(u"omission_note"_s);
                 return true;
             }),
         // Art. 16 ¶3: an expert assessment or comprehensive determination that finds the damage is not small
         // is stopped and an institution commissioned — its result is not recorded as if the case were simple.
         pre(u"simplified_still_simple"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The simplified appraisal found damage not under the simple-case threshold: stop it and commission an appraisal institution."),
             art(16, 3),
             [](const RuleContext &c, Problems &) {
                 const Appraisal *a = c.file.openAppraisal();
                 if (!a || !a->isSimplified())
                     return true;
                 qint64 damage = 0;
                 for (const char *k : {"interim_loss", "permanent_loss", "restoration_costs", "prevention_costs"})
                     damage += c.input.values.value(QString::fromLatin1(k)).toLongLong();
                 return damage < c.rules.simpleCaseThreshold.fen();
             })}};

    t << CommandSpec{
        u"conclude_investigation"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Conclude the damage investigation"),
        {Stage::Investigation, Stage::Consultation, Stage::Litigation}, std::nullopt, art(15),
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

}

} // namespace ecoclaim::domain::detail
