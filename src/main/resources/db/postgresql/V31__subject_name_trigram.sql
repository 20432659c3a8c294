-- A search for a part of a subject's name (LIKE '%…%') on the registry, the public lists and the cases uses these
-- trigram indexes instead of reading the whole table. pg_trgm is a trusted extension (PostgreSQL 13+): the owner of
-- the database may create it; a DBA may also create it beforehand. Chinese names are split into trigrams only where
-- the database's LC_CTYPE classifies CJK characters as letters (C.UTF-8, zh_CN.UTF-8, en_US.UTF-8; not plain C).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX registry_entry_name_trgm_idx ON registry_list_entry USING gin (subject_name gin_trgm_ops);
CREATE INDEX publication_entry_name_trgm_idx ON publication_entry USING gin (subject_name gin_trgm_ops);
CREATE INDEX casefile_case_name_trgm_idx ON casefile_case USING gin (subject_name gin_trgm_ops);
