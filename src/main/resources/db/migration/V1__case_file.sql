-- Prasan's own tables, beside the engine's ACT_* tables. Written for both H2 and MariaDB.
CREATE SEQUENCE case_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE case_file (
  case_id             VARCHAR(32)   NOT NULL,
  source              VARCHAR(32)   NOT NULL,
  external_ref        VARCHAR(100),
  received_at         TIMESTAMP(3)  NOT NULL,
  province            VARCHAR(64)   NOT NULL,
  process_instance_id VARCHAR(64),
  lead_agency         VARCHAR(64),
  supporting_agencies VARCHAR(500),
  status              VARCHAR(16)   NOT NULL,
  outcome             VARCHAR(32),
  closure_reason      VARCHAR(2000),
  created_by          VARCHAR(255),
  created_at          TIMESTAMP(3)  NOT NULL,
  closed_at           TIMESTAMP(3)  NULL,
  CONSTRAINT pk_case_file PRIMARY KEY (case_id),
  -- One case per tip: a tip is identified by its source and the source's own reference.
  CONSTRAINT uq_case_file_tip UNIQUE (source, external_ref)
);

CREATE TABLE case_identifier (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  case_id          VARCHAR(32)   NOT NULL,
  type             VARCHAR(16)   NOT NULL,
  raw_value        VARCHAR(320)  NOT NULL,
  normalized_value VARCHAR(320)  NOT NULL,
  added_by         VARCHAR(255),
  added_at         TIMESTAMP(3)  NOT NULL,
  CONSTRAINT pk_case_identifier PRIMARY KEY (id),
  CONSTRAINT fk_case_identifier_case FOREIGN KEY (case_id) REFERENCES case_file (case_id)
);

CREATE INDEX ix_case_identifier_match ON case_identifier (type, normalized_value);
CREATE INDEX ix_case_identifier_case ON case_identifier (case_id);
