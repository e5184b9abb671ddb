-- How often this window used each matter or bundle, so the search lists them first.
CREATE TABLE matter_usage (
    code      TEXT PRIMARY KEY NOT NULL,
    uses      INTEGER NOT NULL CHECK (uses >= 0),
    last_used TEXT NOT NULL
) WITHOUT ROWID;
