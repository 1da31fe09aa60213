package org.prasan.system;

/**
 * One field a refusal names: its key as the caller sent it ({@code receivedAt},
 * {@code identifiers[0].value}, a form field's key), the label a person knows it by when
 * there is one, and what is wrong with it.
 *
 * @param label the field's label in Thai and English, or null
 */
public record FieldProblem(String field, Bilingual label, Bilingual message) {

  public static FieldProblem of(String field, Bilingual message) {
    return new FieldProblem(field, null, message);
  }

  /** {@code field: message}, in both languages. */
  public Bilingual describe() {
    return message.prefixed(field + ": ");
  }
}
