package org.prasan.sla;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every clock of {@code prasan.sla}: service levels per user task (by BPMN id) counted on the
 * business calendar, legal deadlines in calendar time, and the escalation ladder.
 */
@ConfigurationProperties("prasan.sla")
public record SlaProperties(ServiceLevel defaultServiceLevel,
                            Map<String, ServiceLevel> serviceLevels,
                            BusinessCalendar.Properties calendar,
                            Map<String, LegalClockProperties> legalClocks,
                            Escalation escalation) {

  public SlaProperties {
    defaultServiceLevel = defaultServiceLevel == null
        ? ServiceLevel.workingDays(3) : defaultServiceLevel;
    serviceLevels = serviceLevels == null ? Map.of() : Map.copyOf(serviceLevels);
    calendar = calendar == null ? new BusinessCalendar.Properties(null, null, null, null, null)
        : calendar;
    legalClocks = legalClocks == null ? Map.of() : Map.copyOf(legalClocks);
    escalation = escalation == null ? new Escalation(null, null, null) : escalation;
  }

  /** Service levels only, as the model lint and the process tests need them. */
  public static SlaProperties serviceLevels(ServiceLevel defaultLevel,
                                            Map<String, ServiceLevel> levels) {
    return new SlaProperties(defaultLevel, levels, null, null, null);
  }

  public ServiceLevel serviceLevelOf(String taskId) {
    return serviceLevels.getOrDefault(taskId, defaultServiceLevel);
  }

  public Optional<LegalClockProperties> legalClock(String name) {
    return Optional.ofNullable(legalClocks.get(name));
  }

  /**
   * The ladder an overdue task climbs: its agency's supervisors at once, the coordinators
   * after a grace.
   *
   * @param coordinatorGrace      time the supervisors have before the coordinators are told
   * @param legalCoordinatorGrace the same when a legal deadline has passed (calendar time)
   * @param excludedProcesses     processes whose tasks never escalate (the ladder's own)
   */
  public record Escalation(ServiceLevel coordinatorGrace, Duration legalCoordinatorGrace,
                           List<String> excludedProcesses) {

    public Escalation {
      coordinatorGrace = coordinatorGrace == null ? ServiceLevel.workingDays(1) : coordinatorGrace;
      legalCoordinatorGrace = legalCoordinatorGrace == null ? Duration.ofHours(2)
          : legalCoordinatorGrace;
      excludedProcesses = excludedProcesses == null ? List.of("task-escalation")
          : List.copyOf(excludedProcesses);
    }
  }
}
