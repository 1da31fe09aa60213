-- Issue 15, item 3: who joined or left a group that reads victims' identities (an agency with
-- the role VICTIM_IDENTITIES, or its supervisors' group), by whom and when; shown to that
-- agency's supervisors. Written for both H2 and MariaDB.
CREATE TABLE vault_reader_membership (
  id           BIGINT         NOT NULL AUTO_INCREMENT,
  agency       VARCHAR(64)    NOT NULL,
  group_id     VARCHAR(64)    NOT NULL,
  user_id      VARCHAR(255)   NOT NULL,
  change_kind  VARCHAR(16)    NOT NULL,
  changed_by   VARCHAR(255)   NOT NULL,
  changed_at   TIMESTAMP(3)   NOT NULL,
  CONSTRAINT pk_vault_reader_membership PRIMARY KEY (id)
);
CREATE INDEX ix_vault_reader_membership_agency ON vault_reader_membership (agency, id);
