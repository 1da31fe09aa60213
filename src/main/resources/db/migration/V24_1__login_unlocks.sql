-- Issue 15, item 8: an administrator's unlock of a user whom failed logins made wait, with who
-- did it and when (the throttle itself lives in memory). Written for both H2 and MariaDB.
CREATE TABLE login_unlock (
  id           BIGINT         NOT NULL AUTO_INCREMENT,
  user_id      VARCHAR(255)   NOT NULL,
  sources      INT            NOT NULL,
  unlocked_by  VARCHAR(255)   NOT NULL,
  unlocked_at  TIMESTAMP(3)   NOT NULL,
  CONSTRAINT pk_login_unlock PRIMARY KEY (id)
);
