package org.prasan.security;

import org.prasan.DemoUsers;
import org.prasan.TestProfiles;
import org.prasan.ThisContextsEngine;
import org.junit.jupiter.api.extension.ExtendWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prasan.agency.DemoPasswordGuard;
import org.prasan.intake.TipRequests;
import org.prasan.system.LoginThrottle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Issue 15's attacks, each replayed as the attacker made it (a plain HTTP request as a demo
 * officer against the whole application) and each refused. In the suite's shared context (the
 * API tests' one configuration: MockMvc is there for the others, these tests go over HTTP).
 */
@ExtendWith(ThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestProfiles.class)
class AttackersTest {

  static final String OFFICER = "dsi.officer";
  static final String DEMO = "demo";

  @Autowired
  TestRestTemplate http;
  @Autowired
  ProcessEngine processEngine;
  @Autowired
  IdentityService identityService;
  @Autowired
  ManagementService managementService;
  @Autowired
  TaskService taskService;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  DemoPasswordGuard demoPasswords;
  @Autowired
  LoginThrottle loginThrottle;

  @BeforeEach
  void unlockEveryone() {
    Mocks.reset();
    DemoUsers.unlockAll(identityService);
  }

  @AfterEach
  void resetTheClock() {
    ClockUtil.reset();
  }

  // Item 1: anyone moved anyone's deadlines.

  @Test
  void anOfficerNeitherListsNorMovesNorRunsNorDeletesTheTaskClockJobs() {
    String caseId = newCase();
    Job clock = clockJobOf(caseId);
    String job = "/engine-rest/job/" + clock.getId();

    assertThat(as(OFFICER).getForEntity("/engine-rest/job", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as(OFFICER).getForEntity("/engine-rest/job/count", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as(OFFICER).getForEntity(job, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(send(OFFICER, HttpMethod.PUT, job + "/duedate",
        Map.of("duedate", "2020-01-01T00:00:00.000+0000")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(send(OFFICER, HttpMethod.PUT, job + "/retries", Map.of("retries", 0))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(send(OFFICER, HttpMethod.POST, job + "/execute", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(send(OFFICER, HttpMethod.DELETE, job, null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as(OFFICER).getForEntity("/engine-rest/history/job-log", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("coordinator").getForEntity("/engine-rest/job-definition", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    Job after = managementService.createJobQuery().jobId(clock.getId()).singleResult();
    assertThat(after.getDuedate()).isEqualTo(clock.getDuedate());
    assertThat(after.getRetries()).isEqualTo(clock.getRetries());
  }

  @Test
  void anAdministratorStillSeesTheJobs() {
    newCase();
    ResponseEntity<JsonNode> jobs = as("admin").getForEntity("/engine-rest/job", JsonNode.class);
    assertThat(jobs.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(jobs.getBody().size()).isPositive();
  }

  @Test
  void aClockJobMovedIntoThePastEscalatesNothingAndWaitsForTheRealDueDate() {
    String caseId = newCase();
    Task triage = taskService.createTaskQuery().processInstanceBusinessKey(caseId)
        .taskDefinitionKey("Task_TriageTip").singleResult();
    Job clock = clockJobOf(caseId);
    // As an administrator could still do: moved into the past, then run.
    managementService.setJobDuedate(clock.getId(), Date.from(Instant.now().minusSeconds(3600)));

    managementService.executeJob(clock.getId());

    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseId)
        .taskDefinitionKey("Task_ReviewOverdueTask").count()).as("no escalation").isZero();
    Job again = clockJobOf(caseId);
    assertThat(again.getDuedate()).isEqualTo(triage.getDueDate());
  }

  // Item 2: a coordinator ran code on the server.

  @Test
  void theWorkbenchRefusesAnExpressionThatCallsTheEngine() {
    String xml = model("attack-membership", "<bpmn:serviceTask id=\"ServiceTask_Grant\" "
        + "name=\"Grant\" camunda:expression=\"${execution.getProcessEngineServices()"
        + ".getIdentityService().createMembership('dsi.officer', 'msdhs')}\" />");

    ResponseEntity<JsonNode> refused = upload("coordinator", "/api/models/deployments",
        "attack-membership.bpmn", xml);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(refused.getBody().get("findings").findValuesAsText("code")).contains("ML16");
    assertThat(repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey("attack-membership").count()).isZero();
  }

  @Test
  void theEngineItselfRefusesAScriptTaskDeployedThroughItsRestApi() {
    String xml = model("attack-script", "<bpmn:scriptTask id=\"ScriptTask_Run\" name=\"Run\" "
        + "scriptFormat=\"juel\"><bpmn:script>${''.getClass().forName('java.lang.Runtime')"
        + "}</bpmn:script></bpmn:scriptTask>");

    ResponseEntity<JsonNode> refused = upload("admin", "/engine-rest/deployment/create",
        "attack-script.bpmn", xml);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").asText()).contains("ScriptTask_Run")
        .contains("script");
    assertThat(repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey("attack-script").count()).isZero();
  }

  @Test
  void theEngineRefusesATimerStartEventDeployedThroughItsRestApi() {
    String xml = model("attack-timer", "").replace("<bpmn:startEvent id=\"StartEvent_Go\" />",
        "<bpmn:startEvent id=\"StartEvent_Go\"><bpmn:timerEventDefinition>"
            + "<bpmn:timeCycle>R/PT1M</bpmn:timeCycle></bpmn:timerEventDefinition>"
            + "</bpmn:startEvent>");

    ResponseEntity<JsonNode> refused = upload("admin", "/engine-rest/deployment/create",
        "attack-timer.bpmn", xml);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey("attack-timer").count()).isZero();
  }

  @Test
  void aDeploymentRecordsTheCoordinatorWhoMadeIt() {
    String xml = model("audited-model", "<bpmn:endEvent id=\"EndEvent_Done\" name=\"Done\" />"
        + "<bpmn:sequenceFlow id=\"SequenceFlow_GoDone\" sourceRef=\"StartEvent_Go\" "
        + "targetRef=\"EndEvent_Done\" />").replace("<bpmn:startEvent id=\"StartEvent_Go\" />",
        "<bpmn:startEvent id=\"StartEvent_Go\" name=\"Go\" />");

    ResponseEntity<JsonNode> deployed = upload("coordinator", "/api/models/deployments",
        "audited-model.bpmn", xml);

    assertThat(deployed.getStatusCode()).as(String.valueOf(deployed.getBody()))
        .isEqualTo(HttpStatus.CREATED);
    assertThat(repositoryService.createDeploymentQuery()
        .deploymentId(deployed.getBody().get("deploymentId").asText()).singleResult().getName())
        .endsWith(" by coordinator");
  }

  // Item 4: the escalation form trusted the client.

  @Test
  void anEscalationCompletedWithAnotherTasksIdMovesNothing() {
    String late = newCase();
    String other = newCase();
    Task otherTriage = triageOf(other);
    Task lateTriage = triageOf(late);
    ClockUtil.setCurrentTime(Date.from(lateTriage.getDueDate().toInstant().plusSeconds(60)));
    managementService.executeJob(clockJobOf(late).getId());
    Task escalation = taskService.createTaskQuery().processInstanceBusinessKey(late)
        .taskDefinitionKey("Task_ReviewOverdueTask").singleResult();
    assertThat(send("rtp-atpd.supervisor", HttpMethod.POST, "/engine-rest/task/"
        + escalation.getId() + "/claim", Map.of("userId", "rtp-atpd.supervisor"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    ResponseEntity<String> refused = send("rtp-atpd.supervisor", HttpMethod.POST,
        "/engine-rest/task/" + escalation.getId() + "/complete", Map.of("variables", Map.of(
            "escalationAction", Map.of("value", "EXTEND"),
            "extendedDueAt", Map.of("value", Instant.now().plusSeconds(90 * 86400).toString()),
            "extensionReason", Map.of("value", "Waiting for the court"),
            "overdueTaskId", Map.of("value", otherTriage.getId()))));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("overdueTaskId");
    assertThat(triageOf(other).getDueDate()).isEqualTo(otherTriage.getDueDate());
    assertThat(triageOf(late).getDueDate()).isEqualTo(lateTriage.getDueDate());
  }

  // Item 5: task completion took any variable.

  @Test
  void aTriageCompletedWithTheCasesOwnVariablesIsRefusedNamingThem() throws Exception {
    String caseId = newCase();
    String other = newCase();
    Task triage = triageOf(caseId);
    send("rtp-atpd.officer", HttpMethod.POST, "/engine-rest/task/" + triage.getId() + "/claim",
        Map.of("userId", "rtp-atpd.officer"));

    ResponseEntity<String> refused = send("rtp-atpd.officer", HttpMethod.POST,
        "/engine-rest/task/" + triage.getId() + "/submit-form", Map.of("variables", Map.of(
            "triageOutcome", Map.of("value", "TRAFFICKING_SUSPECTED"),
            "triageNotes", Map.of("value", "Matches an NGO report"),
            "caseId", Map.of("value", other),
            "triageAgency", Map.of("value", "dsi"),
            "chargingDecision", Map.of("value", "APPROVE"))));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("caseId").contains("triageAgency")
        .contains("chargingDecision").doesNotContain("triageNotes:");
    assertThat(taskService.createTaskQuery().taskId(triage.getId()).count()).isOne();
    assertThat(runtimeService.getVariable(triage.getProcessInstanceId(), "caseId"))
        .isEqualTo(caseId);
  }

  @Test
  void aTriageWithItsFormsFieldsAndItsReadOnlyCaseIdUnchangedGoesThrough() {
    String caseId = newCase();
    Task triage = triageOf(caseId);
    send("rtp-atpd.officer", HttpMethod.POST, "/engine-rest/task/" + triage.getId() + "/claim",
        Map.of("userId", "rtp-atpd.officer"));

    ResponseEntity<String> done = send("rtp-atpd.officer", HttpMethod.POST,
        "/engine-rest/task/" + triage.getId() + "/submit-form", Map.of("variables", Map.of(
            "caseId", Map.of("value", caseId),
            "triageOutcome", Map.of("value", "NO_TRAFFICKING"),
            "triageNotes", Map.of("value", "Caller withdrew the report"),
            "closureReason", Map.of("value", "Caller withdrew the report"))));

    assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void anOfficerSetsNoCaseVariableThroughTheTasksVariablesOnlyItsFormsFields() {
    String caseId = newCase();
    String other = newCase();
    Task triage = triageOf(caseId);
    String task = "/engine-rest/task/" + triage.getId();
    send("rtp-atpd.officer", HttpMethod.POST, task + "/claim",
        Map.of("userId", "rtp-atpd.officer"));

    List<ResponseEntity<String>> refused = List.of(
        send("rtp-atpd.officer", HttpMethod.PUT, task + "/variables/caseId",
            Map.of("value", other)),
        send("rtp-atpd.officer", HttpMethod.POST, task + "/variables", Map.of(
            "modifications", Map.of("triageAgency", Map.of("value", "dsi")))),
        send("rtp-atpd.officer", HttpMethod.DELETE, task + "/variables/caseId", null),
        send("rtp-atpd.officer", HttpMethod.PUT, task + "/localVariables/slaEscalation",
            Map.of("value", "none")),
        send("rtp-atpd.officer", HttpMethod.POST, task + "/localVariables", Map.of(
            "modifications", Map.of("triageNotes", Map.of("value", "hidden")))));

    assertThat(refused).allSatisfy(answer -> {
      assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody()).containsAnyOf("caseId", "triageAgency", "slaEscalation",
          "triageNotes").contains("form").contains("\"messageTh\":\"");
    });
    assertThat(runtimeService.getVariable(triage.getProcessInstanceId(), "caseId"))
        .isEqualTo(caseId);
    assertThat(runtimeService.getVariable(triage.getProcessInstanceId(), "triageAgency"))
        .isNotEqualTo("dsi");
    assertThat(taskService.getVariablesLocal(triage.getId())).doesNotContainKey("triageNotes")
        .doesNotContainKey("slaEscalation");

    // Officers hold no grant to set a task's variables at all; supervisors (UPDATE on their
    // agency's tasks) may, but only the form's fields.
    assertThat(send("rtp-atpd.officer", HttpMethod.PUT, task + "/variables/triageNotes",
        Map.of("value", "A field of the triage form")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> bySupervisor = send("rtp-atpd.supervisor", HttpMethod.PUT,
        task + "/variables/caseId", Map.of("value", other));
    assertThat(bySupervisor.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bySupervisor.getBody()).contains("caseId").contains("read-only");
    ResponseEntity<String> formField = send("rtp-atpd.supervisor", HttpMethod.PUT,
        task + "/variables/triageNotes", Map.of("value", "A field of the triage form"));
    assertThat(formField.getStatusCode()).as(formField.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(runtimeService.getVariable(triage.getProcessInstanceId(), "caseId"))
        .isEqualTo(caseId);
  }

  @Test
  void nobodyButTheEngineSetsCaseVariablesThroughInstancesMessagesSignalsOrStarts() {
    String caseId = newCase();
    String other = newCase();
    String instance = triageOf(caseId).getProcessInstanceId();
    Map<String, Object> caseIdOfOther = Map.of("caseId", Map.of("value", other));

    List<ResponseEntity<String>> refused = List.of(
        send("admin", HttpMethod.PUT, "/engine-rest/process-instance/" + instance
            + "/variables/caseId", Map.of("value", other)),
        send("admin", HttpMethod.POST, "/engine-rest/process-instance/" + instance
            + "/variables", Map.of("modifications", caseIdOfOther)),
        send("admin", HttpMethod.DELETE, "/engine-rest/process-instance/" + instance
            + "/variables/caseId", null),
        send("admin", HttpMethod.POST, "/engine-rest/execution/" + instance
            + "/localVariables", Map.of("modifications", caseIdOfOther)),
        send("admin", HttpMethod.PUT, "/engine-rest/execution/" + instance
            + "/localVariables/caseId", Map.of("value", other)),
        send("admin", HttpMethod.POST, "/engine-rest/process-instance/" + instance
            + "/modification", Map.of("instructions", List.of(Map.of(
                "type", "startBeforeActivity", "activityId", "Task_TriageTip",
                "variables", Map.of("caseId", Map.of("value", other, "local", false)))))),
        send("admin", HttpMethod.POST, "/engine-rest/process-definition/key/joint-case/start",
            Map.of("businessKey", other, "variables", caseIdOfOther)),
        send("admin", HttpMethod.POST, "/engine-rest/message", Map.of(
            "messageName", "Message_CloseCase", "processInstanceId", instance,
            "processVariables", caseIdOfOther)),
        send("admin", HttpMethod.POST, "/engine-rest/signal", Map.of(
            "name", "anything", "variables", caseIdOfOther)),
        send("coordinator", HttpMethod.PUT, "/engine-rest/process-instance/" + instance
            + "/variables/triageAgency", Map.of("value", "dsi")));

    assertThat(refused).allSatisfy(answer -> {
      assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody()).containsAnyOf("caseId", "triageAgency")
          .contains("is a case variable").contains("ตัวแปรของคดี");
    });
    assertThat(runtimeService.getVariable(instance, "caseId")).isEqualTo(caseId);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance)
        .singleResult().isEnded()).isFalse();
    assertThat(taskService.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey("Task_TriageTip").count()).as("no second triage").isOne();
  }

  // Item 3: an administrator read victims.

  @Test
  void anAdministratorWhoJoinsMsdhsStillReadsNoVictimAndTheChangeIsShownToItsSupervisors() {
    String caseId = newCase();
    ResponseEntity<JsonNode> recorded = as("msdhs.officer").postForEntity(
        "/api/cases/" + caseId + "/victims", Map.of("fullName", "Synthetic Person",
            "dateOfBirth", "2008-01-01", "nationality", "MM", "documentNumber", "MA0000001",
            "contact", "Through the shelter only", "guardian", "Aunt"), JsonNode.class);
    assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String victimRef = recorded.getBody().get("victimRef").asText();

    assertThat(send("admin", HttpMethod.PUT, "/engine-rest/group/msdhs/members/admin", null)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    try {
      ResponseEntity<String> read = as("admin").getForEntity("/api/victims/" + victimRef,
          String.class);

      assertThat(read.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(read.getBody()).doesNotContain("Synthetic Person").doesNotContain("MA0000001");
      ResponseEntity<JsonNode> changes = as("msdhs.supervisor").getForEntity(
          "/api/agencies/msdhs/vault-reader-changes", JsonNode.class);
      assertThat(changes.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(changes.getBody().get(0).get("userId").asText()).isEqualTo("admin");
      assertThat(changes.getBody().get(0).get("change").asText()).isEqualTo("JOINED");
      assertThat(changes.getBody().get(0).get("changedBy").asText()).isEqualTo("admin");
      assertThat(as("msdhs.officer").getForEntity("/api/agencies/msdhs/vault-reader-changes",
          String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    } finally {
      identityService.deleteMembership("admin", "msdhs");
    }
  }

  // Item 6: clocks and SLA events answered any agency.

  @Test
  void anOutsiderReadsNeitherACasesClocksNorAnotherAgencysSlaEvents() {
    String caseId = newCase();

    assertThat(as("amlo.officer").getForEntity("/api/cases/" + caseId + "/clocks",
        String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as("amlo.officer").getForEntity("/api/agencies/rtp-atpd/sla-events",
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  // Item 9: demo passwords outside the demo.

  @Test
  void theStartOutsideADemoFindsEveryUserWithTheDemoPassword() {
    assertThat(demoPasswords.usersWithDemoPassword()).contains("admin", "rtp-atpd.officer");
    assertThat(as("admin").getForEntity("/engine-rest/user/admin/profile", String.class)
        .getStatusCode()).as("the check counts no failed login").isEqualTo(HttpStatus.OK);
  }

  // Item 8: anyone locked any account for good; officers listed users and tested passwords.

  @Test
  void twelveWrongPasswordsLockNobodyForGood() {
    for (int i = 0; i < 12; i++) {
      assertThat(http.withBasicAuth("amlo.supervisor", "guess" + i)
          .getForEntity("/api/dashboard/sla", String.class).getStatusCode())
          .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    assertThat(as("amlo.supervisor").getForEntity("/engine-rest/task/count", String.class)
        .getStatusCode()).as("this source waits a while").isEqualTo(HttpStatus.UNAUTHORIZED);

    assertThat(send(OFFICER, HttpMethod.DELETE, "/api/admin/login-throttle/amlo.supervisor",
        null).getStatusCode()).as("an officer unlocks nobody").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("admin").getForEntity("/api/admin/login-throttle", String.class).getBody())
        .contains("amlo.supervisor");

    assertThat(send("admin", HttpMethod.DELETE, "/api/admin/login-throttle/amlo.supervisor",
        null).getStatusCode()).as("the administrator's unlock").isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(as("amlo.supervisor").getForEntity("/engine-rest/task/count", String.class)
        .getStatusCode()).as("not locked in the engine").isEqualTo(HttpStatus.OK);
    ResponseEntity<JsonNode> unlocks = as("admin").getForEntity("/api/admin/login-unlocks",
        JsonNode.class);
    assertThat(unlocks.getBody().get(0).get("userId").asText()).isEqualTo("amlo.supervisor");
    assertThat(unlocks.getBody().get(0).get("unlockedBy").asText()).isEqualTo("admin");
    ResponseEntity<String> nobody = send("admin", HttpMethod.DELETE,
        "/api/admin/login-throttle/no.such.user", null);
    assertThat(nobody.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(nobody.getHeaders().getContentType().toString()).contains("problem+json");
  }

  @Test
  void anOfficerNeitherTestsAnotherUsersPasswordNorListsOtherAgenciesUsers() {
    assertThat(send(OFFICER, HttpMethod.POST, "/engine-rest/identity/verify",
        Map.of("username", "admin", "password", "demo")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<JsonNode> users = as(OFFICER).getForEntity("/engine-rest/user",
        JsonNode.class);
    assertThat(users.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(users.getBody().findValuesAsText("id")).contains("dsi.officer", "dsi.supervisor")
        .doesNotContain("admin", "msdhs.officer");
    assertThat(as(OFFICER).getForEntity("/engine-rest/user/msdhs.officer/profile",
        String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as("admin").getForEntity("/engine-rest/user", JsonNode.class).getBody()
        .findValuesAsText("id")).contains("msdhs.officer", "dsi.officer");
  }

  // Item 11: a HikariConfig reached Jackson.

  @Test
  void anObjectVariableOfATypeOutsideTheAllowListIsNotDeserialized() {
    String instance = triageOf(newCase()).getProcessInstanceId();
    runtimeService.setVariable(instance, "attack", org.camunda.bpm.engine.variable.Variables
        .serializedObjectValue("{\"jdbcUrl\":\"jdbc:h2:mem:x\"}")
        .objectTypeName("com.zaxxer.hikari.HikariConfig")
        .serializationDataFormat("application/json").create());

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> runtimeService.getVariable(instance, "attack"))
        .hasMessageContaining("com.zaxxer.hikari.HikariConfig");
  }

  // Item 7: tips were a lookup oracle.

  @Test
  void aRepeatedTipNamesItsCaseOnlyToWhoMayOpenIt() {
    String ref = "HL-" + TipRequests.aPhoneOfItsOwn();
    ResponseEntity<JsonNode> first = as("rtp-atpd.officer").postForEntity("/api/tips",
        TipRequests.aTip().with("externalRef", ref).build(), JsonNode.class);
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseId = first.getBody().get("caseId").asText();

    ResponseEntity<String> replayed = as("amlo.officer").postForEntity("/api/tips",
        TipRequests.aTip().with("externalRef", ref).build(), String.class);
    ResponseEntity<JsonNode> again = as("rtp-atpd.officer").postForEntity("/api/tips",
        TipRequests.aTip().with("externalRef", ref).build(), JsonNode.class);

    assertThat(replayed.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(replayed.getBody()).doesNotContain(caseId);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(again.getBody().get("caseId").asText()).isEqualTo(caseId);
  }

  @Test
  void overlapsNameOnlyCasesTheCallerMayOpen() {
    String phone = TipRequests.aPhoneOfItsOwn();
    List<Map<String, String>> shared = List.of(Map.of("type", "PHONE", "value", phone));
    String first = as("rtp-atpd.officer").postForEntity("/api/tips", TipRequests.aTip()
        .with("identifiers", shared).build(), JsonNode.class).getBody().get("caseId").asText();

    ResponseEntity<JsonNode> outsider = as("amlo.officer").postForEntity("/api/tips",
        TipRequests.aTip().with("identifiers", shared).build(), JsonNode.class);
    ResponseEntity<JsonNode> insider = as("rtp-atpd.officer").postForEntity("/api/tips",
        TipRequests.aTip().with("identifiers", shared).build(), JsonNode.class);

    assertThat(outsider.getBody().get("overlapsWith").findValuesAsText("")).isEmpty();
    assertThat(outsider.getBody().get("overlapsWith").toString()).doesNotContain(first);
    assertThat(insider.getBody().get("overlapsWith").toString()).contains(first);
  }

  // Item 12: bad input gave 500.

  @Test
  void oddlyWrittenPathsWithoutCredentialsAreRefusedWith4xxNot500() {
    for (String path : List.of("/%65ngine-rest/task", "/./engine-rest/task")) {
      ResponseEntity<String> answer = http.getRestTemplate().exchange(
          java.net.URI.create(http.getRootUri() + path), HttpMethod.GET, null, String.class);
      assertThat(answer.getStatusCode().is4xxClientError()).as(path + " " + answer.getStatusCode() + " " + answer.getBody())
          .isTrue();
    }
  }

  // Item 13: the dashboard sent no Content-Security-Policy; nor did our other pages.

  @Test
  void ourPagesSendAContentSecurityPolicy() {
    for (String path : List.of("/dashboard/index.html", "/statistics/index.html",
        "/screenings/index.html", "/common/page.js")) {
      ResponseEntity<String> page = http.getForEntity(path, String.class);
      assertThat(page.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
      assertThat(page.getHeaders().getFirst("Content-Security-Policy")).as(path)
          .contains("default-src 'self'").contains("object-src 'none'");
    }
  }

  @Test
  void aTipReceivedInTheYear0000IsRefusedNamingTheField() {
    ResponseEntity<String> refused = as("rtp-atpd.officer").postForEntity("/api/tips",
        TipRequests.aTip().with("receivedAt", "0000-01-01T00:00:00Z").build(), String.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("receivedAt").contains("2000");
  }

  @Test
  void aPhoneIdentifierThatIsNoPhoneIsRefusedNamingTheField() {
    ResponseEntity<String> refused = as("rtp-atpd.officer").postForEntity("/api/tips",
        TipRequests.aTip().with("identifiers", List.of(Map.of("type", "PHONE",
            "value", "not a phone ' or 1=1"))).build(), String.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getHeaders().getContentType().toString()).contains("problem+json");
    assertThat(refused.getBody()).contains("identifiers[0].value").contains("telephone")
        .contains("โทรศัพท์");
  }

  @Test
  void anOutsiderGetsTheSameAnswerForACaseTheyMayNotOpenAsForNoCase() {
    String existing = newCase();
    String missing = "TIP-2099-999999";
    for (String path : List.of("/api/cases/%s", "/api/cases/%s/page", "/api/cases/%s/clocks",
        "/api/cases/%s/audit")) {
      ResponseEntity<JsonNode> hidden = as("amlo.officer").getForEntity(
          path.formatted(existing), JsonNode.class);
      ResponseEntity<JsonNode> absent = as("amlo.officer").getForEntity(
          path.formatted(missing), JsonNode.class);

      assertThat(hidden.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(absent.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
      for (String member : List.of("title", "detail", "type")) {
        assertThat(hidden.getBody().path(member).asText().replace(existing, "ID")).as(path)
            .isEqualTo(absent.getBody().path(member).asText().replace(missing, "ID"));
      }
    }
    ResponseEntity<String> identifier = send("amlo.officer", HttpMethod.POST,
        "/api/cases/" + existing + "/identifiers", Map.of("type", "PHONE",
            "value", TipRequests.aPhoneOfItsOwn()));
    assertThat(identifier.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    // Those who may open the case but not do this are told so: 403.
    assertThat(send("coordinator", HttpMethod.POST, "/api/cases/" + existing + "/victims",
        Map.of("fullName", "Synthetic Person", "dateOfBirth", "2008-01-01",
            "nationality", "MM", "documentNumber", "MA0000002")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  // Helpers

  private Task triageOf(String caseId) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseId)
        .taskDefinitionKey("Task_TriageTip").singleResult();
  }

  /** A process of one start event, the given elements, and no flows (enough to parse). */
  private static String model(String id, String elements) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
        + "xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" id=\"Definitions_" + id
        + "\" targetNamespace=\"http://bpmn.io/schema/bpmn\">"
        + "<bpmn:process id=\"" + id + "\" name=\"Attack\" isExecutable=\"true\" "
        + "camunda:historyTimeToLive=\"30\"><bpmn:startEvent id=\"StartEvent_Go\" />"
        + elements + "</bpmn:process></bpmn:definitions>";
  }

  private ResponseEntity<JsonNode> upload(String user, String path, String fileName,
                                          String content) {
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add(path.startsWith("/api") ? "files" : "data",
        new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
          @Override
          public String getFilename() {
            return fileName;
          }
        });
    if (!path.startsWith("/api")) {
      parts.add("deployment-name", "attack");
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return as(user).postForEntity(path, new HttpEntity<>(parts, headers), JsonNode.class);
  }

  private TestRestTemplate as(String user) {
    return http.withBasicAuth(user, DEMO);
  }

  private ResponseEntity<String> send(String user, HttpMethod method, String path, Object body) {
    return as(user).exchange(path, method, new HttpEntity<>(body), String.class);
  }

  String newCase() {
    ResponseEntity<JsonNode> tip = as("rtp-atpd.officer")
        .postForEntity("/api/tips", TipRequests.aTip().build(), JsonNode.class);
    assertThat(tip.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return tip.getBody().get("caseId").asText();
  }

  /** The overdue clock of the case's open triage task. */
  private Job clockJobOf(String caseId) {
    String instance = taskService.createTaskQuery().processInstanceBusinessKey(caseId)
        .taskDefinitionKey("Task_TriageTip").singleResult().getProcessInstanceId();
    List<Job> jobs = managementService.createJobQuery().processInstanceId(instance).timers()
        .list();
    assertThat(jobs).isNotEmpty();
    return jobs.stream().filter(job -> job.getDuedate() != null)
        .min((a, b) -> a.getDuedate().compareTo(b.getDuedate())).orElseThrow();
  }
}
