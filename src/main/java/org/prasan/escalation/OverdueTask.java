package org.prasan.escalation;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * What the ladder needs to know of a task: whose it is and when it was due.
 *
 * @param groups the task's candidate groups, in the model's order
 */
public record OverdueTask(String taskId, String taskKey, String name, String caseId,
                          List<String> groups, String assignee, Instant dueAt) {

  public static OverdueTask of(TaskEntity task) {
    List<String> groups = task.getIdentityLinks().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLinkEntity::getGroupId)
        .filter(group -> group != null)
        .distinct()
        .toList();
    return new OverdueTask(task.getId(), task.getTaskDefinitionKey(), task.getName(),
        task.getExecution().getProcessBusinessKey(), groups, task.getAssignee(),
        task.getDueDate() == null ? null : task.getDueDate().toInstant());
  }
}
