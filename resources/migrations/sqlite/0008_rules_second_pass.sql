-- Schema version 5: what a second reading of the rules, article by article, found missing (issue 14).
-- Enforcement of a confirmed agreement or a judgment and the dishonest judgment-debtor list (Art. 24 ¶2,
-- Art. 30 ¶2); consultation recorded as failed (Art. 25 ¶1); emergency control and the costs departments
-- advanced (Art. 28 ¶2, Art. 34 ¶1); payments into the treasury (Art. 34 ¶2); consultation in batches
-- and one agreement per batch (Art. 22 ¶2, Art. 23); the grounds of the simplified routes and of punitive
-- damages (Art. 16 ¶2, 21 ¶3, 26, 29 ¶2); jurisdiction, the joint case group and cross-region cases
-- (Art. 6, 9, 44); major-case supervision (Art. 39); answers to reporters (Art. 13 ¶3).
-- The PostgreSQL twin is postgresql/0005_rules_second_pass.sql: keep them equal.

-- Art. 6 ¶2: why a case is handled at city level (major_list, cross_district, assigned, national_impact).
ALTER TABLE cases ADD COLUMN city_ground TEXT NOT NULL DEFAULT '';

-- Art. 24 ¶2: applications to the court for enforcement and how each ended.
CREATE TABLE enforcements (
    id             INTEGER PRIMARY KEY,
    case_id        INTEGER NOT NULL REFERENCES cases(id),
    basis          TEXT    NOT NULL,               -- confirmed_agreement | judgment
    applied_on     TEXT    NOT NULL,
    court          TEXT    NOT NULL,
    enforcement_no TEXT    NOT NULL DEFAULT '',    -- the court's case number (执行案号)
    accepted_on    TEXT,
    sought         TEXT    NOT NULL DEFAULT '',    -- what the application asks the court to enforce
    amount_sought_fen INTEGER NOT NULL DEFAULT 0,
    result         TEXT    NOT NULL DEFAULT '',    -- empty while pending, else how it ended
    concluded_on   TEXT,
    result_note    TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX enforcements_by_case ON enforcements (case_id, id);

CREATE TABLE enforcement_events (
    id             INTEGER PRIMARY KEY,
    case_id        INTEGER NOT NULL REFERENCES cases(id),
    enforcement_id INTEGER NOT NULL REFERENCES enforcements(id),
    occurred_on    TEXT    NOT NULL,
    kind           TEXT    NOT NULL,
    note           TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX enforcement_events_by_case ON enforcement_events (case_id, id);

-- Art. 30 ¶2: a party put on the list of dishonest judgment debtors, and taken off it.
CREATE TABLE dishonest_listings (
    id             INTEGER PRIMARY KEY,
    case_id        INTEGER NOT NULL REFERENCES cases(id),
    party_id       INTEGER NOT NULL REFERENCES parties(id),
    listed_on      TEXT    NOT NULL,
    court          TEXT    NOT NULL DEFAULT '',
    reference      TEXT    NOT NULL DEFAULT '',
    removed_on     TEXT,
    removal_reason TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX dishonest_listings_by_case ON dishonest_listings (case_id, id);

-- Art. 34 ¶2: the non-tax revenue receipt, the treasury account and the Art. 5 category of a payment;
-- Art. 24 ¶2: a payment the court's enforcement brought in.
ALTER TABLE payments ADD COLUMN receipt_no TEXT NOT NULL DEFAULT '';
ALTER TABLE payments ADD COLUMN account TEXT NOT NULL DEFAULT '';
ALTER TABLE payments ADD COLUMN category TEXT NOT NULL DEFAULT '';
ALTER TABLE payments ADD COLUMN enforcement_id INTEGER REFERENCES enforcements(id);

-- Art. 25 ¶1 (2) and (4): a party stayed away or walked out, or agreement was judged impossible.
CREATE TABLE consultation_failures (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id),
    party_id    INTEGER REFERENCES parties(id),    -- NULL - every party
    ground      TEXT    NOT NULL,
    occurred_on TEXT    NOT NULL,
    note        TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX consultation_failures_by_case ON consultation_failures (case_id, id);

-- Art. 28 ¶2: emergency control, clean-up or restoration done at once.
CREATE TABLE emergency_actions (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id),
    acted_on    TEXT    NOT NULL,
    actor_kind  TEXT    NOT NULL,                 -- department | third_party | obligor | town_government
    actor_name  TEXT    NOT NULL DEFAULT '',
    measures    TEXT    NOT NULL,
    ground      TEXT    NOT NULL DEFAULT '',      -- why the department acted - obligor unable, no consensus
    note        TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX emergency_actions_by_case ON emergency_actions (case_id, id);

-- Art. 34 ¶1: what a department paid ahead of the liable party, to be recovered.
CREATE TABLE advanced_costs (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id),
    incurred_on TEXT    NOT NULL,
    purpose     TEXT    NOT NULL,
    category    TEXT    NOT NULL,                 -- the Art. 5 category it is claimed under
    amount_fen  INTEGER NOT NULL,
    paid_by     TEXT    NOT NULL DEFAULT '',
    voucher     TEXT    NOT NULL DEFAULT '',
    note        TEXT    NOT NULL DEFAULT '',
    emergency_action_id INTEGER REFERENCES emergency_actions(id)
);
CREATE INDEX advanced_costs_by_case ON advanced_costs (case_id, id);

-- Art. 22 ¶2, Art. 23: several agreements per case, one per batch of liable parties. SQLite cannot drop
-- the UNIQUE of agreements.case_id, so the table is rebuilt - with its instalments, so that parents still
-- come before children in the schema (the archive import inserts in that order). New tables are named
-- first and renamed after the old ones are gone; the renames rewrite the references to them.
CREATE TABLE agreements_v4 (
    id                    INTEGER PRIMARY KEY,
    case_id               INTEGER NOT NULL REFERENCES cases(id),
    signed_on             TEXT    NOT NULL,
    assuming_party_id     INTEGER REFERENCES parties(id), -- Art. 23 ¶2
    restoration_terms     TEXT    NOT NULL DEFAULT '',
    confirmation_clause   INTEGER NOT NULL DEFAULT 1,
    interim_loss_fen      INTEGER NOT NULL DEFAULT 0,
    permanent_loss_fen    INTEGER NOT NULL DEFAULT 0,
    assessment_costs_fen  INTEGER NOT NULL DEFAULT 0,
    restoration_costs_fen INTEGER NOT NULL DEFAULT 0,
    prevention_costs_fen  INTEGER NOT NULL DEFAULT 0,
    punitive_fen          INTEGER NOT NULL DEFAULT 0,     -- Art. 26, outside the five categories
    money_only            INTEGER NOT NULL DEFAULT 0,     -- Art. 27 ¶2, 34 ¶2 - no restoration by the party
    performance_due_on    TEXT                            -- the day it is to be performed, if named
);
INSERT INTO agreements_v4 (id, case_id, signed_on, assuming_party_id, restoration_terms, confirmation_clause,
                           interim_loss_fen, permanent_loss_fen, assessment_costs_fen, restoration_costs_fen,
                           prevention_costs_fen, punitive_fen)
    SELECT id, case_id, signed_on, assuming_party_id, restoration_terms, confirmation_clause, interim_loss_fen,
           permanent_loss_fen, assessment_costs_fen, restoration_costs_fen, prevention_costs_fen, punitive_fen
    FROM agreements;
CREATE TABLE instalments_v4 (
    id           INTEGER PRIMARY KEY,
    agreement_id INTEGER NOT NULL REFERENCES agreements_v4(id),
    seq          INTEGER NOT NULL,
    due_on       TEXT    NOT NULL,
    amount_fen   INTEGER NOT NULL,
    UNIQUE (agreement_id, seq)
);
INSERT INTO instalments_v4 (id, agreement_id, seq, due_on, amount_fen)
    SELECT id, agreement_id, seq, due_on, amount_fen FROM instalments;
DROP TABLE instalments;
DROP TABLE agreements;
ALTER TABLE agreements_v4 RENAME TO agreements;
ALTER TABLE instalments_v4 RENAME TO instalments;
CREATE INDEX agreements_by_case ON agreements (case_id, id);

-- Who signed each agreement (a batch of Art. 22 ¶2); none recorded - every liable party.
CREATE TABLE agreement_parties (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases(id),
    agreement_id INTEGER NOT NULL REFERENCES agreements(id),
    party_id     INTEGER NOT NULL REFERENCES parties(id),
    UNIQUE (agreement_id, party_id)
);
CREATE INDEX agreement_parties_by_case ON agreement_parties (case_id);

-- Who took part in each consultation round (the batch it belongs to); none recorded - every liable party.
CREATE TABLE round_parties (
    id        INTEGER PRIMARY KEY,
    case_id   INTEGER NOT NULL REFERENCES cases(id),
    round_id  INTEGER NOT NULL REFERENCES consultation_rounds(id),
    party_id  INTEGER NOT NULL REFERENCES parties(id),
    UNIQUE (round_id, party_id)
);
CREATE INDEX round_parties_by_case ON round_parties (case_id);

-- Art. 26 (and 7 / 25 ¶1 of a suit): the claim per category a statement of claim makes; Art. 24 ¶2 the
-- day a judgment took effect, from which the enforcement period runs when it names no other.
ALTER TABLE litigations ADD COLUMN claimed_interim_loss_fen INTEGER NOT NULL DEFAULT 0;
ALTER TABLE litigations ADD COLUMN claimed_permanent_loss_fen INTEGER NOT NULL DEFAULT 0;
ALTER TABLE litigations ADD COLUMN claimed_assessment_costs_fen INTEGER NOT NULL DEFAULT 0;
ALTER TABLE litigations ADD COLUMN claimed_restoration_costs_fen INTEGER NOT NULL DEFAULT 0;
ALTER TABLE litigations ADD COLUMN claimed_prevention_costs_fen INTEGER NOT NULL DEFAULT 0;
ALTER TABLE litigations ADD COLUMN claimed_punitive_fen INTEGER NOT NULL DEFAULT 0;
ALTER TABLE litigations ADD COLUMN effective_on TEXT;

-- Art. 16 ¶2, 21 ¶3, 29 ¶2: why the case is simple (facts, liability, damage under the threshold).
CREATE TABLE simple_case_grounds (
    case_id             INTEGER PRIMARY KEY REFERENCES cases(id),
    recorded_on         TEXT    NOT NULL,
    facts               TEXT    NOT NULL,
    liability           TEXT    NOT NULL,
    damage_estimate_fen INTEGER NOT NULL,
    note                TEXT    NOT NULL DEFAULT ''
);

-- Art. 26: the intent and the serious consequences, recorded before punitive damages are claimed.
CREATE TABLE punitive_grounds (
    case_id      INTEGER PRIMARY KEY REFERENCES cases(id),
    recorded_on  TEXT    NOT NULL,
    intent       TEXT    NOT NULL,
    consequences TEXT    NOT NULL,
    evidence     TEXT    NOT NULL DEFAULT ''
);

-- Art. 9 ¶3: the lead department and the joint case group; Art. 9 ¶4 a town government assists.
CREATE TABLE joint_groups (
    case_id     INTEGER PRIMARY KEY REFERENCES cases(id),
    lead_unit   TEXT    NOT NULL,                  -- department key
    decided_by  TEXT    NOT NULL DEFAULT '',
    formed_on   TEXT    NOT NULL,
    note        TEXT    NOT NULL DEFAULT ''
);
CREATE TABLE joint_group_members (
    id       INTEGER PRIMARY KEY,
    case_id  INTEGER NOT NULL REFERENCES cases(id),
    unit     TEXT    NOT NULL,                     -- department key; an assisting town's name
    role     TEXT    NOT NULL,                     -- member | assisting
    UNIQUE (case_id, unit)
);

-- Art. 44 (and Art. 6 ¶3): the other region and its department in a cross-region case.
CREATE TABLE cross_regions (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id),
    recorded_on TEXT    NOT NULL,
    region      TEXT    NOT NULL,
    department  TEXT    NOT NULL,
    contact     TEXT    NOT NULL DEFAULT '',
    note        TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX cross_regions_by_case ON cross_regions (case_id);

-- Art. 39: the major case reported upward, the instructions received, the timetable set.
CREATE TABLE supervision_reports (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id),
    reported_on TEXT    NOT NULL,
    reported_to TEXT    NOT NULL,
    content     TEXT    NOT NULL
);
CREATE INDEX supervision_reports_by_case ON supervision_reports (case_id, id);
CREATE TABLE supervision_instructions (
    id        INTEGER PRIMARY KEY,
    case_id   INTEGER NOT NULL REFERENCES cases(id),
    issued_on TEXT    NOT NULL,
    issued_by TEXT    NOT NULL,
    content   TEXT    NOT NULL,
    due_on    TEXT,
    done_on   TEXT,
    response  TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX supervision_instructions_by_case ON supervision_instructions (case_id, id);
CREATE TABLE timetable_items (
    id       INTEGER PRIMARY KEY,
    case_id  INTEGER NOT NULL REFERENCES cases(id),
    step     TEXT    NOT NULL,
    due_on   TEXT    NOT NULL,
    done_on  TEXT,
    note     TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX timetable_items_by_case ON timetable_items (case_id, id);

-- Art. 13 ¶3: the answer given to the person who reported the clue.
CREATE TABLE reporter_replies (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases(id),
    replied_on TEXT    NOT NULL,
    method     TEXT    NOT NULL DEFAULT '',
    content    TEXT    NOT NULL
);
CREATE INDEX reporter_replies_by_case ON reporter_replies (case_id);
