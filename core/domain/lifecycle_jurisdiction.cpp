// The lifecycle table: jurisdiction and joint handling (Art. 6, 9, 44). A case is the district's unless
// the city takes it on one of its grounds (Art. 6 ¶2, checked by register_clue and update_case); a case
// touching several departments gets a lead department and a joint case group (Art. 9 ¶3), recorded as
// structured data — lead, members, assisting town governments — which later decides who sees the case;
// a town government or sub-district office assists but never handles (Art. 9 ¶4); a case shared with
// another region of the Yangtze River Delta records that region and its department (Art. 44, 6 ¶3).

#include "core/domain/lifecycletable.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ecoclaim::domain::detail {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Lifecycle)
};

// Art. 9 ¶4 names them: 乡镇政府、街道办事处.
bool isTownName(const QString &name)
{
    for (const QString &suffix : {u"镇人民政府"_s, u"乡人民政府"_s, u"镇政府"_s, u"乡政府"_s, u"街道办事处"_s})
        if (name.endsWith(suffix) && name.size() > suffix.size())
            return true;
    return false;
}
} // namespace

const QList<Choice> &cityGrounds()
{
    static const QList<Choice> l{
        {u"national_impact"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Major impact nationwide"), u"在全国有重大影响的案件"_s, art(6, 2)},
        {u"major_list"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "A case the city's implementation plan reserves for the city"),
         u"《上海市生态环境损害赔偿制度改革实施方案》规定由市政府管辖的情形"_s, art(6, 2)},
        {u"cross_district"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "The damage spans several districts"), u"生态环境损害范围跨区"_s, art(6, 2)},
        {u"assigned"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Assigned to the city by the right holder"), u"赔偿权利人确定由市级办理"_s, art(9, 3)},
    };
    return l;
}

// Art. 9 ¶4: a town government or sub-district office assists on the spot; it does not handle a case.
Precondition townAssistsOnlyRule()
{
    return pre(u"town_assists_only"_s,
               QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "A town government or sub-district office assists in a case but does not handle it: choose the designated department."),
               art(9, 4), [](const RuleContext &c, Problems &) { return c.input.text(u"unit"_s) != u"town_government"; });
}

// Art. 6 ¶2: the city handles a case on one of its grounds, with a city department; the rest is the district's.
Precondition cityGroundRule()
{
    return pre(u"city_ground"_s,
               QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "A case handled at city level needs its ground (major impact, the city's list, across districts, assigned) and a city department."),
               art(6, 2), [](const RuleContext &c, Problems &) {
                   // A correction of other details leaves an older case's jurisdiction alone.
                   if (c.input.command == u"update_case" && !c.input.has(u"district"_s) && !c.input.has(u"unit"_s)
                       && !c.input.has(u"city_ground"_s))
                       return true;
                   const QString district = c.input.has(u"district"_s) ? c.input.text(u"district"_s) : c.file.districtCode;
                   if (district != u"310000")
                       return true;
                   const QString ground = c.input.has(u"city_ground"_s) ? c.input.text(u"city_ground"_s) : c.file.cityGround;
                   const QString unit = c.input.has(u"unit"_s) ? c.input.text(u"unit"_s) : c.file.unit;
                   return !ground.isEmpty() && !unit.startsWith(u"district_"_s) && unit != u"town_government";
               });
}

void addJurisdictionCommands(QList<CommandSpec> &t)
{
    const QList<Stage> &notFinished = notFinishedStages();

    t << CommandSpec{
        u"form_joint_group"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Form the joint case group"), notFinished, std::nullopt, art(9, 3),
        {field(u"lead_unit"_s, FieldType::Department, QT_TRANSLATE_NOOP("ecoclaim::Field", "Lead department"), true, art(9, 3)),
         field(u"members"_s, FieldType::TextList, QT_TRANSLATE_NOOP("ecoclaim::Field", "Member departments"), true, art(9, 3)),
         field(u"assisting"_s, FieldType::TextList, QT_TRANSLATE_NOOP("ecoclaim::Field", "Assisting town governments or sub-district offices (names)"), false, art(9, 4)),
         text(u"decided_by"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Decided by (the right holder)"), true, art(9, 3)),
         pastDate(u"formed_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Formed on"))},
        {pre(u"not_formed"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The joint case group is already formed: add a member instead."), art(9, 3),
             [](const RuleContext &c, Problems &) { return !c.file.jointGroup.has_value(); }),
         pre(u"lead_not_town"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "A town government or sub-district office assists but cannot lead or be a member handling the case."),
             art(9, 4),
             [](const RuleContext &c, Problems &) {
                 if (c.input.text(u"lead_unit"_s) == u"town_government")
                     return false;
                 for (const QString &m : c.input.list(u"members"_s))
                     if (const Department *d = findDepartmentByAnyName(m); d && d->key == u"town_government")
                         return false;
                 return true;
             }),
         pre(u"members_are_departments"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Each member is a department other than the lead (catalogue keys such as district_water)."),
             art(9, 3),
             [](const RuleContext &c, Problems &problems) {
                 const QStringList members = c.input.list(u"members"_s);
                 bool ok = !members.isEmpty();
                 for (const QString &m : members)
                     if (const Department *d = findDepartmentByAnyName(m); !d || d->key == c.input.text(u"lead_unit"_s)) {
                         problems.add(u"members"_s, Tr::tr("“%1” is not a member department other than the lead.").arg(m), art(9, 3));
                         ok = false;
                     }
                 return ok;
             }),
         pre(u"assisting_are_towns"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Those who assist are town governments or sub-district offices, by name (……镇人民政府, ……街道办事处)."),
             art(9, 4),
             [](const RuleContext &c, Problems &) {
                 for (const QString &a : c.input.list(u"assisting"_s))
                     if (!isTownName(a))
                         return false;
                 return true;
             })}};

    t << CommandSpec{
        u"add_joint_group_member"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Add a department or an assisting town to the joint case group"),
        notFinished, std::nullopt, art(9, 3),
        {field(u"unit"_s, FieldType::Department, QT_TRANSLATE_NOOP("ecoclaim::Field", "Member department"), false, art(9, 3)),
         text(u"town"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Assisting town government or sub-district office (name)"), false, art(9, 4))},
        {pre(u"group_formed"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "No joint case group has been formed."), art(9, 3),
             [](const RuleContext &c, Problems &) { return c.file.jointGroup.has_value(); }),
         pre(u"one_of_them"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Give either a member department or an assisting town, not both."), {},
             [](const RuleContext &c, Problems &) { return c.input.has(u"unit"_s) != c.input.has(u"town"_s); }),
         pre(u"member_not_town"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "A town government or sub-district office assists but cannot lead or be a member handling the case."),
             art(9, 4), [](const RuleContext &c, Problems &) { return c.input.text(u"unit"_s) != u"town_government"; }),
         pre(u"town_named"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Those who assist are town governments or sub-district offices, by name (……镇人民政府, ……街道办事处)."),
             art(9, 4), [](const RuleContext &c, Problems &) { return !c.input.has(u"town"_s) || isTownName(c.input.text(u"town"_s)); }),
         pre(u"not_member"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Already in the group."), art(9, 3),
             [](const RuleContext &c, Problems &) {
                 const QString who = c.input.has(u"unit"_s) ? c.input.text(u"unit"_s) : c.input.text(u"town"_s);
                 return !c.file.jointGroup || !c.file.jointGroup->includes(who);
             })}};

    t << CommandSpec{
        u"record_cross_region"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Record the other region of a cross-region case"), notFinished,
        std::nullopt, art(44),
        {text(u"region"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Region (province or city)"), true, art(44)),
         text(u"department"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Its department"), true, art(44)),
         text(u"contact"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Contact")),
         longText(u"note"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "How the case is handled together")),
         pastDate(u"recorded_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Recorded on"))},
        {pre(u"outside_shanghai"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The other region is outside Shanghai (a Shanghai district is handled under Art. 6 ¶2)."),
             art(44),
             [](const RuleContext &c, Problems &) {
                 const QString region = c.input.text(u"region"_s);
                 return !region.startsWith(u"上海"_s) && !findDistrict(region);
             })}};
}

} // namespace ecoclaim::domain::detail
