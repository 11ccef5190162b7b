-- Accounts (issue 17): the people who work with this database. A database without accounts works
-- as before (the one person at the desk); once the first account (an administrator) exists, every
-- program must sign in (core/service/accounts.h). Rows change only through the audited account commands
-- (add_account, disable_account, set_account_role) and the sign-in bookkeeping (failed attempts, lock).
--   role: caseworker 承办人 | unit_head 部门负责人 | supervisor 市级督办 (Art. 39) | archivist 档案员 (Art. 42)
--         | admin 管理员 (accounts, calendars, bureau settings)
--   unit, district_code: the handling unit (a department key of Art. 9, as cases.unit) and the district;
--         '' district = the city.
--   password_hash: Argon2id (libsodium crypto_pwhash_str) on a desk's file; '' on a server, where each
--         person is a database login and the server checks the password (SCRAM).
CREATE TABLE accounts (
    id              INTEGER PRIMARY KEY,
    login           TEXT    NOT NULL UNIQUE,
    name            TEXT    NOT NULL,
    role            TEXT    NOT NULL CHECK (role IN ('caseworker', 'unit_head', 'supervisor', 'archivist', 'admin')),
    unit            TEXT    NOT NULL DEFAULT '',
    district_code   TEXT    NOT NULL DEFAULT '',
    disabled        INTEGER NOT NULL DEFAULT 0,
    password_hash   TEXT    NOT NULL DEFAULT '',
    failed_attempts INTEGER NOT NULL DEFAULT 0,  -- wrong passwords in a row (a desk's file)
    locked_until    TEXT,                        -- ISO UTC timestamp; after five wrong passwords
    created_at      TEXT    NOT NULL,
    changed_at      TEXT    NOT NULL
);

-- Approvals (issue 17 ¶4): a decision the rules give to the bureau (file a case, not initiate, sue, sign the
-- agreement, terminate the claim, close), proposed by a caseworker, takes effect when the unit head of the
-- case's unit approves it (the command then runs as the unit head, checked again against the case as it is
-- then); a refusal keeps its reason. A unit head takes such decisions directly.
CREATE TABLE approvals (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id),
    command     TEXT    NOT NULL,               -- the lifecycle command's name
    payload     TEXT    NOT NULL,               -- the command as proposed (JSON)
    state       TEXT    NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'approved', 'refused')),
    proposed_by TEXT    NOT NULL,
    proposed_at TEXT    NOT NULL,
    decided_by  TEXT    NOT NULL DEFAULT '',
    decided_at  TEXT,
    reason      TEXT    NOT NULL DEFAULT ''     -- why approval was refused
);
CREATE INDEX approvals_by_case ON approvals (case_id, id);

-- Files by digest: on a server the store's row-level security asks "does a row I may see name these
-- bytes?" (postgresql twin); the same indexes here keep the two engines' schemas alike.
CREATE INDEX evidence_by_file ON evidence (sha256);
CREATE INDEX documents_by_pdf ON documents (pdf_sha256);
CREATE INDEX documents_by_odt ON documents (odt_sha256);
