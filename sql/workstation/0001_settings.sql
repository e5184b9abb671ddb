-- Workstation settings: window number, hall name, UI preferences, enrolment state.
-- Values are text; the code that owns a key knows its type.
CREATE TABLE setting (
    key        TEXT PRIMARY KEY NOT NULL CHECK (length(key) BETWEEN 1 AND 128),
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;
