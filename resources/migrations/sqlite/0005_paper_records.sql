-- Schema version 5: papers a bureau would sign (issue 11).
-- A served or signed paper is frozen: its content never changes under its number (content_sha256 is the
-- SHA-256 of the filled text the PDF and ODT were laid out from, so a regeneration can tell "the same
-- paper" from "a changed one"). A correction is a new paper with a new number; the old one stays on file
-- with superseded_by pointing at its replacement and the reason.
ALTER TABLE documents ADD COLUMN content_sha256 TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN frozen TEXT NOT NULL DEFAULT ''; -- '' | served | signed
ALTER TABLE documents ADD COLUMN superseded_by INTEGER REFERENCES documents(id);
ALTER TABLE documents ADD COLUMN supersede_reason TEXT NOT NULL DEFAULT '';

-- A liable party's share of a joint liability as the appraisal or the agreement records it (a percentage,
-- an amount in fen, or both); printed beside the joint liability on the notice and the agreement.
CREATE TABLE liability_shares (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id),
    party_id    INTEGER NOT NULL REFERENCES parties(id),
    basis       TEXT    NOT NULL,              -- appraisal | agreement
    percent     INTEGER NOT NULL DEFAULT 0,    -- 0: not given
    amount_fen  INTEGER NOT NULL DEFAULT 0,    -- 0: not given
    note        TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX liability_shares_by_case ON liability_shares (case_id, id);
