-- Schema version 4 on PostgreSQL: the case files' bytes in the database (storage/filestore.h). A bureau's
-- desks all reach the server; a shared folder would have to be mounted alike on every desk, backed up
-- apart from the database and kept consistent with it by hand (docs/ARCHITECTURE.md, "Evidence on a server").
--
-- The bytes in pieces of 1 MiB, so that no desk ever holds a 100 MB photograph in one value, and an
-- archive export reads a file piece by piece. Stored as is (STORAGE EXTERNAL): photographs and PDFs do
-- not compress, and trying costs time.
CREATE TABLE stored_file_chunks (
    sha256 TEXT   NOT NULL,
    seq    BIGINT NOT NULL,
    bytes  BYTEA  NOT NULL,
    stored_at TEXT NOT NULL,
    PRIMARY KEY (sha256, seq)
);
ALTER TABLE stored_file_chunks ALTER COLUMN bytes SET STORAGE EXTERNAL;

-- A content is whole once its row is here (written after its last piece, in the same transaction as the
-- pieces or after them); pieces without it are what an interrupted put left, removed after an hour.
CREATE TABLE stored_file_contents (
    sha256    TEXT   PRIMARY KEY,
    size      BIGINT NOT NULL,
    chunks    BIGINT NOT NULL,
    stored_at TEXT   NOT NULL
);
