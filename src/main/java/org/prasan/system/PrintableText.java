package org.prasan.system;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text a person could have typed: no control characters (NUL, escape, bell...), no unpaired
 * surrogates and no bidirectional overrides, which can make a log line or a form show other
 * text than is stored. {@code multiline} allows line breaks and tabs. {@code null} is valid.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PrintableTextValidator.class)
public @interface PrintableText {

  String message() default "{prasan.printableText}";

  boolean multiline() default false;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
