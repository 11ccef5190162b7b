-- Schema version 6: the bureau's settings — those that change a legal outcome, the same for every desk
-- of this database (issue 12): how Art. 19's "five working days before the meeting" is read, how many
-- days ahead each kind of deadline warns, and per issuing unit its name, the prefix of its paper
-- numbers and its contacts. A name absent here means its built-in default. Rows change only through
-- the audited command change_settings (core/service/bureausettings.h): each change is an audit entry
-- naming old → new. Window layout and language stay with the desk (QSettings).
CREATE TABLE bureau_settings (
    unit_key   TEXT NOT NULL DEFAULT '', -- '' for the bureau; '310115/district_ecology' for one issuing unit
    name       TEXT NOT NULL,            -- service_lead_reading, lead_days.<kind>, number_prefix…
    value      TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    PRIMARY KEY (unit_key, name)
);
