-- Mass screening (issue 17): an operation receives a handover list; each listed person gets a
-- pseudonymous ref, one row here and one person-screening process. Names, dates of birth,
-- documents and notes are one AES-GCM ciphertext under the vault's keys (as victim_identity):
-- in clear are only the ref, the list's row id, age band, sex, nationality, languages and
-- clocks. Written for both H2 and MariaDB.
CREATE TABLE screening_operation (
  operation_id   VARCHAR(40)   NOT NULL,
  name           VARCHAR(200)  NOT NULL,
  site           VARCHAR(100)  NOT NULL,
  received_at    TIMESTAMP(3)  NOT NULL,
  handed_over_by VARCHAR(200)  NOT NULL,
  lead_agency    VARCHAR(64),
  created_by     VARCHAR(255)  NOT NULL,
  created_at     TIMESTAMP(3)  NOT NULL,
  CONSTRAINT pk_screening_operation PRIMARY KEY (operation_id)
);

CREATE TABLE screening_person (
  person_ref          VARCHAR(32)   NOT NULL,
  operation_id        VARCHAR(40)   NOT NULL,
  list_ref            VARCHAR(64)   NOT NULL,
  sex                 CHAR(1)       NOT NULL,
  age_band            VARCHAR(16)   NOT NULL,
  child               BOOLEAN       NOT NULL,
  -- CPC s.133 bis: a person of 18 or under is questioned the child's way
  youth_interview     BOOLEAN       NOT NULL,
  nationality         CHAR(2)       NOT NULL,
  languages           VARCHAR(200)  NOT NULL,
  arrived_at          TIMESTAMP(3)  NULL,
  hold_starts_at      TIMESTAMP(3)  NOT NULL,
  hold_ends_at        TIMESTAMP(3)  NOT NULL,
  extended            BOOLEAN       DEFAULT FALSE NOT NULL,
  status              VARCHAR(24)   NOT NULL,
  immigration_status  VARCHAR(32),
  warrant_hit         BOOLEAN,
  outcome             VARCHAR(32),
  key_id              VARCHAR(64)   NOT NULL,
  identity_ciphertext VARBINARY(4096) NOT NULL,
  process_instance_id VARCHAR(64),
  updated_at          TIMESTAMP(3)  NOT NULL,
  CONSTRAINT pk_screening_person PRIMARY KEY (person_ref),
  CONSTRAINT uq_screening_person_list_ref UNIQUE (operation_id, list_ref),
  CONSTRAINT fk_screening_person_operation FOREIGN KEY (operation_id)
    REFERENCES screening_operation (operation_id)
);
CREATE INDEX ix_screening_person_status ON screening_person (operation_id, status);
CREATE INDEX ix_screening_person_hold ON screening_person (operation_id, hold_ends_at);

-- One row per language a person speaks: the language filters and the interpreter counts.
CREATE TABLE screening_person_language (
  person_ref   VARCHAR(32) NOT NULL,
  operation_id VARCHAR(40) NOT NULL,
  language     VARCHAR(3)  NOT NULL,
  CONSTRAINT pk_screening_person_language PRIMARY KEY (person_ref, language),
  CONSTRAINT fk_screening_language_person FOREIGN KEY (person_ref)
    REFERENCES screening_person (person_ref)
);
CREATE INDEX ix_screening_language_operation ON screening_person_language (operation_id, language);

-- One import of a handover list, and the rows it rejected (row, field, reason: never a name).
CREATE TABLE screening_import (
  import_id    VARCHAR(40)   NOT NULL,
  operation_id VARCHAR(40)   NOT NULL,
  status       VARCHAR(16)   NOT NULL,
  total        INT           NOT NULL,
  imported     INT           NOT NULL,
  updated      INT           NOT NULL,
  unchanged    INT           NOT NULL,
  rejected     INT           NOT NULL,
  created_by   VARCHAR(255)  NOT NULL,
  started_at   TIMESTAMP(3)  NOT NULL,
  finished_at  TIMESTAMP(3)  NULL,
  CONSTRAINT pk_screening_import PRIMARY KEY (import_id),
  CONSTRAINT fk_screening_import_operation FOREIGN KEY (operation_id)
    REFERENCES screening_operation (operation_id)
);

CREATE TABLE screening_import_rejection (
  import_id  VARCHAR(40)  NOT NULL,
  row_no     INT          NOT NULL,
  field_name VARCHAR(64)  NOT NULL,
  reason_en  VARCHAR(500) NOT NULL,
  reason_th  VARCHAR(500) NOT NULL,
  CONSTRAINT fk_screening_rejection_import FOREIGN KEY (import_id)
    REFERENCES screening_import (import_id)
);
CREATE INDEX ix_screening_rejection_import ON screening_import_rejection (import_id, row_no);
