-- The matter catalog (事项目录) cached on the workstation. A matter's full definition (form,
-- materials) is kept as its catalog JSON object; the columns beside it are what listing and
-- searching need without parsing it.
CREATE TABLE catalog_department (
    id       TEXT PRIMARY KEY NOT NULL,
    name     TEXT NOT NULL,
    position INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE catalog_matter (
    implementation_code TEXT PRIMARY KEY NOT NULL CHECK (length(implementation_code) BETWEEN 1 AND 64),
    basic_code          TEXT NOT NULL CHECK (length(basic_code) BETWEEN 1 AND 64),
    name                TEXT NOT NULL,
    department_id       TEXT NOT NULL REFERENCES catalog_department(id),
    position            INTEGER NOT NULL,
    definition          TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX catalog_matter_position ON catalog_matter(position);

CREATE TABLE catalog_bundle (
    code       TEXT PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL,
    position   INTEGER NOT NULL,
    definition TEXT NOT NULL
) WITHOUT ROWID;

-- Where the cached catalog came from and when: source, imported_at, matter_count.
CREATE TABLE catalog_meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;
