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
  private final org.camunda.bpm.engine.RuntimeService runtimeService;

  public CaseTasks(TaskService taskService, org.camunda.bpm.engine.RuntimeService runtimeService) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
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

  /** The open tasks of these cases that wait for any of these groups, one query. */
  public List<Task> openOfAnyFor(List<String> caseIds, List<String> candidateGroups) {
    return taskService.createTaskQuery()
        .processInstanceBusinessKeyIn(caseIds.toArray(String[]::new))
        .taskCandidateGroupIn(candidateGroups).includeAssignedTasks().list();
  }

  /** The cases (business keys) of these tasks' process instances, by process instance. */
  public java.util.Map<String, String> casesOf(List<Task> tasks) {
    if (tasks.isEmpty()) {
      return java.util.Map.of();
    }
    return runtimeService.createProcessInstanceQuery()
        .processInstanceIds(tasks.stream().map(Task::getProcessInstanceId)
            .collect(java.util.stream.Collectors.toSet()))
        .list().stream()
        .collect(java.util.stream.Collectors.toMap(
            org.camunda.bpm.engine.runtime.ProcessInstance::getId,
            org.camunda.bpm.engine.runtime.ProcessInstance::getBusinessKey));
  }

  /** The open tasks of every process of the case (called stages carry the case id too). */
  public List<Task> open(String caseId) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseId).list();
  }
}
