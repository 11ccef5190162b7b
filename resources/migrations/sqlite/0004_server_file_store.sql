-- Schema version 4 on SQLite: nothing changes. PostgreSQL keeps the case files' bytes in the database at
-- this version (postgresql/0004_server_file_store.sql); a desk keeps them in "<database>.files" beside
-- its file, as before. The version moves on in step, so both engines count their schema alike.
SELECT 1;
