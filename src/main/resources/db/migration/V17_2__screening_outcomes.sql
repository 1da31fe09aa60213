-- What a person's screening recorded (issue 17): rights at first contact and the
-- interpreter's language, the sector and indicators found, the offences a victim was
-- compelled to commit, and what was done when the hold ended. Codes only, never a name.
ALTER TABLE screening_person ADD COLUMN rights_informed_at TIMESTAMP(3) NULL;
ALTER TABLE screening_person ADD COLUMN interpreter_language VARCHAR(3);
ALTER TABLE screening_person ADD COLUMN exploitation_sector VARCHAR(32);
ALTER TABLE screening_person ADD COLUMN indicators VARCHAR(300);
ALTER TABLE screening_person ADD COLUMN compelled_offences VARCHAR(300);
ALTER TABLE screening_person ADD COLUMN hold_end_action VARCHAR(32);
