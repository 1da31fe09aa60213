package org.prasan.casefile;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The engine's tasks of a case, as the read models and the access decision see them. */
@Component
public class CaseTasks {

  private final TaskService taskService;

  public CaseTasks(TaskService taskService) {
    this.taskService = taskService;
  }

  /** The groups a task waits for: its agencies (and their supervisors, for escalations). */
  public List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId)
        .filter(group -> group != null)
        .distinct()
        .toList();
  }

  /** The open tasks of every process of the case (called stages carry the case id too). */
  public List<Task> open(String caseId) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseId).list();
  }
}
