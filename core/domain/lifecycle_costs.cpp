// The lifecycle table: emergency control and the costs a department advanced (Art. 28 ¶2, Art. 34 ¶1).
// Emergencies happen before a case is a case — a sudden incident is a clue channel of its own (Art. 12
// ¶2 (2)) — so both are recorded from the clue on. An advanced cost is claimed under its Art. 5
// category; the agreement and the suit must claim at least what was advanced (or say why not), and the
// payments recover it (core/domain/caseaccounts.h).

#include "core/domain/lifecycletable.h"

using namespace Qt::StringLiterals;

namespace ecoclaim::domain::detail {

namespace {
const QList<Choice> &emergencyActors()
{
    static const QList<Choice> l{
        {u"department"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "The department itself"), u"相关部门或机构自行实施"_s, art(28, 2)},
        {u"third_party"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "A third party commissioned by the department"), u"委托第三方实施"_s, art(28, 2)},
        {u"obligor"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "The liable party"), u"赔偿义务人自行实施"_s, art(28, 1)},
        {u"town_government"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "The town government or sub-district office, assisting"),
         u"乡镇政府、街道办事处配合处置"_s, art(9, 4)},
    };
    return l;
}

const QList<Choice> &emergencyGrounds()
{
    static const QList<Choice> l{
        {u"obligor_unable"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "The liable party cannot perform"), u"赔偿义务人无履行能力"_s, art(28, 2)},
        {u"no_consensus"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "No consensus on restoration was reached"), u"未达成修复共识"_s, art(28, 2)},
        {u"obligor_unknown"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "The liable party is not yet identified"), u"赔偿义务人尚未查明"_s, {}},
    };
    return l;
}

const QList<Choice> &costPurposes()
{
    static const QList<Choice> l{
        {u"emergency_disposal"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Emergency control and clean-up"), u"应急处置、清除污染"_s, art(28, 2)},
        {u"monitoring"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Monitoring and testing"), u"监测、检测"_s, art(34, 1)},
        {u"investigation"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Damage investigation"), u"损害调查"_s, art(34, 1)},
        {u"appraisal"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Appraisal and assessment"), u"鉴定评估"_s, art(34, 1)},
        {u"restoration_on_behalf"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Restoration done on the party's behalf"), u"代为修复"_s, art(28, 2)},
        {u"other"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Other reasonable costs"), u"其他合理费用"_s, art(5, 0, 5)},
    };
    return l;
}

// Which Art. 5 categories a purpose may be claimed under.
bool categoryFits(const QString &purpose, const QString &category)
{
    if (purpose == u"monitoring" || purpose == u"investigation" || purpose == u"appraisal")
        return category == u"assessment_costs";
    if (purpose == u"emergency_disposal")
        return category == u"restoration_costs" || category == u"prevention_costs";
    if (purpose == u"restoration_on_behalf")
        return category == u"restoration_costs";
    return true;
}
} // namespace

void addCostCommands(QList<CommandSpec> &t)
{
    const QList<Stage> &notFinished = notFinishedStages();

    t << CommandSpec{
        u"record_emergency_action"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Record emergency control or clean-up"), notFinished,
        std::nullopt, art(28, 2),
        {pastDate(u"acted_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Acted on")),
         choice(u"actor_kind"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Who acted"), emergencyActors, true, art(28, 2)),
         text(u"actor_name"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Name of who acted"), true),
         longText(u"measures"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "What was done"), true, art(28, 2)),
         choice(u"ground"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Why the department acted"), emergencyGrounds, false, art(28, 2)),
         longText(u"note"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Note"))},
        {pre(u"ground_given"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "A department or its third party acts first only when the liable party cannot perform or no consensus on restoration was reached: say which."),
             art(28, 2),
             [](const RuleContext &c, Problems &) {
                 const QString who = c.input.text(u"actor_kind"_s);
                 return (who != u"department" && who != u"third_party") || c.input.has(u"ground"_s);
             })}};

    t << CommandSpec{
        u"record_advanced_cost"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Record a cost the department advanced"), notFinished,
        std::nullopt, art(34, 1),
        {pastDate(u"incurred_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Paid on")),
         choice(u"purpose"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "For"), costPurposes, true, art(34, 1)),
         choice(u"category"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Claimed as"), compensationCategories, true, art(5)),
         money(u"amount"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Amount"), true),
         text(u"paid_by"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Paid by (department)"), true, art(34, 1)),
         text(u"voucher"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Voucher or invoice number")),
         field(u"emergency_action"_s, FieldType::Integer, QT_TRANSLATE_NOOP("ecoclaim::Field", "Emergency action number")),
         longText(u"note"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Note"))},
        {pre(u"positive"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "A cost must be more than zero."), {},
             [](const RuleContext &c, Problems &) { return c.input.money(u"amount"_s).fen() > 0; }),
         pre(u"category_fits_purpose"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "This cost belongs to another category of Art. 5: investigation, monitoring and appraisal are (3); emergency clean-up is (4) or (5); restoration on the party's behalf is (4)."),
             art(5),
             [](const RuleContext &c, Problems &) { return categoryFits(c.input.text(u"purpose"_s), c.input.text(u"category"_s)); }),
         pre(u"emergency_action_exists"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "There is no emergency action with this number."), art(28, 2),
             [](const RuleContext &c, Problems &) {
                 if (!c.input.has(u"emergency_action"_s))
                     return true;
                 const qint64 n = c.input.id(u"emergency_action"_s);
                 return n >= 1 && n <= c.file.emergencyActions.size();
             })}};
}

} // namespace ecoclaim::domain::detail
