package org.prasan.escalation;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.prasan.notification.AgencyNotifications;
import org.prasan.notification.TaskLinks;
import org.prasan.sla.RecordedInstants;
import org.prasan.sla.SlaEvent;
import org.prasan.sla.SlaEvents;
import org.prasan.system.BangkokTime;
import org.prasan.system.Bilingual;
import org.prasan.system.RuleViolationException;
import org.springframework.stereotype.Service;

/**
 * What a supervisor or coordinator does about an overdue task from the escalation form:
 * extend its due date with a reason, give it to another officer of its agency, or remind the
 * holder. Each is recorded with who did it. Bad input is refused with a message the Tasklist
 * shows, and the escalation task stays open.
 */
@Service
public class OverdueTaskActions {

  private final TaskService taskService;
  private final IdentityService identityService;
  private final TaskClocks clocks;
  private final EscalationLadder ladder;
  private final SlaEvents events;
  private final AgencyNotifications notifications;
  private final TaskLinks links;
  private final Clock clock;

  public OverdueTaskActions(TaskService taskService, IdentityService identityService,
                            TaskClocks clocks, EscalationLadder ladder, SlaEvents events,
                            AgencyNotifications notifications, TaskLinks links,
                            Clock clock) {
    this.clock = clock;
    this.taskService = taskService;
    this.identityService = identityService;
    this.clocks = clocks;
    this.ladder = ladder;
    this.events = events;
    this.notifications = notifications;
    this.links = links;
  }

  /**
   * A new due date, never past a legal deadline's outermost end. The clock moves with it; the
   * ladder ends (its model terminates) and starts again if the new date passes too.
   */
  public void extend(String taskId, Object newDueValue, String reason, String actor) {
    TaskEntity task = openTask(taskId);
    Instant newDue = RecordedInstants.parse(TaskEscalationProcess.VAR_EXTENDED_DUE_AT,
        newDueValue);
    if (reason == null || reason.isBlank()) {
      throw RuleViolationException.field(TaskEscalationProcess.VAR_EXTENSION_REASON,
          Bilingual.of("การขยายเวลาต้องมีเหตุผล", "an extension needs a reason"));
    }
    if (!newDue.isAfter(now())) {
      throw RuleViolationException.field(TaskEscalationProcess.VAR_EXTENDED_DUE_AT,
          Bilingual.of("กำหนดเสร็จใหม่ " + BangkokTime.th(newDue) + " ต้องอยู่ในอนาคต",
              "the new due date " + BangkokTime.en(newDue) + " must lie in the future"));
    }
    clocks.legalDeadlineOf(task)
        .filter(clock -> newDue.isAfter(clock.outermostEnd()))
        .ifPresent(clock -> {
          throw RuleViolationException.field(TaskEscalationProcess.VAR_EXTENDED_DUE_AT,
              Bilingual.of(clock.name() + " (" + clock.law() + ") สิ้นสุด "
                      + BangkokTime.th(clock.outermostEnd())
                      + "; กฎหมายไม่อนุญาตให้กำหนดเสร็จหลังจากนั้น",
                  clock.name() + " (" + clock.law() + ") ends at "
                      + BangkokTime.en(clock.outermostEnd())
                      + "; the law allows no later due date"));
        });
    Instant previous = task.getDueDate().toInstant();
    task.setDueDate(Date.from(newDue));
    task.removeVariableLocal(TaskEscalationProcess.TASK_VAR_ESCALATION);
    clocks.reschedule(task);
    OverdueTask extended = OverdueTask.of(task);
    events.record(SlaEvent.of(extended.caseId(), SlaEvent.Kind.EXTENDED, now())
        .task(extended.taskId(), extended.taskKey(), extended.name())
        .agency(ladder.agencyGroups(extended).get(0)).dueAt(newDue).actor(actor)
        .detail("Due date moved from " + previous + " to " + newDue + ": " + reason).build());
  }

  /** Gives the task to another officer of one of its agencies; the clock keeps running. */
  public void reassign(String taskId, String userId, String actor) {
    TaskEntity task = openTask(taskId);
    OverdueTask overdue = OverdueTask.of(task);
    List<String> groups = ladder.agencyGroups(overdue);
    String user = userId == null ? "" : userId.strip();
    boolean officer = groups.stream().anyMatch(group ->
        identityService.createUserQuery().userId(user).memberOfGroup(group).count() > 0);
    if (!officer) {
      throw RuleViolationException.field(TaskEscalationProcess.VAR_REASSIGN_TO, Bilingual.of(
          "'" + user + "' ไม่ใช่เจ้าหน้าที่ของ " + String.join(" หรือ ", groups),
          "'" + user + "' is not an officer of " + String.join(" or ", groups)));
    }
    taskService.setAssignee(taskId, user);
    events.record(SlaEvent.of(overdue.caseId(), SlaEvent.Kind.REASSIGNED, now())
        .task(overdue.taskId(), overdue.taskKey(), overdue.name()).agency(groups.get(0))
        .dueAt(overdue.dueAt()).actor(actor)
        .detail("From " + (overdue.assignee() == null ? EscalationLadder.UNCLAIMED
            : overdue.assignee()) + " to " + user).build());
  }

  /** Reminds the task's agency (and so its holder) that it is late; the ladder goes on. */
  public void remind(String taskId, String note, String actor) {
    TaskEntity task = openTask(taskId);
    OverdueTask overdue = OverdueTask.of(task);
    String group = ladder.agencyGroups(overdue).get(0);
    String text = note == null || note.isBlank() ? "" : "\n" + note.strip();
    notifications.tell(overdue.caseId(), group,
        Bilingual.of("เตือน: " + overdue.name() + " เกินกำหนดแล้ว (" + overdue.caseId() + ")",
            "Reminder: " + overdue.name() + " is overdue (" + overdue.caseId() + ")"),
        Bilingual.of(overdue.name() + " มีกำหนดเสร็จ " + BangkokTime.th(overdue.dueAt()) + text
                + "\nเปิดงาน: " + links.toTask(overdue.taskId()),
            overdue.name() + " was due " + overdue.dueAt() + "." + text
                + "\nOpen it: " + links.toTask(overdue.taskId())));
    events.record(SlaEvent.of(overdue.caseId(), SlaEvent.Kind.REMINDED, now())
        .task(overdue.taskId(), overdue.taskKey(), overdue.name()).agency(group)
        .dueAt(overdue.dueAt()).told(group).actor(actor).detail(note).build());
  }

  /**
   * The overdue task of the ladder the delegate runs in, as the ladder recorded it: a task
   * whose escalation is another ladder (an id a client completed the escalation form with)
   * is refused, so an escalation acts on the task it was raised for and no other (issue 15).
   */
  public static String overdueTaskOf(DelegateExecution ladder) {
    String taskId = (String) ladder.getVariable(TaskEscalationProcess.VAR_OVERDUE_TASK_ID);
    TaskEntity task = taskId == null ? null
        : Context.getCommandContext().getTaskManager().findTaskById(taskId);
    if (task != null && !ladder.getProcessInstanceId().equals(
        task.getVariableLocal(TaskEscalationProcess.TASK_VAR_ESCALATION))) {
      throw RuleViolationException.field(TaskEscalationProcess.VAR_OVERDUE_TASK_ID,
          Bilingual.of("งาน " + taskId + " ไม่ใช่งานที่การเร่งรัดนี้ยกขึ้นมา",
              "task " + taskId + " is not the task this escalation was raised for"));
    }
    return taskId;
  }

  private static TaskEntity openTask(String taskId) {
    TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(taskId);
    if (task == null) {
      throw RuleViolationException.field(TaskEscalationProcess.VAR_OVERDUE_TASK_ID,
          Bilingual.of("งานที่เกินกำหนด " + taskId + " เสร็จไปแล้ว",
              "the overdue task " + taskId + " is already done"));
    }
    return task;
  }

  private Instant now() {
    return clock.instant();
  }
}
