package org.prasan.deconfliction;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/** Checks {@link IdentifierOfItsType}; a missing type or value is other constraints' part. */
public class IdentifierOfItsTypeValidator
    implements ConstraintValidator<IdentifierOfItsType, TipIdentifier> {

  private static final Pattern PHONE = Pattern.compile("\\+?[0-9()\\s.\\-]+");
  /** A four-digit hotline (1300) up to E.164's fifteen digits. */
  private static final int FEWEST_DIGITS = 3;
  private static final int MOST_DIGITS = 15;

  @Override
  public boolean isValid(TipIdentifier identifier, ConstraintValidatorContext context) {
    if (identifier == null || identifier.type() != IdentifierType.PHONE
        || identifier.value() == null || identifier.value().isBlank()) {
      return true;
    }
    if (isPhone(identifier.value().strip())) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addPropertyNode("value").addConstraintViolation();
    return false;
  }

  static boolean isPhone(String value) {
    if (!PHONE.matcher(value).matches()) {
      return false;
    }
    long digits = value.chars().filter(Character::isDigit).count();
    return digits >= FEWEST_DIGITS && digits <= MOST_DIGITS;
  }
}
