package org.prasan.cluster;

/**
 * The test-only model {@code models/deadline-probe.bpmn}: a coordinator task with a deadline
 * timer, the shape of an SLA escalation. Element ids and variables, for the timer tests.
 */
public final class DeadlineProbe {

  public static final String PROCESS_KEY = "deadline-probe";
  public static final String BPMN = "models/deadline-probe.bpmn";
  public static final String FORM = "models/acknowledge-probe.form";
  /** Its start form: the deadline is its one field, so a person may start it with one. */
  public static final String START_FORM = "models/start-probe.form";
  public static final String TASK_ACKNOWLEDGE = "Task_AcknowledgeProbe";
  public static final String TIMER_DEADLINE_PASSED = "BoundaryEvent_DeadlinePassed";
  public static final String END_ACKNOWLEDGED = "EndEvent_Acknowledged";
  public static final String END_ESCALATED = "EndEvent_Escalated";
  /** A date: when the timer falls due. */
  public static final String VAR_DEADLINE = "deadline";
  public static final String VAR_ACKNOWLEDGED_BY = "acknowledgedBy";

  private DeadlineProbe() {
  }
}
