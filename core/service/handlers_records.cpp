// Handlers of the records the second reading of the rules added (issue 14): consultation recorded as
// failed (Art. 25 ¶1), emergencies and advanced costs (Art. 28 ¶2, 34 ¶1), the grounds of the simple
// routes and of punitive damages (Art. 16 ¶2, 26), the joint case group and cross-region cases (Art. 9,
// 44), major-case supervision (Art. 39) and the answer to a reporter (Art. 13 ¶3). Only writes: the
// lifecycle table checked everything.

#include "core/service/handlers.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::service {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Timeline)
};

Status inserted(const Result<qint64> &id) { return id ? success() : Status(id.problems()); }

QString choiceText(const QString &command, const QString &field, const QString &key)
{
    const CommandSpec *spec = findCommand(command);
    const FieldSpec *f = spec ? spec->field(field) : nullptr;
    const Choice *c = f && f->choices ? findChoice(f->choices(), key) : nullptr;
    return c ? c->chinese : key;
}

// One row per case (simple-case and punitive grounds): written anew when recorded again.
Status upsert(HandlerContext &c, const QString &table, bool exists, QVariantMap row)
{
    if (exists)
        return c.repository.update(table, u"case_id"_s, c.caseId, row, &c.changes);
    row.insert(u"case_id"_s, c.caseId);
    return inserted(c.repository.insert(table, row, &c.changes));
}

Status recordConsultationFailure(HandlerContext &c)
{
    QVariantMap row = columnsFrom(c.input, {{"ground", "ground"}, {"party", "party_id"}, {"occurred_on", "occurred_on"}, {"note", "note"}});
    row.insert(u"case_id"_s, c.caseId);
    const Party *p = c.file.findParty(c.input.id(u"party"_s));
    c.summary = Tr::tr("Consultation failed (%1)%2: the claim goes to court")
                    .arg(choiceText(c.input.command, u"ground"_s, c.input.text(u"ground"_s)), p ? u" — "_s + p->name : QString());
    return inserted(c.repository.insert(u"consultation_failures"_s, row, &c.changes));
}

Status recordEmergencyAction(HandlerContext &c)
{
    QVariantMap row = columnsFrom(c.input, {{"acted_on", "acted_on"}, {"actor_kind", "actor_kind"}, {"actor_name", "actor_name"},
                                            {"measures", "measures"}, {"ground", "ground"}, {"note", "note"}});
    row.insert(u"case_id"_s, c.caseId);
    c.summary = Tr::tr("Emergency action by %1").arg(c.input.text(u"actor_name"_s));
    return inserted(c.repository.insert(u"emergency_actions"_s, row, &c.changes));
}

Status recordAdvancedCost(HandlerContext &c)
{
    QVariantMap row = columnsFrom(c.input, {{"incurred_on", "incurred_on"}, {"purpose", "purpose"}, {"category", "category"},
                                            {"amount", "amount_fen"}, {"paid_by", "paid_by"}, {"voucher", "voucher"}, {"note", "note"}});
    row.insert(u"case_id"_s, c.caseId);
    if (c.input.has(u"emergency_action"_s))
        row.insert(u"emergency_action_id"_s, c.file.emergencyActions.at(c.input.id(u"emergency_action"_s) - 1).id);
    c.summary = Tr::tr("Cost advanced by %1: %2 yuan (%3)")
                    .arg(c.input.text(u"paid_by"_s), c.input.money(u"amount"_s).toYuanString(),
                         choiceText(c.input.command, u"purpose"_s, c.input.text(u"purpose"_s)));
    return inserted(c.repository.insert(u"advanced_costs"_s, row, &c.changes));
}

Status recordSimpleCaseGrounds(HandlerContext &c)
{
    c.summary = Tr::tr("Recorded as a simple case: estimated damage %1 yuan").arg(c.input.money(u"damage_estimate"_s).toYuanString());
    return upsert(c, u"simple_case_grounds"_s, c.file.simpleCase.has_value(),
                  columnsFrom(c.input, {{"recorded_on", "recorded_on"}, {"facts", "facts"}, {"liability", "liability"},
                                        {"damage_estimate", "damage_estimate_fen"}, {"note", "note"}}));
}

Status recordPunitiveGrounds(HandlerContext &c)
{
    c.summary = Tr::tr("Grounds for punitive damages recorded");
    return upsert(c, u"punitive_grounds"_s, c.file.punitiveGround.has_value(),
                  columnsFrom(c.input, {{"recorded_on", "recorded_on"}, {"intent", "intent"}, {"consequences", "consequences"},
                                        {"evidence", "evidence"}}));
}

Status addMember(HandlerContext &c, const QString &unit, const QString &role)
{
    return inserted(c.repository.insert(u"joint_group_members"_s, {{u"case_id"_s, c.caseId}, {u"unit"_s, unit}, {u"role"_s, role}},
                                        &c.changes));
}

QString departmentName(const QString &key)
{
    const Department *d = findDepartmentByAnyName(key);
    return d ? d->chinese : key;
}

Status formJointGroup(HandlerContext &c)
{
    if (auto s = inserted(c.repository.insert(u"joint_groups"_s,
                                              {{u"case_id"_s, c.caseId}, {u"lead_unit"_s, c.input.text(u"lead_unit"_s)},
                                               {u"decided_by"_s, c.input.text(u"decided_by"_s)},
                                               {u"formed_on"_s, c.input.date(u"formed_on"_s)}},
                                              &c.changes));
        !s)
        return s;
    for (const QString &m : c.input.list(u"members"_s))
        if (auto s = addMember(c, findDepartmentByAnyName(m)->key, u"member"_s); !s)
            return s;
    for (const QString &town : c.input.list(u"assisting"_s))
        if (auto s = addMember(c, town.trimmed(), u"assisting"_s); !s)
            return s;
    // The lead department handles the case (Art. 9 ¶3).
    if (c.file.unit != c.input.text(u"lead_unit"_s))
        if (auto s = c.repository.update(u"cases"_s, u"id"_s, c.caseId, {{u"unit"_s, c.input.text(u"lead_unit"_s)}}, &c.changes); !s)
            return s;
    c.summary = Tr::tr("Joint case group formed, led by %1").arg(departmentName(c.input.text(u"lead_unit"_s)));
    return success();
}

Status addJointGroupMember(HandlerContext &c)
{
    if (c.input.has(u"town"_s)) {
        c.summary = Tr::tr("%1 assists the joint case group").arg(c.input.text(u"town"_s));
        return addMember(c, c.input.text(u"town"_s), u"assisting"_s);
    }
    c.summary = Tr::tr("%1 joins the joint case group").arg(departmentName(c.input.text(u"unit"_s)));
    return addMember(c, c.input.text(u"unit"_s), u"member"_s);
}

Status recordCrossRegion(HandlerContext &c)
{
    QVariantMap row = columnsFrom(c.input, {{"region", "region"}, {"department", "department"}, {"contact", "contact"},
                                            {"note", "note"}, {"recorded_on", "recorded_on"}});
    row.insert(u"case_id"_s, c.caseId);
    c.summary = Tr::tr("Cross-region case with %1 (%2)").arg(c.input.text(u"region"_s), c.input.text(u"department"_s));
    return inserted(c.repository.insert(u"cross_regions"_s, row, &c.changes));
}

Status reportMajorCase(HandlerContext &c)
{
    QVariantMap row = columnsFrom(c.input, {{"reported_on", "reported_on"}, {"reported_to", "reported_to"}, {"content", "content"}});
    row.insert(u"case_id"_s, c.caseId);
    c.summary = Tr::tr("Major case reported to %1").arg(c.input.text(u"reported_to"_s));
    return inserted(c.repository.insert(u"supervision_reports"_s, row, &c.changes));
}

Status recordInstruction(HandlerContext &c)
{
    QVariantMap row = columnsFrom(c.input, {{"issued_on", "issued_on"}, {"issued_by", "issued_by"}, {"content", "content"}, {"due_on", "due_on"}});
    row.insert(u"case_id"_s, c.caseId);
    c.summary = Tr::tr("Instruction of %1: %2").arg(c.input.text(u"issued_by"_s), c.input.text(u"content"_s));
    return inserted(c.repository.insert(u"supervision_instructions"_s, row, &c.changes));
}

Status completeInstruction(HandlerContext &c)
{
    const SupervisionInstruction &i = c.file.supervisionInstructions.at(c.input.id(u"instruction"_s) - 1);
    c.summary = Tr::tr("Instruction %1 carried out").arg(c.input.id(u"instruction"_s));
    return c.repository.update(u"supervision_instructions"_s, u"id"_s, i.id,
                               columnsFrom(c.input, {{"done_on", "done_on"}, {"response", "response"}}), &c.changes);
}

Status addTimetableStep(HandlerContext &c)
{
    QVariantMap row = columnsFrom(c.input, {{"step", "step"}, {"due_on", "due_on"}, {"note", "note"}});
    row.insert(u"case_id"_s, c.caseId);
    c.summary = Tr::tr("Timetable: %1 by %2").arg(c.input.text(u"step"_s), c.input.date(u"due_on"_s).toString(Qt::ISODate));
    return inserted(c.repository.insert(u"timetable_items"_s, row, &c.changes));
}

Status completeTimetableStep(HandlerContext &c)
{
    const TimetableItem &t = c.file.timetable.at(c.input.id(u"step"_s) - 1);
    c.summary = Tr::tr("Timetable step done: %1").arg(t.step);
    return c.repository.update(u"timetable_items"_s, u"id"_s, t.id, {{u"done_on"_s, c.input.date(u"done_on"_s)}}, &c.changes);
}

Status answerReporter(HandlerContext &c)
{
    QVariantMap row = columnsFrom(c.input, {{"replied_on", "replied_on"}, {"method", "method"}, {"content", "content"}});
    row.insert(u"case_id"_s, c.caseId);
    c.summary = Tr::tr("Reporter %1 answered").arg(c.file.reporter);
    return inserted(c.repository.insert(u"reporter_replies"_s, row, &c.changes));
}
} // namespace

void registerRecordHandlers(QHash<QString, Handler> &map)
{
    map.insert(u"record_consultation_failure"_s, recordConsultationFailure);
    map.insert(u"record_emergency_action"_s, recordEmergencyAction);
    map.insert(u"record_advanced_cost"_s, recordAdvancedCost);
    map.insert(u"record_simple_case_grounds"_s, recordSimpleCaseGrounds);
    map.insert(u"record_punitive_grounds"_s, recordPunitiveGrounds);
    map.insert(u"form_joint_group"_s, formJointGroup);
    map.insert(u"add_joint_group_member"_s, addJointGroupMember);
    map.insert(u"record_cross_region"_s, recordCrossRegion);
    map.insert(u"report_major_case"_s, reportMajorCase);
    map.insert(u"record_supervision_instruction"_s, recordInstruction);
    map.insert(u"complete_supervision_instruction"_s, completeInstruction);
    map.insert(u"add_timetable_step"_s, addTimetableStep);
    map.insert(u"complete_timetable_step"_s, completeTimetableStep);
    map.insert(u"answer_reporter"_s, answerReporter);
}

} // namespace ecoclaim::service
