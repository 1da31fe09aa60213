-- The reporting store (issue 21): the facts Thailand reports every year (US TIP report, UNODC
-- GLOTIP, SDG 16.2.2, the Thai country report), copied from the forms when officers complete
-- the tasks that record them (statistics/FactsTaskListener). Figures are counted here, never
-- from the engine's variables. No names or document numbers: refs and codes only.
CREATE TABLE stat_case (
  case_id                  VARCHAR(32)    NOT NULL,
  province                 VARCHAR(64),
  opened_at                TIMESTAMP(3)   NULL,
  investigation_started_at TIMESTAMP(3)   NULL,
  case_file_submitted_at   TIMESTAMP(3)   NULL,
  suspects_male            INT,
  suspects_female          INT,
  suspect_nationality      VARCHAR(2),
  officials_suspected      INT,
  charging_decision        VARCHAR(32),
  charging_decided_at      TIMESTAMP(3)   NULL,
  principal_charge         VARCHAR(32),
  indictment_filed_at      TIMESTAMP(3)   NULL,
  verdict                  VARCHAR(32),
  judgment_at              TIMESTAMP(3)   NULL,
  sentence_months          INT,
  compensation_claimed     DECIMAL(15, 2),
  compensation_awarded     DECIMAL(15, 2),
  compensation_paid        DECIMAL(15, 2),
  CONSTRAINT pk_stat_case PRIMARY KEY (case_id)
);

-- One row per identification: a group of victims identified together by the MDT.
CREATE TABLE stat_victim_group (
  task_id        VARCHAR(64)  NOT NULL,
  case_id        VARCHAR(32)  NOT NULL,
  identified_at  TIMESTAMP(3) NOT NULL,
  women          INT          NOT NULL,
  girls          INT          NOT NULL,
  men            INT          NOT NULL,
  boys           INT          NOT NULL,
  age_band       VARCHAR(16)  NOT NULL,
  nationality    VARCHAR(2)   NOT NULL,
  exploitation   VARCHAR(32)  NOT NULL,
  sector         VARCHAR(32)  NOT NULL,
  CONSTRAINT pk_stat_victim_group PRIMARY KEY (task_id)
);
CREATE INDEX ix_stat_victim_group_when ON stat_victim_group (identified_at);

-- AMLO's provisional seizures (AML Act s.48) and what became of them.
CREATE TABLE stat_seizure (
  task_id     VARCHAR(64)    NOT NULL,
  case_id     VARCHAR(32)    NOT NULL,
  seized_at   TIMESTAMP(3)   NOT NULL,
  value_thb   DECIMAL(15, 2) NOT NULL,
  decision    VARCHAR(32),
  CONSTRAINT pk_stat_seizure PRIMARY KEY (task_id)
);
CREATE INDEX ix_stat_seizure_case ON stat_seizure (case_id);
