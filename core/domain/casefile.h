#pragma once
// The whole case file of one case, as a value: what the rules are checked against, what the window
// shows and what `case show --json` prints. Storage fills it in one read transaction; nothing here
// touches the database. Fields mirror the tables of resources/migrations (one struct per table).

#include "core/domain/caserecords.h"
#include "core/domain/money.h"
#include "core/domain/stage.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ecoclaim::domain {

// The five categories of Art. 5 plus punitive damages (Art. 26), in fen.
struct Amounts
{
    Money interimLoss;      // (一) 期间服务功能损失
    Money permanentLoss;    // (二) 永久性损害损失
    Money assessmentCosts;  // (三) 调查、鉴定评估等费用
    Money restorationCosts; // (四) 清除污染、修复费用
    Money preventionCosts;  // (五) 防止损害发生和扩大的合理费用
    Money punitive;         // 惩罚性赔偿 (Art. 26), outside the five categories

    Money total() const;
    QJsonObject toJson() const;
};

struct Party
{
    qint64 id = 0;
    int seq = 0;
    QString kind, name, creditCode, idNumber, address, representative, contact;
    bool inCustody = false;
    QString custodyContact, insurance;
};

struct Verification
{
    QDate startedOn, concludedOn;
    std::optional<bool> damageFound;
    QString finding, verifiedBy;
};

struct Decision
{
    qint64 id = 0;
    QString kind; // transfer | not_applicable | no_damage | not_initiated | termination | closing | archiving
    QString reason, reasonText, receiver;
    QDate decidedOn;
};

struct Investigation
{
    QDate filedOn, concludedOn;
    std::optional<bool> damageExists, obligorIdentified;
    QString scope, degree, causation, proposal;
    bool isConcluded() const { return concludedOn.isValid(); }
};

struct Appraisal
{
    qint64 id = 0;
    QString mode, institution;
    QStringList experts;
    QDate commissionedOn, dueOn, completedOn;
    QString items, status, stopReason;
    QString damageDetermination, lossScope, causation, quantification, restorationOutline;
    Amounts amounts;
    bool isSimplified() const { return mode == u"experts" || mode == u"comprehensive"; }
};

struct RestorationPlan
{
    qint64 id = 0;
    QDate draftedOn;
    QString elements, scope, targets, technicalPlan, schedule, alternativeMethod, note;
};

struct ConsultationNotice
{
    qint64 id = 0, partyId = 0;
    QDate servedOn, meetingOn, replyDueOn, repliedOn;
    QString serviceMethod, recipient, reply;
};

struct ConsultationRound
{
    qint64 id = 0;
    int number = 0;
    QDate heldOn;
    QString mode, host, participants, summary;
    bool allSigned = true;
    QString refusalNote, exceptionReason;
    QList<qint64> partyIds; // the liable parties present (the batch, Art. 22 ¶2); empty: every party
};

struct Instalment
{
    qint64 id = 0;
    int seq = 0;
    QDate dueOn;
    Money amount;
};

struct Agreement
{
    qint64 id = 0;
    QDate signedOn;
    qint64 assumingPartyId = 0;
    QString restorationTerms;
    bool confirmationClause = true;
    Amounts amounts;
    QList<Instalment> instalments;
    bool moneyOnly = false;   // Art. 27 ¶2, 34 ¶2: compensation in money, no restoration by the party
    QDate performanceDueOn;   // the day by which the agreement is to be performed, when it names one
    QList<qint64> partyIds;   // who signed (a batch, Art. 22 ¶2); empty: every liable party
    bool binds(qint64 partyId) const { return partyIds.isEmpty() || partyIds.contains(partyId); }
};

struct Payment
{
    qint64 id = 0;
    QDate paidOn;
    Money amount;
    QString payer, note;
    QString receiptNo, account; // Art. 34 ¶2: the non-tax revenue receipt and the treasury account
    QString category;           // the Art. 5 category (or "punitive") it pays; empty: apportioned
    qint64 enforcementId = 0;   // paid through the court's enforcement (Art. 24 ¶2)
};

struct Confirmation
{
    qint64 id = 0;
    QDate appliedOn, acceptedOn, ruledOn;
    QString court, rulingNo;
    std::optional<bool> confirmed;
};

struct Litigation
{
    qint64 id = 0;
    QDate filedOn, judgedOn;
    QString court, trigger, triggerNote, judgmentNo, outcome, judgmentSummary;
    bool restorationOrdered = false;
    Money awarded;
    Amounts claimed;  // what the statement of claim asks for, per category (punitive: Art. 26)
    QDate effectiveOn; // the judgment took effect (the enforcement period runs from it)
};

struct Restoration
{
    QDate startedOn, completedOn;
    QString executor, executorName, completionReport;
    bool preemptive = false;
};

struct Milestone
{
    qint64 id = 0;
    QDate dueOn, doneOn;
    QString description;
};

struct Evaluation
{
    qint64 id = 0;
    QDate evaluatedOn;
    QString method, evaluator;
    bool passed = false;
    QString targets, execution, achievement, effect;
};

struct Proceeding
{
    qint64 id = 0;
    QString kind, authority, reference, note;
    QDate startedOn, announcementEndsOn, repliedOn;
};

// A clock suspended, resumed or extended by the caseworker, with the reason (deadline issue).
struct DeadlineAdjustment
{
    qint64 id = 0;
    QString kind;    // the deadline kind it applies to
    QString subject; // one deadline of that kind ("instalment:2"); empty: every deadline of the kind
    QString action;  // suspend | resume | extend
    QDate effectiveOn;
    int days = 0;   // for extend
    QString reason;
};

struct TimelineEvent
{
    qint64 id = 0;
    QDate occurredOn;
    QDateTime recordedAt;
    QString command, summary, actor;
    QString stageFrom, stageTo;
};

// A file added to the case (evidence table): the bytes live in the file store under `sha256`.
struct EvidenceItem
{
    qint64 id = 0;
    QString sha256, title, kind, source, originalName, addedBy, mediaType;
    QDate datedOn;
    int pages = 0; // 0: not known (not a PDF)
    qint64 size = 0;
    QDateTime addedAt;
};

// Service of a paper on its recipient (document_services): `proofEvidenceId` names the receipt.
struct ServiceOfPaper
{
    qint64 id = 0;
    QString method, recipient, note;
    QDate servedOn;
    qint64 proofEvidenceId = 0; // 0: no proof on file
};

// A paper of the case file (documents register, filled by the papers module), with its services.
// A served or signed paper is frozen: its content never changes under its number; a correction is a
// new paper with a new number, and the old one stays on file marked superseded (supersededBy).
struct FiledPaper
{
    qint64 id = 0;
    QString paperType, subject, docNo, title, pdfSha256, odtSha256, createdBy;
    int version = 0, pages = 0;
    QDate datedOn;
    bool draft = false;
    QDateTime createdAt;
    QList<ServiceOfPaper> services;
    QString contentSha256;  // SHA-256 of the filled text the PDF and ODT were laid out from
    QString frozen;         // "" | "served" | "signed"
    qint64 supersededBy = 0; // the paper that replaced this one (0: current)
    QString supersedeReason;
    QJsonObject parameters; // what the caseworker gave (meeting day and time, place…)
    bool isCurrent() const { return supersededBy == 0; }
};

// A party's share of a joint liability, as the appraisal or the agreement records it: a percentage, an
// amount, or both. Printed on the notice and the agreement beside the joint liability (民法典第一千一百六十八条).
struct LiabilityShare
{
    qint64 id = 0, partyId = 0;
    QString basis; // appraisal | agreement
    int percent = 0; // 0: not given
    Money amount;    // zero: not given
    QString note;
};

struct CaseFile
{
    qint64 id = 0;
    QString number, title, districtCode, unit;
    Stage stage = Stage::Clue;
    QString channel;
    QDate receivedOn, discoveredOn;
    QString site, description, reporter;
    bool major = false;
    QString majorReason, leadUnitNote;
    QString cityGround; // why a case is handled at city level (Art. 6 ¶2)
    QDate earlyRequestOn, factsConfirmedOn;
    Money claimed;
    QDate nextDeadlineOn;
    QString nextDeadlineKind;
    QDateTime createdAt, updatedAt, archivedAt;

    QList<Party> parties;
    std::optional<Verification> verification;
    QList<Decision> decisions;
    std::optional<Investigation> investigation;
    QList<Appraisal> appraisals;
    QList<RestorationPlan> restorationPlans;
    QList<ConsultationNotice> notices;
    QList<ConsultationRound> rounds;
    std::optional<Agreement> agreement;   // the first agreement signed (for most cases the only one)
    QList<Agreement> agreements;          // every agreement, one per batch of parties (Art. 22 ¶2), in order
    QList<Payment> payments;
    QList<Confirmation> confirmations;
    QList<Litigation> litigations;
    std::optional<Restoration> restoration;
    QList<Milestone> milestones;
    QList<Evaluation> evaluations;
    QList<Proceeding> proceedings;
    QList<DeadlineAdjustment> deadlineAdjustments;
    QList<TimelineEvent> timeline;
    QList<EvidenceItem> evidence; // in the order added
    QList<FiledPaper> papers;     // every version, in the order generated
    QList<LiabilityShare> shares; // in the order recorded

    // The second reading of the rules (caserecords.h).
    QList<Enforcement> enforcements;
    QList<EnforcementEvent> enforcementEvents;
    QList<DishonestListing> dishonestListings;
    QList<ConsultationFailure> consultationFailures;
    QList<EmergencyAction> emergencyActions;
    QList<AdvancedCost> advancedCosts;
    std::optional<SimpleCaseGround> simpleCase;
    std::optional<PunitiveGround> punitiveGround;
    std::optional<JointGroup> jointGroup;
    QList<CrossRegion> crossRegions;
    QList<SupervisionReport> supervisionReports;
    QList<SupervisionInstruction> supervisionInstructions;
    QList<TimetableItem> timetable;
    QList<ReporterReply> reporterReplies;

    // Derived facts the rules ask about; kept here so every rule reads them the same way.
    const Party *findParty(qint64 partyId) const;
    const Appraisal *openAppraisal() const;      // commissioned, neither completed nor stopped
    const Appraisal *completedAppraisal() const; // the latest completed one
    const Evaluation *latestEvaluation() const;
    const Litigation *currentLitigation() const;
    const Confirmation *latestConfirmation() const;
    QDate firstNoticeServedOn() const;           // starts the 90-day clock (Art. 22)
    Money amountDue() const;                     // the agreements, a judgment on one not performed replacing them, plus other judgments
    const Decision *termination() const;         // the decision terminating the claim, if any
    // Days a clock of this kind was extended or (suspended, then resumed) paused, and whether it is
    // suspended now: the rules' checks and the deadline catalogue read adjustments the same way.
    int daysAddedTo(const QString &deadlineKind, const QString &subject = {}) const;
    bool isSuspended(const QString &deadlineKind, const QString &subject = {}) const;
    Money amountPaid() const;
    bool hasEvidenceOf(const QString &kind) const;
    // The share recorded for a party: the agreement's over the appraisal's, the latest of each.
    const LiabilityShare *shareOf(qint64 partyId) const;

    // The second reading (casefile_rules.cpp).
    // A confirmed agreement or a judgment the court can enforce (Art. 24 ¶2): "confirmed_agreement",
    // "judgment", or empty. A judgment that dismissed the claim enforces nothing.
    QString enforceableBasis() const;
    const Enforcement *pendingEnforcement() const;
    const Enforcement *latestEnforcement() const;
    // The agreement or the judgment that replaced it provides for restoration, or restoration began
    // (Art. 27, 29): the case cannot close before a passed effect evaluation.
    bool restorationOwed() const;
    Money outstanding() const; // amountDue() − amountPaid(), never below zero
    // Something the agreement or judgment asks is not done: money outstanding, or restoration owed and
    // not yet evaluated as passed — what enforcement is for (Art. 24 ¶2).
    bool unperformed() const;
    // What a suit claims when the statement of claim names no amount: the agreement sued on for its
    // non-performance (Art. 25 ¶2), else the latest appraisal (Art. 17).
    Amounts defaultClaim(const QString &trigger) const;
    // Art. 25 ¶1: consultation has failed as of `asOf` — recorded as failed for the whole case, three
    // rounds held without agreement, or every party served and not bound by an agreement refused,
    // stayed away or walked out, or let its reply period pass (Art. 19 ¶2).
    bool consultationFailed(QDate asOf) const;
    // Something is due and not paid on the day: an instalment or the agreement's own day passed, or an
    // agreement or judgment that names no day (Art. 24 ¶2: what enforcement is applied for).
    bool performanceOverdue(QDate asOf) const;
    // Art. 47: the rules are in force from 2024-04-10 to 2029-04-09; a clue received outside says so.
    bool receivedOutsideTheRules() const;

    QJsonObject toJson() const;

private:
    void addRecordsJson(QJsonObject &o) const; // the second reading's records (casefile_rules.cpp)
};

} // namespace ecoclaim::domain
