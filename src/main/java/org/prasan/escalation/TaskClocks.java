package org.prasan.escalation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.prasan.sla.LegalClock;
import org.prasan.sla.LegalClocks;
import org.springframework.stereotype.Component;

/**
 * The engine timers behind every user task's clock: one at its due date, which starts the
 * escalation ladder; and for a task that must beat a legal deadline, one {@code warn-before}
 * it and one at the deadline itself when the due date comes earlier. They are jobs of the
 * task's execution, so they survive restarts, fire on exactly one node of a cluster and follow
 * the engine clock in tests. Called inside engine commands only.
 */
@Component
public class TaskClocks {

  private final LegalClocks legalClocks;
  private final Clock clock;

  public TaskClocks(LegalClocks legalClocks, Clock clock) {
    this.legalClocks = legalClocks;
    this.clock = clock;
  }

  public void schedule(TaskEntity task) {
    ExecutionEntity execution = task.getExecution();
    if (task.getDueDate() == null || execution == null) {
      return;
    }
    Instant due = task.getDueDate().toInstant();
    newTimer(execution, job(TaskClockJob.Kind.OVERDUE, task), due);
    Instant now = clock.instant();
    boundClock(task).ifPresent(clock -> {
      Instant deadline = clock.deadlineAfter(now);
      Instant warnAt = deadline.minus(legalClocks.warnBefore(clock.clock()));
      if (warnAt.isAfter(now) && warnAt.isBefore(deadline)) {
        newTimer(execution, job(TaskClockJob.Kind.WARNING, task), warnAt);
      }
      if (deadline.isAfter(due)) {
        newTimer(execution, job(TaskClockJob.Kind.BREACH, task), deadline);
      }
    });
  }

  public void cancel(TaskEntity task) {
    ExecutionEntity execution = task.getExecution();
    if (execution == null) {
      return;
    }
    for (JobEntity job : new ArrayList<>(execution.getJobs())) {
      if (TaskClockJobHandler.TYPE.equals(job.getJobHandlerType())
          && task.getId().equals(TaskClockJob.parse(job.getJobHandlerConfigurationRaw()).taskId())) {
        job.delete();
      }
    }
  }

  /** The due date moved: the clock moves with it. */
  public void reschedule(TaskEntity task) {
    cancel(task);
    schedule(task);
  }

  /**
   * Whether the task's overdue clock may act now: it is late. Fired before its due date (its
   * job moved or run by hand), the clock is set again at the due date and does nothing now.
   */
  public boolean overdueNow(TaskEntity task) {
    if (task.getDueDate() == null || task.getExecution() == null) {
      return false;
    }
    Instant due = task.getDueDate().toInstant();
    if (due.isAfter(clock.instant())) {
      newTimer(task.getExecution(), job(TaskClockJob.Kind.OVERDUE, task), due);
      return false;
    }
    return true;
  }

  /**
   * Whether the task's warning may go out now: a legal clock still binds it and its warning
   * time has come, its deadline not yet. Fired earlier (a job moved or run by hand), the
   * warning is set again for its time; once the deadline has passed the breach speaks instead.
   */
  public boolean warningNow(TaskEntity task) {
    Optional<LegalClock> bound = boundClock(task);
    if (bound.isEmpty()) {
      return false;
    }
    Instant now = clock.instant();
    Instant deadline = bound.get().deadlineAfter(now);
    Instant warnAt = deadline.minus(legalClocks.warnBefore(bound.get().clock()));
    if (warnAt.isAfter(now)) {
      newTimer(task.getExecution(), job(TaskClockJob.Kind.WARNING, task), warnAt);
      return false;
    }
    return deadline.isAfter(now);
  }

  /**
   * Whether the task's legal deadline has passed now, the clock still running. Fired before
   * the clock's end, the breach is set again for the end and records nothing now.
   */
  public boolean breachedNow(TaskEntity task) {
    Optional<LegalClock> bound = boundClock(task);
    if (bound.isEmpty()) {
      return false;
    }
    Instant end = bound.get().endsAt();
    if (end.isAfter(clock.instant())) {
      newTimer(task.getExecution(), job(TaskClockJob.Kind.BREACH, task), end);
      return false;
    }
    return true;
  }

  /** The running legal clock the task must beat, if any: its deadline may be after the due. */
  public Optional<LegalClock> boundClock(TaskEntity task) {
    ExecutionEntity execution = task.getExecution();
    if (execution == null || !legalClocks.bindsTask(task.getTaskDefinitionKey())) {
      return Optional.empty();
    }
    return legalClocks.deadlineFor(execution.getProcessBusinessKey(),
        task.getTaskDefinitionKey(), clock.instant());
  }

  /** The legal clock whose end set the task's due date, if one did. */
  public Optional<LegalClock> legalDeadlineOf(TaskEntity task) {
    ExecutionEntity execution = task.getExecution();
    if (task.getDueDate() == null || execution == null
        || !legalClocks.bindsTask(task.getTaskDefinitionKey())) {
      return Optional.empty();
    }
    Instant due = task.getDueDate().toInstant();
    return legalClocks.deadlineFor(execution.getProcessBusinessKey(),
            task.getTaskDefinitionKey(), due.minusMillis(1))
        .filter(clock -> due.equals(clock.endsAt()) || due.equals(clock.latestEndsAt()));
  }

  private static TaskClockJob job(TaskClockJob.Kind kind, TaskEntity task) {
    return new TaskClockJob(kind, task.getId());
  }

  private static void newTimer(ExecutionEntity execution, TaskClockJob job, Instant at) {
    TimerEntity timer = new TimerEntity();
    timer.setJobHandlerType(TaskClockJobHandler.TYPE);
    timer.setJobHandlerConfiguration(job);
    timer.setDuedate(Date.from(at));
    timer.setExclusive(true);
    timer.setExecution(execution);
    timer.setDeploymentId(execution.getProcessDefinition().getDeploymentId());
    Context.getCommandContext().getJobManager().schedule(timer);
  }
}
