-- Victims' identities (encrypted), who read or wrote them, evidence exhibits and their chain of
-- custody. Written for both H2 and MariaDB.

-- One identified victim of a case. Only victim_ref, the age band and the flags are in clear;
-- everything that identifies the person is one AES-GCM ciphertext (IV first), bound to the row
-- by its associated data (victim_ref, case_id, key_id), under the key named by key_id.
CREATE TABLE victim_identity (
  victim_ref   VARCHAR(32)    NOT NULL,
  case_id      VARCHAR(32)    NOT NULL,
  age_band     VARCHAR(16)    NOT NULL,
  child        BOOLEAN        NOT NULL,
  foreign_national BOOLEAN    NOT NULL,
  key_id       VARCHAR(64)    NOT NULL,
  identity_ciphertext VARBINARY(8192) NOT NULL,
  recorded_by  VARCHAR(255)   NOT NULL,
  recorded_at  TIMESTAMP(3)   NOT NULL,
  rekeyed_at   TIMESTAMP(3)   NULL,
  CONSTRAINT pk_victim_identity PRIMARY KEY (victim_ref),
  CONSTRAINT fk_victim_identity_case FOREIGN KEY (case_id) REFERENCES case_file (case_id)
);
CREATE INDEX ix_victim_identity_case ON victim_identity (case_id);
CREATE INDEX ix_victim_identity_key ON victim_identity (key_id);

-- Every read and write of the vault, and every refused attempt: who, when, on which case.
CREATE TABLE victim_access (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  victim_ref  VARCHAR(32),
  case_id     VARCHAR(32),
  actor       VARCHAR(255)  NOT NULL,
  action      VARCHAR(16)   NOT NULL,
  accessed_at TIMESTAMP(3)  NOT NULL,
  CONSTRAINT pk_victim_access PRIMARY KEY (id)
);
CREATE INDEX ix_victim_access_case ON victim_access (case_id, accessed_at);
CREATE INDEX ix_victim_access_ref ON victim_access (victim_ref);

CREATE SEQUENCE exhibit_number_seq START WITH 1 INCREMENT BY 1;

-- An exhibit: a file in the evidence store (never in the database), its hash and who seized it.
-- custody_length and custody_head_hash anchor the chain, so a deleted last entry is seen.
CREATE TABLE evidence_exhibit (
  exhibit_id        VARCHAR(32)   NOT NULL,
  case_id           VARCHAR(32)   NOT NULL,
  description       VARCHAR(2000) NOT NULL,
  seized_at         TIMESTAMP(3)  NULL,
  seized_by         VARCHAR(255),
  file_name         VARCHAR(255)  NOT NULL,
  content_type      VARCHAR(255),
  size_bytes        BIGINT        NOT NULL,
  sha256            CHAR(64)      NOT NULL,
  storage_path      VARCHAR(500)  NOT NULL,
  registered_by     VARCHAR(255)  NOT NULL,
  registered_at     TIMESTAMP(3)  NOT NULL,
  custody_length    INT           NOT NULL,
  custody_head_hash CHAR(64)      NOT NULL,
  CONSTRAINT pk_evidence_exhibit PRIMARY KEY (exhibit_id),
  CONSTRAINT fk_evidence_exhibit_case FOREIGN KEY (case_id) REFERENCES case_file (case_id)
);
CREATE INDEX ix_evidence_exhibit_case ON evidence_exhibit (case_id);

-- The chain of custody: entry n holds the hash of entry n-1 and the exhibit's content hash;
-- entry_hash is SHA-256 over every other field (EvidenceChain).
CREATE TABLE evidence_custody (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  exhibit_id     VARCHAR(32)   NOT NULL,
  seq            INT           NOT NULL,
  action         VARCHAR(16)   NOT NULL,
  from_agency    VARCHAR(64),
  to_agency      VARCHAR(64)   NOT NULL,
  purpose        VARCHAR(500)  NOT NULL,
  recorded_by    VARCHAR(255)  NOT NULL,
  recorded_at    TIMESTAMP(3)  NOT NULL,
  content_sha256 CHAR(64)      NOT NULL,
  prev_hash      CHAR(64)      NOT NULL,
  entry_hash     CHAR(64)      NOT NULL,
  CONSTRAINT pk_evidence_custody PRIMARY KEY (id),
  CONSTRAINT uq_evidence_custody_seq UNIQUE (exhibit_id, seq),
  CONSTRAINT fk_evidence_custody_exhibit FOREIGN KEY (exhibit_id)
    REFERENCES evidence_exhibit (exhibit_id)
);
