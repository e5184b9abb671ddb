-- Case intake order and the details of department actions (server/cases). SQLite dialect;
-- sql/hub/postgresql/0002_case_intake.sql is the same for PostgreSQL.

-- The order cases reached the hub in, 1, 2, 3 …: the keyset of GET /cases?after=. Intake
-- numbers cases under its write lock (BEGIN IMMEDIATE here, an advisory lock on PostgreSQL),
-- so a reader paging by it never finds a smaller number committed behind it later.
ALTER TABLE hub_case ADD COLUMN intake_seq INTEGER;
UPDATE hub_case SET intake_seq = (SELECT count(*) FROM hub_case AS earlier WHERE earlier.received_at < hub_case.received_at OR (earlier.received_at = hub_case.received_at AND earlier.id <= hub_case.id));
CREATE UNIQUE INDEX hub_case_intake ON hub_case(intake_seq);
CREATE INDEX hub_case_status_intake ON hub_case(status, intake_seq);

-- What an action changed, as JSON: the step's status before and after, its deadline, the
-- working days added or suspended.
ALTER TABLE hub_case_event ADD COLUMN detail TEXT NOT NULL DEFAULT '{}';
