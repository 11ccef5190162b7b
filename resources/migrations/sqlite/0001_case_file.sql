-- Schema version 1: the whole case file, one case one file (Art. 42).
-- Conventions: dates are ISO text (YYYY-MM-DD), timestamps ISO UTC text, money INTEGER fen (分),
-- booleans INTEGER 0/1, enumerations their catalogue key (core/domain/catalogue.h). Standard SQL except
-- where marked SQLite; the dialect-specific parts are collected in storage/dialect.

CREATE TABLE case_number_series (
    district_code TEXT    NOT NULL,
    year          INTEGER NOT NULL,
    last_serial   INTEGER NOT NULL,
    PRIMARY KEY (district_code, year)
);

CREATE TABLE cases (
    id                INTEGER PRIMARY KEY,
    case_no           TEXT    NOT NULL UNIQUE,
    title             TEXT    NOT NULL,
    district_code     TEXT    NOT NULL,
    unit              TEXT    NOT NULL,           -- handling department key (Art. 9)
    stage             TEXT    NOT NULL,
    channel           TEXT    NOT NULL,           -- clue channel (Art. 12)
    received_on       TEXT    NOT NULL,
    discovered_on     TEXT,
    site              TEXT    NOT NULL DEFAULT '',
    description       TEXT    NOT NULL DEFAULT '',
    reporter          TEXT    NOT NULL DEFAULT '', -- who reported it (Art. 13 ¶3: reports get an answer)
    is_major          INTEGER NOT NULL DEFAULT 0,  -- Art. 39
    major_reason      TEXT    NOT NULL DEFAULT '',
    lead_unit_note    TEXT    NOT NULL DEFAULT '', -- joint case group (Art. 9 ¶3)
    early_request_on  TEXT,                        -- Art. 18 ¶2: obligor asked to consult early
    facts_confirmed_on TEXT,                       -- Art. 28: both sides confirmed damage facts in writing
    claimed_fen       INTEGER NOT NULL DEFAULT 0,  -- current claim: agreement, else appraisal total
    party_names       TEXT    NOT NULL DEFAULT '', -- liable parties, for the list (kept by the service)
    next_deadline_on  TEXT,
    next_deadline_kind TEXT,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    archived_at       TEXT
);
CREATE INDEX cases_by_update   ON cases (updated_at DESC, id DESC);
CREATE INDEX cases_by_stage    ON cases (stage, updated_at DESC, id DESC);
CREATE INDEX cases_by_district ON cases (district_code, updated_at DESC, id DESC);

CREATE TABLE parties (
    id             INTEGER PRIMARY KEY,
    case_id        INTEGER NOT NULL REFERENCES cases(id),
    seq            INTEGER NOT NULL,
    kind           TEXT    NOT NULL,               -- company | unincorporated | person
    name           TEXT    NOT NULL,
    credit_code    TEXT    NOT NULL DEFAULT '',    -- GB 32100
    id_number      TEXT    NOT NULL DEFAULT '',    -- GB 11643
    address        TEXT    NOT NULL DEFAULT '',
    representative TEXT    NOT NULL DEFAULT '',
    contact        TEXT    NOT NULL DEFAULT '',
    in_custody     INTEGER NOT NULL DEFAULT 0,     -- Art. 19 ¶2
    custody_contact TEXT   NOT NULL DEFAULT '',
    insurance      TEXT    NOT NULL DEFAULT '',    -- Art. 43
    UNIQUE (case_id, seq)
);

CREATE TABLE verifications (
    case_id      INTEGER PRIMARY KEY REFERENCES cases(id),
    started_on   TEXT NOT NULL,
    concluded_on TEXT,
    damage_found INTEGER,
    finding      TEXT NOT NULL DEFAULT '',
    verified_by  TEXT NOT NULL DEFAULT ''
);

-- Decisions that end or divert the claim: transfer, not applicable, no damage, not initiated, termination.
CREATE TABLE decisions (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id),
    kind        TEXT    NOT NULL,
    reason      TEXT    NOT NULL DEFAULT '',
    reason_text TEXT    NOT NULL DEFAULT '',
    receiver    TEXT    NOT NULL DEFAULT '',
    decided_on  TEXT    NOT NULL
);
CREATE INDEX decisions_by_case ON decisions (case_id);

CREATE TABLE investigations (
    case_id            INTEGER PRIMARY KEY REFERENCES cases(id),
    filed_on           TEXT NOT NULL,
    concluded_on       TEXT,
    damage_exists      INTEGER,
    scope              TEXT NOT NULL DEFAULT '',
    degree             TEXT NOT NULL DEFAULT '',
    obligor_identified INTEGER,
    causation          TEXT NOT NULL DEFAULT '',
    proposal           TEXT NOT NULL DEFAULT ''   -- consultation | termination (Art. 15)
);

CREATE TABLE appraisals (
    id                  INTEGER PRIMARY KEY,
    case_id             INTEGER NOT NULL REFERENCES cases(id),
    mode                TEXT    NOT NULL,
    institution         TEXT    NOT NULL DEFAULT '',
    experts             TEXT    NOT NULL DEFAULT '',   -- one name per line
    commissioned_on     TEXT    NOT NULL,
    due_on              TEXT,
    items               TEXT    NOT NULL DEFAULT '',
    status              TEXT    NOT NULL DEFAULT 'commissioned', -- commissioned | completed | stopped
    completed_on        TEXT,
    stop_reason         TEXT    NOT NULL DEFAULT '',
    damage_determination TEXT   NOT NULL DEFAULT '',
    loss_scope          TEXT    NOT NULL DEFAULT '',
    causation           TEXT    NOT NULL DEFAULT '',
    quantification      TEXT    NOT NULL DEFAULT '',
    restoration_outline TEXT    NOT NULL DEFAULT '',
    interim_loss_fen      INTEGER NOT NULL DEFAULT 0,
    permanent_loss_fen    INTEGER NOT NULL DEFAULT 0,
    assessment_costs_fen  INTEGER NOT NULL DEFAULT 0,
    restoration_costs_fen INTEGER NOT NULL DEFAULT 0,
    prevention_costs_fen  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX appraisals_by_case ON appraisals (case_id);

CREATE TABLE restoration_plans (
    id                 INTEGER PRIMARY KEY,
    case_id            INTEGER NOT NULL REFERENCES cases(id),
    drafted_on         TEXT    NOT NULL,
    elements           TEXT    NOT NULL DEFAULT '',
    scope              TEXT    NOT NULL DEFAULT '',
    targets            TEXT    NOT NULL DEFAULT '',
    technical_plan     TEXT    NOT NULL DEFAULT '',
    schedule           TEXT    NOT NULL DEFAULT '',
    alternative_method TEXT    NOT NULL DEFAULT '',
    note               TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX restoration_plans_by_case ON restoration_plans (case_id);

CREATE TABLE consultation_notices (
    id             INTEGER PRIMARY KEY,
    case_id        INTEGER NOT NULL REFERENCES cases(id),
    party_id       INTEGER NOT NULL REFERENCES parties(id),
    served_on      TEXT    NOT NULL,
    service_method TEXT    NOT NULL,
    recipient      TEXT    NOT NULL DEFAULT '',
    meeting_on     TEXT    NOT NULL,
    reply_due_on   TEXT    NOT NULL,
    reply          TEXT    NOT NULL DEFAULT '',   -- '' | agreed | refused
    replied_on     TEXT
);
CREATE INDEX consultation_notices_by_case ON consultation_notices (case_id);

CREATE TABLE consultation_rounds (
    id               INTEGER PRIMARY KEY,
    case_id          INTEGER NOT NULL REFERENCES cases(id),
    round_no         INTEGER NOT NULL,
    held_on          TEXT    NOT NULL,
    mode             TEXT    NOT NULL,
    host             TEXT    NOT NULL DEFAULT '',
    participants     TEXT    NOT NULL DEFAULT '',
    summary          TEXT    NOT NULL DEFAULT '',
    all_signed       INTEGER NOT NULL DEFAULT 1,
    refusal_note     TEXT    NOT NULL DEFAULT '',
    exception_reason TEXT    NOT NULL DEFAULT '',
    UNIQUE (case_id, round_no)
);

CREATE TABLE agreements (
    id                    INTEGER PRIMARY KEY,
    case_id               INTEGER NOT NULL UNIQUE REFERENCES cases(id),
    signed_on             TEXT    NOT NULL,
    assuming_party_id     INTEGER REFERENCES parties(id), -- Art. 23 ¶2
    restoration_terms     TEXT    NOT NULL DEFAULT '',
    confirmation_clause   INTEGER NOT NULL DEFAULT 1,
    interim_loss_fen      INTEGER NOT NULL DEFAULT 0,
    permanent_loss_fen    INTEGER NOT NULL DEFAULT 0,
    assessment_costs_fen  INTEGER NOT NULL DEFAULT 0,
    restoration_costs_fen INTEGER NOT NULL DEFAULT 0,
    prevention_costs_fen  INTEGER NOT NULL DEFAULT 0,
    punitive_fen          INTEGER NOT NULL DEFAULT 0      -- Art. 26, outside the five categories
);

CREATE TABLE instalments (
    id           INTEGER PRIMARY KEY,
    agreement_id INTEGER NOT NULL REFERENCES agreements(id),
    seq          INTEGER NOT NULL,
    due_on       TEXT    NOT NULL,
    amount_fen   INTEGER NOT NULL,
    UNIQUE (agreement_id, seq)
);

CREATE TABLE payments (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases(id),
    paid_on    TEXT    NOT NULL,
    amount_fen INTEGER NOT NULL,
    payer      TEXT    NOT NULL DEFAULT '',
    note       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX payments_by_case ON payments (case_id);

CREATE TABLE confirmations (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases(id),
    applied_on TEXT    NOT NULL,
    court      TEXT    NOT NULL,
    accepted_on TEXT,
    ruled_on   TEXT,
    confirmed  INTEGER,
    ruling_no  TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX confirmations_by_case ON confirmations (case_id);

CREATE TABLE litigations (
    id               INTEGER PRIMARY KEY,
    case_id          INTEGER NOT NULL REFERENCES cases(id),
    filed_on         TEXT    NOT NULL,
    court            TEXT    NOT NULL,
    trigger          TEXT    NOT NULL,
    trigger_note     TEXT    NOT NULL DEFAULT '',
    judged_on        TEXT,
    judgment_no      TEXT    NOT NULL DEFAULT '',
    outcome          TEXT    NOT NULL DEFAULT '',   -- upheld | partly_upheld | dismissed | mediated
    judgment_summary TEXT    NOT NULL DEFAULT '',
    restoration_ordered INTEGER NOT NULL DEFAULT 0,
    awarded_fen      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX litigations_by_case ON litigations (case_id);

CREATE TABLE restorations (
    case_id      INTEGER PRIMARY KEY REFERENCES cases(id),
    started_on   TEXT    NOT NULL,
    executor     TEXT    NOT NULL,
    executor_name TEXT   NOT NULL DEFAULT '',
    preemptive   INTEGER NOT NULL DEFAULT 0,        -- Art. 28
    completed_on TEXT,
    completion_report TEXT NOT NULL DEFAULT ''
);

CREATE TABLE milestones (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id),
    due_on      TEXT    NOT NULL,
    description TEXT    NOT NULL,
    done_on     TEXT
);
CREATE INDEX milestones_by_case ON milestones (case_id);

CREATE TABLE evaluations (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases(id),
    evaluated_on TEXT    NOT NULL,
    method       TEXT    NOT NULL,   -- institution | experts | comprehensive (Art. 29 ¶2)
    evaluator    TEXT    NOT NULL DEFAULT '',
    passed       INTEGER NOT NULL,
    targets      TEXT    NOT NULL DEFAULT '',
    execution    TEXT    NOT NULL DEFAULT '',
    achievement  TEXT    NOT NULL DEFAULT '',
    effect       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX evaluations_by_case ON evaluations (case_id);

CREATE TABLE proceedings (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id),
    kind        TEXT    NOT NULL,
    authority   TEXT    NOT NULL DEFAULT '',
    reference   TEXT    NOT NULL DEFAULT '',
    started_on  TEXT    NOT NULL,
    announcement_ends_on TEXT,      -- Art. 33: reply within the announcement period
    replied_on  TEXT,
    note        TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX proceedings_by_case ON proceedings (case_id);

-- What happened to the case, in business dates, for the caseworker.
CREATE TABLE timeline (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id),
    occurred_on TEXT    NOT NULL,
    recorded_at TEXT    NOT NULL,
    command     TEXT    NOT NULL,
    summary     TEXT    NOT NULL,
    stage_from  TEXT    NOT NULL,
    stage_to    TEXT    NOT NULL,
    actor       TEXT    NOT NULL
);
CREATE INDEX timeline_by_case ON timeline (case_id, id);

-- Append-only audit log, chained: hash = SHA-256(prev_hash || canonical entry). Triggers forbid
-- UPDATE and DELETE; a row altered or removed behind SQLite's back breaks the chain (audit verify).
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT    NOT NULL,
    actor     TEXT    NOT NULL,
    case_id   INTEGER,
    command   TEXT    NOT NULL,
    payload   TEXT    NOT NULL,   -- the command as applied (JSON)
    changes   TEXT    NOT NULL,   -- [{"entity","id","field","old","new"}] (JSON)
    prev_hash TEXT    NOT NULL,
    hash      TEXT    NOT NULL
);
CREATE INDEX audit_by_case ON audit_log (case_id, id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

-- Full-text search (SQLite FTS5). case_fts: trigram, for queries of 3 characters and more; its text is
-- normalised by the application (ASCII folded to lower case) so that matching is exact. case_grams: a
-- side index of 1- and 2-character grams the application computes itself, because a trigram MATCH
-- never finds a shorter query and LIKE on the trigram table is broken for CJK in 3.40.1 (PITFALLS 5–6).
CREATE VIRTUAL TABLE case_fts USING fts5(title, parties, addresses, description,
                                         tokenize = 'trigram case_sensitive 1');
CREATE VIRTUAL TABLE case_grams USING fts5(grams, content = '', detail = none, tokenize = 'ascii');
