-- One court-extension petition (Anti-TIP Act s.29) per operation for everyone who cannot be
-- screened before their hold ends, raised before the first of those holds ends (issue 17);
-- each person keeps their own end. The court's order extends each hold, 7 days at most.
CREATE TABLE screening_petition (
  petition_id        VARCHAR(40)   NOT NULL,
  operation_id       VARCHAR(40)   NOT NULL,
  status             VARCHAR(16)   NOT NULL,
  raised_at          TIMESTAMP(3)  NOT NULL,
  first_hold_ends_at TIMESTAMP(3)  NOT NULL,
  court_order_ref    VARCHAR(100),
  granted_until      TIMESTAMP(3)  NULL,
  decided_by         VARCHAR(255),
  decided_at         TIMESTAMP(3)  NULL,
  CONSTRAINT pk_screening_petition PRIMARY KEY (petition_id),
  CONSTRAINT fk_screening_petition_operation FOREIGN KEY (operation_id)
    REFERENCES screening_operation (operation_id)
);
CREATE INDEX ix_screening_petition_operation ON screening_petition (operation_id, status);

CREATE TABLE screening_petition_person (
  petition_id  VARCHAR(40)  NOT NULL,
  person_ref   VARCHAR(32)  NOT NULL,
  hold_ends_at TIMESTAMP(3) NOT NULL,
  CONSTRAINT pk_screening_petition_person PRIMARY KEY (petition_id, person_ref),
  CONSTRAINT fk_screening_petition_person FOREIGN KEY (petition_id)
    REFERENCES screening_petition (petition_id)
);
