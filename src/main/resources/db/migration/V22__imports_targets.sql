-- Imported targets (issue 5 §2): where the pull from the national platform stands, and the lookup of an
-- imported entry by its origin. Runs on PostgreSQL and H2.
CREATE TABLE imports_cursor (
    name        VARCHAR(64)   NOT NULL PRIMARY KEY,
    position    VARCHAR(200),
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- the import finds "our entry for NATIONAL entry X" once per row
CREATE INDEX registry_entry_origin_idx ON registry_list_entry (source, origin_entry_id);
