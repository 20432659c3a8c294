-- The case's handling clock, in working days: started when the case is accepted, suspended while the case waits
-- on the subject (the statement window), and extended by the working days it was suspended.
ALTER TABLE casefile_case ADD COLUMN handling_due_on DATE;
ALTER TABLE casefile_case ADD COLUMN clock_paused_on DATE;
