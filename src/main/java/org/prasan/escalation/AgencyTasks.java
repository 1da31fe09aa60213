package org.prasan.escalation;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The open tasks of one agency, as an engine query to count: every task its group is a
 * candidate for, claimed or not. The metrics and the dashboard count the same tasks.
 */
@Component
public class AgencyTasks {

  private final TaskService taskService;

  public AgencyTasks(TaskService taskService) {
    this.taskService = taskService;
  }

  public TaskQuery of(String agency) {
    return taskService.createTaskQuery().taskCandidateGroup(agency).includeAssignedTasks();
  }
}
