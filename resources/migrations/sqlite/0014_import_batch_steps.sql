-- A legacy case ledger imported (issue 13 part 6, core/import/caseledger.h): each row of the ledger is
-- not one command but the sequence of ordinary commands that brings a case to the stage the ledger
-- says (register_clue, add_party, start_verification, record_verification, file_case,
-- commission_appraisal). The undo takes a case back only while its timeline holds exactly the commands
-- its row ran; they are recorded here, in order, comma-separated. A clue register's rows ran
-- register_clue alone.
ALTER TABLE import_batch_cases ADD COLUMN commands TEXT NOT NULL DEFAULT 'register_clue';
