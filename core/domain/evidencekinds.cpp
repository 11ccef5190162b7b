#include "core/domain/evidencekinds.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ecoclaim::domain {

const QList<Choice> &evidenceKinds()
{
    static const QList<Choice> list = {
        {u"investigation"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Investigation materials"), u"调查材料"_s, ArticleRef{42, 0, 0, {}}},
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
