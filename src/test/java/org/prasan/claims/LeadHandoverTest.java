package org.prasan.claims;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prasan.casefile.CaseFileRepository;
import org.prasan.casefile.JointCaseProcess;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a change of lead does to a case's open work, without an engine or a database: the
 * model decides which tasks are the lead's (candidate group {@code ${leadAgency}}), and an old
 * assignee who does not work for the new lead loses the task and the engine's grant on it.
 */
class LeadHandoverTest {

  private static final String CASE = "TIP-2026-000031";
  private static final String DEFINITION = "joint-case:1:pd";
  private static final String OLD_LEAD = "rtp-atpd";
  private static final String NEW_LEAD = "dsi";

  /** A lead's task and a task the forensics agency holds in its own right. */
  private static final BpmnModelInstance MODEL = Bpmn.createExecutableProcess("handover-model")
      .startEvent()
      .userTask("planInvestigation").camundaCandidateGroups(LeadHandover.LEAD_EXPRESSION)
      .userTask("extractPhone").camundaCandidateGroups(OLD_LEAD)
      .endEvent()
      .done();

  private final CaseFileRepository cases = mock(CaseFileRepository.class);
  private final RuntimeService runtimeService = mock(RuntimeService.class);
  private final TaskService taskService = mock(TaskService.class);
  private final RepositoryService repositoryService = mock(RepositoryService.class);
  private final IdentityService identityService = mock(IdentityService.class);
  private final AuthorizationService authorizations = mock(AuthorizationService.class);
  private final JdbcClient jdbc = mock(JdbcClient.class);
  private final JdbcClient.StatementSpec insert = mock(JdbcClient.StatementSpec.class,
      RETURNS_SELF);
  private final TaskQuery taskQuery = mock(TaskQuery.class, RETURNS_SELF);
  private final AuthorizationQuery grantQuery = mock(AuthorizationQuery.class, RETURNS_SELF);
  private final Set<String> memberships = new HashSet<>();
  private final List<Task> openTasks = new ArrayList<>();

  private final LeadHandover handover = new LeadHandover(cases, runtimeService, taskService,
      repositoryService, identityService, authorizations, jdbc,
      Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneOffset.UTC));

  @BeforeEach
  void aCaseWithOneRunningJointCaseProcess() {
    ProcessInstance instance = mock(ProcessInstance.class);
    when(instance.getId()).thenReturn("pi-case");
    when(instance.getProcessDefinitionId()).thenReturn(DEFINITION);
    ProcessInstanceQuery instances = mock(ProcessInstanceQuery.class, RETURNS_SELF);
    when(instances.list()).thenReturn(List.of(instance));
    when(runtimeService.createProcessInstanceQuery()).thenReturn(instances);
    ProcessDefinition definition = mock(ProcessDefinition.class);
    when(definition.getKey()).thenReturn(JointCaseProcess.PROCESS_KEY);
    when(repositoryService.getProcessDefinition(DEFINITION)).thenReturn(definition);
    when(repositoryService.getBpmnModelInstance(DEFINITION)).thenReturn(MODEL);

    when(taskService.createTaskQuery()).thenReturn(taskQuery);
    when(taskQuery.list()).thenReturn(openTasks);
    when(identityService.createUserQuery()).thenAnswer(call -> membershipQuery());
    Authorization grant = mock(Authorization.class);
    when(grant.getId()).thenReturn("grant-1");
    when(authorizations.createAuthorizationQuery()).thenReturn(grantQuery);
    when(grantQuery.list()).thenReturn(List.of(grant));
    when(jdbc.sql(anyString())).thenReturn(insert);
  }

  @Test
  void onlyTheTasksTheModelGivesToTheLeadMoveToTheNewLead() {
    openTasks.add(task("t-plan", "planInvestigation", null));
    openTasks.add(task("t-extract", "extractPhone", null));

    handover.changeLead(CASE, OLD_LEAD, NEW_LEAD, List.of(OLD_LEAD), "resolution 3");

    verify(taskQuery).processInstanceBusinessKey(CASE);
    verify(taskQuery).taskCandidateGroup(OLD_LEAD);
    verify(taskService).deleteCandidateGroup("t-plan", OLD_LEAD);
    verify(taskService).addCandidateGroup("t-plan", NEW_LEAD);
    verify(taskService, never()).deleteCandidateGroup(eq("t-extract"), anyString());
    verify(taskService, never()).addCandidateGroup(eq("t-extract"), anyString());
    verify(insert).param("taskId", "t-plan");
    verify(insert, never()).param("taskId", "t-extract");
  }

  @Test
  void anOldAssigneeWhoIsNotAMemberOfTheNewLeadLosesTheTaskAndItsGrant() {
    openTasks.add(task("t-plan", "planInvestigation", "atpd.officer"));
    memberships.add("atpd.officer@" + OLD_LEAD);

    handover.changeLead(CASE, OLD_LEAD, NEW_LEAD, List.of(), "resolution 3");

    verify(taskService).setAssignee("t-plan", null);
    verify(grantQuery).userIdIn("atpd.officer");
    verify(grantQuery).resourceId("t-plan");
    verify(authorizations).deleteAuthorization("grant-1");
    verify(insert).param("assignee", "atpd.officer");
  }

  @Test
  void anAssigneeWhoAlsoWorksForTheNewLeadKeepsTheTask() {
    openTasks.add(task("t-plan", "planInvestigation", "joint.officer"));
    memberships.add("joint.officer@" + NEW_LEAD);

    handover.changeLead(CASE, OLD_LEAD, NEW_LEAD, List.of(), "resolution 3");

    verify(taskService).addCandidateGroup("t-plan", NEW_LEAD);
    verify(taskService, never()).setAssignee(anyString(), any());
    verify(authorizations, never()).deleteAuthorization(anyString());
  }

  @Test
  void theRecordAndTheProcessVariablesFollowTheNewLead() {
    handover.changeLead(CASE, OLD_LEAD, NEW_LEAD, List.of("msdhs", OLD_LEAD), "resolution 3");

    verify(cases).recordLeadAgency(CASE, NEW_LEAD, "msdhs," + OLD_LEAD);
    verify(runtimeService).setVariable("pi-case", JointCaseProcess.VAR_LEAD_AGENCY, NEW_LEAD);
    verify(runtimeService).setVariable("pi-case", JointCaseProcess.VAR_SUPPORTING_AGENCIES,
        "msdhs," + OLD_LEAD);
  }

  @Test
  void aFirstLeadHandsNoTasksOver() {
    handover.changeLead(CASE, null, NEW_LEAD, List.of(), "confirmed");

    verify(cases).recordLeadAgency(CASE, NEW_LEAD, "");
    verify(taskService, never()).createTaskQuery();
    verify(jdbc, times(0)).sql(anyString());
  }

  private Task task(String id, String definitionKey, String assignee) {
    Task task = mock(Task.class);
    when(task.getId()).thenReturn(id);
    when(task.getTaskDefinitionKey()).thenReturn(definitionKey);
    when(task.getProcessDefinitionId()).thenReturn(DEFINITION);
    when(task.getAssignee()).thenReturn(assignee);
    return task;
  }

  /** The identity service's answer to "is this user a member of this group?". */
  private UserQuery membershipQuery() {
    String[] asked = new String[2];
    UserQuery query = mock(UserQuery.class, RETURNS_SELF);
    when(query.userId(anyString())).thenAnswer(call -> {
      asked[0] = call.getArgument(0);
      return query;
    });
    when(query.memberOfGroup(anyString())).thenAnswer(call -> {
      asked[1] = call.getArgument(0);
      return query;
    });
    when(query.count()).thenAnswer(call ->
        memberships.contains(asked[0] + "@" + asked[1]) ? 1L : 0L);
    return query;
  }
}
