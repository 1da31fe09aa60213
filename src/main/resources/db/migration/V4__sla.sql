-- Legal deadlines of each case and the SLA history (warnings, escalations, extensions, clocks).
-- Written for both H2 and MariaDB. A running clock holds case_id:clock in open_key, NULL once
-- stopped: the unique index allows one running clock of a kind per case.

CREATE TABLE legal_clock (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  case_id        VARCHAR(32)   NOT NULL,
  clock          VARCHAR(64)   NOT NULL,
  open_key       VARCHAR(100),
  started_at     TIMESTAMP(3)  NOT NULL,
  ends_at        TIMESTAMP(3)  NOT NULL,
  latest_ends_at TIMESTAMP(3)  NULL,
  status         VARCHAR(16)   NOT NULL,
  started_by     VARCHAR(255),
  stopped_at     TIMESTAMP(3)  NULL,
  stop_reason    VARCHAR(500),
  CONSTRAINT pk_legal_clock PRIMARY KEY (id),
  CONSTRAINT uq_legal_clock_open UNIQUE (open_key)
);
CREATE INDEX ix_legal_clock_case ON legal_clock (case_id);
CREATE INDEX ix_legal_clock_running ON legal_clock (status, ends_at);

CREATE TABLE sla_event (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  case_id     VARCHAR(32)   NOT NULL,
  kind        VARCHAR(24)   NOT NULL,
  escalation_level VARCHAR(16),
  task_id     VARCHAR(64),
  task_key    VARCHAR(255),
  task_name   VARCHAR(255),
  agency      VARCHAR(64),
  clock       VARCHAR(64),
  due_at      TIMESTAMP(3)  NULL,
  told_group  VARCHAR(64),
  actor       VARCHAR(255),
  detail      VARCHAR(2000),
  escalation  VARCHAR(64),
  occurred_at TIMESTAMP(3)  NOT NULL,
  CONSTRAINT pk_sla_event PRIMARY KEY (id)
);
CREATE INDEX ix_sla_event_case ON sla_event (case_id, occurred_at);
CREATE INDEX ix_sla_event_agency ON sla_event (agency, occurred_at);
CREATE INDEX ix_sla_event_task ON sla_event (task_id);
