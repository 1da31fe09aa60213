package org.prasan.agency;

import org.prasan.DemoUsers;
import org.prasan.ThisContextsEngine;
import org.junit.jupiter.api.extension.ExtendWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prasan.intake.TipRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Who sees and works which task, through the Camunda REST API, as the engine's authorizations
 * decide. A new tip's triage task belongs to rtp-atpd (hotline). The Tasklist's own login is
 * {@link TasklistLoginTest}'s.
 */
@ExtendWith(ThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EngineAuthorizationTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  TaskService taskService;
  @Autowired
  IdentityService identityService;

  @Autowired
  ProcessEngine processEngine;
  @Autowired
  AuthorizationService authorizationService;
  @Autowired
  RuntimeService runtimeService;

  @BeforeEach
  void unlockDemoUsers() {
    DemoUsers.unlockAll(identityService);
  }

  @Test
  void engineRestRefusesCallersWithoutCredentials() {
    ResponseEntity<String> anonymous = http.getForEntity("/engine-rest/task", String.class);
    ResponseEntity<String> wrongPassword = http.withBasicAuth("rtp-atpd.officer", "wrong")
        .getForEntity("/engine-rest/task", String.class);

    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getHeaders().getContentType().toString())
        .isEqualTo("application/problem+json");
    assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void anOfficerSeesAndWorksOnlyTheTasksOfTheirAgency() {
    String caseId = newCase();

    List<String> ownTasks = taskNames("rtp-atpd.officer", caseId);
    List<String> otherAgencysView = taskNames("rtp-ticac.officer", caseId);
    String taskId = triageTask(caseId).getId();
    ResponseEntity<String> foreignClaim = http.withBasicAuth("rtp-ticac.officer", "demo")
        .postForEntity("/engine-rest/task/" + taskId + "/claim",
            Map.of("userId", "rtp-ticac.officer"), String.class);
    ResponseEntity<String> ownClaim = http.withBasicAuth("rtp-atpd.officer", "demo")
        .postForEntity("/engine-rest/task/" + taskId + "/claim",
            Map.of("userId", "rtp-atpd.officer"), String.class);

    assertThat(ownTasks).containsExactly("Triage tip");
    assertThat(otherAgencysView).isEmpty();
    assertThat(foreignClaim.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(ownClaim.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void supervisorsReassignTheirAgencysTasksAndOfficersCannot() {
    String taskId = triageTask(newCase()).getId();

    ResponseEntity<String> byOfficer = setAssignee("rtp-atpd.officer", taskId,
        "rtp-atpd.supervisor");
    ResponseEntity<String> bySupervisor = setAssignee("rtp-atpd.supervisor", taskId,
        "rtp-atpd.officer");
    ResponseEntity<String> byOtherSupervisor = setAssignee("dsi.supervisor", taskId,
        "dsi.supervisor");

    assertThat(byOfficer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(bySupervisor.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(byOtherSupervisor.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee())
        .isEqualTo("rtp-atpd.officer");
  }

  @Test
  void administratorsAdministerTheEngineAndOfficersDoNot() {
    Map<String, Object> user = Map.of("profile", Map.of("id", "auth-test-" + System.nanoTime(),
        "firstName", "Test", "lastName", "User"), "credentials", Map.of("password",
        "a-long-test-password"));

    ResponseEntity<String> byAdmin = http.withBasicAuth("admin", "demo")
        .postForEntity("/engine-rest/user/create", user, String.class);
    ResponseEntity<String> byOfficer = http.withBasicAuth("rtp-atpd.officer", "demo")
        .postForEntity("/engine-rest/user/create", user, String.class);

    assertThat(byAdmin.getStatusCode()).as(byAdmin.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(byOfficer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void coordinatorsSeeEveryTask() {
    String caseId = newCase();

    assertThat(taskNames("coordinator", caseId)).containsExactly("Triage tip");
  }

  @Test
  void aGroupTakenOffATaskNoLongerSeesIt() {
    String caseId = newCase();
    Task triage = triageTask(caseId);

    taskService.deleteCandidateGroup(triage.getId(), "rtp-atpd");
    taskService.addCandidateGroup(triage.getId(), "rtp-ticac");

    assertThat(taskNames("rtp-atpd.officer", caseId)).isEmpty();
    assertThat(taskNames("rtp-atpd.supervisor", caseId)).isEmpty();
    assertThat(taskNames("rtp-ticac.officer", caseId)).containsExactly("Triage tip");
  }

  /**
   * A task that goes (its process moved on or ended) takes every grant on it along, its
   * agency's and its supervisors', though they are no longer looked up one by one.
   */
  @Test
  void aTaskThatGoesLeavesNoGrantBehind() {
    String caseId = newCase();
    Task triage = triageTask(caseId);
    assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId(triage.getId()).list())
        .extracting(grant -> grant.getGroupId())
        .contains("rtp-atpd", "rtp-atpd-sup");

    runtimeService.deleteProcessInstance(triage.getProcessInstanceId(), "test");

    assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId(triage.getId()).count()).isZero();
  }

  private String newCase() {
    ResponseEntity<JsonNode> tip = http.withBasicAuth("rtp-atpd.officer", "demo")
        .postForEntity("/api/tips", TipRequests.aTip().build(), JsonNode.class);
    assertThat(tip.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return tip.getBody().get("caseId").asText();
  }

  private Task triageTask(String caseId) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseId).singleResult();
  }

  private List<String> taskNames(String user, String caseId) {
    JsonNode tasks = http.withBasicAuth(user, "demo").getForObject(
        "/engine-rest/task?processInstanceBusinessKey=" + caseId, JsonNode.class);
    return tasks.findValuesAsText("name");
  }

  private ResponseEntity<String> setAssignee(String user, String taskId, String assignee) {
    return http.withBasicAuth(user, "demo").postForEntity(
        "/engine-rest/task/" + taskId + "/assignee", Map.of("userId", assignee), String.class);
  }
}
