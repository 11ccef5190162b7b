#include "core/domain/deadlinekinds.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ecoclaim::domain {

QString DeadlineKind::displayName() const { return QCoreApplication::translate("ecoclaim::Deadlines", name); }

const QList<DeadlineKind> &deadlineKinds()
{
    static const QList<DeadlineKind> kinds{
        {u"verification_start"_s, QT_TRANSLATE_NOOP("ecoclaim::Deadlines", "Organise preliminary verification"), art(13), 7, u"组织开展初步核查"_s},
        {u"appraisal_report"_s, QT_TRANSLATE_NOOP("ecoclaim::Deadlines", "Appraisal report due"), art(16), 7, u"鉴定评估报告到期"_s},
        {u"notice_reply"_s, QT_TRANSLATE_NOOP("ecoclaim::Deadlines", "Reply to consultation notice due"), art(19, 2), 3, u"磋商告知书答复期限届满"_s},
        {u"consultation_period"_s, QT_TRANSLATE_NOOP("ecoclaim::Deadlines", "Consultation period ends"), art(22), 14, u"磋商期限届满"_s},
        {u"litigation_due"_s, QT_TRANSLATE_NOOP("ecoclaim::Deadlines", "Consultation failed: bring the claim to court"), art(25, 1), 7, u"磋商未达成一致，应当提起诉讼"_s},
        {u"confirmation_ruling"_s, QT_TRANSLATE_NOOP("ecoclaim::Deadlines", "Announcement period for judicial confirmation ends"),
         ArticleRef{20, 0, 0, u"最高人民法院《关于审理生态环境损害赔偿案件的若干规定（试行）》"_s}, 7, u"司法确认公告期届满"_s},
        {u"procuratorate_reply"_s, QT_TRANSLATE_NOOP("ecoclaim::Deadlines", "Written reply to the procuratorate due"), art(33), 7, u"向检察机关书面回复期限届满"_s},
        {u"instalment"_s, QT_TRANSLATE_NOOP("ecoclaim::Deadlines", "Instalment due"), art(8, 3), 7, u"分期赔付款到期"_s},
        {u"milestone"_s, QT_TRANSLATE_NOOP("ecoclaim::Deadlines", "Restoration milestone due"), art(27), 7, u"修复节点到期"_s},
        // 《民事诉讼法》(2023) Art. 250: two years from the last day of the performance period (the last
        // instalment's), or from the day the document took effect when it names none.
        {u"enforcement_application"_s, QT_TRANSLATE_NOOP("ecoclaim::Deadlines", "Apply to the court for enforcement"),
         ArticleRef{250, 0, 0, u"《中华人民共和国民事诉讼法》"_s}, 60, u"申请强制执行期间届满"_s},
        {u"reporter_reply"_s, QT_TRANSLATE_NOOP("ecoclaim::Deadlines", "Answer the reporter"), art(13, 3), 7, u"答复举报人"_s},
        {u"supervision_instruction"_s, QT_TRANSLATE_NOOP("ecoclaim::Deadlines", "Carry out the supervisor's instruction"), art(39), 7, u"落实督办意见"_s},
        {u"timetable"_s, QT_TRANSLATE_NOOP("ecoclaim::Deadlines", "Major-case timetable step due"), art(39), 7, u"重大案件时间表节点到期"_s},
        {u"annual_report"_s, QT_TRANSLATE_NOOP("ecoclaim::Deadlines", "Annual work report to the Ministry"), art(36, 2), 30, u"向生态环境部报送年度工作情况"_s},
    };
    return kinds;
}

const DeadlineKind *findDeadlineKind(QStringView key)
{
    for (const DeadlineKind &k : deadlineKinds())
        if (k.key == key)
            return &k;
    return nullptr;
}

const QList<Choice> &deadlineKindChoices()
{
    static const QList<Choice> choices = [] {
        QList<Choice> l;
        for (const DeadlineKind &k : deadlineKinds())
            if (k.key != u"annual_report") // not a clock of a case
                l << Choice{k.key, k.name, k.chinese, k.article, "ecoclaim::Deadlines"};
        return l;
    }();
    return choices;
}

} // namespace ecoclaim::domain
