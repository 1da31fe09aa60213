package org.prasan.sla;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Due dates of user tasks. Every user task in {@code processes/} declares
 * {@code camunda:dueDate="${sla.due(execution)}"}, so the service level lives in configuration
 * and the model only says that the task has one. A task that must beat a legal clock of its
 * case is due when the clock runs out, if that comes first.
 */
@Component(ServiceLevels.BEAN_NAME)
public class ServiceLevels {

  public static final String BEAN_NAME = "sla";
  public static final String DUE_DATE_EXPRESSION = "${sla.due(execution)}";

  private final SlaProperties properties;
  private final BusinessCalendar calendar;
  private final LegalClocks legalClocks;
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
    Instant due = calendar.add(now, properties.serviceLevelOf(taskKey));
    if (legalClocks.bindsTask(taskKey)) {
      Instant deadline = legalClocks.deadlineFor(execution.getProcessBusinessKey(), taskKey, now)
          .map(clock -> clock.deadlineAfter(now))
          .orElse(due);
      due = deadline.isBefore(due) ? deadline : due;
    }
    return Date.from(due);
  }

  /** When a service level that starts now runs out: the ladder's grace uses it too. */
  public Instant after(Instant start, ServiceLevel level) {
    return calendar.add(start, level);
  }
}
