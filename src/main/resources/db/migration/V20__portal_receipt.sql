-- The public portal's receipts: a hash of the query code a citizen got for a case, never the code itself.
-- Runs on PostgreSQL and H2 (regular mode).
CREATE TABLE portal_receipt (
    case_number  VARCHAR(24) NOT NULL PRIMARY KEY,
    code_hash    VARCHAR(64) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
