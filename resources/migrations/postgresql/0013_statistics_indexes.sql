-- The statistics page at 100,000 cases (issue 13 part 2, docs/BENCHMARKS.md "Statistics page"): each chart
-- counts or sums a few narrow columns of every visible case, but read from the tables themselves it reads
-- the wide rows (titles, descriptions, parties: ~2 KB a case) — 1–3 s a chart. These covering indexes hold
-- exactly the columns the charts' statements (core/reports/statisticssql.cpp) and the case list's filter
-- (core/storage/caselist.cpp) read, so a chart reads index pages only. Nothing is derived or duplicated
-- beyond what an index keeps by itself: the figures stay the tables' own.
CREATE INDEX cases_statistics ON cases
    (district_code, stage, channel, received_on, unit, is_major, next_deadline_on, claimed_fen);
-- Clues on which a case was opened, and when (channels: filed; flow: filed).
CREATE INDEX investigations_statistics ON investigations (filed_on, case_id);
-- Closing decisions by month (flow: closed).
CREATE INDEX decisions_statistics ON decisions (case_id, kind, decided_on);
-- The amounts by category of Art. 5: claimed (completed appraisals, punitive damages claimed in suits),
-- agreed (agreements), paid (payments).
CREATE INDEX appraisals_statistics ON appraisals
    (case_id, status, interim_loss_fen, permanent_loss_fen, assessment_costs_fen, restoration_costs_fen, prevention_costs_fen);
CREATE INDEX agreements_statistics ON agreements
    (case_id, interim_loss_fen, permanent_loss_fen, assessment_costs_fen, restoration_costs_fen, prevention_costs_fen, punitive_fen);
CREATE INDEX litigations_statistics ON litigations (case_id, claimed_punitive_fen);
CREATE INDEX payments_statistics ON payments (case_id, category, amount_fen);
