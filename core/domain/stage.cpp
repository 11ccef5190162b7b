#include "core/domain/stage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ecoclaim::domain {

namespace {
struct StageInfo
{
    Stage stage;
    QString key;
    const char *english;
    QString chinese;
};

const QList<StageInfo> &table()
{
    static const QList<StageInfo> t = {
        {Stage::Clue, u"clue"_s, QT_TRANSLATE_NOOP("ecoclaim::Stage", "Clue"), u"线索"_s},
        {Stage::Verification, u"verification"_s, QT_TRANSLATE_NOOP("ecoclaim::Stage", "Preliminary verification"), u"初步核查"_s},
        {Stage::Transferred, u"transferred"_s, QT_TRANSLATE_NOOP("ecoclaim::Stage", "Transferred"), u"已移送"_s},
        {Stage::NotApplicable, u"not_applicable"_s, QT_TRANSLATE_NOOP("ecoclaim::Stage", "Not applicable"), u"不适用"_s},
        {Stage::NoDamage, u"no_damage"_s, QT_TRANSLATE_NOOP("ecoclaim::Stage", "No damage found"), u"未造成损害"_s},
        {Stage::NotInitiated, u"not_initiated"_s, QT_TRANSLATE_NOOP("ecoclaim::Stage", "Not initiated"), u"不启动索赔"_s},
        {Stage::Investigation, u"investigation"_s, QT_TRANSLATE_NOOP("ecoclaim::Stage", "Filed · investigation"), u"立案·损害调查"_s},
        {Stage::Consultation, u"consultation"_s, QT_TRANSLATE_NOOP("ecoclaim::Stage", "Consultation"), u"磋商"_s},
        {Stage::Agreement, u"agreement"_s, QT_TRANSLATE_NOOP("ecoclaim::Stage", "Agreement signed"), u"赔偿协议"_s},
        {Stage::Litigation, u"litigation"_s, QT_TRANSLATE_NOOP("ecoclaim::Stage", "Litigation"), u"诉讼"_s},
        {Stage::Restoration, u"restoration"_s, QT_TRANSLATE_NOOP("ecoclaim::Stage", "Restoration"), u"生态修复"_s},
        {Stage::Evaluation, u"evaluation"_s, QT_TRANSLATE_NOOP("ecoclaim::Stage", "Effect evaluation"), u"修复效果评估"_s},
        {Stage::Terminated, u"terminated"_s, QT_TRANSLATE_NOOP("ecoclaim::Stage", "Claim terminated"), u"终止索赔"_s},
        {Stage::Closed, u"closed"_s, QT_TRANSLATE_NOOP("ecoclaim::Stage", "Closed"), u"结案"_s},
        {Stage::Archived, u"archived"_s, QT_TRANSLATE_NOOP("ecoclaim::Stage", "Archived"), u"归档"_s},
    };
    return t;
}

const StageInfo &info(Stage s)
{
    return table().at(static_cast<int>(s));
}
} // namespace

QString stageKey(Stage s) { return info(s).key; }

bool stageFromKey(QStringView key, Stage *out)
{
    for (const StageInfo &i : table()) {
        if (i.key == key || i.chinese == key) {
            *out = i.stage;
            return true;
        }
    }
    return false;
}

QString stageDisplayName(Stage s) { return QCoreApplication::translate("ecoclaim::Stage", info(s).english); }
QString stageChinese(Stage s) { return info(s).chinese; }

const QList<Stage> &allStages()
{
    static const QList<Stage> all = [] {
        QList<Stage> l;
        for (const StageInfo &i : table())
            l << i.stage;
        return l;
    }();
    return all;
}

bool isClaimOpen(Stage s)
{
    switch (s) {
    case Stage::Investigation:
    case Stage::Consultation:
    case Stage::Agreement:
    case Stage::Litigation:
    case Stage::Restoration:
    case Stage::Evaluation:
        return true;
    default:
        return false;
    }
}

bool isEndStage(Stage s)
{
    switch (s) {
    case Stage::Transferred:
    case Stage::NotApplicable:
    case Stage::NoDamage:
    case Stage::NotInitiated:
    case Stage::Archived:
        return true;
    default:
        return false;
    }
}

} // namespace ecoclaim::domain
