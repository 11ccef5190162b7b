#include "core/domain/nextstep.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace ecoclaim::domain {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::ActionGroup)
};

// Per precondition id of the lifecycle table (lifecycle_*.cpp): what records the fact it asks for.
// A test (tst_nextstep) checks that every id here is a precondition of the table and every command
// exists, so a renamed precondition cannot silently drop out.
const QHash<QString, QStringList> &metByTable()
{
    static const QHash<QString, QStringList> table{
        {u"verification_concluded"_s, {u"record_verification"_s}},                   // Art. 13
        {u"liable_party"_s, {u"add_party"_s}},                                         // Art. 15
        {u"investigation_complete"_s, {u"conclude_investigation"_s}},                  // Art. 15, 18
        {u"appraisal_complete"_s, {u"record_appraisal_result"_s, u"commission_appraisal"_s}}, // Art. 16–18
        {u"appraisal_open"_s, {u"commission_appraisal"_s}},                            // Art. 16
        {u"restoration_plan"_s, {u"draft_restoration_plan"_s}},                        // Art. 18
        {u"plan_drafted"_s, {u"draft_restoration_plan"_s}},                            // Art. 27
        {u"round_held"_s, {u"hold_consultation_round"_s}},                             // Art. 21–23
        {u"notice_served"_s, {u"serve_consultation_notice"_s}},                        // Art. 19
        {u"party_agreed"_s, {u"record_notice_reply"_s}},                               // Art. 19 ¶2
        {u"restoration_evaluated"_s, {u"record_effect_evaluation"_s}},                 // Art. 29
        {u"fully_paid"_s, {u"record_payment"_s}},                                      // Art. 8
        {u"paid_in_full_on_record"_s, {u"record_payment"_s}},                          // Art. 24 ¶2
        {u"enforcement_ended"_s, {u"conclude_enforcement"_s}},                         // Art. 24 ¶2
        {u"judgment_recorded"_s, {u"record_judgment"_s}},                              // Art. 25
        {u"deadlines_explained"_s, {u"extend_deadline"_s, u"suspend_deadline"_s}},      // Art. 42
        {u"investigation_materials"_s, {u"add_evidence"_s}},                           // Art. 42
        {u"investigation_files"_s, {u"add_evidence"_s}},
        {u"appraisal_materials"_s, {u"add_evidence"_s}},
        {u"consultation_materials"_s, {u"add_evidence"_s}},
        {u"agreement_or_judgment"_s, {u"add_evidence"_s}},
        {u"restoration_materials"_s, {u"add_evidence"_s}},
    };
    return table;
}

// What of `spec` is missing that another command records, on this case now.
QList<Requirement> recordableGaps(const CommandSpec &spec, const CaseFile &file, QDate today)
{
    QList<Requirement> out;
    for (const Requirement &r : stillRequired(spec, file, today))
        if (!metBy(r.id).isEmpty())
            out << r;
    return out;
}

const CommandSpec *firstStep(const CommandSpec &blocked, const CaseFile &file, QDate today, int depth,
                             QList<Requirement> *because)
{
    const QList<Requirement> gaps = recordableGaps(blocked, file, today);
    const CommandSpec *fallback = nullptr;
    for (const Requirement &gap : gaps) {
        for (const QString &name : metBy(gap.id)) {
            const CommandSpec *candidate = findCommand(name);
            if (!candidate || candidate == &blocked || !checkStage(*candidate, file).isEmpty())
                continue;
            if (because)
                *because = {gap};
            if (recordableGaps(*candidate, file, today).isEmpty())
                return candidate;
            // Blocked in its turn (a round before any notice was served): what unblocks it, once more.
            if (depth > 0)
                if (const CommandSpec *deeper = firstStep(*candidate, file, today, depth - 1, nullptr))
                    return deeper;
            if (!fallback)
                fallback = candidate;
        }
    }
    return fallback;
}
} // namespace

QStringList metBy(QStringView preconditionId)
{
    return metByTable().value(preconditionId.toString());
}

QStringList preconditionsMetByRecording()
{
    return metByTable().keys();
}

Unblocking unblockingStep(const CommandSpec &blocked, const CaseFile &file, QDate today)
{
    Unblocking out;
    out.blocked = &blocked;
    out.step = firstStep(blocked, file, today, 2, &out.because);
    if (!out.step)
        out.because.clear();
    return out;
}

QString ActionGroup::titleText() const
{
    return Tr::tr(title);
}

namespace {
struct GroupDef
{
    ActionGroup group;
    QStringList commands;
};

const QList<GroupDef> &groupDefs()
{
    static const QList<GroupDef> defs{
        {{u"clue"_s, QT_TRANSLATE_NOOP("ecoclaim::ActionGroup", "Clue and verification")},
         {u"register_clue"_s, u"start_verification"_s, u"record_verification"_s, u"file_case"_s, u"transfer_clue"_s,
          u"declare_not_applicable"_s, u"close_without_damage"_s, u"decide_not_to_initiate"_s, u"answer_reporter"_s}},
        {{u"parties"_s, QT_TRANSLATE_NOOP("ecoclaim::ActionGroup", "Liable parties")},
         {u"add_party"_s, u"record_liability_share"_s}},
        {{u"investigation"_s, QT_TRANSLATE_NOOP("ecoclaim::ActionGroup", "Investigation and appraisal")},
         {u"commission_appraisal"_s, u"stop_simplified_appraisal"_s, u"record_appraisal_result"_s, u"conclude_investigation"_s,
          u"draft_restoration_plan"_s, u"record_simple_case_grounds"_s, u"record_punitive_grounds"_s}},
        {{u"consultation"_s, QT_TRANSLATE_NOOP("ecoclaim::ActionGroup", "Consultation")},
         {u"request_early_consultation"_s, u"start_consultation"_s, u"serve_consultation_notice"_s, u"record_notice_reply"_s,
          u"hold_consultation_round"_s, u"record_consultation_failure"_s}},
        {{u"agreement"_s, QT_TRANSLATE_NOOP("ecoclaim::ActionGroup", "Agreement, court and enforcement")},
         {u"sign_agreement"_s, u"sign_batch_agreement"_s, u"file_litigation"_s, u"apply_judicial_confirmation"_s,
          u"record_confirmation_ruling"_s, u"record_judgment"_s, u"apply_enforcement"_s, u"record_enforcement_step"_s,
          u"conclude_enforcement"_s, u"record_dishonest_listing"_s, u"record_dishonest_removal"_s}},
        {{u"restoration"_s, QT_TRANSLATE_NOOP("ecoclaim::ActionGroup", "Restoration")},
         {u"start_preemptive_restoration"_s, u"start_restoration"_s, u"add_milestone"_s, u"complete_milestone"_s,
          u"complete_restoration"_s, u"record_effect_evaluation"_s, u"resume_restoration"_s}},
        {{u"payments"_s, QT_TRANSLATE_NOOP("ecoclaim::ActionGroup", "Payments, costs and emergencies")},
         {u"record_payment"_s, u"record_advanced_cost"_s, u"record_emergency_action"_s}},
        {{u"papers"_s, QT_TRANSLATE_NOOP("ecoclaim::ActionGroup", "Papers and materials")},
         {u"issue_paper"_s, u"supersede_paper"_s, u"serve_paper"_s, u"add_evidence"_s}},
        {{u"deadlines"_s, QT_TRANSLATE_NOOP("ecoclaim::ActionGroup", "Deadlines")},
         {u"suspend_deadline"_s, u"resume_deadline"_s, u"extend_deadline"_s}},
        {{u"jurisdiction"_s, QT_TRANSLATE_NOOP("ecoclaim::ActionGroup", "Jurisdiction, supervision and linked proceedings")},
         {u"link_proceeding"_s, u"reply_to_procuratorate"_s, u"form_joint_group"_s, u"add_joint_group_member"_s,
          u"record_cross_region"_s, u"report_major_case"_s, u"record_supervision_instruction"_s,
          u"complete_supervision_instruction"_s, u"add_timetable_step"_s, u"complete_timetable_step"_s}},
        {{u"closing"_s, QT_TRANSLATE_NOOP("ecoclaim::ActionGroup", "Ending, closing and archiving")},
         {u"terminate_claim"_s, u"close_case"_s, u"archive_case"_s}},
        {{u"corrections"_s, QT_TRANSLATE_NOOP("ecoclaim::ActionGroup", "Corrections")},
         {u"update_case"_s, u"correct_party"_s, u"remove_party"_s, u"correct_payment"_s, u"void_payment"_s,
          u"correct_notice_service"_s}},
        {{u"other"_s, QT_TRANSLATE_NOOP("ecoclaim::ActionGroup", "Other")}, {}},
    };
    return defs;
}
} // namespace

const QList<ActionGroup> &actionGroups()
{
    static const QList<ActionGroup> groups = [] {
        QList<ActionGroup> out;
        for (const GroupDef &d : groupDefs())
            out << d.group;
        return out;
    }();
    return groups;
}

const ActionGroup &actionGroupOf(QStringView command)
{
    const QList<GroupDef> &defs = groupDefs();
    for (const GroupDef &d : defs)
        if (d.commands.contains(command))
            return d.group;
    for (const char *prefix : {"correct_", "void_", "remove_", "take_back"})
        if (command.startsWith(QLatin1StringView(prefix)))
            return defs.at(defs.size() - 2).group;
    return defs.last().group;
}

} // namespace ecoclaim::domain
