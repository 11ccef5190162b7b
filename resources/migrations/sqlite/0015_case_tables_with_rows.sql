-- Which of a case's tables hold rows of it (issue 15 item 11, P10): one bit per table in
-- cases.tables_with_rows, kept exact by the triggers below, so that reading a case file asks the case row
-- instead of asking each of 38 tables in turn (core/storage/casetablebits.h holds the same list in the
-- same order: bit N is the table at index N there; the order is stored and never changes — a new table
-- takes the next bit). A row added sets its table's bit; the last row of a case removed from a table
-- clears it. A row never moves to another case: an UPDATE of its case_id is refused.
-- A table without a bit is always read (the loader's rule), so a table added later and forgotten here
-- costs a read, never a missing part. tst_casetablebits checks the bits against the tables after every
-- scenario, import, undo and archive import, on both engines.

ALTER TABLE cases ADD COLUMN tables_with_rows INTEGER NOT NULL DEFAULT 0;

CREATE TRIGGER parties_mark_case AFTER INSERT ON parties
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows | 1 WHERE id = NEW.case_id AND (tables_with_rows & 1) = 0;
END;
CREATE TRIGGER parties_unmark_case AFTER DELETE ON parties
WHEN NOT EXISTS (SELECT 1 FROM parties WHERE case_id = OLD.case_id)
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows & ~1 WHERE id = OLD.case_id;
END;
CREATE TRIGGER parties_stays_with_its_case BEFORE UPDATE OF case_id ON parties
WHEN NEW.case_id IS NOT OLD.case_id
BEGIN
    SELECT RAISE(ABORT, 'a record stays with its case');
END;
CREATE TRIGGER verifications_mark_case AFTER INSERT ON verifications
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows | 2 WHERE id = NEW.case_id AND (tables_with_rows & 2) = 0;
END;
CREATE TRIGGER verifications_unmark_case AFTER DELETE ON verifications
WHEN NOT EXISTS (SELECT 1 FROM verifications WHERE case_id = OLD.case_id)
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows & ~2 WHERE id = OLD.case_id;
END;
CREATE TRIGGER verifications_stays_with_its_case BEFORE UPDATE OF case_id ON verifications
WHEN NEW.case_id IS NOT OLD.case_id
BEGIN
    SELECT RAISE(ABORT, 'a record stays with its case');
END;
CREATE TRIGGER decisions_mark_case AFTER INSERT ON decisions
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows | 4 WHERE id = NEW.case_id AND (tables_with_rows & 4) = 0;
END;
CREATE TRIGGER decisions_unmark_case AFTER DELETE ON decisions
WHEN NOT EXISTS (SELECT 1 FROM decisions WHERE case_id = OLD.case_id)
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows & ~4 WHERE id = OLD.case_id;
END;
CREATE TRIGGER decisions_stays_with_its_case BEFORE UPDATE OF case_id ON decisions
WHEN NEW.case_id IS NOT OLD.case_id
BEGIN
    SELECT RAISE(ABORT, 'a record stays with its case');
END;
CREATE TRIGGER investigations_mark_case AFTER INSERT ON investigations
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows | 8 WHERE id = NEW.case_id AND (tables_with_rows & 8) = 0;
END;
CREATE TRIGGER investigations_unmark_case AFTER DELETE ON investigations
WHEN NOT EXISTS (SELECT 1 FROM investigations WHERE case_id = OLD.case_id)
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows & ~8 WHERE id = OLD.case_id;
END;
CREATE TRIGGER investigations_stays_with_its_case BEFORE UPDATE OF case_id ON investigations
WHEN NEW.case_id IS NOT OLD.case_id
BEGIN
    SELECT RAISE(ABORT, 'a record stays with its case');
END;
CREATE TRIGGER appraisals_mark_case AFTER INSERT ON appraisals
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows | 16 WHERE id = NEW.case_id AND (tables_with_rows & 16) = 0;
END;
CREATE TRIGGER appraisals_unmark_case AFTER DELETE ON appraisals
WHEN NOT EXISTS (SELECT 1 FROM appraisals WHERE case_id = OLD.case_id)
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows & ~16 WHERE id = OLD.case_id;
END;
CREATE TRIGGER appraisals_stays_with_its_case BEFORE UPDATE OF case_id ON appraisals
WHEN NEW.case_id IS NOT OLD.case_id
BEGIN
    SELECT RAISE(ABORT, 'a record stays with its case');
END;
CREATE TRIGGER restoration_plans_mark_case AFTER INSERT ON restoration_plans
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows | 32 WHERE id = NEW.case_id AND (tables_with_rows & 32) = 0;
END;
CREATE TRIGGER restoration_plans_unmark_case AFTER DELETE ON restoration_plans
WHEN NOT EXISTS (SELECT 1 FROM restoration_plans WHERE case_id = OLD.case_id)
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows & ~32 WHERE id = OLD.case_id;
END;
CREATE TRIGGER restoration_plans_stays_with_its_case BEFORE UPDATE OF case_id ON restoration_plans
WHEN NEW.case_id IS NOT OLD.case_id
BEGIN
    SELECT RAISE(ABORT, 'a record stays with its case');
END;
CREATE TRIGGER consultation_notices_mark_case AFTER INSERT ON consultation_notices
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows | 64 WHERE id = NEW.case_id AND (tables_with_rows & 64) = 0;
END;
CREATE TRIGGER consultation_notices_unmark_case AFTER DELETE ON consultation_notices
WHEN NOT EXISTS (SELECT 1 FROM consultation_notices WHERE case_id = OLD.case_id)
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows & ~64 WHERE id = OLD.case_id;
END;
CREATE TRIGGER consultation_notices_stays_with_its_case BEFORE UPDATE OF case_id ON consultation_notices
WHEN NEW.case_id IS NOT OLD.case_id
BEGIN
    SELECT RAISE(ABORT, 'a record stays with its case');
END;
CREATE TRIGGER consultation_rounds_mark_case AFTER INSERT ON consultation_rounds
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows | 128 WHERE id = NEW.case_id AND (tables_with_rows & 128) = 0;
END;
CREATE TRIGGER consultation_rounds_unmark_case AFTER DELETE ON consultation_rounds
WHEN NOT EXISTS (SELECT 1 FROM consultation_rounds WHERE case_id = OLD.case_id)
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows & ~128 WHERE id = OLD.case_id;
END;
CREATE TRIGGER consultation_rounds_stays_with_its_case BEFORE UPDATE OF case_id ON consultation_rounds
WHEN NEW.case_id IS NOT OLD.case_id
BEGIN
    SELECT RAISE(ABORT, 'a record stays with its case');
END;
CREATE TRIGGER round_parties_mark_case AFTER INSERT ON round_parties
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows | 256 WHERE id = NEW.case_id AND (tables_with_rows & 256) = 0;
END;
CREATE TRIGGER round_parties_unmark_case AFTER DELETE ON round_parties
WHEN NOT EXISTS (SELECT 1 FROM round_parties WHERE case_id = OLD.case_id)
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows & ~256 WHERE id = OLD.case_id;
END;
CREATE TRIGGER round_parties_stays_with_its_case BEFORE UPDATE OF case_id ON round_parties
WHEN NEW.case_id IS NOT OLD.case_id
BEGIN
    SELECT RAISE(ABORT, 'a record stays with its case');
END;
CREATE TRIGGER agreements_mark_case AFTER INSERT ON agreements
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows | 512 WHERE id = NEW.case_id AND (tables_with_rows & 512) = 0;
END;
CREATE TRIGGER agreements_unmark_case AFTER DELETE ON agreements
WHEN NOT EXISTS (SELECT 1 FROM agreements WHERE case_id = OLD.case_id)
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows & ~512 WHERE id = OLD.case_id;
END;
CREATE TRIGGER agreements_stays_with_its_case BEFORE UPDATE OF case_id ON agreements
WHEN NEW.case_id IS NOT OLD.case_id
BEGIN
    SELECT RAISE(ABORT, 'a record stays with its case');
END;
CREATE TRIGGER agreement_parties_mark_case AFTER INSERT ON agreement_parties
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows | 1024 WHERE id = NEW.case_id AND (tables_with_rows & 1024) = 0;
END;
CREATE TRIGGER agreement_parties_unmark_case AFTER DELETE ON agreement_parties
WHEN NOT EXISTS (SELECT 1 FROM agreement_parties WHERE case_id = OLD.case_id)
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows & ~1024 WHERE id = OLD.case_id;
END;
CREATE TRIGGER agreement_parties_stays_with_its_case BEFORE UPDATE OF case_id ON agreement_parties
WHEN NEW.case_id IS NOT OLD.case_id
BEGIN
    SELECT RAISE(ABORT, 'a record stays with its case');
END;
CREATE TRIGGER payments_mark_case AFTER INSERT ON payments
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows | 2048 WHERE id = NEW.case_id AND (tables_with_rows & 2048) = 0;
END;
CREATE TRIGGER payments_unmark_case AFTER DELETE ON payments
WHEN NOT EXISTS (SELECT 1 FROM payments WHERE case_id = OLD.case_id)
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows & ~2048 WHERE id = OLD.case_id;
END;
CREATE TRIGGER payments_stays_with_its_case BEFORE UPDATE OF case_id ON payments
WHEN NEW.case_id IS NOT OLD.case_id
BEGIN
    SELECT RAISE(ABORT, 'a record stays with its case');
END;
CREATE TRIGGER confirmations_mark_case AFTER INSERT ON confirmations
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows | 4096 WHERE id = NEW.case_id AND (tables_with_rows & 4096) = 0;
END;
CREATE TRIGGER confirmations_unmark_case AFTER DELETE ON confirmations
WHEN NOT EXISTS (SELECT 1 FROM confirmations WHERE case_id = OLD.case_id)
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows & ~4096 WHERE id = OLD.case_id;
END;
CREATE TRIGGER confirmations_stays_with_its_case BEFORE UPDATE OF case_id ON confirmations
WHEN NEW.case_id IS NOT OLD.case_id
BEGIN
    SELECT RAISE(ABORT, 'a record stays with its case');
END;
CREATE TRIGGER litigations_mark_case AFTER INSERT ON litigations
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows | 8192 WHERE id = NEW.case_id AND (tables_with_rows & 8192) = 0;
END;
CREATE TRIGGER litigations_unmark_case AFTER DELETE ON litigations
WHEN NOT EXISTS (SELECT 1 FROM litigations WHERE case_id = OLD.case_id)
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows & ~8192 WHERE id = OLD.case_id;
END;
CREATE TRIGGER litigations_stays_with_its_case BEFORE UPDATE OF case_id ON litigations
WHEN NEW.case_id IS NOT OLD.case_id
BEGIN
    SELECT RAISE(ABORT, 'a record stays with its case');
END;
CREATE TRIGGER restorations_mark_case AFTER INSERT ON restorations
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows | 16384 WHERE id = NEW.case_id AND (tables_with_rows & 16384) = 0;
END;
CREATE TRIGGER restorations_unmark_case AFTER DELETE ON restorations
WHEN NOT EXISTS (SELECT 1 FROM restorations WHERE case_id = OLD.case_id)
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows & ~16384 WHERE id = OLD.case_id;
END;
CREATE TRIGGER restorations_stays_with_its_case BEFORE UPDATE OF case_id ON restorations
WHEN NEW.case_id IS NOT OLD.case_id
BEGIN
    SELECT RAISE(ABORT, 'a record stays with its case');
END;
CREATE TRIGGER milestones_mark_case AFTER INSERT ON milestones
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows | 32768 WHERE id = NEW.case_id AND (tables_with_rows & 32768) = 0;
END;
CREATE TRIGGER milestones_unmark_case AFTER DELETE ON milestones
WHEN NOT EXISTS (SELECT 1 FROM milestones WHERE case_id = OLD.case_id)
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows & ~32768 WHERE id = OLD.case_id;
END;
CREATE TRIGGER milestones_stays_with_its_case BEFORE UPDATE OF case_id ON milestones
WHEN NEW.case_id IS NOT OLD.case_id
BEGIN
    SELECT RAISE(ABORT, 'a record stays with its case');
END;
CREATE TRIGGER evaluations_mark_case AFTER INSERT ON evaluations
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows | 65536 WHERE id = NEW.case_id AND (tables_with_rows & 65536) = 0;
END;
CREATE TRIGGER evaluations_unmark_case AFTER DELETE ON evaluations
WHEN NOT EXISTS (SELECT 1 FROM evaluations WHERE case_id = OLD.case_id)
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows & ~65536 WHERE id = OLD.case_id;
END;
CREATE TRIGGER evaluations_stays_with_its_case BEFORE UPDATE OF case_id ON evaluations
WHEN NEW.case_id IS NOT OLD.case_id
BEGIN
    SELECT RAISE(ABORT, 'a record stays with its case');
END;
CREATE TRIGGER proceedings_mark_case AFTER INSERT ON proceedings
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows | 131072 WHERE id = NEW.case_id AND (tables_with_rows & 131072) = 0;
END;
CREATE TRIGGER proceedings_unmark_case AFTER DELETE ON proceedings
WHEN NOT EXISTS (SELECT 1 FROM proceedings WHERE case_id = OLD.case_id)
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows & ~131072 WHERE id = OLD.case_id;
END;
CREATE TRIGGER proceedings_stays_with_its_case BEFORE UPDATE OF case_id ON proceedings
WHEN NEW.case_id IS NOT OLD.case_id
BEGIN
    SELECT RAISE(ABORT, 'a record stays with its case');
END;
CREATE TRIGGER deadline_adjustments_mark_case AFTER INSERT ON deadline_adjustments
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows | 262144 WHERE id = NEW.case_id AND (tables_with_rows & 262144) = 0;
END;
CREATE TRIGGER deadline_adjustments_unmark_case AFTER DELETE ON deadline_adjustments
WHEN NOT EXISTS (SELECT 1 FROM deadline_adjustments WHERE case_id = OLD.case_id)
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows & ~262144 WHERE id = OLD.case_id;
END;
CREATE TRIGGER deadline_adjustments_stays_with_its_case BEFORE UPDATE OF case_id ON deadline_adjustments
WHEN NEW.case_id IS NOT OLD.case_id
BEGIN
    SELECT RAISE(ABORT, 'a record stays with its case');
END;
CREATE TRIGGER timeline_mark_case AFTER INSERT ON timeline
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows | 524288 WHERE id = NEW.case_id AND (tables_with_rows & 524288) = 0;
END;
CREATE TRIGGER timeline_unmark_case AFTER DELETE ON timeline
WHEN NOT EXISTS (SELECT 1 FROM timeline WHERE case_id = OLD.case_id)
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows & ~524288 WHERE id = OLD.case_id;
END;
CREATE TRIGGER timeline_stays_with_its_case BEFORE UPDATE OF case_id ON timeline
WHEN NEW.case_id IS NOT OLD.case_id
BEGIN
    SELECT RAISE(ABORT, 'a record stays with its case');
END;
CREATE TRIGGER evidence_mark_case AFTER INSERT ON evidence
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows | 1048576 WHERE id = NEW.case_id AND (tables_with_rows & 1048576) = 0;
END;
CREATE TRIGGER evidence_unmark_case AFTER DELETE ON evidence
WHEN NOT EXISTS (SELECT 1 FROM evidence WHERE case_id = OLD.case_id)
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows & ~1048576 WHERE id = OLD.case_id;
END;
CREATE TRIGGER evidence_stays_with_its_case BEFORE UPDATE OF case_id ON evidence
WHEN NEW.case_id IS NOT OLD.case_id
BEGIN
    SELECT RAISE(ABORT, 'a record stays with its case');
END;
CREATE TRIGGER documents_mark_case AFTER INSERT ON documents
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows | 2097152 WHERE id = NEW.case_id AND (tables_with_rows & 2097152) = 0;
END;
CREATE TRIGGER documents_unmark_case AFTER DELETE ON documents
WHEN NOT EXISTS (SELECT 1 FROM documents WHERE case_id = OLD.case_id)
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows & ~2097152 WHERE id = OLD.case_id;
END;
CREATE TRIGGER documents_stays_with_its_case BEFORE UPDATE OF case_id ON documents
WHEN NEW.case_id IS NOT OLD.case_id
BEGIN
    SELECT RAISE(ABORT, 'a record stays with its case');
END;
CREATE TRIGGER liability_shares_mark_case AFTER INSERT ON liability_shares
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows | 4194304 WHERE id = NEW.case_id AND (tables_with_rows & 4194304) = 0;
END;
CREATE TRIGGER liability_shares_unmark_case AFTER DELETE ON liability_shares
WHEN NOT EXISTS (SELECT 1 FROM liability_shares WHERE case_id = OLD.case_id)
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows & ~4194304 WHERE id = OLD.case_id;
END;
CREATE TRIGGER liability_shares_stays_with_its_case BEFORE UPDATE OF case_id ON liability_shares
WHEN NEW.case_id IS NOT OLD.case_id
BEGIN
    SELECT RAISE(ABORT, 'a record stays with its case');
END;
CREATE TRIGGER enforcements_mark_case AFTER INSERT ON enforcements
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows | 8388608 WHERE id = NEW.case_id AND (tables_with_rows & 8388608) = 0;
END;
CREATE TRIGGER enforcements_unmark_case AFTER DELETE ON enforcements
WHEN NOT EXISTS (SELECT 1 FROM enforcements WHERE case_id = OLD.case_id)
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows & ~8388608 WHERE id = OLD.case_id;
END;
CREATE TRIGGER enforcements_stays_with_its_case BEFORE UPDATE OF case_id ON enforcements
WHEN NEW.case_id IS NOT OLD.case_id
BEGIN
    SELECT RAISE(ABORT, 'a record stays with its case');
END;
CREATE TRIGGER enforcement_events_mark_case AFTER INSERT ON enforcement_events
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows | 16777216 WHERE id = NEW.case_id AND (tables_with_rows & 16777216) = 0;
END;
CREATE TRIGGER enforcement_events_unmark_case AFTER DELETE ON enforcement_events
WHEN NOT EXISTS (SELECT 1 FROM enforcement_events WHERE case_id = OLD.case_id)
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows & ~16777216 WHERE id = OLD.case_id;
END;
CREATE TRIGGER enforcement_events_stays_with_its_case BEFORE UPDATE OF case_id ON enforcement_events
WHEN NEW.case_id IS NOT OLD.case_id
BEGIN
    SELECT RAISE(ABORT, 'a record stays with its case');
END;
CREATE TRIGGER dishonest_listings_mark_case AFTER INSERT ON dishonest_listings
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows | 33554432 WHERE id = NEW.case_id AND (tables_with_rows & 33554432) = 0;
END;
CREATE TRIGGER dishonest_listings_unmark_case AFTER DELETE ON dishonest_listings
WHEN NOT EXISTS (SELECT 1 FROM dishonest_listings WHERE case_id = OLD.case_id)
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows & ~33554432 WHERE id = OLD.case_id;
END;
CREATE TRIGGER dishonest_listings_stays_with_its_case BEFORE UPDATE OF case_id ON dishonest_listings
WHEN NEW.case_id IS NOT OLD.case_id
BEGIN
    SELECT RAISE(ABORT, 'a record stays with its case');
END;
CREATE TRIGGER consultation_failures_mark_case AFTER INSERT ON consultation_failures
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows | 67108864 WHERE id = NEW.case_id AND (tables_with_rows & 67108864) = 0;
END;
CREATE TRIGGER consultation_failures_unmark_case AFTER DELETE ON consultation_failures
WHEN NOT EXISTS (SELECT 1 FROM consultation_failures WHERE case_id = OLD.case_id)
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows & ~67108864 WHERE id = OLD.case_id;
END;
CREATE TRIGGER consultation_failures_stays_with_its_case BEFORE UPDATE OF case_id ON consultation_failures
WHEN NEW.case_id IS NOT OLD.case_id
BEGIN
    SELECT RAISE(ABORT, 'a record stays with its case');
END;
CREATE TRIGGER emergency_actions_mark_case AFTER INSERT ON emergency_actions
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows | 134217728 WHERE id = NEW.case_id AND (tables_with_rows & 134217728) = 0;
END;
CREATE TRIGGER emergency_actions_unmark_case AFTER DELETE ON emergency_actions
WHEN NOT EXISTS (SELECT 1 FROM emergency_actions WHERE case_id = OLD.case_id)
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows & ~134217728 WHERE id = OLD.case_id;
END;
CREATE TRIGGER emergency_actions_stays_with_its_case BEFORE UPDATE OF case_id ON emergency_actions
WHEN NEW.case_id IS NOT OLD.case_id
BEGIN
    SELECT RAISE(ABORT, 'a record stays with its case');
END;
CREATE TRIGGER advanced_costs_mark_case AFTER INSERT ON advanced_costs
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows | 268435456 WHERE id = NEW.case_id AND (tables_with_rows & 268435456) = 0;
END;
CREATE TRIGGER advanced_costs_unmark_case AFTER DELETE ON advanced_costs
WHEN NOT EXISTS (SELECT 1 FROM advanced_costs WHERE case_id = OLD.case_id)
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows & ~268435456 WHERE id = OLD.case_id;
END;
CREATE TRIGGER advanced_costs_stays_with_its_case BEFORE UPDATE OF case_id ON advanced_costs
WHEN NEW.case_id IS NOT OLD.case_id
BEGIN
    SELECT RAISE(ABORT, 'a record stays with its case');
END;
CREATE TRIGGER simple_case_grounds_mark_case AFTER INSERT ON simple_case_grounds
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows | 536870912 WHERE id = NEW.case_id AND (tables_with_rows & 536870912) = 0;
END;
CREATE TRIGGER simple_case_grounds_unmark_case AFTER DELETE ON simple_case_grounds
WHEN NOT EXISTS (SELECT 1 FROM simple_case_grounds WHERE case_id = OLD.case_id)
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows & ~536870912 WHERE id = OLD.case_id;
END;
CREATE TRIGGER simple_case_grounds_stays_with_its_case BEFORE UPDATE OF case_id ON simple_case_grounds
WHEN NEW.case_id IS NOT OLD.case_id
BEGIN
    SELECT RAISE(ABORT, 'a record stays with its case');
END;
CREATE TRIGGER punitive_grounds_mark_case AFTER INSERT ON punitive_grounds
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows | 1073741824 WHERE id = NEW.case_id AND (tables_with_rows & 1073741824) = 0;
END;
CREATE TRIGGER punitive_grounds_unmark_case AFTER DELETE ON punitive_grounds
WHEN NOT EXISTS (SELECT 1 FROM punitive_grounds WHERE case_id = OLD.case_id)
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows & ~1073741824 WHERE id = OLD.case_id;
END;
CREATE TRIGGER punitive_grounds_stays_with_its_case BEFORE UPDATE OF case_id ON punitive_grounds
WHEN NEW.case_id IS NOT OLD.case_id
BEGIN
    SELECT RAISE(ABORT, 'a record stays with its case');
END;
CREATE TRIGGER joint_groups_mark_case AFTER INSERT ON joint_groups
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows | 2147483648 WHERE id = NEW.case_id AND (tables_with_rows & 2147483648) = 0;
END;
CREATE TRIGGER joint_groups_unmark_case AFTER DELETE ON joint_groups
WHEN NOT EXISTS (SELECT 1 FROM joint_groups WHERE case_id = OLD.case_id)
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows & ~2147483648 WHERE id = OLD.case_id;
END;
CREATE TRIGGER joint_groups_stays_with_its_case BEFORE UPDATE OF case_id ON joint_groups
WHEN NEW.case_id IS NOT OLD.case_id
BEGIN
    SELECT RAISE(ABORT, 'a record stays with its case');
END;
CREATE TRIGGER joint_group_members_mark_case AFTER INSERT ON joint_group_members
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows | 4294967296 WHERE id = NEW.case_id AND (tables_with_rows & 4294967296) = 0;
END;
CREATE TRIGGER joint_group_members_unmark_case AFTER DELETE ON joint_group_members
WHEN NOT EXISTS (SELECT 1 FROM joint_group_members WHERE case_id = OLD.case_id)
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows & ~4294967296 WHERE id = OLD.case_id;
END;
CREATE TRIGGER joint_group_members_stays_with_its_case BEFORE UPDATE OF case_id ON joint_group_members
WHEN NEW.case_id IS NOT OLD.case_id
BEGIN
    SELECT RAISE(ABORT, 'a record stays with its case');
END;
CREATE TRIGGER cross_regions_mark_case AFTER INSERT ON cross_regions
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows | 8589934592 WHERE id = NEW.case_id AND (tables_with_rows & 8589934592) = 0;
END;
CREATE TRIGGER cross_regions_unmark_case AFTER DELETE ON cross_regions
WHEN NOT EXISTS (SELECT 1 FROM cross_regions WHERE case_id = OLD.case_id)
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows & ~8589934592 WHERE id = OLD.case_id;
END;
CREATE TRIGGER cross_regions_stays_with_its_case BEFORE UPDATE OF case_id ON cross_regions
WHEN NEW.case_id IS NOT OLD.case_id
BEGIN
    SELECT RAISE(ABORT, 'a record stays with its case');
END;
CREATE TRIGGER supervision_reports_mark_case AFTER INSERT ON supervision_reports
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows | 17179869184 WHERE id = NEW.case_id AND (tables_with_rows & 17179869184) = 0;
END;
CREATE TRIGGER supervision_reports_unmark_case AFTER DELETE ON supervision_reports
WHEN NOT EXISTS (SELECT 1 FROM supervision_reports WHERE case_id = OLD.case_id)
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows & ~17179869184 WHERE id = OLD.case_id;
END;
CREATE TRIGGER supervision_reports_stays_with_its_case BEFORE UPDATE OF case_id ON supervision_reports
WHEN NEW.case_id IS NOT OLD.case_id
BEGIN
    SELECT RAISE(ABORT, 'a record stays with its case');
END;
CREATE TRIGGER supervision_instructions_mark_case AFTER INSERT ON supervision_instructions
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows | 34359738368 WHERE id = NEW.case_id AND (tables_with_rows & 34359738368) = 0;
END;
CREATE TRIGGER supervision_instructions_unmark_case AFTER DELETE ON supervision_instructions
WHEN NOT EXISTS (SELECT 1 FROM supervision_instructions WHERE case_id = OLD.case_id)
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows & ~34359738368 WHERE id = OLD.case_id;
END;
CREATE TRIGGER supervision_instructions_stays_with_its_case BEFORE UPDATE OF case_id ON supervision_instructions
WHEN NEW.case_id IS NOT OLD.case_id
BEGIN
    SELECT RAISE(ABORT, 'a record stays with its case');
END;
CREATE TRIGGER timetable_items_mark_case AFTER INSERT ON timetable_items
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows | 68719476736 WHERE id = NEW.case_id AND (tables_with_rows & 68719476736) = 0;
END;
CREATE TRIGGER timetable_items_unmark_case AFTER DELETE ON timetable_items
WHEN NOT EXISTS (SELECT 1 FROM timetable_items WHERE case_id = OLD.case_id)
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows & ~68719476736 WHERE id = OLD.case_id;
END;
CREATE TRIGGER timetable_items_stays_with_its_case BEFORE UPDATE OF case_id ON timetable_items
WHEN NEW.case_id IS NOT OLD.case_id
BEGIN
    SELECT RAISE(ABORT, 'a record stays with its case');
END;
CREATE TRIGGER reporter_replies_mark_case AFTER INSERT ON reporter_replies
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows | 137438953472 WHERE id = NEW.case_id AND (tables_with_rows & 137438953472) = 0;
END;
CREATE TRIGGER reporter_replies_unmark_case AFTER DELETE ON reporter_replies
WHEN NOT EXISTS (SELECT 1 FROM reporter_replies WHERE case_id = OLD.case_id)
BEGIN
    UPDATE cases SET tables_with_rows = tables_with_rows & ~137438953472 WHERE id = OLD.case_id;
END;
CREATE TRIGGER reporter_replies_stays_with_its_case BEFORE UPDATE OF case_id ON reporter_replies
WHEN NEW.case_id IS NOT OLD.case_id
BEGIN
    SELECT RAISE(ABORT, 'a record stays with its case');
END;

-- The cases of before: each table asked once per case.
UPDATE cases SET tables_with_rows =
    (CASE WHEN EXISTS (SELECT 1 FROM parties WHERE case_id = cases.id) THEN 1 ELSE 0 END) |
    (CASE WHEN EXISTS (SELECT 1 FROM verifications WHERE case_id = cases.id) THEN 2 ELSE 0 END) |
    (CASE WHEN EXISTS (SELECT 1 FROM decisions WHERE case_id = cases.id) THEN 4 ELSE 0 END) |
    (CASE WHEN EXISTS (SELECT 1 FROM investigations WHERE case_id = cases.id) THEN 8 ELSE 0 END) |
    (CASE WHEN EXISTS (SELECT 1 FROM appraisals WHERE case_id = cases.id) THEN 16 ELSE 0 END) |
    (CASE WHEN EXISTS (SELECT 1 FROM restoration_plans WHERE case_id = cases.id) THEN 32 ELSE 0 END) |
    (CASE WHEN EXISTS (SELECT 1 FROM consultation_notices WHERE case_id = cases.id) THEN 64 ELSE 0 END) |
    (CASE WHEN EXISTS (SELECT 1 FROM consultation_rounds WHERE case_id = cases.id) THEN 128 ELSE 0 END) |
    (CASE WHEN EXISTS (SELECT 1 FROM round_parties WHERE case_id = cases.id) THEN 256 ELSE 0 END) |
    (CASE WHEN EXISTS (SELECT 1 FROM agreements WHERE case_id = cases.id) THEN 512 ELSE 0 END) |
    (CASE WHEN EXISTS (SELECT 1 FROM agreement_parties WHERE case_id = cases.id) THEN 1024 ELSE 0 END) |
    (CASE WHEN EXISTS (SELECT 1 FROM payments WHERE case_id = cases.id) THEN 2048 ELSE 0 END) |
    (CASE WHEN EXISTS (SELECT 1 FROM confirmations WHERE case_id = cases.id) THEN 4096 ELSE 0 END) |
    (CASE WHEN EXISTS (SELECT 1 FROM litigations WHERE case_id = cases.id) THEN 8192 ELSE 0 END) |
    (CASE WHEN EXISTS (SELECT 1 FROM restorations WHERE case_id = cases.id) THEN 16384 ELSE 0 END) |
    (CASE WHEN EXISTS (SELECT 1 FROM milestones WHERE case_id = cases.id) THEN 32768 ELSE 0 END) |
    (CASE WHEN EXISTS (SELECT 1 FROM evaluations WHERE case_id = cases.id) THEN 65536 ELSE 0 END) |
    (CASE WHEN EXISTS (SELECT 1 FROM proceedings WHERE case_id = cases.id) THEN 131072 ELSE 0 END) |
    (CASE WHEN EXISTS (SELECT 1 FROM deadline_adjustments WHERE case_id = cases.id) THEN 262144 ELSE 0 END) |
    (CASE WHEN EXISTS (SELECT 1 FROM timeline WHERE case_id = cases.id) THEN 524288 ELSE 0 END) |
    (CASE WHEN EXISTS (SELECT 1 FROM evidence WHERE case_id = cases.id) THEN 1048576 ELSE 0 END) |
    (CASE WHEN EXISTS (SELECT 1 FROM documents WHERE case_id = cases.id) THEN 2097152 ELSE 0 END) |
    (CASE WHEN EXISTS (SELECT 1 FROM liability_shares WHERE case_id = cases.id) THEN 4194304 ELSE 0 END) |
    (CASE WHEN EXISTS (SELECT 1 FROM enforcements WHERE case_id = cases.id) THEN 8388608 ELSE 0 END) |
    (CASE WHEN EXISTS (SELECT 1 FROM enforcement_events WHERE case_id = cases.id) THEN 16777216 ELSE 0 END) |
    (CASE WHEN EXISTS (SELECT 1 FROM dishonest_listings WHERE case_id = cases.id) THEN 33554432 ELSE 0 END) |
    (CASE WHEN EXISTS (SELECT 1 FROM consultation_failures WHERE case_id = cases.id) THEN 67108864 ELSE 0 END) |
    (CASE WHEN EXISTS (SELECT 1 FROM emergency_actions WHERE case_id = cases.id) THEN 134217728 ELSE 0 END) |
    (CASE WHEN EXISTS (SELECT 1 FROM advanced_costs WHERE case_id = cases.id) THEN 268435456 ELSE 0 END) |
    (CASE WHEN EXISTS (SELECT 1 FROM simple_case_grounds WHERE case_id = cases.id) THEN 536870912 ELSE 0 END) |
    (CASE WHEN EXISTS (SELECT 1 FROM punitive_grounds WHERE case_id = cases.id) THEN 1073741824 ELSE 0 END) |
    (CASE WHEN EXISTS (SELECT 1 FROM joint_groups WHERE case_id = cases.id) THEN 2147483648 ELSE 0 END) |
    (CASE WHEN EXISTS (SELECT 1 FROM joint_group_members WHERE case_id = cases.id) THEN 4294967296 ELSE 0 END) |
    (CASE WHEN EXISTS (SELECT 1 FROM cross_regions WHERE case_id = cases.id) THEN 8589934592 ELSE 0 END) |
    (CASE WHEN EXISTS (SELECT 1 FROM supervision_reports WHERE case_id = cases.id) THEN 17179869184 ELSE 0 END) |
    (CASE WHEN EXISTS (SELECT 1 FROM supervision_instructions WHERE case_id = cases.id) THEN 34359738368 ELSE 0 END) |
    (CASE WHEN EXISTS (SELECT 1 FROM timetable_items WHERE case_id = cases.id) THEN 68719476736 ELSE 0 END) |
    (CASE WHEN EXISTS (SELECT 1 FROM reporter_replies WHERE case_id = cases.id) THEN 137438953472 ELSE 0 END);
