package org.prasan.sla;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Due dates of user tasks. Every user task in {@code processes/} declares
 * {@code camunda:dueDate="${sla.due(execution)}"}. The time allowed is the task's own
 * {@link ModelServiceLevel} in the deployed model if it has one, else its entry under
 * {@code prasan.sla.service-levels}, else the default level. A task that must beat a legal
 * clock of its case is due when the clock runs out, if that comes first (legal clocks stay in
 * configuration: they are law).
 */
@Component(ServiceLevels.BEAN_NAME)
public class ServiceLevels {

  public static final String BEAN_NAME = "sla";
  public static final String DUE_DATE_EXPRESSION = "${sla.due(execution)}";
  private static final Logger LOG = LoggerFactory.getLogger(ServiceLevels.class);

  private final SlaProperties properties;
  private final BusinessCalendar calendar;
  private final LegalClocks legalClocks;
  /** Per process definition and activity: deployed definitions never change. */
  private final Map<String, Optional<ServiceLevel>> modelLevels = new ConcurrentHashMap<>();
  private final Clock clock;

  public ServiceLevels(SlaProperties properties, BusinessCalendar calendar,
                       LegalClocks legalClocks, Clock clock) {
    this.clock = clock;
    this.properties = properties;
    this.calendar = calendar;
    this.legalClocks = legalClocks;
  }

  /** The due date of the user task the execution is about to create, from the engine clock. */
  public Date due(DelegateExecution execution) {
    String taskKey = execution.getCurrentActivityId();
    Instant now = clock.instant();
    Instant due = calendar.add(now, levelOf(execution));
    if (legalClocks.bindsTask(taskKey)) {
      Instant deadline = legalClocks.deadlineFor(execution.getProcessBusinessKey(), taskKey, now)
          .map(clock -> clock.deadlineAfter(now))
          .orElse(due);
      due = deadline.isBefore(due) ? deadline : due;
    }
    return Date.from(due);
  }

  /** The level the task about to be created is due at: its model's, else the configured one. */
  public ServiceLevel levelOf(DelegateExecution execution) {
    String taskKey = execution.getCurrentActivityId();
    String definition = execution.getProcessDefinitionId();
    Optional<ServiceLevel> own = definition == null ? Optional.empty()
        : modelLevels.computeIfAbsent(definition + "#" + taskKey, key -> readModel(execution));
    return own.orElseGet(() -> properties.serviceLevelOf(taskKey));
  }

  private static Optional<ServiceLevel> readModel(DelegateExecution execution) {
    try {
      return ModelServiceLevel.of(execution.getBpmnModelElementInstance());
    } catch (IllegalArgumentException invalid) {
      // The lint refuses such a model; one deployed past it falls back rather than failing.
      LOG.warn("Ignoring the service level of {} in {}: {}", execution.getCurrentActivityId(),
          execution.getProcessDefinitionId(), invalid.getMessage());
      return Optional.empty();
    }
  }

  /** When a service level that starts now runs out: the ladder's grace uses it too. */
  public Instant after(Instant start, ServiceLevel level) {
    return calendar.add(start, level);
  }
}
