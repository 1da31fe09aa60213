package org.prasan.escalation;

/**
 * Names shared by {@code processes/task-escalation.bpmn}, its form, the ladder's delegates,
 * the REST code and tests. One instance of the process climbs the ladder of one overdue task.
 */
public final class TaskEscalationProcess {

  public static final String PROCESS_KEY = "task-escalation";

  // Elements
  public static final String START_EVENT = "StartEvent_TaskOverdue";
  public static final String SERVICE_TASK_TELL_SUPERVISORS = "ServiceTask_TellSupervisors";
  public static final String TASK_REVIEW_OVERDUE_TASK = "Task_ReviewOverdueTask";
  public static final String TIMER_GRACE_OVER = "Timer_SupervisorsGraceOver";
  public static final String SERVICE_TASK_TELL_COORDINATOR = "ServiceTask_TellCoordinator";
  public static final String TASK_RESOLVE_OVERDUE_TASK = "Task_ResolveOverdueTask";
  public static final String GATEWAY_ACTION = "Gateway_EscalationAction";
  public static final String SERVICE_TASK_EXTEND = "ServiceTask_ExtendOverdueTask";
  public static final String SERVICE_TASK_REASSIGN = "ServiceTask_ReassignOverdueTask";
  public static final String SERVICE_TASK_REMIND = "ServiceTask_RemindTaskHolder";
  public static final String END_DUE_DATE_EXTENDED = "EndEvent_DueDateExtended";
  public static final String END_TASK_REASSIGNED = "EndEvent_TaskReassigned";
  public static final String END_HOLDER_REMINDED = "EndEvent_HolderReminded";
  public static final String END_ESCALATION_CLOSED = "EndEvent_EscalationClosed";

  // Messages
  /** Correlated by the overdue task's completion (or deletion): its ladder ends. */
  public static final String MESSAGE_OVERDUE_TASK_DONE = "Message_OverdueTaskDone";

  // Variables set when the ladder starts
  public static final String VAR_CASE_ID = "caseId";
  public static final String VAR_OVERDUE_TASK_ID = "overdueTaskId";
  public static final String VAR_OVERDUE_TASK_KEY = "overdueTaskKey";
  public static final String VAR_OVERDUE_TASK_NAME = "overdueTaskName";
  public static final String VAR_OVERDUE_AGENCY = "overdueAgency";
  /** Comma-separated supervisors' groups of the overdue task's agencies: candidate groups. */
  public static final String VAR_SUPERVISOR_GROUPS = "supervisorGroups";
  public static final String VAR_OVERDUE_HOLDER = "overdueHolder";
  public static final String VAR_OVERDUE_DUE_AT = "overdueDueAt";
  public static final String VAR_OVERDUE_DUE_AT_TEXT = "overdueDueAtText";
  /** The legal clock whose end the task missed; absent for a service level. */
  public static final String VAR_BREACHED_CLOCK = "breachedClock";
  public static final String VAR_BREACHED_DEADLINE = "breachedDeadline";
  public static final String VAR_COORDINATOR_ESCALATION_AT = "coordinatorEscalationAt";
  public static final String VAR_AGENCY_OFFICERS = "agencyOfficers";
  /** Set at each level: how late the task is when that level is told. */
  public static final String VAR_LATE_BY = "lateBy";

  // Form fields (handle-overdue-task)
  public static final String VAR_ESCALATION_ACTION = "escalationAction";
  public static final String VAR_REASSIGN_TO = "reassignTo";
  public static final String VAR_EXTENDED_DUE_AT = "extendedDueAt";
  public static final String VAR_EXTENSION_REASON = "extensionReason";
  public static final String VAR_ESCALATION_NOTE = "escalationNote";

  // Values of escalationAction
  public static final String REASSIGN = "REASSIGN";
  public static final String EXTEND = "EXTEND";
  public static final String REMIND = "REMIND";

  /** Extension property of the "tell" service tasks: SUPERVISORS or COORDINATOR. */
  public static final String PROPERTY_LEVEL = "escalationLevel";
  /** Local variable of an overdue task: the process instance of its running ladder. */
  public static final String TASK_VAR_ESCALATION = "slaEscalation";

  public static final String FORM_HANDLE_OVERDUE_TASK = "handle-overdue-task";

  // Delegates
  public static final String DELEGATE_RECORD_ESCALATION = "recordEscalationDelegate";
  public static final String DELEGATE_EXTEND = "extendOverdueTaskDelegate";
  public static final String DELEGATE_REASSIGN = "reassignOverdueTaskDelegate";
  public static final String DELEGATE_REMIND = "remindTaskHolderDelegate";

  private TaskEscalationProcess() {
  }
}
