package org.prasan.dashboard;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code prasan.dashboard}.
 *
 * @param weeks       ISO weeks of compliance shown, the current one included
 * @param clocksAhead how far ahead the list of legal clocks running out looks
 */
@ConfigurationProperties("prasan.dashboard")
public record DashboardProperties(Integer weeks, Duration clocksAhead) {

  public DashboardProperties {
    weeks = weeks == null ? 12 : weeks;
    clocksAhead = clocksAhead == null ? Duration.ofHours(72) : clocksAhead;
    if (weeks < 1 || weeks > 104) {
      throw new IllegalArgumentException("prasan.dashboard.weeks must be 1 to 104, not " + weeks);
    }
  }
}
