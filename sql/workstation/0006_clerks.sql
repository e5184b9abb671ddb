-- Clerk accounts (窗口人员账号) of this workstation: who may log in, with which roles, and the
-- state of the log-in lockout, so that restarting the workbench does not reset it. Passwords
-- are kept only as scrypt hashes ($scrypt$ln=…,r=…,p=…$salt$hash).
CREATE TABLE clerk (
    login           TEXT PRIMARY KEY NOT NULL CHECK (length(login) BETWEEN 2 AND 32),
    display_name    TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 64),
    roles           TEXT NOT NULL CHECK (length(roles) > 0), -- e.g. "clerk,supervisor"
    window_name     TEXT NOT NULL DEFAULT '',
    password_hash   TEXT NOT NULL CHECK (password_hash LIKE '$scrypt$%'),
    disabled        INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until    TEXT,                                     -- UTC, ISO 8601; NULL: not locked
    last_login_at   TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) WITHOUT ROWID;
