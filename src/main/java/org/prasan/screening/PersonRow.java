package org.prasan.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.prasan.victim.AgeBand;

/**
 * One person of a handover list, checked. All of it is sealed in the person's row (the vault's
 * cipher); what stays in clear is derived: age band and flags, sex, nationality, languages,
 * arrival. A row sent again is compared with its opened seal: equal, nothing changes.
 */
record PersonRow(String listRef, String fullName, String sex, LocalDate dateOfBirth,
                 Integer estimatedAge, String nationality, List<String> languages,
                 String documentNumber, Instant arrivedAt, String notes) {

  static final int ADULT_AGE = 18;

  PersonRow {
    languages = List.copyOf(languages);
  }

  /** Age in whole years on the given day: from the birth date, else the estimate. */
  int ageOn(LocalDate day) {
    return dateOfBirth != null ? Period.between(dateOfBirth, day).getYears() : estimatedAge;
  }

  /** The vault's age bands, so a victim found here keeps the band the case process knows. */
  AgeBand ageBand(LocalDate day) {
    int age = ageOn(day);
    if (age < 15) {
      return AgeBand.UNDER_15;
    }
    return age < ADULT_AGE ? AgeBand.FROM_15_TO_17 : AgeBand.ADULT;
  }

  /** The Anti-TIP Act's child: under 18. */
  boolean child(LocalDate day) {
    return ageOn(day) < ADULT_AGE;
  }

  /** CPC s.133 bis: a person not over 18 is questioned the child's way. */
  boolean youthInterview(LocalDate day) {
    return ageOn(day) <= ADULT_AGE;
  }
}
