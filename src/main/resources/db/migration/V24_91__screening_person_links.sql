-- Numbered after v24.20 (issue 17's own numbers are taken by then): a database already at v24.20
-- applies it without out-of-order migrations.
-- What a person's screening interview found about who exploited them (issue 17): the compound
-- (name, location), the recruiter (name, phone) and the network (an online handle). The
-- recruiter's name and phone identify people: all of it is one AES-GCM ciphertext under the
-- vault's keys, bound to the person, operation and key (as screening_person's identity), never
-- a process variable. The coordinator's grouping board opens it in memory to suggest joint
-- cases. One row per person; a later screening round that records links replaces it.
CREATE TABLE screening_person_link (
  person_ref       VARCHAR(32)     NOT NULL,
  operation_id     VARCHAR(40)     NOT NULL,
  key_id           VARCHAR(64)     NOT NULL,
  links_ciphertext VARBINARY(4096) NOT NULL,
  updated_at       TIMESTAMP(3)    NOT NULL,
  CONSTRAINT pk_screening_person_link PRIMARY KEY (person_ref),
  CONSTRAINT fk_screening_link_person FOREIGN KEY (person_ref)
    REFERENCES screening_person (person_ref)
);
CREATE INDEX ix_screening_link_key ON screening_person_link (key_id);
