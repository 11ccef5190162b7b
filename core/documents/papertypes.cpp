#include "core/documents/papertypes.h"

using namespace Qt::StringLiterals;
using ecoclaim::domain::art;
using ecoclaim::domain::Stage;

namespace ecoclaim::documents {

namespace {
// Stages from the filing of the case to its close (the register stays readable once archived, but
// nothing is added then — Art. 42).
const QList<Stage> afterAgreement{Stage::Agreement, Stage::Restoration, Stage::Evaluation, Stage::Closed};
} // namespace

const QList<PaperType> &paperTypes()
{
    static const QList<PaperType> list = {
        {u"clue_transfer"_s, u"生态环境损害赔偿案件线索移送函"_s, u"移"_s, art(13, 2), PaperSubject::Case,
         {Stage::Verification, Stage::Transferred},
         {u"线索来源渠道"_s, u"接收日期"_s, u"涉事地点"_s, u"基本情况"_s, u"移送决定（接收单位、理由、日期）"_s},
         {}},
        {u"report_reply"_s, u"举报答复意见书"_s, u"复"_s, art(13, 3), PaperSubject::Case,
         {Stage::Verification, Stage::Transferred, Stage::NoDamage, Stage::NotInitiated, Stage::Investigation,
          Stage::Consultation, Stage::Agreement, Stage::Terminated, Stage::Closed},
         {u"举报人"_s, u"举报事项"_s, u"接收日期"_s, u"办理阶段及决定"_s},
         {u"handling"_s}},
        {u"non_initiation"_s, u"不启动生态环境损害索赔程序决定书"_s, u"不启"_s, art(14), PaperSubject::Case,
         {Stage::NotInitiated},
         {u"线索基本情况"_s, u"初步核查结论"_s, u"不启动决定（情形、说明、日期）"_s},
         {}},
        {u"termination"_s, u"终止生态环境损害索赔程序决定书"_s, u"终"_s, art(14, 2), PaperSubject::Case,
         {Stage::Terminated},
         {u"案件基本情况"_s, u"赔偿义务人"_s, u"终止决定（情形、说明、日期）"_s},
         {}},
        {u"case_approval"_s, u"生态环境损害赔偿案件立案审批表"_s, {}, art(13), PaperSubject::Case,
         {Stage::Investigation, Stage::Consultation},
         {u"案件名称、编号"_s, u"线索来源"_s, u"损害发生地点"_s, u"初步核查结论"_s, u"立案日期"_s, u"赔偿义务人（如已确定）"_s},
         {}},
        {u"appraisal_commission"_s, u"生态环境损害鉴定评估委托书"_s, u"委"_s, art(16), PaperSubject::Appraisal,
         {Stage::Investigation, Stage::Consultation},
         {u"受托机构或专家"_s, u"鉴定评估项目"_s, u"委托日期"_s, u"时限要求"_s, u"案件基本情况"_s},
         {u"materials"_s}},
        {u"consultation_notice"_s, u"生态环境损害赔偿磋商告知书"_s, u"磋告"_s, art(19), PaperSubject::Party,
         {Stage::Investigation, Stage::Consultation},
         {u"赔偿义务人（名称、代码、住所）"_s, u"损害事实"_s, u"调查结论"_s, u"鉴定评估结论及五类损害数额"_s,
          u"修复方案"_s, u"磋商时间、地点"_s, u"答复期限"_s},
         {u"meeting_on"_s, u"meeting_time"_s, u"meeting_place"_s, u"reply_due_on"_s}},
        {u"service_receipt"_s, u"送达回证"_s, {}, art(19), PaperSubject::Party,
         {Stage::Consultation, Stage::Agreement},
         {u"受送达人及地址"_s, u"送达文书名称及文号"_s, u"送达方式、日期（已送达时）"_s},
         {}},
        {u"consultation_record"_s, u"生态环境损害赔偿磋商会议记录"_s, {}, art(21, 2), PaperSubject::Round,
         {Stage::Consultation, Stage::Agreement, Stage::Litigation},
         {u"第N次磋商的时间、形式、主持人"_s, u"参加人员"_s, u"磋商情况"_s, u"签字情况及主持人说明"_s},
         {u"place"_s, u"recorder"_s}},
        {u"compensation_agreement"_s, u"生态环境损害赔偿协议"_s, u"协"_s, art(23), PaperSubject::Case,
         {Stage::Consultation, Stage::Agreement, Stage::Restoration, Stage::Evaluation, Stage::Closed},
         {u"赔偿义务人"_s, u"损害事实及鉴定评估结论"_s, u"五类赔偿金额（签订后以协议为准）"_s, u"修复方案"_s,
          u"分期履行计划"_s, u"司法确认条款"_s},
         {u"signing_place"_s}},
        {u"confirmation_application"_s, u"生态环境损害赔偿协议司法确认申请书"_s, {}, art(24), PaperSubject::Case,
         afterAgreement,
         {u"申请人（双方）"_s, u"赔偿协议（签订日期、主要内容）"_s, u"受理法院"_s, u"磋商经过"_s},
         {u"court"_s}},
        {u"enforcement_application"_s, u"强制执行申请书"_s, {}, art(24, 2), PaperSubject::Case,
         {Stage::Agreement, Stage::Litigation, Stage::Restoration, Stage::Evaluation, Stage::Closed},
         {u"执行依据（司法确认裁定或者生效判决）"_s, u"被执行人"_s, u"执行法院"_s, u"未履行的款项及修复义务"_s, u"已履行情况"_s},
         {u"court"_s}},
        {u"statement_of_claim"_s, u"民事起诉状"_s, {}, art(25, 1), PaperSubject::Case,
         {Stage::Consultation, Stage::Agreement, Stage::Litigation},
         {u"被告（赔偿义务人）"_s, u"诉讼请求（第五条各类损害及惩罚性赔偿）"_s, u"损害事实及鉴定评估结论"_s,
          u"磋商未达成一致的情形"_s, u"受诉法院"_s},
         {u"court"_s}},
        {u"procuratorate_letter"_s, u"生态环境损害赔偿与检察公益诉讼衔接函"_s, u"检函"_s, art(33), PaperSubject::Case,
         {Stage::Verification, Stage::Investigation, Stage::Consultation, Stage::NotInitiated, Stage::Terminated, Stage::Closed},
         {u"检察机关及其通报（文号、日期、公告期）"_s, u"是否启动索赔或者移交公益诉讼"_s, u"案件基本情况"_s},
         {}},
        {u"evaluation_opinion"_s, u"生态环境修复效果评估意见"_s, {}, art(29), PaperSubject::Case,
         {Stage::Evaluation, Stage::Restoration, Stage::Closed},
         {u"修复主要目标"_s, u"修复方案执行情况"_s, u"修复目标达成情况"_s, u"修复效果"_s, u"评估结论"_s},
         {}},
    };
    return list;
}

const PaperType *findPaperType(QStringView id)
{
    for (const PaperType &t : paperTypes())
        if (t.id == id)
            return &t;
    return nullptr;
}

namespace {
QString subjectPrefix(PaperSubject kind)
{
    switch (kind) {
    case PaperSubject::Party: return u"party:"_s;
    case PaperSubject::Round: return u"round:"_s;
    case PaperSubject::Appraisal: return u"appraisal:"_s;
    case PaperSubject::Case: break;
    }
    return {};
}
} // namespace

QString subjectKey(PaperSubject kind, int number)
{
    return kind == PaperSubject::Case ? QString() : subjectPrefix(kind) + QString::number(number);
}

int subjectNumber(PaperSubject kind, const QString &subject)
{
    const QString prefix = subjectPrefix(kind);
    if (prefix.isEmpty() || !subject.startsWith(prefix))
        return 0;
    bool ok = false;
    const int n = subject.mid(prefix.size()).toInt(&ok);
    return ok && n > 0 ? n : 0;
}

} // namespace ecoclaim::documents
