// The legacy case ledger's columns, their Chinese headers and its stages (caseledger.h). Each column feeds
// one field of one ordinary command; `stage` is the first ledger stage a row may fill it at (a value for a
// later step than the row's stage is a contradiction the import refuses).
#include "core/import/caseledger.h"

#include "core/domain/stage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ecoclaim::importing {

namespace {
QString folded(const QString &s) { return s.trimmed().toCaseFolded(); }

// Ledger stage indexes (ledgerStages()).
enum : int { Clue, Verification, Investigation, Appraisal, Consultation, Agreement, Restoration, Evaluation, Closed, OutcomeOnly = 100 };
} // namespace

const QStringList &ledgerStages()
{
    static const QStringList s{u"clue"_s,        u"verification"_s, u"investigation"_s, u"appraisal"_s, u"consultation"_s,
                               u"agreement"_s,   u"restoration"_s,  u"evaluation"_s,    u"closed"_s};
    return s;
}

const QList<LedgerColumn> &ledgerColumns()
{
    static const QList<LedgerColumn> columns{
        {u"case_no"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Case number"), {u"案件编号"_s, u"案号"_s, u"编号"_s}, u"register_clue"_s, u"case_no"_s, Clue},
        {u"title"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Case title"), {u"案件名称"_s, u"名称"_s}, u"register_clue"_s, u"title"_s, Clue},
        {u"district"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "District"), {u"所属区"_s, u"区"_s, u"行政区"_s}, u"register_clue"_s, u"district"_s, Clue},
        {u"unit"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Handling unit"), {u"承办部门"_s, u"承办单位"_s}, u"register_clue"_s, u"unit"_s, Clue},
        {u"channel"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Clue channel"), {u"线索来源"_s, u"案件来源"_s}, u"register_clue"_s, u"channel"_s, Clue},
        {u"received_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Received on"), {u"接收日期"_s, u"线索接收日期"_s}, u"register_clue"_s, u"received_on"_s, Clue},
        {u"discovered_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Discovered on"), {u"发现日期"_s}, u"register_clue"_s, u"discovered_on"_s, Clue},
        {u"site"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Site"), {u"地点"_s, u"涉事地点"_s}, u"register_clue"_s, u"site"_s, Clue},
        {u"description"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Description"), {u"简要案情"_s, u"损害情况"_s}, u"register_clue"_s, u"description"_s, Clue},
        {u"reporter"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Reported by"), {u"举报人"_s}, u"register_clue"_s, u"reporter"_s, Clue},
        {u"major"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Major case"), {u"是否重大案件"_s, u"重大案件"_s}, u"register_clue"_s, u"major"_s, Clue},
        {u"major_reason"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Why it is a major case"), {u"重大案件理由"_s}, u"register_clue"_s, u"major_reason"_s, Clue},
        {u"stage"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Stage reached"), {u"办理阶段"_s, u"所处阶段"_s, u"阶段"_s}, {}, {}, Clue},
        {u"party_kind"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Kind of liable party"), {u"义务人类型"_s}, u"add_party"_s, u"kind"_s, Clue},
        {u"party_name"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Liable party"), {u"赔偿义务人"_s, u"义务人"_s}, u"add_party"_s, u"name"_s, Clue},
        {u"party_credit_code"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Liable party's credit code"), {u"统一社会信用代码"_s}, u"add_party"_s, u"credit_code"_s, Clue},
        {u"verification_started_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Verification started on"), {u"核查开始日期"_s}, u"start_verification"_s, u"started_on"_s, Verification},
        {u"verified_by"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Verified by"), {u"核查人"_s}, u"start_verification"_s, u"verified_by"_s, Verification},
        {u"verified_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Verification concluded on"), {u"核查日期"_s, u"核查完成日期"_s}, u"record_verification"_s, u"concluded_on"_s, Verification},
        {u"damage_found"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Damage found"), {u"是否造成损害"_s}, u"record_verification"_s, u"damage_found"_s, Verification},
        {u"finding"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Verification finding"), {u"核查结论"_s, u"核查情况"_s}, u"record_verification"_s, u"finding"_s, Verification},
        {u"filed_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Filed on"), {u"立案日期"_s}, u"file_case"_s, u"filed_on"_s, Investigation},
        {u"appraisal_mode"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Appraisal mode"), {u"鉴定评估方式"_s}, u"commission_appraisal"_s, u"mode"_s, Appraisal},
        {u"appraisal_institution"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Appraisal institution"), {u"鉴定评估机构"_s}, u"commission_appraisal"_s, u"institution"_s, Appraisal},
        {u"appraisal_commissioned_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Appraisal commissioned on"), {u"委托鉴定日期"_s, u"鉴定委托日期"_s}, u"commission_appraisal"_s, u"commissioned_on"_s, Appraisal},
        {u"appraisal_due_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Appraisal report due on"), {u"鉴定报告期限"_s}, u"commission_appraisal"_s, u"due_on"_s, Appraisal},
        {u"appraisal_items"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Appraisal items"), {u"鉴定事项"_s}, u"commission_appraisal"_s, u"items"_s, Appraisal},
        // The appraisal's opinion received (Art. 17) and the amount it quantifies: the amount claimed.
        {u"appraisal_completed_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Appraisal opinion received on"), {u"鉴定意见出具日期"_s, u"鉴定报告出具日期"_s}, u"record_appraisal_result"_s, u"completed_on"_s, Appraisal},
        {u"amount_claimed"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Amount claimed"), {u"索赔金额"_s, u"索赔金额（元）"_s}, u"record_appraisal_result"_s, {}, Appraisal},
        // Art. 5: the category the ledger's amounts (claimed, agreed) fall under — a ledger keeps one total.
        {u"amount_category"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Category of the amounts"), {u"金额类别"_s, u"赔偿金额类别"_s}, {}, {}, Appraisal},
        // Consultation (Art. 15, 18–22).
        {u"investigation_concluded_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Investigation concluded on"), {u"调查结论日期"_s, u"损害调查终结日期"_s}, u"conclude_investigation"_s, u"concluded_on"_s, Consultation},
        {u"consultation_started_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Consultation started on"), {u"磋商启动日期"_s}, u"start_consultation"_s, u"started_on"_s, Consultation},
        {u"notice_served_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Consultation notice served on"), {u"磋商告知书送达日期"_s, u"告知书送达日期"_s}, u"serve_consultation_notice"_s, u"served_on"_s, Consultation},
        {u"notice_service_method"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Method of service"), {u"送达方式"_s}, u"serve_consultation_notice"_s, u"service_method"_s, Consultation},
        {u"consultation_rounds"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Consultation meetings held on"), {u"磋商日期"_s, u"磋商会议日期"_s}, u"hold_consultation_round"_s, u"held_on"_s, Consultation},
        // Agreement, confirmation, payment (Art. 23, 24, 34).
        {u"agreed_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Agreement signed on"), {u"协议签订日期"_s}, u"sign_agreement"_s, u"signed_on"_s, Agreement},
        {u"amount_agreed"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Amount agreed"), {u"协议金额"_s, u"磋商金额"_s, u"赔偿金额"_s}, u"sign_agreement"_s, {}, Agreement},
        {u"money_only"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Compensation in money only"), {u"仅金钱赔偿"_s, u"是否仅金钱赔偿"_s}, u"sign_agreement"_s, u"money_only"_s, Agreement},
        {u"confirmation_applied_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Judicial confirmation applied for on"), {u"司法确认申请日期"_s}, u"apply_judicial_confirmation"_s, u"applied_on"_s, Agreement},
        {u"confirmation_court"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Confirming court"), {u"司法确认法院"_s, u"确认法院"_s}, u"apply_judicial_confirmation"_s, u"court"_s, Agreement},
        {u"confirmed_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Judicially confirmed on"), {u"司法确认日期"_s, u"司法确认裁定日期"_s}, u"record_confirmation_ruling"_s, u"ruled_on"_s, Agreement},
        {u"ruling_no"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Confirmation ruling number"), {u"裁定书文号"_s, u"司法确认裁定书文号"_s}, u"record_confirmation_ruling"_s, u"ruling_no"_s, Agreement},
        {u"amount_paid"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Amount paid"), {u"已支付金额"_s, u"到位金额"_s}, u"record_payment"_s, u"amount"_s, Agreement},
        {u"paid_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Paid on"), {u"支付日期"_s, u"赔偿金到位日期"_s}, u"record_payment"_s, u"paid_on"_s, Agreement},
        // Restoration and its evaluation (Art. 27, 29), closing.
        {u"restoration_started_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Restoration started on"), {u"修复启动日期"_s, u"修复开工日期"_s}, u"start_restoration"_s, u"started_on"_s, Restoration},
        {u"restoration_executor"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Who restores"), {u"修复方式"_s, u"修复实施方式"_s}, u"start_restoration"_s, u"executor"_s, Restoration},
        {u"restorer_name"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Restored by"), {u"修复实施单位"_s}, u"start_restoration"_s, u"executor_name"_s, Restoration},
        {u"restoration_completed_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Restoration completed on"), {u"修复完成日期"_s}, u"complete_restoration"_s, u"completed_on"_s, Evaluation},
        {u"evaluated_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Restoration evaluated on"), {u"修复效果评估日期"_s, u"效果评估日期"_s}, u"record_effect_evaluation"_s, u"evaluated_on"_s, Evaluation},
        {u"evaluation_method"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Evaluation method"), {u"评估方式"_s}, u"record_effect_evaluation"_s, u"method"_s, Evaluation},
        {u"evaluator"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Evaluated by"), {u"评估机构"_s}, u"record_effect_evaluation"_s, u"evaluator"_s, Evaluation},
        {u"evaluation_passed"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Evaluation passed"), {u"评估结论"_s, u"评估是否通过"_s}, u"record_effect_evaluation"_s, u"passed"_s, Evaluation},
        {u"closed_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Closed on"), {u"结案日期"_s}, u"close_case"_s, u"closed_on"_s, Closed},
        // An outcome instead of a stage (transferred, not applicable, no damage, not initiated, terminated: Art. 4,
        // 13, 14): filled only on such a row; the import puts them on the outcome's command (caseledgersteps.cpp).
        {u"outcome_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Decided or transferred on"), {u"处理日期"_s, u"决定日期"_s, u"移送日期"_s}, {}, {}, OutcomeOnly},
        {u"outcome_reason"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Reason of the outcome"), {u"处理理由"_s, u"移送理由"_s, u"不启动理由"_s, u"终止理由"_s, u"终止原因"_s, u"不适用情形"_s}, {}, {}, OutcomeOnly},
        {u"outcome_note"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Explanation of the outcome"), {u"情况说明"_s}, {}, {}, OutcomeOnly},
        {u"receiver"_s, QT_TRANSLATE_NOOP("ecoclaim::Ledger", "Transferred to"), {u"移送单位"_s, u"接收单位"_s}, {}, {}, OutcomeOnly},
    };
    return columns;
}

QMap<QString, QString> ledgerHeaderNames()
{
    QMap<QString, QString> out;
    for (const LedgerColumn &c : ledgerColumns()) {
        out.insert(folded(c.key), c.key);
        out.insert(folded(QString::fromUtf8(c.label)), c.key);
        out.insert(folded(QCoreApplication::translate("ecoclaim::Ledger", c.label)), c.key);
        for (const QString &zh : c.chinese)
            out.insert(folded(zh), c.key);
    }
    return out;
}

QString ledgerStage(const QString &text, bool *beyond)
{
    if (beyond)
        *beyond = false;
    const QString t = folded(text);
    static const QMap<QString, QString> taken{
        {u"clue"_s, u"clue"_s}, {u"线索"_s, u"clue"_s}, {u"线索登记"_s, u"clue"_s},
        {u"verification"_s, u"verification"_s}, {u"初步核查"_s, u"verification"_s}, {u"核查"_s, u"verification"_s}, {u"核查中"_s, u"verification"_s},
        {u"investigation"_s, u"investigation"_s}, {u"filed"_s, u"investigation"_s}, {u"立案"_s, u"investigation"_s},
        {u"已立案"_s, u"investigation"_s}, {u"立案·损害调查"_s, u"investigation"_s}, {u"损害调查"_s, u"investigation"_s}, {u"调查"_s, u"investigation"_s},
        {u"appraisal"_s, u"appraisal"_s}, {u"鉴定评估"_s, u"appraisal"_s}, {u"鉴定评估中"_s, u"appraisal"_s}, {u"鉴定中"_s, u"appraisal"_s},
        {u"consultation"_s, u"consultation"_s}, {u"磋商"_s, u"consultation"_s}, {u"磋商中"_s, u"consultation"_s}, {u"索赔磋商"_s, u"consultation"_s},
        {u"agreement"_s, u"agreement"_s}, {u"协议"_s, u"agreement"_s}, {u"赔偿协议"_s, u"agreement"_s}, {u"已签订协议"_s, u"agreement"_s},
        {u"协议履行"_s, u"agreement"_s}, {u"协议履行中"_s, u"agreement"_s},
        {u"restoration"_s, u"restoration"_s}, {u"修复"_s, u"restoration"_s}, {u"生态修复"_s, u"restoration"_s}, {u"修复中"_s, u"restoration"_s},
        {u"evaluation"_s, u"evaluation"_s}, {u"修复效果评估"_s, u"evaluation"_s}, {u"效果评估"_s, u"evaluation"_s}, {u"评估"_s, u"evaluation"_s},
        {u"closed"_s, u"closed"_s}, {u"结案"_s, u"closed"_s}, {u"已结案"_s, u"closed"_s}};
    if (taken.contains(t))
        return taken.value(t);
    static const QStringList outcomes{u"transferred"_s, u"not_initiated"_s, u"terminated"_s, u"not_applicable"_s, u"no_damage"_s};
    domain::Stage stage;
    if (outcomes.contains(t) || t.contains(u"移送"_s) || t.contains(u"不启动"_s) || t.contains(u"终止"_s) || t.contains(u"不适用"_s)
        || t.contains(u"未造成"_s))
        return {}; // an outcome (caseledgersteps.cpp), or a word near one: not "beyond"
    if (beyond && domain::stageFromKey(t, &stage))
        *beyond = true; // litigation or archived (the outcomes are answered above)
    else if (beyond && (t.contains(u"诉讼"_s) || t.contains(u"归档"_s)))
        *beyond = true;
    return {};
}

} // namespace ecoclaim::importing
