-- Schema version 2: the deadlines of every open case as rows, for the dashboard; adjustments (a clock
-- suspended, resumed or extended, with its reason); the log of deadlines entered or changed; and
-- holiday calendars an administrator imported for years the program does not ship.

-- Derived from the case file by the service after every command (core/service/deadlinecatalogue.cpp);
-- never written by hand. The case columns the dashboard shows are copied in so that it reads this
-- table's covering index alone (PITFALLS 8: 10 ms cold instead of 637 ms).
CREATE TABLE deadlines (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases(id),
    kind         TEXT    NOT NULL,
    subject      TEXT    NOT NULL DEFAULT '',  -- which notice, instalment, milestone… within the kind
    trigger_on   TEXT,
    due_on       TEXT    NOT NULL,
    article      TEXT    NOT NULL DEFAULT '',
    explanation  TEXT    NOT NULL DEFAULT '',
    state        TEXT    NOT NULL DEFAULT 'open', -- open | suspended
    calendar_note TEXT   NOT NULL DEFAULT '',     -- due on a holiday, or in a year without calendar data
    case_no      TEXT    NOT NULL,
    title        TEXT    NOT NULL,
    unit         TEXT    NOT NULL,
    is_major     INTEGER NOT NULL DEFAULT 0,
    UNIQUE (case_id, kind, subject)
);
-- Ordered as the dashboard sorts; every column it reads is in the index, state included: SQLite 3.40
-- still reads the condition's column, so without it the index would not cover (PITFALLS 8).
CREATE INDEX deadlines_open_by_due ON deadlines
    (due_on, case_id, kind, subject, unit, case_no, title, trigger_on, article, explanation, calendar_note, is_major, state)
    WHERE state = 'open';
CREATE INDEX deadlines_by_case ON deadlines (case_id);

CREATE TABLE deadline_adjustments (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id),
    kind        TEXT    NOT NULL,
    subject     TEXT    NOT NULL DEFAULT '', -- one deadline of the kind (the second instalment…), empty for all of it. (No colon-word here: Qt reads ':name' as a placeholder even in a comment.)
    action      TEXT    NOT NULL,    -- suspend | resume | extend
    effective_on TEXT   NOT NULL,
    days        INTEGER NOT NULL DEFAULT 0,
    reason      TEXT    NOT NULL
);
CREATE INDEX deadline_adjustments_by_case ON deadline_adjustments (case_id, id);

-- What changed in the deadlines, day by day: the printable "entered or changed on a day" list.
CREATE TABLE deadline_log (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id),
    kind        TEXT    NOT NULL,
    subject     TEXT    NOT NULL DEFAULT '',
    old_due_on  TEXT,
    new_due_on  TEXT,
    command     TEXT    NOT NULL,
    changed_at  TEXT    NOT NULL,
    changed_on  TEXT    NOT NULL,    -- local calendar day of changed_at, for the day's list
    actor       TEXT    NOT NULL
);
CREATE INDEX deadline_log_by_day ON deadline_log (changed_on, id);

CREATE TABLE calendar_years (
    year        INTEGER PRIMARY KEY,
    json        TEXT    NOT NULL,
    imported_at TEXT    NOT NULL,
    imported_by TEXT    NOT NULL
);

-- INSERT OR REPLACE / REPLACE INTO on audit_log would delete the old row without firing
-- audit_log_no_delete (SQLite fires delete triggers for REPLACE only with recursive_triggers on), so an
-- entry could be overwritten through SQL. Refuse any insert that reuses an existing id.
CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
