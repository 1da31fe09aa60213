package org.prasan.statistics;

/** The reports that ask for the figures, by the names their readers know them by. */
final class Reports {

  static final String US_TIP = "US TIP report";
  static final String GLOTIP = "UNODC GLOTIP";
  static final String SDG = "SDG 16.2.2";
  static final String THAILAND = "Thailand's country report";

  private Reports() {
  }
}
