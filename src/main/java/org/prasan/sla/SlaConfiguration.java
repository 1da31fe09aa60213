package org.prasan.sla;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The business calendar, from {@code prasan.sla.calendar}. */
@Configuration
public class SlaConfiguration {

  @Bean
  BusinessCalendar businessCalendar(SlaProperties properties) {
    return new BusinessCalendar(properties.calendar());
  }
}
