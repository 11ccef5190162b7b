#pragma once
// Internal to the lifecycle table (lifecycle*.cpp): the builders that make each table entry read like
// the rules, the small choice lists only the lifecycle uses, and the groups of stages. Not for use
// outside core/domain.

#include "core/domain/lifecycle.h"

namespace ecoclaim::domain::detail {

using Check = std::function<bool(const RuleContext &, Problems &)>;

FieldSpec field(const QString &key, FieldType type, const char *label, bool required = false, ArticleRef a = {});
FieldSpec text(const QString &key, const char *label, bool required = false, ArticleRef a = {});
FieldSpec longText(const QString &key, const char *label, bool required = false, ArticleRef a = {});
// A date something happened on: never in the future.
FieldSpec pastDate(const QString &key, const char *label, bool required = true, ArticleRef a = {});
FieldSpec anyDate(const QString &key, const char *label, bool required = true, ArticleRef a = {});
FieldSpec money(const QString &key, const char *label, bool required = false, ArticleRef a = {});
FieldSpec flag(const QString &key, const char *label, bool required = false, ArticleRef a = {});
FieldSpec choice(const QString &key, const char *label, const QList<Choice> &(*list)(), bool required = true,
                 ArticleRef a = {});
FieldSpec party(const QString &key, const char *label, bool required = true, ArticleRef a = {});
// The five categories of Art. 5 (and punitive damages of Art. 26) as money fields.
QList<FieldSpec> amountFields(bool withPunitive);

Precondition pre(const QString &id, const char *unmet, ArticleRef a, Check holds);

const QList<Choice> &investigationProposals();
const QList<Choice> &noticeReplies();
const QList<Choice> &judgmentOutcomes();
const QList<Choice> &evaluationMethods();
const QList<Choice> &terminationReasons();

// The consultation period: 90 natural days from the first service of a notice (Art. 22, Art. 46).
QDate consultationPeriodEnd(const CaseFile &f);
bool hasRestorationPlan(const CaseFile &f);

// Groups of stages the table uses.
const QList<Stage> &claimOpenStages();   // investigation … evaluation
const QList<Stage> &notFinishedStages(); // clue … terminated
const QList<Stage> &editableStages();    // every stage but archived

void addIntakeCommands(QList<CommandSpec> &table); // clue, verification, investigation, appraisal
void addClaimCommands(QList<CommandSpec> &table);  // consultation to archive, linked proceedings
void addPaperCommands(QList<CommandSpec> &table);  // issue, supersede and serve papers; liability shares
void addSupervisionCommands(QList<CommandSpec> &table); // reports made upward on a major case (Art. 39)

} // namespace ecoclaim::domain::detail
