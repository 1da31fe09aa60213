package org.prasan.escalation;

import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;

/**
 * What a task clock job does when it fires: start the ladder of an overdue task, warn that a
 * legal deadline it must beat nears, or record that the deadline passed while the task was
 * open. Stored in the job as {@code OVERDUE:<taskId>}.
 */
public record TaskClockJob(Kind kind, String taskId) implements JobHandlerConfiguration {

  public enum Kind { OVERDUE, WARNING, BREACH }

  public static TaskClockJob parse(String canonical) {
    int colon = canonical.indexOf(':');
    return new TaskClockJob(Kind.valueOf(canonical.substring(0, colon)),
        canonical.substring(colon + 1));
  }

  @Override
  public String toCanonicalString() {
    return kind.name() + ":" + taskId;
  }
}
