-- After the screening (issue 17): a person found not a victim is handed over to Immigration's
-- procedure (which one, when); a foreign victim goes home after the testimony; identified victims are grouped by the coordinators into joint
-- cases, each person then a victim of that case in the vault (victim_ref). Codes and refs only.
ALTER TABLE screening_person ADD COLUMN immigration_procedure VARCHAR(32);
ALTER TABLE screening_person ADD COLUMN handed_to_immigration_at TIMESTAMP(3) NULL;
-- A foreign victim's testimony before the charge (Anti-TIP Act s.31: TAKEN, or NOT_TAKEN with
-- the prosecutor's reason, kept in the process) and the repatriation the home government
-- arranged (the embassy or organisation, when it confirmed, when the person went home).
ALTER TABLE screening_person ADD COLUMN pretrial_testimony VARCHAR(16);
ALTER TABLE screening_person ADD COLUMN testimony_taken_at TIMESTAMP(3) NULL;
ALTER TABLE screening_person ADD COLUMN home_arranged_at TIMESTAMP(3) NULL;
ALTER TABLE screening_person ADD COLUMN home_arranged_by VARCHAR(200);
ALTER TABLE screening_person ADD COLUMN repatriated_at TIMESTAMP(3) NULL;
ALTER TABLE screening_person ADD COLUMN case_id VARCHAR(32);
ALTER TABLE screening_person ADD COLUMN victim_ref VARCHAR(32);

-- One coordinator's decision: these people are victims of this case (a compound, a recruiter,
-- a network), with who decided and when.
CREATE TABLE screening_grouping (
  grouping_id  VARCHAR(40)   NOT NULL,
  operation_id VARCHAR(40)   NOT NULL,
  case_id      VARCHAR(32)   NOT NULL,
  new_case     BOOLEAN       NOT NULL,
  -- a new case's compound, recruiter or network, as the coordinator named it
  case_name    VARCHAR(200),
  grouped_by   VARCHAR(255)  NOT NULL,
  grouped_at   TIMESTAMP(3)  NOT NULL,
  CONSTRAINT pk_screening_grouping PRIMARY KEY (grouping_id),
  CONSTRAINT fk_screening_grouping_operation FOREIGN KEY (operation_id)
    REFERENCES screening_operation (operation_id),
  CONSTRAINT fk_screening_grouping_case FOREIGN KEY (case_id) REFERENCES case_file (case_id)
);
CREATE INDEX ix_screening_grouping_operation ON screening_grouping (operation_id);

CREATE TABLE screening_grouping_person (
  grouping_id VARCHAR(40) NOT NULL,
  person_ref  VARCHAR(32) NOT NULL,
  victim_ref  VARCHAR(32) NOT NULL,
  CONSTRAINT pk_screening_grouping_person PRIMARY KEY (grouping_id, person_ref),
  CONSTRAINT fk_screening_grouping_person FOREIGN KEY (grouping_id)
    REFERENCES screening_grouping (grouping_id)
);
