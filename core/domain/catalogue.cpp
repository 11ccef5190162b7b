#include "core/domain/catalogue.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

// The Chinese wording of items the rules list is copied from the rules (without the closing ；/。), so
// that papers quote them exactly; tst_catalogue compares it with the rules text.

namespace ecoclaim::domain {

QString Choice::displayName() const
{
    return QCoreApplication::translate(context, english);
}

QString District::displayName() const
{
    return QCoreApplication::translate("ecoclaim::Catalogue", english);
}

QString Department::displayName() const
{
    return QCoreApplication::translate("ecoclaim::Catalogue", english);
}

const QList<Choice> &clueChannels()
{
    static const QList<Choice> list = {
        {u"inspection"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Central or municipal environmental protection inspection"),
         u"中央和市级生态环境保护督察发现的案件线索"_s, art(12, 2, 1)},
        {u"emergency"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Sudden environmental incident"),
         u"突发生态环境事件"_s, art(12, 2, 2)},
        {u"administrative_penalty"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Administrative penalty case on resources or the environment"),
         u"资源与环境行政处罚案件"_s, art(12, 2, 3)},
        {u"environmental_crime"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Suspected crime against environmental and resource protection"),
         u"涉嫌构成破坏环境资源保护犯罪的案件"_s, art(12, 2, 4)},
        {u"protected_area"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue",
                           "Pollution or ecological damage in an ecological red-line area or key ecological "
                           "function zone"),
         u"在生态保护红线等禁止开发区域、国家和市级国土空间规划中确定的重点生态功能区发生的环境污染、生态破坏事件"_s,
         art(12, 2, 5)},
        {u"routine_supervision"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Routine supervision, enforcement patrols or special campaigns"),
         u"日常监管、执法巡查、各项资源与环境专项行动发现的案件线索"_s, art(12, 2, 6)},
        {u"complaint"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Petitions, complaints, tip-offs or media reports"),
         u"信访投诉、举报和媒体曝光涉及的案件线索"_s, art(12, 2, 7)},
        {u"assigned_by_superior"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Assigned by a higher authority"),
         u"上级机关交办的案件线索"_s, art(12, 2, 8)},
        {u"procuratorate"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Referred by the procuratorate"),
         u"检察机关移送的案件线索"_s, art(12, 2, 9)},
        {u"court"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Referred by a court"), u"法院移送的案件线索"_s,
         art(12, 2, 10)},
        {u"other"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Other channel set by the compensation right holder"),
         u"赔偿权利人确定的其他线索渠道"_s, art(12, 2, 11)},
    };
    return list;
}

const QList<Choice> &exclusions()
{
    // ¶4 is printed with ASCII commas in the published text; papers use the full-width ones.
    static const QList<Choice> list = {
        {u"personal_injury_or_property"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue",
                           "Claim for personal injury or loss of private or collective property (Civil Code)"),
         u"涉及人身伤害、个人和集体财产损失要求赔偿的，适用《中华人民共和国民法典》等法律有关侵权责任的规定"_s,
         art(4, 3, 1)},
        {u"marine"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Marine environmental damage (Marine Environment Protection Law)"),
         u"涉及海洋生态环境损害赔偿的，适用海洋环境保护法等法律及相关规定"_s, art(4, 3, 2)},
        {u"historical_no_obligor"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Legacy damage with no identifiable responsible party"),
         u"历史遗留且责任主体不明确的生态环境损害问题，由所在地政府纳入正常生态环境治理工作解决，不适用本细则"_s,
         art(4, 4)},
    };
    return list;
}

const QList<Choice> &nonInitiationReasons()
{
    static const QList<Choice> list = {
        {u"already_compensated"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "The obligor has already fulfilled the compensation obligation"),
         u"赔偿义务人已经履行赔偿义务的"_s, art(14, 1, 1)},
        {u"court_judgment_covers"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue",
                           "An effective court judgment on the same damage fully covers the claim"),
         u"人民法院已就同一生态环境损害形成生效裁判文书，赔偿权利人的索赔请求已被得到支持的诉讼请求所全部涵盖的"_s,
         art(14, 1, 2)},
        {u"minor_no_compensation"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "The damage is negligible and needs no compensation"),
         u"环境污染或者生态破坏行为造成的生态环境损害显著轻微，且不需要赔偿的"_s, art(14, 1, 3)},
        {u"obligor_extinct"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue",
                           "The obligor has been dissolved or has died, and has no property to enforce against"),
         u"承担赔偿义务的法人终止、非法人组织解散或者自然人死亡，且无财产可供执行的"_s, art(14, 1, 4)},
        {u"licensed_discharge"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue",
                           "The obligor discharged lawfully under a permit, as national rules require"),
         u"赔偿义务人依法持证排污，符合国家规定的"_s, art(14, 1, 5)},
        {u"other"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Other grounds for not starting a claim"),
         u"其他可以不启动索赔程序的情形"_s, art(14, 1, 6)},
    };
    return list;
}

const QList<Choice> &compensationCategories()
{
    static const QList<Choice> list = {
        {u"interim_loss"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Loss of ecological services until restoration is complete"),
         u"生态环境受到损害至修复完成期间服务功能丧失导致的损失"_s, art(5, 0, 1)},
        {u"permanent_loss"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Loss from permanent damage to ecological functions"),
         u"生态环境功能永久性损害造成的损失"_s, art(5, 0, 2)},
        {u"assessment_costs"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Costs of damage investigation, appraisal and assessment"),
         u"生态环境损害调查、鉴定评估等费用"_s, art(5, 0, 3)},
        {u"restoration_costs"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Costs of removing pollution and restoring the environment"),
         u"清除污染、修复生态环境费用"_s, art(5, 0, 4)},
        {u"prevention_costs"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue",
                           "Reasonable costs of preventing the damage from occurring or spreading"),
         u"防止损害的发生和扩大所支出的合理费用"_s, art(5, 0, 5)},
    };
    return list;
}

const QList<Choice> &appraisalModes()
{
    static const QList<Choice> list = {
        {u"institution"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Commission an appraisal institution"),
         u"委托鉴定评估机构出具鉴定意见或者鉴定评估报告"_s, art(16, 1)},
        {u"joint_institution"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Commission an appraisal institution jointly with the obligor"),
         u"与赔偿义务人协商共同委托鉴定评估机构出具鉴定意见或者鉴定评估报告"_s, art(16, 1)},
        {u"experts"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Expert assessment (at least three experts)"),
         u"委托专家评估，出具专家意见"_s, art(16, 2)},
        {u"comprehensive"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue",
                           "Comprehensive finding from the case's legal documents and monitoring reports"),
         u"根据与案件相关的法律文书、监测报告等资料，综合作出认定"_s, art(16, 2)},
    };
    return list;
}

const QList<Choice> &alternativeRestorationMethods()
{
    static const QList<Choice> list = {
        {u"offsite_replanting"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Replanting at another site"),
         u"异地补植"_s, art(27, 2)},
        {u"habitat_creation"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Creating habitats for wildlife"),
         u"营造动植物栖息地"_s, art(27, 2)},
        {u"carbon_sink"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Purchasing carbon sinks"), u"认购碳汇"_s,
         art(27, 2)},
        {u"labour"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Labour in lieu of payment"), u"劳务代偿"_s,
         art(27, 2)},
        {u"tech_upgrade_offset"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Offset by technical upgrades"),
         u"技改抵扣"_s, art(27, 2)},
        {u"other"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Other alternative restoration"),
         u"其他替代修复方式"_s, art(27, 2)},
    };
    return list;
}

const QList<Choice> &litigationTriggers()
{
    static const QList<Choice> list = {
        {u"refused_or_no_reply"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue",
                           "The obligor refused consultation or did not reply by the deadline in the notice"),
         u"赔偿义务人明确拒绝磋商或在磋商告知书答复期限内逾期未答复的"_s, art(25, 1, 1)},
        {u"absent_or_withdrew"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue",
                           "The obligor stayed away from or left a consultation meeting without good reason"),
         u"赔偿义务人无故不参与磋商会议或退出磋商会议的"_s, art(25, 1, 2)},
        {u"limit_exceeded"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue",
                           "The consultation period or number of rounds was exceeded without agreement"),
         u"已超过磋商规定的期限或次数，仍未达成一致的"_s, art(25, 1, 3)},
        {u"impossible"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "The department considers agreement impossible for other reasons"),
         u"赔偿权利人指定的部门或机构认为无法达成磋商的其他情形"_s, art(25, 1, 4)},
        {u"agreement_not_performed"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue",
                           "An agreement without judicial confirmation was not performed, or not in full"),
         u"赔偿协议未经司法确认，赔偿义务人不履行或者不完全履行的"_s, art(25, 2)},
    };
    return list;
}

const QList<Choice> &serviceMethods()
{
    static const QList<Choice> list = {
        {u"direct"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Served in person"), u"直接送达"_s, {}},
        {u"mail"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Served by post"), u"邮寄送达"_s, {}},
        {u"left"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Left at the address after refusal"),
         u"留置送达"_s, {}},
        {u"electronic"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Served electronically"), u"电子送达"_s, {}},
        {u"public_notice"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Served by public notice"),
         u"公告送达"_s, {}},
    };
    return list;
}

const QList<Choice> &consultationModes()
{
    // A meeting is the normal form (¶1–2); the other three are for simple cases (¶3).
    static const QList<Choice> list = {
        {u"meeting"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Meeting in person"), u"现场会议"_s, art(21)},
        {u"correspondence"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "By correspondence"), u"通讯沟通"_s,
         art(21, 3)},
        {u"online"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Online meeting"), u"线上会议"_s, art(21, 3)},
        {u"mail_signing"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Signing by post"), u"邮寄签约"_s,
         art(21, 3)},
    };
    return list;
}

const QList<Choice> &restorationExecutors()
{
    static const QList<Choice> list = {
        {u"obligor"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "The obligor restores the damage itself"),
         u"赔偿义务人自行修复"_s, art(27, 1)},
        {u"third_party"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "A commissioned third party restores it"),
         u"委托第三方修复"_s, art(27, 1)},
        {u"department"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "The right holder organises restoration at the obligor's cost"),
         u"赔偿权利人组织修复（费用由义务人承担）"_s, art(7, 0, 3)},
        {u"alternative"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Alternative restoration"), u"替代修复"_s,
         art(27, 2)},
    };
    return list;
}

const QList<Choice> &proceedingKinds()
{
    static const QList<Choice> list = {
        {u"administrative_penalty"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Administrative penalty"),
         u"行政处罚"_s, art(31, 1)},
        {u"criminal"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Criminal case"), u"刑事案件"_s, art(32, 1)},
        {u"public_interest"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Public-interest litigation by the procuratorate"),
         u"检察公益诉讼"_s, art(33, 1)},
        {u"supported_suit"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Suit supported by the procuratorate"),
         u"检察支持起诉"_s, art(32, 2)},
        {u"handed_over"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Handed over to the procuratorate for a public-interest suit"),
         u"移交检察机关提起民事公益诉讼"_s, art(33, 2)},
    };
    return list;
}

const QList<Choice> &partyKinds()
{
    static const QList<Choice> list = {
        {u"company"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Legal person (company or institution)"),
         u"法人"_s, {}},
        {u"unincorporated"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Unincorporated organisation"),
         u"非法人组织"_s, {}},
        {u"person"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Natural person"), u"自然人"_s, {}},
        // 个体工商户: registered with a unified social credit code (92…), answered for by its operator
        // (经营者), whom papers name where a company's legal representative would stand.
        {u"individual_business"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Individual business (operator)"),
         u"个体工商户"_s, {}},
    };
    return list;
}

const Choice *findChoice(const QList<Choice> &list, QStringView key)
{
    for (const Choice &c : list)
        if (c.key == key)
            return &c;
    return nullptr;
}

const QList<District> &districts()
{
    static const QList<District> list = {
        {u"310000"_s, u"上海市"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Shanghai (city level)")},
        {u"310101"_s, u"黄浦区"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Huangpu District")},
        {u"310104"_s, u"徐汇区"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Xuhui District")},
        {u"310105"_s, u"长宁区"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Changning District")},
        {u"310106"_s, u"静安区"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Jing'an District")},
        {u"310107"_s, u"普陀区"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Putuo District")},
        {u"310109"_s, u"虹口区"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Hongkou District")},
        {u"310110"_s, u"杨浦区"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Yangpu District")},
        {u"310112"_s, u"闵行区"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Minhang District")},
        {u"310113"_s, u"宝山区"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Baoshan District")},
        {u"310114"_s, u"嘉定区"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Jiading District")},
        {u"310115"_s, u"浦东新区"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Pudong New Area")},
        {u"310116"_s, u"金山区"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Jinshan District")},
        {u"310117"_s, u"松江区"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Songjiang District")},
        {u"310118"_s, u"青浦区"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Qingpu District")},
        {u"310120"_s, u"奉贤区"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Fengxian District")},
        {u"310151"_s, u"崇明区"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Chongming District")},
    };
    return list;
}

namespace {

// "浦东新区" → "浦东", "黄浦区" → "黄浦", "上海市" → "上海".
QStringView shortDistrictName(QStringView name)
{
    for (const QStringView suffix : {QStringView(u"新区"), QStringView(u"区"), QStringView(u"市")})
        if (name.endsWith(suffix) && name.size() > suffix.size())
            return name.chopped(suffix.size());
    return name;
}

} // namespace

const District *findDistrict(QStringView codeOrChineseName)
{
    QStringView q = codeOrChineseName.trimmed();
    const QStringView city = u"上海市";
    if (q.startsWith(city) && q.size() > city.size())
        q = q.mid(city.size());
    if (q.isEmpty())
        return nullptr;
    for (const District &d : districts())
        if (d.code == q || d.chinese == q || shortDistrictName(d.chinese) == q)
            return &d;
    return nullptr;
}

const QList<Department> &departments()
{
    static const QList<Department> list = {
        // City level, 第九条第一款, in the order the article names them.
        {u"ecology"_s, u"上海市生态环境局"_s, u"市生态环境局"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Shanghai Municipal Bureau of Ecology and Environment")},
        {u"planning"_s, u"上海市规划和自然资源局"_s, u"市规划资源局"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Shanghai Municipal Bureau of Planning and Natural Resources")},
        {u"housing"_s, u"上海市住房和城乡建设管理委员会"_s, u"市住房城乡建设管理委"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue",
                           "Shanghai Municipal Commission of Housing and Urban-Rural Development")},
        {u"water"_s, u"上海市水务局"_s, u"市水务局"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Shanghai Water Authority")},
        // The signatory list of the rules prints 上海市农业和农村委员会; the commission's name is this one.
        {u"agriculture"_s, u"上海市农业农村委员会"_s, u"市农业农村委"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Shanghai Municipal Agriculture and Rural Affairs Commission")},
        {u"greening"_s, u"上海市绿化和市容管理局"_s, u"市绿化市容局"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Shanghai Landscaping and City Appearance Administration")},
        {u"transport"_s, u"上海市交通委员会"_s, u"市交通委"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Shanghai Municipal Transportation Commission")},
        {u"maritime"_s, u"中华人民共和国上海海事局"_s, u"上海海事局"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Shanghai Maritime Safety Administration")},
        {u"management_committee"_s, u"相关管理委员会"_s, u"相关管委会"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Administrative committee concerned (free trade zone, Lingang…)")},
        // District level, 第九条第二款: the district government designates; these are the usual ones.
        {u"district_ecology"_s, u"区生态环境局"_s, u"区生态环境局"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "District Bureau of Ecology and Environment")},
        {u"district_water"_s, u"区水务局"_s, u"区水务局"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "District Water Authority")},
        {u"district_planning"_s, u"区规划和自然资源局"_s, u"区规划资源局"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "District Bureau of Planning and Natural Resources")},
        {u"district_agriculture"_s, u"区农业农村委员会"_s, u"区农业农村委"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "District Agriculture and Rural Affairs Commission")},
        {u"district_greening"_s, u"区绿化和市容管理局"_s, u"区绿化市容局"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "District Landscaping and City Appearance Bureau")},
        {u"district_housing"_s, u"区建设和管理委员会"_s, u"区建设管理委"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "District Construction and Management Commission")},
        // 第九条第四款: they cooperate on the spot.
        {u"town_government"_s, u"镇人民政府、街道办事处"_s, u"镇政府/街道办事处"_s,
         QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Town government or sub-district office")},
    };
    return list;
}

const Department *findDepartment(QStringView key)
{
    for (const Department &d : departments())
        if (d.key == key)
            return &d;
    return nullptr;
}

const Department *findDepartmentByAnyName(QStringView keyOrName)
{
    const QStringView q = keyOrName.trimmed();
    for (const Department &d : departments())
        if (d.key == q || d.chinese == q || d.shortName == q)
            return &d;
    return nullptr;
}

} // namespace ecoclaim::domain
