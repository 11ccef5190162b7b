#pragma once
// The main stages of a case (lifecycle.md "Main stages"). A case is in exactly one main stage; the
// parallel tracks (appraisal, pre-emptive restoration, judicial confirmation, payments) are records
// beside it, not stages. Keys are stored in the database and used in scripts: never rename one.

#include <QList>
#include <QString>

namespace ecoclaim::domain {

enum class Stage {
    Clue,          // 线索
    Verification,  // 初步核查 (Art. 13)
    Transferred,   // 已移送 (Art. 13 ¶2) — end
    NotApplicable, // 不适用 (Art. 4) — end
    NoDamage,      // 未造成生态环境损害 (Art. 13) — end
    NotInitiated,  // 不启动索赔 (Art. 14) — end
    Investigation, // 立案 · 损害调查 (Art. 13, 15–17)
    Consultation,  // 磋商 (Art. 18–22)
    Agreement,     // 赔偿协议 (Art. 23–24)
    Litigation,    // 诉讼 (Art. 25)
    Restoration,   // 生态修复 (Art. 27–28)
    Evaluation,    // 修复效果评估 (Art. 29)
    Terminated,    // 终止索赔 (Art. 14 ¶2, Art. 15)
    Closed,        // 结案
    Archived,      // 归档 (Art. 42) — read-only
};

QString stageKey(Stage);
bool stageFromKey(QStringView key, Stage *out);
QString stageDisplayName(Stage); // translated
QString stageChinese(Stage);     // for papers and archives
const QList<Stage> &allStages();

// Stages in which the claim procedure is running (termination is possible from each).
bool isClaimOpen(Stage);
// Stages where nothing more happens except, for some, archiving.
bool isEndStage(Stage);

} // namespace ecoclaim::domain
