package org.prasan.models;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.prasan.sla.HumanDuration;
import org.prasan.sla.LegalClockProperties;
import org.prasan.sla.SlaProperties;

/**
 * The clocks a coordinator sees beside the models, read-only: the configured service levels
 * (a model's own {@code serviceLevel} property wins over these for its task) and the legal
 * clocks, which are law and stay in configuration, each with its source.
 */
public record ProcedureClocks(String defaultServiceLevel, Map<String, String> serviceLevels,
                              List<Clock> legalClocks, String zone) {

  /** One legal clock of {@code prasan.sla.legal-clocks}, as configured. */
  public record Clock(String id, String name, String law, String startsFrom, String duration,
                      String longer, String latest, String warnBefore, List<String> dueTasks) {
  }

  static ProcedureClocks of(SlaProperties sla) {
    Map<String, String> levels = new TreeMap<>();
    sla.serviceLevels().forEach((task, level) -> levels.put(task, level.toString()));
    List<Clock> clocks = new TreeMap<>(sla.legalClocks()).entrySet().stream()
        .map(entry -> clock(entry.getKey(), entry.getValue())).toList();
    return new ProcedureClocks(sla.defaultServiceLevel().toString(), levels, clocks,
        sla.calendar().zone().getId());
  }

  private static Clock clock(String id, LegalClockProperties clock) {
    String longer = clock.longer() == null ? null : clock.longer().duration() + " when "
        + clock.longer().variable() + " ≥ " + clock.longer().atLeast();
    return new Clock(id, clock.name(), clock.law(),
        clock.startsFrom() == null ? clock.endsAt() : clock.startsFrom(),
        String.valueOf(clock.duration()), longer,
        clock.latest() == null ? null : clock.latest().toString(),
        HumanDuration.of(clock.warnBefore()), clock.dueTasks());
  }
}
