package org.prasan.statistics;

import java.util.Locale;
import java.util.Set;

/** Nationalities as ISO 3166 alpha-2 codes (HTCDS {@code prs_Nationality}); ZZ: unknown. */
public final class Nationality {

  public static final String UNKNOWN = "ZZ";
  private static final Set<String> CODES = Set.of(Locale.getISOCountries());

  private Nationality() {
  }

  public static boolean isValid(Object value) {
    return value instanceof String code && (CODES.contains(code) || UNKNOWN.equals(code));
  }
}
