-- Issue 20: one overlap review covers every case a tip's identifiers found (one row per pair,
-- all with the review's process instance); its decision reads and decides them together.
CREATE INDEX ix_case_overlap_review ON case_overlap (process_instance_id);
