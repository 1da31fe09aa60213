package org.prasan.deconfliction;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An identifier's value is written as its type is (issue 15, item 13): a PHONE is digits, with
 * at most a leading {@code +} and the spaces, dashes, dots and brackets people write between
 * them ({@code not a phone ' or 1=1} was stored). The refusal names {@code value}.
 */
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IdentifierOfItsTypeValidator.class)
public @interface IdentifierOfItsType {

  String message() default "{prasan.phone}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
