-- Schema version 5: what trust in the records rests on (issue 15) — the signing keys whose signatures on
-- case archives this bureau accepts, and the script lines already applied. Standard SQL (a partial
-- unique index and a trigger, which PostgreSQL has too: resources/migrations/postgresql/0005_trust.sql).

-- The keys of the archive signatures (DA/T 70 真实性; core/archive/trustedkeys.h). One row per public
-- key: this unit's own (its private half lives in the data folder, owner-readable only, never here) and
-- other units' keys an administrator chose to trust. Rotation retires a key — it no longer signs — but
-- keeps it trusted, so archives it signed still verify. Rows are changed only through
-- core/archive/trustedkeys.cpp, each change with its audit entry; a key is never deleted.
CREATE TABLE signing_keys (
    id          INTEGER PRIMARY KEY,
    fingerprint TEXT    NOT NULL UNIQUE,           -- SM3 of the DER SubjectPublicKeyInfo, lowercase hex
    algorithm   TEXT    NOT NULL,                  -- 'SM2-with-SM3' (GB/T 32918, GB/T 32905)
    public_key  TEXT    NOT NULL,                  -- PEM
    holder      TEXT    NOT NULL,                  -- the unit the key belongs to, as printed on its 卷内备考表
    own         INTEGER NOT NULL DEFAULT 0 CHECK (own IN (0, 1)),
    active      INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1)), -- the key this unit's exports sign with
    added_at    TEXT    NOT NULL,
    added_by    TEXT    NOT NULL,
    retired_at  TEXT                                -- replaced by a newer own key: still trusted to verify
);
CREATE UNIQUE INDEX signing_keys_one_active ON signing_keys (active) WHERE active = 1;
CREATE TRIGGER signing_keys_never_deleted BEFORE DELETE ON signing_keys
BEGIN
    SELECT RAISE(ABORT, 'signing keys are never deleted: a rotated key stays trusted for verification');
END;

-- Script lines that carried an "id" (ecoclaim-cli apply): recorded in the transaction of the command
-- itself, so a line is applied exactly once however often its script runs, even after a kill. The
-- digest of the command as given tells a rerun of the same line from a different command reusing the id.
-- The case is named by number, not by a key: these rows are the database's history of scripts and never
-- travel with an archived case (storage/casetransfer.cpp carries tables keyed to a case).
CREATE TABLE applied_commands (
    command_id TEXT NOT NULL PRIMARY KEY,
    digest     TEXT NOT NULL,                       -- SHA-256 of the command object (compact JSON)
    command    TEXT NOT NULL,
    case_no    TEXT NOT NULL DEFAULT '',
    applied_at TEXT NOT NULL,
    applied_by TEXT NOT NULL
);
