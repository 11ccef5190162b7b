-- Schema version 7 on this branch, to be renumbered 0009 at merge (issue 13): the reports made upward on a major case (Art. 39: the supervision ledger
-- and timetable of major cases; Art. 36: the mechanism for reporting major-case information). Written
-- only by the command record_upward_report (core/service/handlers_supervision.cpp); the ledger
-- (core/reports/supervisionledger.h) reads them beside the case, its deadlines and its timeline.
CREATE TABLE upward_reports (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id),
    reported_on TEXT    NOT NULL,
    reported_to TEXT    NOT NULL,            -- 市生态环境局, 生态环境部, 区委区政府…
    reference   TEXT    NOT NULL DEFAULT '', -- the report's document number
    summary     TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX upward_reports_by_case ON upward_reports (case_id, id);
