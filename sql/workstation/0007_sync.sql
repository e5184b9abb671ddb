-- What the sync engine keeps besides the outbox (0005): the hub's view of each case, the
-- calendar years the hub distributes, the changes it had to skip, and retry state for
-- verifications. Connection settings (sync.hub_url, sync.station_id, sync.hub_public_key,
-- sync.cursor, …) live in `setting`; the cursor is written in the same transaction as the
-- page of changes it follows.

-- The hub's view of a case (case.status changes): departments act on steps there, so the
-- status, the deadline and the steps move on without the workstation. The local case_record
-- stays as the clerk accepted it. No foreign key to case_record: a status for a case this cache
-- does not hold (a re-installed workstation under the same station id) is kept rather than
-- blocking the cursor.
CREATE TABLE case_hub_status (
    case_id    TEXT PRIMARY KEY NOT NULL,
    receipt    TEXT NOT NULL,
    status     TEXT NOT NULL CHECK (status IN ('in_progress', 'completed', 'rejected',
                                               'supplement', 'suspended', 'notice', 'refused')),
    deadline   TEXT NOT NULL DEFAULT '',         -- YYYY-MM-DD or '' when the hub gave none
    steps      TEXT NOT NULL,                    -- JSON array of the hub's steps
    seq        INTEGER NOT NULL CHECK (seq >= 1), -- the change that brought it
    updated_at TEXT NOT NULL                     -- when this workstation applied it (UTC)
) WITHOUT ROWID;

-- Calendar years pulled from the hub; they replace the built-in file of the same year.
CREATE TABLE calendar_year (
    year       INTEGER PRIMARY KEY CHECK (year BETWEEN 1949 AND 2999),
    content    TEXT NOT NULL,                    -- the calendar file (resources/calendar format)
    seq        INTEGER NOT NULL CHECK (seq >= 1),
    updated_at TEXT NOT NULL
);

-- Changes the workstation refused to apply (a catalog item that does not pass the catalog
-- rules, a verification answer whose signature does not check out, …). The cursor moves past
-- them so that one bad item never stops the rest; what was cached before stays as it was.
CREATE TABLE sync_skipped_change (
    seq        INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL,
    key        TEXT NOT NULL,
    reason     TEXT NOT NULL,
    skipped_at TEXT NOT NULL
);

-- Retry state of verifications the hub could not answer yet (offline, or refused the subject).
ALTER TABLE case_verification ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE case_verification ADD COLUMN next_attempt_at TEXT;
ALTER TABLE case_verification ADD COLUMN last_error TEXT NOT NULL DEFAULT '';
