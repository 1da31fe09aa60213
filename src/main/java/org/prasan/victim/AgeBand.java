package org.prasan.victim;

import java.time.LocalDate;
import java.time.Period;

/** The age bands the process knows ({@code victimAgeBand}), from a date of birth. */
public enum AgeBand {
  UNDER_15(VictimIdentificationProcess.AGE_BAND_UNDER_15),
  FROM_15_TO_17(VictimIdentificationProcess.AGE_BAND_15_TO_17),
  ADULT(VictimIdentificationProcess.AGE_BAND_ADULT);

  static final int ADULT_AGE = 18;

  private final String value;

  AgeBand(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }

  public boolean child() {
    return this != ADULT;
  }

  /**
   * CPC s.133 bis protects victims and witnesses aged 18 or under (อายุไม่เกินสิบแปดปี): one
   * year more than the bands' children, so an 18-year-old is an adult by band but is still
   * questioned as a child.
   */
  static boolean questionedAsChild(LocalDate dateOfBirth, LocalDate today) {
    return Period.between(dateOfBirth, today).getYears() <= ADULT_AGE;
  }

  static AgeBand of(LocalDate dateOfBirth, LocalDate today) {
    int age = Period.between(dateOfBirth, today).getYears();
    if (age < 15) {
      return UNDER_15;
    }
    return age < ADULT_AGE ? FROM_15_TO_17 : ADULT;
  }

  static AgeBand fromValue(String value) {
    for (AgeBand band : values()) {
      if (band.value.equals(value)) {
        return band;
      }
    }
    throw new IllegalArgumentException("Unknown age band " + value);
  }
}
