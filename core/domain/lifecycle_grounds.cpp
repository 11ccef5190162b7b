// The lifecycle table: the grounds that open a route the rules reserve for some cases. A simple case —
// simple facts, undisputed liability, small damage — may be appraised by experts or determined
// comprehensively (Art. 16 ¶2), consulted by correspondence, online or by post (Art. 21 ¶3) and its
// restoration evaluated the same simple ways (Art. 29 ¶2); the bureau sets what "small" means
// (bureaurules.h: under 300,000 yuan by default). Punitive damages need intent and serious
// consequences (Art. 26). The commands that use a route check these records (lifecycle_intake.cpp,
// lifecycle_claim.cpp: simpleCaseRule).

#include "core/domain/bureaurules.h"
#include "core/domain/lifecycletable.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ecoclaim::domain::detail {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Lifecycle)
};

// The damage an appraisal found, without its own costs (Art. 5 (三)): what "损害较小" measures.
Money damageOf(const Appraisal &a)
{
    return a.amounts.total() - a.amounts.assessmentCosts;
}
} // namespace

bool simpleCaseHolds(const CaseFile &f, Problems &problems, const ArticleRef &article)
{
    if (!f.simpleCase) {
        problems.add({}, Tr::tr("This route is only for a simple case (simple facts, undisputed liability, small damage): record the grounds first."), article);
        return false;
    }
    const Money threshold = bureauRules().simpleCaseThreshold;
    if (const Appraisal *a = f.completedAppraisal(); a && damageOf(*a) >= threshold) {
        problems.add({}, Tr::tr("The appraisal found damage of %1 yuan, not under the simple-case threshold of %2 yuan.")
                             .arg(damageOf(*a).toYuanString(), threshold.toYuanString()), article);
        return false;
    }
    return true;
}

Precondition simpleCaseRule(const QString &field, const QStringList &simpleValues, const ArticleRef &article)
{
    return pre(u"simple_case"_s,
               QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "This route is only for a simple case (simple facts, undisputed liability, small damage)."),
               article, [field, simpleValues, article](const RuleContext &c, Problems &problems) {
                   return !simpleValues.contains(c.input.text(field)) || simpleCaseHolds(c.file, problems, article);
               });
}

void addGroundCommands(QList<CommandSpec> &t)
{
    const QList<Stage> &claimOpen = claimOpenStages();

    t << CommandSpec{
        u"record_simple_case_grounds"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Record why the case is simple"), claimOpen,
        std::nullopt, art(16, 2),
        {pastDate(u"recorded_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Recorded on")),
         longText(u"facts"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Why the facts of the damage are simple"), true, art(16, 2)),
         longText(u"liability"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Why liability is not disputed"), true, art(16, 2)),
         money(u"damage_estimate"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Estimated damage"), true, art(16, 2)),
         longText(u"note"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Note"))},
        {pre(u"damage_small"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The damage is not small: the estimate is not under the bureau's simple-case threshold."),
             art(16, 2),
             [](const RuleContext &c, Problems &problems) {
                 const Money threshold = bureauRules().simpleCaseThreshold;
                 if (c.input.money(u"damage_estimate"_s) < threshold)
                     return true;
                 problems.add(u"damage_estimate"_s,
                              Tr::tr("The estimated damage of %1 yuan is not under the simple-case threshold of %2 yuan.")
                                  .arg(c.input.money(u"damage_estimate"_s).toYuanString(), threshold.toYuanString()),
                              art(16, 2));
                 return false;
             }),
         pre(u"appraisal_not_larger"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The completed appraisal found damage not under the simple-case threshold."),
             art(16, 2),
             [](const RuleContext &c, Problems &) {
                 const Appraisal *a = c.file.completedAppraisal();
                 return !a || damageOf(*a) < bureauRules().simpleCaseThreshold;
             })}};

    t << CommandSpec{
        u"record_punitive_grounds"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Record the grounds for punitive damages"), claimOpen,
        std::nullopt, art(26),
        {pastDate(u"recorded_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Recorded on")),
         longText(u"intent"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "The intentional violation of law"), true, art(26)),
         longText(u"consequences"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "The serious consequences"), true, art(26)),
         longText(u"evidence"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Evidence (judgment, records, monitoring)"))},
        {}};
}

} // namespace ecoclaim::domain::detail
