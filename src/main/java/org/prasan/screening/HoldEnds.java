package org.prasan.screening;

import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.prasan.system.EngineAccess;
import org.springframework.stereotype.Component;

/**
 * Moves a person's hold end in their process: the variable the hold timer's loop reads, and
 * the follow-up date of their open tasks, by which the screening queues sort (soonest hold
 * first). Nothing happens to a process that has ended.
 */
@Component
class HoldEnds {

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final EngineAccess engine;

  HoldEnds(RuntimeService runtimeService, TaskService taskService, EngineAccess engine) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.engine = engine;
  }

  /** Answers whether the process still runs (and so was moved). */
  boolean move(String processInstanceId, Date ends) {
    return engine.asSystem(() -> {
      if (runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId)
          .count() == 0) {
        return false;
      }
      runtimeService.setVariable(processInstanceId, PersonScreeningProcess.VAR_HOLD_ENDS_AT,
          ends);
      taskService.createTaskQuery().processInstanceId(processInstanceId).list()
          .forEach(task -> {
            task.setFollowUpDate(ends);
            taskService.saveTask(task);
            // A queued task shows its own copy of the hold end (ShowQueueFieldsDelegate).
            if (taskService.getVariableLocal(task.getId(),
                PersonScreeningProcess.VAR_HOLD_ENDS_AT) != null) {
              taskService.setVariableLocal(task.getId(), PersonScreeningProcess.VAR_HOLD_ENDS_AT,
                  ends);
            }
          });
      return true;
    });
  }
}
