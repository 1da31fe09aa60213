package org.prasan.escalation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Attached to every user task of the models by {@link TaskClockParseListener}: a created task
 * gets its clock, a done or cancelled one loses it and closes its escalations, and a due date
 * moved in the Tasklist moves the clock.
 */
public class TaskClockListener implements TaskListener {

  private static final String DUE_DATE = "dueDate";

  private final ObjectProvider<TaskClocks> clocks;
  private final ObjectProvider<EscalationLadder> ladder;

  public TaskClockListener(ObjectProvider<TaskClocks> clocks,
                           ObjectProvider<EscalationLadder> ladder) {
    this.clocks = clocks;
    this.ladder = ladder;
  }

  @Override
  public void notify(DelegateTask delegateTask) {
    TaskEntity task = (TaskEntity) delegateTask;
    switch (delegateTask.getEventName()) {
      case EVENTNAME_CREATE -> {
        clocks.getObject().schedule(task);
        ladder.getObject().announce(task);
      }
      case EVENTNAME_COMPLETE -> {
        clocks.getObject().cancel(task);
        ladder.getObject().close(task, "Done: completed");
      }
      case EVENTNAME_DELETE -> {
        clocks.getObject().cancel(task);
        ladder.getObject().close(task, "Cancelled: " + deleteReason(task));
      }
      case EVENTNAME_UPDATE -> {
        if (task.getPropertyChanges().containsKey(DUE_DATE)) {
          clocks.getObject().reschedule(task);
          ladder.getObject().dueDateChanged(task);
        }
      }
      default -> {
        // Assignment keeps the clock: a reassigned task is as late as it was.
      }
    }
  }

  private static String deleteReason(TaskEntity task) {
    return task.getDeleteReason() == null ? "the case moved on" : task.getDeleteReason();
  }
}
