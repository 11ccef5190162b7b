-- PostgreSQL twin of sqlite/NNNN_account_names.sql: who a login is — the name and role of every account and
-- nothing else of it (no password hash, no lock, no unit). The accounts table shows a signed-in person only
-- their own row (NNNN_accounts.sql), yet the audit trail, the approvals and the 立案审批表 name colleagues:
-- this function reads the names as the owner, and the view over it keeps the invoker's rights.
CREATE FUNCTION ecoclaim_account_names(OUT login TEXT, OUT name TEXT, OUT role TEXT) RETURNS SETOF record
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT a.login, a.name, a.role FROM public.accounts a
$$;
CREATE VIEW account_names WITH (security_invoker = true) AS SELECT login, name, role FROM ecoclaim_account_names();
