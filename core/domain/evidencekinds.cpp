#include "core/domain/evidencekinds.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ecoclaim::domain {

const QList<Choice> &evidenceKinds()
{
    static const QList<Choice> list = {
        {u"investigation"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Investigation materials"), u"调查材料"_s, ArticleRef{42, 0, 0, {}}},
        // Art. 15: evidence fixed in administrative enforcement (¶2), opinions the police or the procuratorate
        // commissioned in a criminal case (¶3), monitoring reports adopted in enforcement (¶4) — all usable
        // in the damage investigation, and so investigation materials of the volume.
        {u"enforcement_record"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Evidence fixed in administrative enforcement"),
         u"行政执法中固定的证据"_s, art(15, 2)},
        {u"police_opinion"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Opinion or report commissioned by the police"),
         u"公安机关委托出具的鉴定意见、鉴定评估报告或专家意见"_s, art(15, 3)},
        {u"procuratorate_opinion"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Opinion or report commissioned by the procuratorate"),
         u"检察机关委托出具的鉴定意见、鉴定评估报告或专家意见"_s, art(15, 3)},
        {u"monitoring_report"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Third-party monitoring report adopted in enforcement"),
         u"行政执法中采用的第三方监测报告"_s, art(15, 4)},
        {u"appraisal"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Appraisal opinion or assessment report"),
         u"鉴定意见或评估报告"_s, ArticleRef{42, 0, 0, {}}},
        {u"consultation"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Consultation materials"), u"磋商情况材料"_s, ArticleRef{42, 0, 0, {}}},
        {u"agreement"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Compensation agreement"), u"赔偿协议"_s, ArticleRef{42, 0, 0, {}}},
        {u"judgment"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Judgment or ruling"), u"裁判文书"_s, ArticleRef{42, 0, 0, {}}},
        {u"restoration"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Restoration materials"), u"修复工作材料"_s, ArticleRef{42, 0, 0, {}}},
        {u"payment_proof"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Proof of payment"), u"缴款凭证"_s, {}},
        {u"service_proof"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Proof of service"), u"送达回证"_s, {}},
        {u"photo"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Photograph"), u"照片"_s, {}},
        {u"other"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Other material"), u"其他材料"_s, {}},
    };
    return list;
}

} // namespace ecoclaim::domain
