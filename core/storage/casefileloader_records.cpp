// CaseRepository::load, second part: the records migration 0004 added (issue 14) — enforcement, the
// dishonest list, consultation failures, batches, emergency actions and advanced costs, the grounds of
// the simplified routes and punitive damages, jurisdiction, supervision, answers to reporters. Read
// like the rest of the file (casefilerows.h), standard SQL on both engines.

#include "core/storage/caserepository.h"

#include "core/storage/casefilerows.h"

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;
using ecoclaim::storage::casefilerows::Row;

namespace ecoclaim::storage {


void CaseRepository::readSecondReadingRecords(qint64 caseId, CaseFile &f, QList<Status> &steps, PartsToRead only) const
{
    if (only.wants({u"enforcements"})) {
        f.enforcements = {};
        steps << casefilerows::eachRow(m_db, u"SELECT * FROM enforcements WHERE case_id = ? ORDER BY id"_s, caseId, [&](const Row &c) {
            Enforcement e;
            e.id = c.i("id");
            e.basis = c.s("basis");
            e.appliedOn = c.d("applied_on");
            e.court = c.s("court");
            e.enforcementNo = c.s("enforcement_no");
            e.acceptedOn = c.d("accepted_on");
            e.sought = c.s("sought");
            e.amountSought = c.m("amount_sought_fen");
            e.result = c.s("result");
            e.concludedOn = c.d("concluded_on");
            e.resultNote = c.s("result_note");
            f.enforcements << e;
        });
    }
    if (only.wants({u"enforcement_events"})) {
        f.enforcementEvents = {};
        steps << casefilerows::eachRow(m_db, u"SELECT * FROM enforcement_events WHERE case_id = ? ORDER BY id"_s, caseId, [&](const Row &c) {
            f.enforcementEvents << EnforcementEvent{c.i("id"), c.i("enforcement_id"), c.d("occurred_on"), c.s("kind"), c.s("note")};
        });
    }
    if (only.wants({u"dishonest_listings"})) {
        f.dishonestListings = {};
        steps << casefilerows::eachRow(m_db, u"SELECT * FROM dishonest_listings WHERE case_id = ? ORDER BY id"_s, caseId, [&](const Row &c) {
            f.dishonestListings << DishonestListing{c.i("id"),  c.i("party_id"), c.d("listed_on"),        c.d("removed_on"),
                                                    c.s("court"), c.s("reference"), c.s("removal_reason")};
        });
    }
    if (only.wants({u"consultation_failures"})) {
        f.consultationFailures = {};
        steps << casefilerows::eachRow(m_db, u"SELECT * FROM consultation_failures WHERE case_id = ? ORDER BY id"_s, caseId, [&](const Row &c) {
            f.consultationFailures << ConsultationFailure{c.i("id"), c.i("party_id"), c.s("ground"), c.s("note"), c.d("occurred_on")};
        });
    }
    if (only.wants({u"emergency_actions"})) {
        f.emergencyActions = {};
        steps << casefilerows::eachRow(m_db, u"SELECT * FROM emergency_actions WHERE case_id = ? ORDER BY id"_s, caseId, [&](const Row &c) {
            f.emergencyActions << EmergencyAction{c.i("id"),       c.d("acted_on"), c.s("actor_kind"), c.s("actor_name"),
                                                  c.s("measures"), c.s("ground"),   c.s("note")};
        });
    }
    if (only.wants({u"advanced_costs"})) {
        f.advancedCosts = {};
        steps << casefilerows::eachRow(m_db, u"SELECT * FROM advanced_costs WHERE case_id = ? ORDER BY id"_s, caseId, [&](const Row &c) {
            f.advancedCosts << AdvancedCost{c.i("id"),      c.d("incurred_on"), c.s("purpose"), c.s("category"),
                                            c.m("amount_fen"), c.s("paid_by"),  c.s("voucher"), c.s("note"),
                                            c.i("emergency_action_id")};
        });
    }
    if (only.wants(AgreementParts)) {
        steps << casefilerows::eachRow(m_db, u"SELECT * FROM agreement_parties WHERE case_id = ? ORDER BY id"_s, caseId, [&](const Row &c) {
            for (Agreement &a : f.agreements)
                if (a.id == c.i("agreement_id"))
                    a.partyIds << c.i("party_id");
        });
    }
    if (only.wants(RoundParts)) {
        steps << casefilerows::eachRow(m_db, u"SELECT * FROM round_parties WHERE case_id = ? ORDER BY id"_s, caseId, [&](const Row &c) {
            for (ConsultationRound &r : f.rounds)
                if (r.id == c.i("round_id"))
                    r.partyIds << c.i("party_id");
        });
    }
    if (only.wants({u"simple_case_grounds"})) {
        f.simpleCase = {};
        steps << casefilerows::eachRow(m_db, u"SELECT * FROM simple_case_grounds WHERE case_id = ?"_s, caseId, [&](const Row &c) {
            f.simpleCase = SimpleCaseGround{c.d("recorded_on"), c.s("facts"), c.s("liability"), c.s("note"),
                                            c.m("damage_estimate_fen")};
        });
    }
    if (only.wants({u"punitive_grounds"})) {
        f.punitiveGround = {};
        steps << casefilerows::eachRow(m_db, u"SELECT * FROM punitive_grounds WHERE case_id = ?"_s, caseId, [&](const Row &c) {
            f.punitiveGround = PunitiveGround{c.d("recorded_on"), c.s("intent"), c.s("consequences"), c.s("evidence")};
        });
    }
    if (only.wants(JointGroupParts)) {
        f.jointGroup = {};
        steps << casefilerows::eachRow(m_db, u"SELECT * FROM joint_groups WHERE case_id = ?"_s, caseId, [&](const Row &c) {
            f.jointGroup = JointGroup{c.s("lead_unit"), c.s("decided_by"), c.s("note"), c.d("formed_on"), {}};
        });
    }
    if (only.wants(JointGroupParts)) {
        steps << casefilerows::eachRow(m_db, u"SELECT * FROM joint_group_members WHERE case_id = ? ORDER BY id"_s, caseId, [&](const Row &c) {
            if (f.jointGroup)
                f.jointGroup->members << JointMember{c.s("unit"), c.s("role")};
        });
    }
    if (only.wants({u"cross_regions"})) {
        f.crossRegions = {};
        steps << casefilerows::eachRow(m_db, u"SELECT * FROM cross_regions WHERE case_id = ? ORDER BY id"_s, caseId, [&](const Row &c) {
            f.crossRegions << CrossRegion{c.i("id"), c.d("recorded_on"), c.s("region"), c.s("department"), c.s("contact"), c.s("note")};
        });
    }
    if (only.wants({u"supervision_reports"})) {
        f.supervisionReports = {};
        steps << casefilerows::eachRow(m_db, u"SELECT * FROM supervision_reports WHERE case_id = ? ORDER BY id"_s, caseId, [&](const Row &c) {
            f.supervisionReports << SupervisionReport{c.i("id"), c.d("reported_on"), c.s("reported_to"), c.s("content")};
        });
    }
    if (only.wants({u"supervision_instructions"})) {
        f.supervisionInstructions = {};
        steps << casefilerows::eachRow(m_db, u"SELECT * FROM supervision_instructions WHERE case_id = ? ORDER BY id"_s, caseId, [&](const Row &c) {
            f.supervisionInstructions << SupervisionInstruction{c.i("id"),        c.d("issued_on"), c.d("due_on"),  c.d("done_on"),
                                                                c.s("issued_by"), c.s("content"),   c.s("response")};
        });
    }
    if (only.wants({u"timetable_items"})) {
        f.timetable = {};
        steps << casefilerows::eachRow(m_db, u"SELECT * FROM timetable_items WHERE case_id = ? ORDER BY id"_s, caseId, [&](const Row &c) {
            f.timetable << TimetableItem{c.i("id"), c.d("due_on"), c.d("done_on"), c.s("step"), c.s("note")};
        });
    }
    if (only.wants({u"reporter_replies"})) {
        f.reporterReplies = {};
        steps << casefilerows::eachRow(m_db, u"SELECT * FROM reporter_replies WHERE case_id = ? ORDER BY id"_s, caseId, [&](const Row &c) {
            f.reporterReplies << ReporterReply{c.i("id"), c.d("replied_on"), c.s("method"), c.s("content")};
        });
    }
    // The first agreement is "the agreement" most rules and papers speak of.
    f.agreement = f.agreements.isEmpty() ? std::nullopt : std::optional<Agreement>(f.agreements.first());
}

} // namespace ecoclaim::storage
