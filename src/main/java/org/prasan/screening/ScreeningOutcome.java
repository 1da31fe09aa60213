package org.prasan.screening;

/** What the MDT's screening found (form field {@code screeningOutcome}). */
public enum ScreeningOutcome {
  VICTIM,
  NOT_VICTIM,
  /** A victim compelled to commit offences: which ones, and a recommendation to the prosecutor. */
  VICTIM_COMPELLED,
  /** A court extension or NRM temporary shelter (15 days at most, with consent), then again. */
  NEEDS_MORE_TIME
}
