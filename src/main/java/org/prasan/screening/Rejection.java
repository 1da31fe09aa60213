package org.prasan.screening;

import org.prasan.system.Bilingual;

/** A row of a list that was not taken: its number, the field and why, in Thai and English. */
public record Rejection(int row, String field, String reason, String reasonTh) {

  static Rejection of(int row, String field, Bilingual why) {
    return new Rejection(row, field, why.en(), why.th());
  }
}
