package org.prasan.system;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;

/**
 * An instant an officer could have recorded: not before 2000 (a {@code receivedAt} of year
 * 0000 was stored, issue 15). {@code null} is valid; {@code @NotNull} says otherwise.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = RecentInstant.Validator.class)
public @interface RecentInstant {

  Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

  String message() default "{prasan.recentInstant}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks {@link RecentInstant}. */
  class Validator implements ConstraintValidator<RecentInstant, Instant> {

    @Override
    public boolean isValid(Instant value, ConstraintValidatorContext context) {
      return value == null || !value.isBefore(EARLIEST);
    }
  }
}
