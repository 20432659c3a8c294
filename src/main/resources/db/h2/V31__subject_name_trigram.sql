-- PostgreSQL adds trigram indexes for name searches at this version (db/postgresql). H2, the embedded default for a
-- single desk, has no such index type; its searches read the table, which is small there. Kept so that both
-- databases have the same versions.
SELECT 1;
