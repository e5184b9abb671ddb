-- onewindow-hub schema (SQLite dialect; sql/hub/postgresql/ holds the same schema for PostgreSQL).
-- Timestamps are ISO-8601 UTC text, dates YYYY-MM-DD, JSON documents text.

CREATE TABLE hub_setting (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE hub_account (
    username        TEXT PRIMARY KEY NOT NULL,
    display_name    TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('clerk', 'department', 'admin')),
    department_id   TEXT,
    password_hash   TEXT NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    created_at      TEXT NOT NULL
);

CREATE TABLE hub_workstation (
    station_id  TEXT PRIMARY KEY NOT NULL,
    window_name TEXT NOT NULL,
    public_key  TEXT NOT NULL,
    key_id      TEXT NOT NULL,
    enrolled_by TEXT NOT NULL,
    enrolled_at TEXT NOT NULL,
    last_seen   TEXT
);

-- Every change workstations pull, numbered by one monotonic cursor. station NULL: for everyone.
CREATE TABLE hub_change (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    kind       TEXT NOT NULL,
    key        TEXT NOT NULL,
    station_id TEXT,
    body       TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX hub_change_station ON hub_change(station_id, seq);

-- The current catalog as published (the change log keeps its history).
CREATE TABLE hub_catalog_item (
    kind     TEXT NOT NULL CHECK (kind IN ('department', 'matter', 'bundle', 'calendar')),
    key      TEXT NOT NULL,
    body     TEXT NOT NULL,
    seq      INTEGER NOT NULL,
    PRIMARY KEY (kind, key)
);

CREATE TABLE hub_receipt_allocation (
    prefix     TEXT PRIMARY KEY NOT NULL,
    next_first INTEGER NOT NULL
);
CREATE TABLE hub_receipt_block (
    prefix     TEXT NOT NULL,
    first      INTEGER NOT NULL,
    last       INTEGER NOT NULL,
    station_id TEXT NOT NULL,
    granted_at TEXT NOT NULL,
    PRIMARY KEY (prefix, first)
);

-- Envelopes already applied: the at-most-once memory of case intake.
CREATE TABLE hub_envelope (
    id          TEXT PRIMARY KEY NOT NULL,
    station_id  TEXT NOT NULL,
    type        TEXT NOT NULL,
    outcome     TEXT NOT NULL CHECK (outcome IN ('accepted', 'rejected')),
    reason      TEXT NOT NULL DEFAULT '',
    received_at TEXT NOT NULL
);

CREATE TABLE hub_case (
    id             TEXT PRIMARY KEY NOT NULL,
    receipt_number TEXT NOT NULL UNIQUE,
    station_id     TEXT NOT NULL,
    window_name    TEXT NOT NULL,
    clerk          TEXT NOT NULL,
    outcome        TEXT NOT NULL,
    status         TEXT NOT NULL,
    subject_code   TEXT NOT NULL,
    is_bundle      INTEGER NOT NULL,
    accepted_on    TEXT NOT NULL,
    deadline       TEXT,
    created_at     TEXT NOT NULL,
    received_at    TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    payload        TEXT NOT NULL
);
CREATE INDEX hub_case_status ON hub_case(status, received_at);

CREATE TABLE hub_case_step (
    case_id       TEXT NOT NULL REFERENCES hub_case(id),
    position      INTEGER NOT NULL,
    matter_code   TEXT NOT NULL,
    department_id TEXT NOT NULL,
    status        TEXT NOT NULL,
    working_days  INTEGER NOT NULL,
    deadline      TEXT NOT NULL,
    suspended_on  TEXT,
    extended_days INTEGER NOT NULL DEFAULT 0,
    opinion       TEXT NOT NULL DEFAULT '',
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (case_id, position)
);
CREATE INDEX hub_case_step_department ON hub_case_step(department_id, status);

CREATE TABLE hub_case_event (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id   TEXT NOT NULL REFERENCES hub_case(id),
    position  INTEGER,
    action    TEXT NOT NULL,
    actor     TEXT NOT NULL,
    opinion   TEXT NOT NULL DEFAULT '',
    at        TEXT NOT NULL
);
CREATE INDEX hub_case_event_case ON hub_case_event(case_id, id);
