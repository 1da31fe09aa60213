package org.prasan.escalation;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Runs a task clock job, each checking at the instant it fires that it is due: a task done
 * before its job fired has taken the job with it; an overdue clock that fires before the
 * task's due date, or for a task whose ladder already climbs, starts nothing; a warning before
 * its time or a breach before the legal clock's end tells nobody and waits for its time; a
 * stopped clock warns and breaches nothing (issue 15: a job moved into the past escalated a
 * task on time). A failure
 * here is technical, so the engine retries the job and raises an incident.
 */
public class TaskClockJobHandler implements JobHandler<TaskClockJob> {

  public static final String TYPE = "prasan-task-clock";

  private final ObjectProvider<TaskClocks> clocks;
  private final ObjectProvider<EscalationLadder> ladder;

  public TaskClockJobHandler(ObjectProvider<TaskClocks> clocks,
                             ObjectProvider<EscalationLadder> ladder) {
    this.clocks = clocks;
    this.ladder = ladder;
  }

  @Override
  public String getType() {
    return TYPE;
  }

  @Override
  public void execute(TaskClockJob job, ExecutionEntity execution, CommandContext commandContext,
                      String tenantId) {
    TaskEntity task = commandContext.getTaskManager().findTaskById(job.taskId());
    if (task == null) {
      return;
    }
    switch (job.kind()) {
      case OVERDUE -> {
        // Checked again as it fires: the job's due date is not the task's.
        if (clocks.getObject().overdueNow(task)
            && task.getVariableLocal(TaskEscalationProcess.TASK_VAR_ESCALATION) == null) {
          ladder.getObject().open(task);
        }
      }
      case WARNING -> {
        if (clocks.getObject().warningNow(task)) {
          ladder.getObject().warn(task);
        }
      }
      case BREACH -> {
        if (clocks.getObject().breachedNow(task)) {
          ladder.getObject().breach(task);
        }
      }
      default -> throw new IllegalStateException("Unknown task clock job " + job);
    }
  }

  @Override
  public TaskClockJob newConfiguration(String canonicalString) {
    return TaskClockJob.parse(canonicalString);
  }

  @Override
  public void onDelete(TaskClockJob configuration, JobEntity jobEntity) {
    // Nothing to clean up: the job holds only the task's id.
  }
}
