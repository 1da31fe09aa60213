package org.prasan.intake;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** One of Thailand's 77 provinces, by its English or Thai name. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ThaiProvince.Validator.class)
public @interface ThaiProvince {

  String message() default "{prasan.thaiProvince}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<ThaiProvince, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || Province.fromName(value).isPresent();
    }
  }
}
