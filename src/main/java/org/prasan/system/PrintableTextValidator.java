package org.prasan.system;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PrintableText}. */
public class PrintableTextValidator implements ConstraintValidator<PrintableText, CharSequence> {

  private boolean multiline;

  @Override
  public void initialize(PrintableText annotation) {
    multiline = annotation.multiline();
  }

  @Override
  public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
    if (text == null) {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c) || !allowed(c)) {
        return false;
      }
    }
    return true;
  }

  private boolean allowed(char c) {
    if (c == '\n' || c == '\r' || c == '\t') {
      return multiline;
    }
    if (Character.getType(c) == Character.CONTROL) {
      return false;
    }
    // Bidirectional embeddings, overrides and isolates (U+202A-202E, U+2066-2069).
    return !(c >= '\u202A' && c <= '\u202E') && !(c >= '\u2066' && c <= '\u2069');
  }
}
