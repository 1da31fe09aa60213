package org.prasan.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prasan.intake.TipRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 15's attacks, each replayed as the attacker made it (a plain HTTP request as a demo
 * officer against the whole application) and each refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
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

  /** /engine-rest finds its engine in static registries other contexts of this JVM share. */
  @BeforeEach
  void serveThisContextsEngine() {
    Mocks.reset();
    ProcessEngines.registerProcessEngine(processEngine);
    RuntimeContainerDelegate container = RuntimeContainerDelegate.INSTANCE.get();
    ProcessEngine registered = container.getProcessEngineService()
        .getProcessEngine(processEngine.getName());
    if (registered != processEngine) {
      if (registered != null) {
        container.unregisterProcessEngine(registered);
      }
      container.registerProcessEngine(processEngine);
    }
    for (User user : identityService.createUserQuery().list()) {
      identityService.unlockUser(user.getId());
    }
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

  // Helpers

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
