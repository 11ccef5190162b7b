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
// A file to read (one line, up to 4,096 characters: a path, not a caseworker's sentence).
FieldSpec filePath(const QString &key, const char *label, bool required = false, ArticleRef a = {});
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
// The five categories of Art. 5 and punitive damages (Art. 26): what a payment or an advanced cost is for.
const QList<Choice> &paymentCategories();

// The consultation period: 90 natural days from the first service of a notice (Art. 22, Art. 46).
QDate consultationPeriodEnd(const CaseFile &f);
bool hasRestorationPlan(const CaseFile &f);

// Art. 19: the notice served at least five working days before the meeting, and the reply period ending
// between service and meeting — checked when a notice is served and again when its service is corrected.
Precondition serviceLeadRule();
Precondition replyBeforeMeetingRule();

// Groups of stages the table uses.
const QList<Stage> &claimOpenStages();   // investigation … evaluation
const QList<Stage> &notFinishedStages(); // clue … terminated
const QList<Stage> &editableStages();    // every stage but archived

void addIntakeCommands(QList<CommandSpec> &table); // clue, verification, investigation, appraisal
void addClaimCommands(QList<CommandSpec> &table);  // consultation, agreement, court
void addClosingCommands(QList<CommandSpec> &table); // restoration to archive, linked proceedings, clocks
void addPaperCommands(QList<CommandSpec> &table);  // issue, supersede and serve papers; liability shares

void addEnforcementCommands(QList<CommandSpec> &table); // enforcement, dishonest list (Art. 24 ¶2, 30 ¶2)
void addPromptSuitCommands(QList<CommandSpec> &table);   // consultation recorded as failed (Art. 25 ¶1)
void addCostCommands(QList<CommandSpec> &table);         // emergencies, advanced costs (Art. 28 ¶2, 34 ¶1)
void addGroundCommands(QList<CommandSpec> &table);       // simple case, punitive damages (Art. 16, 21, 26, 29)
void addJurisdictionCommands(QList<CommandSpec> &table); // joint case group, cross-region (Art. 6, 9, 44)
void addSupervisionCommands(QList<CommandSpec> &table);  // major-case supervision (Art. 39)
void addDutyCommands(QList<CommandSpec> &table);         // answering a reporter (Art. 13 ¶3)
void addCorrectionCommands(QList<CommandSpec> &table);   // payments and parties corrected, with the reason (issue 16)

// A route for simple cases only (lifecycle_grounds.cpp): holds when `field` is not one of `simpleValues`,
// or the case's simple-case grounds are on record and no appraisal found damage over the threshold.
Precondition simpleCaseRule(const QString &field, const QStringList &simpleValues, const ArticleRef &article);
bool simpleCaseHolds(const CaseFile &file, Money threshold, Problems &problems, const ArticleRef &article);
// Batches of liable parties (lifecycle_batches.cpp, Art. 22 ¶2): parties named by number or exact name;
// a batch, or every party when empty; rounds and 90 days counted for each party.
QList<qint64> partiesNamed(const CaseFile &file, const QStringList &names, QStringList *unknown);
QList<qint64> partiesOf(const CaseFile &file, const QList<qint64> &batch);
QList<qint64> batchOrAll(const RuleContext &context); // the command's "parties", or every party when none named
int roundsWith(const CaseFile &file, qint64 partyId);
QDate periodEndFor(const CaseFile &file, qint64 partyId);
Precondition batchPartiesKnownRule();
Precondition batchNotBoundRule();

// Jurisdiction (lifecycle_jurisdiction.cpp): the city's grounds (Art. 6 ¶2) and the checks of the
// handling unit that register_clue and update_case share.
const QList<Choice> &cityGrounds();
Precondition cityGroundRule();
Precondition townAssistsOnlyRule();
// Art. 8 ¶4 (lifecycle_duties.cpp): not initiating or terminating a case an administrative penalty is
// linked to needs `penalty_note`.
Precondition penaltyNotInLieuRule();

} // namespace ecoclaim::domain::detail
