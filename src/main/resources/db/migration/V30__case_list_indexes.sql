-- GET /api/v1/cases pages through the cases newest first: for the city (every case), for a county, for the
-- integrator that submitted them and for a stage. Each index ends in the order of the page, so a page is an index
-- range read backwards, not a sort of a million rows (docs/performance.md). They replace indexes on the first column
-- alone.
DROP INDEX casefile_case_received_idx;
DROP INDEX casefile_case_county_stage_idx;
DROP INDEX casefile_case_submitted_by_idx;
CREATE INDEX casefile_case_received_idx ON casefile_case (received_at, case_number);
CREATE INDEX casefile_case_county_received_idx ON casefile_case (county_code, received_at, case_number);
CREATE INDEX casefile_case_submitter_received_idx ON casefile_case (submitted_by, received_at, case_number);
CREATE INDEX casefile_case_stage_received_idx ON casefile_case (stage, received_at, case_number);
