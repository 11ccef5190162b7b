-- "My work" (issue 16 part 3): an item of a caseworker's day — a deadline of a case, a decision waiting for
-- approval, a paper to serve, a reply due — put off until a day, with the reason. Written only through
-- service::snoozeWorkItem (core/service/mywork.h), one transaction with its audit entry
-- ("snooze_work_item"); the item shows again on `until`. The item key names what was put off:
--   deadline:<kind>:<subject>:<due ISO date> | approval:<proposal id> | paper:<document id>
CREATE TABLE work_snoozes (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases(id),
    item       TEXT    NOT NULL,
    until      TEXT    NOT NULL, -- ISO date: the item is shown again from this day
    reason     TEXT    NOT NULL,
    snoozed_by TEXT    NOT NULL,
    snoozed_at TEXT    NOT NULL
);
CREATE INDEX work_snoozes_by_case ON work_snoozes (case_id, item);
