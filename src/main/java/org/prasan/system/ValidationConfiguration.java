package org.prasan.system;

import java.time.Duration;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Agency systems' clocks are never exactly ours: "not in the future" allows a small skew
 * ({@code prasan.api.clock-skew}) so a tip stamped a second ahead is not refused.
 */
@Configuration
public class ValidationConfiguration {

  @Bean
  ValidationConfigurationCustomizer clockSkewTolerance(
      @Value("${prasan.api.clock-skew:PT2M}") Duration clockSkew) {
    return configuration -> {
      if (configuration instanceof HibernateValidatorConfiguration hibernate) {
        hibernate.temporalValidationTolerance(clockSkew);
      }
    };
  }
}
