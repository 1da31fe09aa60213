package org.prasan.system;

import java.util.Objects;

/**
 * A text in Thai and English. Every refusal says why in both: officers in the provinces read
 * Thai, liaison officers and foreign agencies read English. Where only one text fits (the
 * engine's REST answer, a log line) it is {@link #text()}: Thai, then English, as the forms
 * write their labels.
 */
public record Bilingual(String th, String en) {

  public static final String SEPARATOR = " / ";

  public Bilingual {
    Objects.requireNonNull(th, "th");
    Objects.requireNonNull(en, "en");
  }

  public static Bilingual of(String th, String en) {
    return new Bilingual(th, en);
  }

  /** The two texts with the same words before each (a field name, an id). */
  public Bilingual prefixed(String prefix) {
    return new Bilingual(prefix + th, prefix + en);
  }

  /** Thai, then English, in one line. */
  public String text() {
    return th + SEPARATOR + en;
  }

  @Override
  public String toString() {
    return text();
  }
}
