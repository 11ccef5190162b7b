#pragma once
// The records of the case file that the second reading of the rules added (issue 14), one struct per
// table of migration 0004: enforcement of a confirmed agreement or a judgment and the dishonest
// judgment-debtor list (Art. 24 ¶2, 30 ¶2), consultation recorded as failed (Art. 25 ¶1), emergency
// control and the costs a department advanced (Art. 28 ¶2, 34 ¶1), the grounds that open the simplified
// routes and punitive damages (Art. 16 ¶2, 21 ¶3, 26, 29 ¶2), jurisdiction and the joint case group
// (Art. 6, 9, 44), major-case supervision (Art. 39) and the answer to a reporter (Art. 13 ¶3).
// Values only, like casefile.h; storage fills them (casefileloader_records.cpp).

#include "core/domain/money.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ecoclaim::domain {

// An application to the court for enforcement (申请强制执行) and how it ended.
struct Enforcement
{
    qint64 id = 0;
    QString basis;           // confirmed_agreement | judgment
    QDate appliedOn, acceptedOn, concludedOn;
    QString court, enforcementNo, sought;
    Money amountSought;
    QString result;          // '' while pending | paid_in_full | paid_in_part | terminated_no_assets | settled | withdrawn
    QString resultNote;
    bool isPending() const { return !concludedOn.isValid(); }
};

// One step of an enforcement's course: accepted, property found or frozen, a hearing…
struct EnforcementEvent
{
    qint64 id = 0, enforcementId = 0;
    QDate occurredOn;
    QString kind, note;
};

// A liable party put on the list of dishonest judgment debtors (失信被执行人名单, Art. 30 ¶2), and its removal.
struct DishonestListing
{
    qint64 id = 0, partyId = 0;
    QDate listedOn, removedOn;
    QString court, reference, removalReason;
    bool isActive() const { return !removedOn.isValid(); }
};

// Consultation recorded as failed on an Art. 25 ¶1 ground the notices do not show by themselves: a party
// stayed away or walked out (2), or the department judged agreement impossible (4). partyId 0: all parties.
struct ConsultationFailure
{
    qint64 id = 0, partyId = 0;
    QString ground, note;
    QDate occurredOn;
};

// Emergency control, clean-up or restoration done at once (Art. 28 ¶2): who acted, when, what.
struct EmergencyAction
{
    qint64 id = 0;
    QDate actedOn;
    QString actorKind, actorName, measures, ground, note;
};

// A cost a department paid ahead of the liable party (Art. 34 ¶1): recovered through the agreement or suit.
struct AdvancedCost
{
    qint64 id = 0;
    QDate incurredOn;
    QString purpose;  // emergency_disposal | investigation | appraisal | restoration_on_behalf | other
    QString category; // the Art. 5 category it is claimed under
    Money amount;
    QString paidBy, voucher, note;
    qint64 emergencyActionId = 0;
};

// Why the case is simple: facts simple, liability undisputed, damage small (Art. 16 ¶2, 21 ¶3, 29 ¶2).
struct SimpleCaseGround
{
    QDate recordedOn;
    QString facts, liability, note;
    Money damageEstimate;
};

// Intent and serious consequences recorded before punitive damages are claimed (Art. 26).
struct PunitiveGround
{
    QDate recordedOn;
    QString intent, consequences, evidence;
};

struct JointMember
{
    QString unit; // a department key (catalogue.h); for an assisting town, its name
    QString role; // member | assisting (a town government assists, Art. 9 ¶4)
};

// The joint case group the right holder formed for a case touching several departments (Art. 9 ¶3).
struct JointGroup
{
    QString leadUnit, decidedBy, note;
    QDate formedOn;
    QList<JointMember> members;
    bool includes(const QString &unit) const;
};

// A case shared with another region of the Yangtze River Delta (Art. 44) or another province (Art. 6 ¶3).
struct CrossRegion
{
    qint64 id = 0;
    QDate recordedOn;
    QString region, department, contact, note;
};

// Major-case supervision (Art. 39): the report to the higher department, its instructions, the timetable.
struct SupervisionReport
{
    qint64 id = 0;
    QDate reportedOn;
    QString reportedTo, content;
};

struct SupervisionInstruction
{
    qint64 id = 0;
    QDate issuedOn, dueOn, doneOn;
    QString issuedBy, content, response;
};

struct TimetableItem
{
    qint64 id = 0;
    QDate dueOn, doneOn;
    QString step, note;
};

// The answer given to the person who reported the clue (Art. 13 ¶3).
struct ReporterReply
{
    qint64 id = 0;
    QDate repliedOn;
    QString method, content;
};

} // namespace ecoclaim::domain
