package org.prasan.claims;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.prasan.casefile.CaseFileRepository;
import org.prasan.casefile.JointCaseProcess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Moves a case to a new lead agency. The record, the {@code leadAgency} variable of every
 * running process of the case (called stages hold their own copy and hand it back when they
 * end) and every open task the model gives to the lead ({@code ${leadAgency}}) follow; each
 * handed-over task is recorded in {@code lead_handover}. Tasks of an agency in its own right
 * (a forensics task of rtp-ccib) stay where they are even when that agency was the lead.
 */
@Service
public class LeadHandover {

  static final String LEAD_EXPRESSION = "${" + JointCaseProcess.VAR_LEAD_AGENCY + "}";

  private final CaseFileRepository cases;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final RepositoryService repositoryService;
  private final IdentityService identityService;
  private final AuthorizationService authorizations;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final Map<String, Boolean> leadTaskDefinitions = new ConcurrentHashMap<>();

  public LeadHandover(CaseFileRepository cases, RuntimeService runtimeService,
                      TaskService taskService, RepositoryService repositoryService,
                      IdentityService identityService, AuthorizationService authorizations,
                      JdbcClient jdbc, Clock clock) {
    this.cases = cases;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.repositoryService = repositoryService;
    this.identityService = identityService;
    this.authorizations = authorizations;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Records the new lead and supporting agencies and hands the old lead's open work over. */
  public void changeLead(String caseId, String previousLead, String newLead,
                         List<String> supporting, String cause) {
    String supportingList = String.join(",", supporting);
    cases.recordLeadAgency(caseId, newLead, supportingList);
    for (ProcessInstance instance : runningProcessesOf(caseId)) {
      if (runtimeService.getVariable(instance.getId(), JointCaseProcess.VAR_LEAD_AGENCY) != null
          || JointCaseProcess.PROCESS_KEY.equals(processKeyOf(instance))) {
        runtimeService.setVariable(instance.getId(), JointCaseProcess.VAR_LEAD_AGENCY, newLead);
        runtimeService.setVariable(instance.getId(), JointCaseProcess.VAR_SUPPORTING_AGENCIES,
            supportingList);
      }
    }
    if (previousLead != null && !previousLead.equals(newLead)) {
      handOverTasks(caseId, previousLead, newLead, cause);
    }
  }

  public List<Handover> handoversOf(String caseId) {
    return jdbc.sql("""
            SELECT task_id, task_definition_key, from_agency, to_agency, previous_assignee, cause
            FROM lead_handover WHERE case_id = :caseId ORDER BY id""")
        .param("caseId", caseId)
        .query(Handover.class)
        .list();
  }

  private void handOverTasks(String caseId, String previousLead, String newLead, String cause) {
    List<Task> tasks = taskService.createTaskQuery()
        .processInstanceBusinessKey(caseId)
        .taskCandidateGroup(previousLead)
        .includeAssignedTasks()
        .list();
    for (Task task : tasks) {
      if (!isLeadTask(task)) {
        continue;
      }
      taskService.deleteCandidateGroup(task.getId(), previousLead);
      taskService.addCandidateGroup(task.getId(), newLead);
      String assignee = task.getAssignee();
      if (assignee != null && !isMember(assignee, newLead)) {
        // The old lead's officer can no longer work it: the new lead's officers claim it.
        taskService.setAssignee(task.getId(), null);
        revokeAssigneeGrant(task.getId(), assignee);
      }
      record(caseId, task, previousLead, newLead, assignee, cause);
    }
  }

  /** The engine keeps an old assignee's grant on the task; the old lead must lose it. */
  private void revokeAssigneeGrant(String taskId, String userId) {
    authorizations.createAuthorizationQuery().userIdIn(userId)
        .resourceType(Resources.TASK).resourceId(taskId).list()
        .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
  }

  private boolean isLeadTask(Task task) {
    return leadTaskDefinitions.computeIfAbsent(
        task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
        key -> Optional.ofNullable(repositoryService
                .getBpmnModelInstance(task.getProcessDefinitionId())
                .<UserTask>getModelElementById(task.getTaskDefinitionKey()))
            .map(UserTask::getCamundaCandidateGroups)
            .map(groups -> groups.contains(LEAD_EXPRESSION))
            .orElse(false));
  }

  private boolean isMember(String userId, String groupId) {
    return identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
  }

  private List<ProcessInstance> runningProcessesOf(String caseId) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseId).list();
  }

  private String processKeyOf(ProcessInstance instance) {
    return repositoryService.getProcessDefinition(instance.getProcessDefinitionId()).getKey();
  }

  private void record(String caseId, Task task, String from, String to, String assignee,
                      String cause) {
    jdbc.sql("""
            INSERT INTO lead_handover (case_id, task_id, task_definition_key, from_agency,
                                       to_agency, previous_assignee, cause, handed_over_at)
            VALUES (:caseId, :taskId, :key, :from, :to, :assignee, :cause, :at)""")
        .param("caseId", caseId)
        .param("taskId", task.getId())
        .param("key", task.getTaskDefinitionKey())
        .param("from", from)
        .param("to", to)
        .param("assignee", assignee)
        .param("cause", cause)
        .param("at", Timestamp.from(clock.instant()))
        .update();
  }

  /** One open task given from the old lead to the new one. */
  public record Handover(String taskId, String taskDefinitionKey, String fromAgency,
                         String toAgency, String previousAssignee, String cause) {
  }
}
