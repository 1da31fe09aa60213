package org.prasan.victim;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * Pseudonymous victim references such as {@code VR-7K3Q-9XMP-2ZTA-H4EC}: 80 random bits in
 * Crockford's base32, derived from nothing about the person, so a reference reveals nothing
 * and cannot be guessed from a name.
 */
@Component
public class VictimRefs {

  static final String PATTERN = "VR-([0-9A-HJKMNP-TV-Z]{4}-){3}[0-9A-HJKMNP-TV-Z]{4}";
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

  private final SecureRandom random = new SecureRandom();

  public String next() {
    StringBuilder ref = new StringBuilder("VR");
    for (int group = 0; group < 4; group++) {
      ref.append('-');
      for (int i = 0; i < 4; i++) {
        ref.append(ALPHABET[random.nextInt(ALPHABET.length)]);
      }
    }
    return ref.toString();
  }
}
