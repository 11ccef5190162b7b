-- Who a login is (issue 16 ¶2, issue 17): the name and role of every account, without anything else of it
-- (no password hash, no lock). The audit trail, the approvals and the 立案审批表 name the person who acted —
-- their name and role — where a signed-in person may not read the accounts table itself (on a server each
-- person reads only their own account row). The PostgreSQL twin reads it as the owner.
CREATE VIEW account_names AS SELECT login, name, role FROM accounts;
