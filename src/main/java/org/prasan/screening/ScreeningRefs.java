package org.prasan.screening;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * Random references in Crockford's base32, derived from nothing about a person: operations
 * ({@code SO-7K3Q-9XMP}), imports ({@code SI-...}) and screened people
 * ({@code SP-7K3Q-9XMP-2ZTA-H4EC}, 80 bits, as the vault's victim refs).
 */
@Component
public class ScreeningRefs {

  static final String OPERATION_PATTERN = "SO-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}";
  static final String IMPORT_PATTERN = "SI-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}";
  static final String PERSON_PATTERN = "SP-([0-9A-HJKMNP-TV-Z]{4}-){3}[0-9A-HJKMNP-TV-Z]{4}";
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

  private final SecureRandom random = new SecureRandom();

  public String operation() {
    return next("SO", 2);
  }

  public String importId() {
    return next("SI", 2);
  }

  public String petition() {
    return next("SX", 2);
  }

  public String grouping() {
    return next("SG", 2);
  }

  public String person() {
    return next("SP", 4);
  }

  private String next(String prefix, int groups) {
    StringBuilder ref = new StringBuilder(prefix);
    for (int group = 0; group < groups; group++) {
      ref.append('-');
      for (int i = 0; i < 4; i++) {
        ref.append(ALPHABET[random.nextInt(ALPHABET.length)]);
      }
    }
    return ref.toString();
  }
}
