-- The mail outbox (issue 23): one row per mail, written in the transaction that told a group
-- (a new task, an escalation), sent by notification/OutboxSender on any node, retried with a
-- growing wait until SENT or, after the last attempt, FAILED (listed for administrators).
-- subject and body hold the Thai text, then the English. Written for both H2 and MariaDB.
CREATE TABLE mail_outbox (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  case_id         VARCHAR(32),
  recipient       VARCHAR(255)  NOT NULL,
  subject         VARCHAR(500)  NOT NULL,
  body            VARCHAR(8000) NOT NULL,
  status          VARCHAR(16)   NOT NULL,
  attempts        INT           NOT NULL,
  next_attempt_at TIMESTAMP(3)  NOT NULL,
  last_error      VARCHAR(1000),
  created_at      TIMESTAMP(3)  NOT NULL,
  sent_at         TIMESTAMP(3)  NULL,
  CONSTRAINT pk_mail_outbox PRIMARY KEY (id)
);
-- The sender's question every few seconds: what is PENDING and due.
CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at);
