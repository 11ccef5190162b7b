// Builders and small lists for the lifecycle table (see lifecycletable.h).

#include "core/domain/lifecycletable.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ecoclaim::domain::detail {

// --- field builders -------------------------------------------------------------------------

FieldSpec field(const QString &key, FieldType type, const char *label, bool required, ArticleRef a)
{
    FieldSpec f;
    f.key = key;
    f.type = type;
    f.label = label;
    f.required = required;
    f.article = a;
    return f;
}
FieldSpec text(const QString &key, const char *label, bool required, ArticleRef a)
{
    return field(key, FieldType::Text, label, required, a);
}
FieldSpec longText(const QString &key, const char *label, bool required, ArticleRef a)
{
    return field(key, FieldType::LongText, label, required, a);
}
FieldSpec filePath(const QString &key, const char *label, bool required, ArticleRef a)
{
    FieldSpec f = field(key, FieldType::Text, label, required, a);
    f.maxLength = 4096; // PATH_MAX
    return f;
}
// A date something happened on: never in the future.
FieldSpec pastDate(const QString &key, const char *label, bool required, ArticleRef a)
{
    FieldSpec f = field(key, FieldType::Date, label, required, a);
    f.notInFuture = true;
    return f;
}
FieldSpec anyDate(const QString &key, const char *label, bool required, ArticleRef a)
{
    return field(key, FieldType::Date, label, required, a);
}
FieldSpec money(const QString &key, const char *label, bool required, ArticleRef a)
{
    return field(key, FieldType::Money, label, required, a);
}
FieldSpec flag(const QString &key, const char *label, bool required, ArticleRef a)
{
    return field(key, FieldType::Bool, label, required, a);
}
FieldSpec choice(const QString &key, const char *label, const QList<Choice> &(*list)(), bool required, ArticleRef a)
{
    FieldSpec f = field(key, FieldType::Choice, label, required, a);
    f.choices = list;
    return f;
}
FieldSpec party(const QString &key, const char *label, bool required, ArticleRef a)
{
    return field(key, FieldType::Party, label, required, a);
}

// The five categories of Art. 5 and punitive damages of Art. 26, as money fields.
QList<FieldSpec> amountFields(bool withPunitive)
{
    QList<FieldSpec> f{
        money(u"interim_loss"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Interim loss of services"), false, art(5, 0, 1)),
        money(u"permanent_loss"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Permanent damage loss"), false, art(5, 0, 2)),
        money(u"assessment_costs"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Investigation and appraisal costs"), false, art(5, 0, 3)),
        money(u"restoration_costs"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Clean-up and restoration costs"), false, art(5, 0, 4)),
        money(u"prevention_costs"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Costs of preventing damage"), false, art(5, 0, 5)),
    };
    if (withPunitive)
        f << money(u"punitive"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Punitive damages"), false, art(26));
    return f;
}

// --- choice lists local to the lifecycle ----------------------------------------------------

const QList<Choice> &investigationProposals()
{
    static const QList<Choice> l{
        {u"consultation"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Start consultation"), u"启动索赔磋商"_s, art(15)},
        {u"termination"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Terminate the claim"), u"终止索赔程序"_s, art(15)},
    };
    return l;
}

const QList<Choice> &noticeReplies()
{
    static const QList<Choice> l{
        {u"agreed"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Agrees to consult"), u"同意磋商"_s, art(19, 2)},
        {u"refused"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Refuses to consult"), u"拒绝磋商"_s, art(19, 2)},
    };
    return l;
}

const QList<Choice> &judgmentOutcomes()
{
    static const QList<Choice> l{
        {u"upheld"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Claim upheld"), u"支持诉讼请求"_s, {}},
        {u"partly_upheld"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Claim partly upheld"), u"部分支持诉讼请求"_s, {}},
        {u"dismissed"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Claim dismissed"), u"驳回诉讼请求"_s, {}},
        {u"mediated"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Settled by court mediation"), u"调解结案"_s, {}},
    };
    return l;
}

const QList<Choice> &evaluationMethods()
{
    static const QList<Choice> l{
        {u"institution"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Evaluation institution"), u"委托评估机构评估"_s, art(29)},
        {u"experts"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Expert evaluation (simple cases)"), u"委托专家评估"_s, art(29, 2)},
        {u"comprehensive"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Comprehensive determination (simple cases)"), u"综合认定"_s, art(29, 2)},
    };
    return l;
}

// Termination may rest on any reason of Art. 14 (¶2) or on the investigation's conclusion (Art. 15).
const QList<Choice> &terminationReasons()
{
    static const QList<Choice> l = [] {
        QList<Choice> reasons = nonInitiationReasons();
        reasons.append({u"investigation_conclusion"_s,
                        QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "The investigation concluded the claim should end"),
                        u"调查结论提出终止索赔程序"_s, art(15)});
        // Art. 33 ¶2: the claim goes on as the procuratorate's civil public-interest suit instead.
        reasons.append({u"public_interest_handover"_s,
                        QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Handed over to the procuratorate's civil public-interest suit"),
                        u"通过民事公益诉讼进行索赔更有利于节约司法资源、维护公益，由检察机关启动民事公益诉讼程序"_s, art(33, 2)});
        return reasons;
    }();
    return l;
}

const QList<Choice> &paymentCategories()
{
    static const QList<Choice> l = [] {
        QList<Choice> c = compensationCategories();
        c.append({u"punitive"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Punitive damages"), u"惩罚性赔偿金"_s, art(26)});
        return c;
    }();
    return l;
}

// --- precondition builder ---------------------------------------------------------------------


Precondition pre(const QString &id, const char *unmet, ArticleRef a, Check holds)
{
    return Precondition{id, unmet, a, std::move(holds)};
}


// The consultation period: 90 natural days from the first service of a notice, the day of service
// not counted (Art. 22, Art. 46; 民法典第二百零一条).
QDate consultationPeriodEnd(const CaseFile &f)
{
    // Extensions and resumed suspensions the caseworker recorded count here exactly as on the dashboard.
    const QDate served = f.firstNoticeServedOn();
    return served.isValid() ? served.addDays(90 + f.daysAddedTo(u"consultation_period"_s)) : QDate();
}

bool hasRestorationPlan(const CaseFile &f) { return !f.restorationPlans.isEmpty(); }


const QList<Stage> &claimOpenStages()
{
    static const QList<Stage> s{Stage::Investigation, Stage::Consultation, Stage::Agreement,
                                Stage::Litigation,    Stage::Restoration,  Stage::Evaluation};
    return s;
}

const QList<Stage> &notFinishedStages()
{
    static const QList<Stage> s{Stage::Clue,        Stage::Verification, Stage::Investigation,
                                Stage::Consultation, Stage::Agreement,   Stage::Litigation,
                                Stage::Restoration,  Stage::Evaluation,  Stage::Terminated};
    return s;
}

const QList<Stage> &editableStages()
{
    static const QList<Stage> s = [] {
        QList<Stage> l = notFinishedStages();
        l << Stage::Closed << Stage::Transferred << Stage::NotApplicable << Stage::NoDamage << Stage::NotInitiated;
        return l;
    }();
    return s;
}

} // namespace ecoclaim::domain::detail
