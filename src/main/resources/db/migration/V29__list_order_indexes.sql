-- The first page of the list registry (GET /api/v1/list-entries) and of the public lists (/lists) is the newest
-- decisions first; without an index in that order PostgreSQL sorted every row for each page (docs/performance.md).
CREATE INDEX registry_entry_decision_idx ON registry_list_entry (decision_date DESC, id);
CREATE INDEX publication_entry_decision_idx ON publication_entry (decision_date DESC, entry_id);
