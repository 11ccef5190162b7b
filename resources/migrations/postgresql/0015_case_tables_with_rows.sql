-- Which of a case's tables hold rows of it (issue 15 item 11, P10): one bit per table in
-- cases.tables_with_rows, kept exact by the triggers below, so that reading a case file asks the case row
-- instead of asking each of 38 tables in turn (core/storage/casetablebits.h holds the same list in the
-- same order: bit N is the table at index N there; the order is stored and never changes — a new table
-- takes the next bit). A row added sets its table's bit; the last row of a case removed from a table
-- clears it. A row never moves to another case: an UPDATE of its case_id is refused.
-- A table without a bit is always read (the loader's rule), so a table added later and forgotten here
-- costs a read, never a missing part. tst_casetablebits checks the bits against the tables after every
-- scenario, import, undo and archive import, on both engines.

ALTER TABLE cases ADD COLUMN tables_with_rows BIGINT NOT NULL DEFAULT 0;

-- The triggers run as the tables' owner (SECURITY DEFINER): whoever may add a row to a case may not
-- always change the case row itself under row-level security (a city supervisor adds an instruction to a
-- major case, 0009), and the bits are the database's bookkeeping, not a change anyone makes. They are
-- called only by the triggers, whose row has passed its own table's policy.
CREATE FUNCTION ecoclaim_mark_case_table() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    flag CONSTANT BIGINT := CAST(1 AS BIGINT) << CAST(TG_ARGV[0] AS INTEGER);
BEGIN
    -- The case row locked first: a transaction removing the case's last row of this table may have
    -- cleared the bit without committing yet, and an UPDATE whose condition is false on the committed row
    -- would not wait for it (READ COMMITTED). After the lock the UPDATE sees what that one committed.
    PERFORM 1 FROM public.cases WHERE id = NEW.case_id FOR UPDATE;
    UPDATE public.cases SET tables_with_rows = tables_with_rows | flag WHERE id = NEW.case_id AND (tables_with_rows & flag) = 0;
    RETURN NULL;
END;
$$;
CREATE FUNCTION ecoclaim_unmark_case_table() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    flag CONSTANT BIGINT := CAST(1 AS BIGINT) << CAST(TG_ARGV[0] AS INTEGER);
    still BOOLEAN;
BEGIN
    -- Locked first, for the same reason: a row of the case added by a transaction not yet committed is
    -- not seen by EXISTS; its own trigger holds the lock until it commits, and then EXISTS sees it.
    PERFORM 1 FROM public.cases WHERE id = OLD.case_id FOR UPDATE;
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I.%I WHERE case_id = $1)', TG_TABLE_SCHEMA, TG_TABLE_NAME) INTO still USING OLD.case_id;
    IF NOT still THEN
        UPDATE public.cases SET tables_with_rows = tables_with_rows & ~flag WHERE id = OLD.case_id AND (tables_with_rows & flag) <> 0;
    END IF;
    RETURN NULL;
END;
$$;
CREATE FUNCTION ecoclaim_record_stays_with_its_case() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.case_id IS DISTINCT FROM OLD.case_id THEN
        RAISE EXCEPTION 'a record stays with its case';
    END IF;
    RETURN NEW;
END;
$$;
REVOKE ALL ON FUNCTION ecoclaim_mark_case_table() FROM PUBLIC;
REVOKE ALL ON FUNCTION ecoclaim_unmark_case_table() FROM PUBLIC;

-- A supervisor's instruction sets its table's bit on the major case: the bits are one more column every
-- command may refresh (0009: a supervisor changes no other field of a case).
CREATE OR REPLACE FUNCTION ecoclaim_supervisor_columns() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    derived CONSTANT TEXT[] := ARRAY['updated_at', 'next_deadline_on', 'next_deadline_kind', 'party_names', 'claimed_fen',
                                     'tables_with_rows'];
BEGIN
    IF ecoclaim_supervisor() AND (to_jsonb(NEW) - derived) IS DISTINCT FROM (to_jsonb(OLD) - derived) THEN
        RAISE EXCEPTION 'a city supervisor changes no field of a case (Art. 39: instructions and the timetable only)';
    END IF;
    RETURN NEW;
END;
$$;

DO $$
DECLARE
    tables CONSTANT TEXT[] := ARRAY['parties', 'verifications', 'decisions', 'investigations', 'appraisals', 'restoration_plans', 'consultation_notices', 'consultation_rounds', 'round_parties', 'agreements', 'agreement_parties', 'payments', 'confirmations', 'litigations', 'restorations', 'milestones', 'evaluations', 'proceedings', 'deadline_adjustments', 'timeline', 'evidence', 'documents', 'liability_shares', 'enforcements', 'enforcement_events', 'dishonest_listings', 'consultation_failures', 'emergency_actions', 'advanced_costs', 'simple_case_grounds', 'punitive_grounds', 'joint_groups', 'joint_group_members', 'cross_regions', 'supervision_reports', 'supervision_instructions', 'timetable_items', 'reporter_replies'];
BEGIN
    FOR i IN 1 .. array_length(tables, 1) LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I FOR EACH ROW EXECUTE FUNCTION ecoclaim_mark_case_table(%s)',
                       tables[i] || '_mark_case', tables[i], i - 1);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I FOR EACH ROW EXECUTE FUNCTION ecoclaim_unmark_case_table(%s)',
                       tables[i] || '_unmark_case', tables[i], i - 1);
        EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OF case_id ON %I FOR EACH ROW EXECUTE FUNCTION ecoclaim_record_stays_with_its_case()',
                       tables[i] || '_stays_with_its_case', tables[i]);
    END LOOP;
END
$$;

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

-- Only the triggers above (and the tables' owner, who migrates) write the bits: a person's own client
-- that zeroed them would hide records of the case from every desk. The triggers' UPDATE runs one level
-- down (pg_trigger_depth() 2 in this trigger).
CREATE FUNCTION ecoclaim_bits_kept_by_triggers() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.tables_with_rows IS DISTINCT FROM OLD.tables_with_rows AND pg_trigger_depth() < 2 AND NOT ecoclaim_unrestricted() THEN
        RAISE EXCEPTION 'which tables hold records of a case is kept by the database, not written';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER cases_bits_kept_by_triggers BEFORE UPDATE OF tables_with_rows ON cases
    FOR EACH ROW EXECUTE FUNCTION ecoclaim_bits_kept_by_triggers();
