package org.prasan.statistics;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Thailand's population by year, the denominator of SDG indicator 16.2.2 (victims of
 * trafficking per 100,000 population). Configured, not fetched: the figures are published once a
 * year and a report must say which ones it used.
 *
 * @param source where the figures come from, shown with every rate
 * @param byYear the population at the end of each year
 */
@ConfigurationProperties("prasan.statistics.population")
public record PopulationProperties(String source, Map<Integer, Long> byYear) {

  public PopulationProperties {
    source = source == null ? "" : source;
    byYear = byYear == null ? Map.of() : Map.copyOf(byYear);
  }

  /**
   * The population of the period's last year or, before the next year's figure is published,
   * of the latest earlier year; empty when none is configured that early.
   */
  public Optional<Map.Entry<Integer, Long>> forYear(int year) {
    return Optional.ofNullable(new TreeMap<>(byYear).floorEntry(year));
  }
}
