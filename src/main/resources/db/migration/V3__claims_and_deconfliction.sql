-- Lead claims, overlaps between cases, lead hand-overs and what agencies were told.
-- Written for both H2 and MariaDB. Columns named open_case_id hold the case id while a record
-- is open and NULL once decided: a unique index on them allows one open record per case, which
-- the database enforces even when requests arrive at the same moment.

-- An identifier moved here by a merge remembers the case it came from.
ALTER TABLE case_identifier ADD COLUMN merged_from VARCHAR(32);

CREATE TABLE case_overlap (
  id                  BIGINT        NOT NULL AUTO_INCREMENT,
  case_id             VARCHAR(32)   NOT NULL,
  other_case_id       VARCHAR(32)   NOT NULL,
  -- Lower case id, ':', higher case id: one review per pair of cases, whichever saw it first.
  pair_key            VARCHAR(65)   NOT NULL,
  matched_identifiers VARCHAR(2000) NOT NULL,
  status              VARCHAR(16)   NOT NULL,
  process_instance_id VARCHAR(64),
  surviving_case_id   VARCHAR(32),
  reason              VARCHAR(2000),
  decided_by          VARCHAR(255),
  created_at          TIMESTAMP(3)  NOT NULL,
  decided_at          TIMESTAMP(3)  NULL,
  CONSTRAINT pk_case_overlap PRIMARY KEY (id),
  CONSTRAINT uq_case_overlap_pair UNIQUE (pair_key),
  CONSTRAINT fk_case_overlap_case FOREIGN KEY (case_id) REFERENCES case_file (case_id),
  CONSTRAINT fk_case_overlap_other FOREIGN KEY (other_case_id) REFERENCES case_file (case_id)
);
CREATE INDEX ix_case_overlap_case ON case_overlap (case_id);
CREATE INDEX ix_case_overlap_other ON case_overlap (other_case_id);

-- What a merge carried over from the merged case's process (evidence references and the rest).
CREATE TABLE case_merge_carryover (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  overlap_id        BIGINT        NOT NULL,
  merged_case_id    VARCHAR(32)   NOT NULL,
  surviving_case_id VARCHAR(32)   NOT NULL,
  variable_name     VARCHAR(255)  NOT NULL,
  variable_type     VARCHAR(64),
  value_text        VARCHAR(4000),
  truncated         BOOLEAN       NOT NULL,
  CONSTRAINT pk_case_merge_carryover PRIMARY KEY (id),
  CONSTRAINT fk_carryover_overlap FOREIGN KEY (overlap_id) REFERENCES case_overlap (id)
);
CREATE INDEX ix_carryover_surviving ON case_merge_carryover (surviving_case_id);

CREATE TABLE claim_resolution (
  id                  BIGINT        NOT NULL AUTO_INCREMENT,
  case_id             VARCHAR(32)   NOT NULL,
  open_case_id        VARCHAR(32),
  kind                VARCHAR(16)   NOT NULL,
  process_instance_id VARCHAR(64),
  previous_lead       VARCHAR(64),
  lead_agency         VARCHAR(64),
  supporting_agencies VARCHAR(500),
  reason              VARCHAR(2000),
  decided_by          VARCHAR(255),
  created_at          TIMESTAMP(3)  NOT NULL,
  decided_at          TIMESTAMP(3)  NULL,
  CONSTRAINT pk_claim_resolution PRIMARY KEY (id),
  CONSTRAINT uq_claim_resolution_open UNIQUE (open_case_id),
  CONSTRAINT fk_claim_resolution_case FOREIGN KEY (case_id) REFERENCES case_file (case_id)
);
CREATE INDEX ix_claim_resolution_case ON claim_resolution (case_id);

CREATE TABLE case_claim (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  case_id       VARCHAR(32)   NOT NULL,
  agency        VARCHAR(64)   NOT NULL,
  basis         VARCHAR(2000) NOT NULL,
  status        VARCHAR(20)   NOT NULL,
  resolution_id BIGINT,
  claimed_by    VARCHAR(255)  NOT NULL,
  claimed_at    TIMESTAMP(3)  NOT NULL,
  decided_at    TIMESTAMP(3)  NULL,
  CONSTRAINT pk_case_claim PRIMARY KEY (id),
  CONSTRAINT fk_case_claim_case FOREIGN KEY (case_id) REFERENCES case_file (case_id),
  CONSTRAINT fk_case_claim_resolution FOREIGN KEY (resolution_id) REFERENCES claim_resolution (id)
);
CREATE INDEX ix_case_claim_case ON case_claim (case_id, status);

CREATE TABLE special_case_request (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  case_id              VARCHAR(32)   NOT NULL,
  open_case_id         VARCHAR(32),
  grounds              VARCHAR(4000) NOT NULL,
  status               VARCHAR(16)   NOT NULL,
  process_instance_id  VARCHAR(64),
  previous_lead        VARCHAR(64),
  board_members        INT,
  votes_for            INT,
  votes_against        INT,
  votes_abstained      INT,
  board_resolution_ref VARCHAR(100),
  requested_by         VARCHAR(255)  NOT NULL,
  requested_at         TIMESTAMP(3)  NOT NULL,
  decided_at           TIMESTAMP(3)  NULL,
  CONSTRAINT pk_special_case_request PRIMARY KEY (id),
  CONSTRAINT uq_special_case_request_open UNIQUE (open_case_id),
  CONSTRAINT fk_special_case_request_case FOREIGN KEY (case_id) REFERENCES case_file (case_id)
);
CREATE INDEX ix_special_case_request_case ON special_case_request (case_id);

-- Open tasks of the old lead given to the new one when the lead changes.
CREATE TABLE lead_handover (
  id                  BIGINT        NOT NULL AUTO_INCREMENT,
  case_id             VARCHAR(32)   NOT NULL,
  task_id             VARCHAR(64)   NOT NULL,
  task_definition_key VARCHAR(255),
  from_agency         VARCHAR(64)   NOT NULL,
  to_agency           VARCHAR(64)   NOT NULL,
  previous_assignee   VARCHAR(255),
  cause               VARCHAR(255)  NOT NULL,
  handed_over_at      TIMESTAMP(3)  NOT NULL,
  CONSTRAINT pk_lead_handover PRIMARY KEY (id)
);
CREATE INDEX ix_lead_handover_case ON lead_handover (case_id);

-- What an agency was told about a case; the e-mail channel reads from here.
CREATE TABLE agency_notification (
  id         BIGINT        NOT NULL AUTO_INCREMENT,
  case_id    VARCHAR(32)   NOT NULL,
  agency     VARCHAR(64)   NOT NULL,
  subject    VARCHAR(255)  NOT NULL,
  body       VARCHAR(4000) NOT NULL,
  created_at TIMESTAMP(3)  NOT NULL,
  CONSTRAINT pk_agency_notification PRIMARY KEY (id)
);
CREATE INDEX ix_agency_notification_case ON agency_notification (case_id);
CREATE INDEX ix_agency_notification_agency ON agency_notification (agency, created_at);
