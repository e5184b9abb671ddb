-- Applicants, cases (办件) and everything an acceptance writes in its one transaction.
-- Personal data (names, ID numbers, phones, addresses, form answers) is stored only sealed
-- (AES-256-GCM, see docs/personal-data.md); identifiers are found through a keyed hash.

CREATE TABLE applicant (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('person', 'organization')),
    identifier_hash BLOB NOT NULL UNIQUE CHECK (length(identifier_hash) = 32),
    profile         BLOB NOT NULL,           -- sealed JSON: name, id number, phone, address, …
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

-- Receipt numbers this window may hand out without the network: [first, last], next unused.
CREATE TABLE receipt_block (
    id         INTEGER PRIMARY KEY,
    prefix     TEXT NOT NULL CHECK (length(prefix) BETWEEN 1 AND 32),
    first      INTEGER NOT NULL CHECK (first >= 1),
    last       INTEGER NOT NULL CHECK (last >= first),
    next       INTEGER NOT NULL CHECK (next BETWEEN first AND last + 1),
    source     TEXT NOT NULL,
    granted_at TEXT NOT NULL,
    UNIQUE (prefix, first)
);

CREATE TABLE case_record (
    id             TEXT PRIMARY KEY NOT NULL,      -- UUID, also the envelope's case id
    receipt_number TEXT NOT NULL UNIQUE,
    outcome        TEXT NOT NULL CHECK (outcome IN ('accepted', 'notice', 'refused')),
    status         TEXT NOT NULL CHECK (status IN ('in_progress', 'completed', 'notice', 'refused')),
    applicant_id   INTEGER NOT NULL REFERENCES applicant(id),
    subject_code   TEXT NOT NULL,                  -- matter implementation code or bundle code
    subject_name   TEXT NOT NULL,
    is_bundle      INTEGER NOT NULL CHECK (is_bundle IN (0, 1)),
    created_at     TEXT NOT NULL,
    accepted_on    TEXT NOT NULL,                  -- YYYY-MM-DD, the day the clock starts from
    deadline       TEXT,                           -- YYYY-MM-DD; NULL for notices and refusals
    clerk          TEXT NOT NULL,
    window_name    TEXT NOT NULL,
    form           BLOB NOT NULL,                  -- sealed JSON of the answers
    agent          BLOB,                           -- sealed JSON of the handling agent (经办人)
    reason         TEXT NOT NULL DEFAULT '',       -- refusal reason / notice summary
    legal_basis    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX case_record_applicant ON case_record(applicant_id, created_at);
CREATE INDEX case_record_created ON case_record(created_at);

-- One step per matter and department; a bundle's steps run in parallel.
CREATE TABLE case_step (
    case_id       TEXT NOT NULL REFERENCES case_record(id),
    position      INTEGER NOT NULL,
    matter_code   TEXT NOT NULL,
    matter_name   TEXT NOT NULL,
    department_id TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('pending', 'in_progress', 'completed',
                                                  'rejected', 'supplement', 'suspended')),
    working_days  INTEGER NOT NULL CHECK (working_days >= 0),
    deadline      TEXT NOT NULL,
    PRIMARY KEY (case_id, position)
) WITHOUT ROWID;

-- How each material of the case was satisfied, or what is missing.
CREATE TABLE case_material (
    case_id      TEXT NOT NULL REFERENCES case_record(id),
    material_id  TEXT NOT NULL,
    name         TEXT NOT NULL,
    disposition  TEXT NOT NULL CHECK (disposition IN ('paper', 'scanned', 'reused', 'verified',
                                                      'commitment', 'missing', 'incorrect')),
    detail       TEXT NOT NULL DEFAULT '',         -- what is needed, or the verification source
    library_id   INTEGER REFERENCES material_library(id),
    PRIMARY KEY (case_id, material_id)
);

-- Materials an applicant handed in before, reusable until valid_until (材料复用).
CREATE TABLE material_library (
    id           INTEGER PRIMARY KEY,
    applicant_id INTEGER NOT NULL REFERENCES applicant(id),
    material_id  TEXT NOT NULL,
    name         TEXT NOT NULL,
    case_id      TEXT NOT NULL REFERENCES case_record(id),
    received_on  TEXT NOT NULL,
    valid_until  TEXT NOT NULL
);
CREATE INDEX material_library_applicant ON material_library(applicant_id, material_id);

-- Electronic licences (电子证照) the applicant holds, as shared data reported them.
CREATE TABLE applicant_licence (
    applicant_id INTEGER NOT NULL REFERENCES applicant(id),
    kind         TEXT NOT NULL,
    number       BLOB NOT NULL,                    -- sealed
    issuer       TEXT NOT NULL,
    valid_until  TEXT NOT NULL DEFAULT '',
    recorded_at  TEXT NOT NULL,
    PRIMARY KEY (applicant_id, kind)
) WITHOUT ROWID;

-- 告知承诺: a pledge replaced a material; the department checks it by this date (事后核查).
CREATE TABLE commitment_check (
    case_id     TEXT NOT NULL REFERENCES case_record(id),
    material_id TEXT NOT NULL,
    due_on      TEXT NOT NULL,
    done_at     TEXT,
    PRIMARY KEY (case_id, material_id)
) WITHOUT ROWID;

-- Shared-data verifications asked for this case: pending offline, answered by the hub later.
CREATE TABLE case_verification (
    case_id     TEXT NOT NULL REFERENCES case_record(id),
    kind        TEXT NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('pending', 'passed', 'failed')),
    source      TEXT NOT NULL DEFAULT '',
    answered_at TEXT,
    evidence    BLOB,
    PRIMARY KEY (case_id, kind)
) WITHOUT ROWID;

-- Envelopes for the hub, written in the same transaction as what they report. The sync engine
-- drains them; retry state lives here so a restart resumes where it was.
CREATE TABLE outbox (
    seq             INTEGER PRIMARY KEY,
    envelope_id     TEXT NOT NULL UNIQUE,          -- client UUID: the hub applies it at most once
    kind            TEXT NOT NULL,
    case_id         TEXT REFERENCES case_record(id),
    payload         BLOB NOT NULL,                 -- sealed JSON
    state           TEXT NOT NULL DEFAULT 'queued'
                    CHECK (state IN ('queued', 'sending', 'confirmed', 'rejected', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    last_error      TEXT NOT NULL DEFAULT '',
    request_id      TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL
);
CREATE INDEX outbox_state ON outbox(state, next_attempt_at);
