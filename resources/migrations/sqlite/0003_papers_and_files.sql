-- Schema version 3: the files a case holds (evidence a caseworker adds, and the bytes of every paper the
-- program generated), the register of papers in the case file (卷内文件) with their yearly number
-- series, and the service (送达) of each paper. Art. 42 "一案一卷，长期保存" is what these serve.

-- Content-addressed store: the bytes live beside the database in "<database>.files/" under their
-- SHA-256 (core/storage/filestore.h). A row here says the file was committed; a file on disk without a
-- row is an interrupted write and is cleaned up, a row whose file is missing is reported. Never the live
-- database file itself (PITFALLS 10).
CREATE TABLE stored_files (
    sha256     TEXT    PRIMARY KEY,    -- lowercase hex
    sm3        TEXT    NOT NULL,       -- GB/T 32905, which Chinese archive rules cite (PITFALLS 15)
    size       INTEGER NOT NULL,
    media_type TEXT    NOT NULL,
    stored_at  TEXT    NOT NULL
) WITHOUT ROWID;

-- Evidence and other materials added to a case: investigation materials (Art. 15), appraisal opinions
-- (Art. 16-17), consultation materials (Art. 21), restoration materials (Art. 27-29) - the volume of Art. 42.
-- The original a caseworker picked is copied, never modified.
CREATE TABLE evidence (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES cases(id),
    sha256        TEXT    NOT NULL REFERENCES stored_files(sha256),
    title         TEXT    NOT NULL,
    kind          TEXT    NOT NULL,    -- catalogue key
    dated_on      TEXT,                -- the date the material bears, if any
    source        TEXT    NOT NULL DEFAULT '',
    original_name TEXT    NOT NULL DEFAULT '',
    pages         INTEGER,
    added_by      TEXT    NOT NULL,
    added_at      TEXT    NOT NULL
);
CREATE INDEX evidence_by_case ON evidence (case_id, id);

-- Yearly number series per paper type and unit, as in 沪浦环损磋告〔2025〕3号. The prefix a unit
-- configures is frozen into the number it produced (documents.doc_no): changing the prefix never
-- renumbers a paper already issued.
CREATE TABLE paper_number_series (
    paper_type  TEXT    NOT NULL,
    unit        TEXT    NOT NULL,
    year        INTEGER NOT NULL,
    last_number INTEGER NOT NULL,
    PRIMARY KEY (paper_type, unit, year)
) WITHOUT ROWID;

-- The papers of the case file. Each generation of a paper is a new version; old versions stay and can be
-- reprinted byte for byte from the store.
CREATE TABLE documents (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases(id),
    paper_type   TEXT    NOT NULL,
    subject      TEXT    NOT NULL DEFAULT '', -- which notice, round or party the paper concerns
    doc_no       TEXT    NOT NULL DEFAULT '', -- empty for papers that carry no number
    version      INTEGER NOT NULL,
    title        TEXT    NOT NULL,
    dated_on     TEXT    NOT NULL,
    is_draft     INTEGER NOT NULL DEFAULT 0,
    params       TEXT    NOT NULL DEFAULT '{}', -- JSON - what the caseworker gave for this paper (meeting day, place, reply period)
    pdf_sha256   TEXT    REFERENCES stored_files(sha256),
    odt_sha256   TEXT    REFERENCES stored_files(sha256),
    pages        INTEGER,
    created_by   TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,
    UNIQUE (case_id, paper_type, subject, version)
);

-- Service of a paper on its recipient (送达): the method, the day, who received it and the proof (a
-- receipt scanned into the evidence store). For the consultation notice the service day starts the
-- 90-day period and is checked against the 5-working-day lead (Art. 19, 22).
CREATE TABLE document_services (
    id                INTEGER PRIMARY KEY,
    document_id       INTEGER NOT NULL REFERENCES documents(id),
    method            TEXT    NOT NULL,   -- direct, mail, left, electronic, public_notice
    served_on         TEXT    NOT NULL,
    recipient         TEXT    NOT NULL,
    proof_evidence_id INTEGER REFERENCES evidence(id),
    note              TEXT    NOT NULL DEFAULT '',
    recorded_by       TEXT    NOT NULL,
    recorded_at       TEXT    NOT NULL
);
CREATE INDEX document_services_by_document ON document_services (document_id);
