package org.prasan.casefile;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/** Puts a case's record and its open tasks (of every called stage) into one view. */
@Service
public class CaseViews {

  private final CaseFileRepository cases;
  private final TaskService taskService;

  public CaseViews(CaseFileRepository cases, TaskService taskService) {
    this.cases = cases;
    this.taskService = taskService;
  }

  public Optional<CaseView> find(String caseId) {
    return cases.findById(caseId).map(file -> new CaseView(
        file.caseId(), file.status().name(), file.source(), file.externalRef(),
        file.receivedAt(), file.province(), file.leadAgency(),
        CaseRecords.parseAgencyList(file.supportingAgencies()), file.outcome(),
        file.closureReason(), openTasks(caseId)));
  }

  private List<CaseView.OpenTask> openTasks(String caseId) {
    // Called stages carry the case id as business key, so one query finds every agency's task.
    return taskService.createTaskQuery()
        .processInstanceBusinessKey(caseId)
        .orderByTaskCreateTime().asc()
        .list().stream()
        .map(this::openTask)
        .toList();
  }

  private CaseView.OpenTask openTask(Task task) {
    List<String> groups = taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId)
        .filter(group -> group != null)
        .toList();
    return new CaseView.OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName(),
        groups, task.getAssignee(), instant(task.getCreateTime()), instant(task.getDueDate()));
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
