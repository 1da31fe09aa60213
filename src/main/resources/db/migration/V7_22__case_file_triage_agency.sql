-- The agency that triages a case's tip, kept with the case (issue 22): who works on a case is
-- decided from case_file alone, without reading the intake configuration or the engine.
-- Cases received before this version get theirs at start-up from prasan.intake.triage-agency
-- (intake/TriageAgencyBackfill).
ALTER TABLE case_file ADD COLUMN triage_agency VARCHAR(64);
