-- Spreadsheets in (issue 13 part 6, core/import): each import of a clue register is one batch — all its
-- rows registered in one transaction, or none — and is recorded here so that it can be undone as a batch
-- (CaseService::undoImportBatch) while nothing else has happened to the cases it created.
--   kind: 'clues'; source_name: the file's name as given; source_sha256: SHA-256 of its bytes;
--   encoding: how the file was read ('UTF-8 with BOM', 'UTF-8', 'GB18030', 'XLSX').
-- The cases are named by id and number, not by a key to cases: an undo removes the cases and keeps
-- this record (and the audit chain) of what was imported and undone; an archived case never carries it
-- (storage/casetransfer.cpp carries tables keyed to a case).
CREATE TABLE import_batches (
    id            INTEGER PRIMARY KEY,
    kind          TEXT    NOT NULL,
    source_name   TEXT    NOT NULL,
    source_sha256 TEXT    NOT NULL,
    encoding      TEXT    NOT NULL,
    row_count     INTEGER NOT NULL,
    imported_at   TEXT    NOT NULL,
    imported_by   TEXT    NOT NULL,
    undone_at     TEXT,
    undone_by     TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE import_batch_cases (
    batch_id        INTEGER NOT NULL REFERENCES import_batches(id),
    row_no          INTEGER NOT NULL,               -- the row of the file (1 = the header row)
    created_case_id INTEGER NOT NULL,
    case_no         TEXT    NOT NULL,
    PRIMARY KEY (batch_id, row_no)
);
CREATE INDEX import_batch_cases_by_case ON import_batch_cases (created_case_id);
