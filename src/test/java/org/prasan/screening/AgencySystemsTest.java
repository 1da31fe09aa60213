package org.prasan.screening;

import org.prasan.ThisContextsEngine;
import org.junit.jupiter.api.extension.ExtendWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.client.ExternalTaskClient;
import org.camunda.bpm.client.interceptor.auth.BasicAuthProvider;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Agencies' systems take their checks as Camunda external tasks over {@code /engine-rest}
 * (docs/agency-systems.md): Immigration's status check only by users of {@code
 * immigration-system}, never by an officer (of Immigration or another agency) nor by another
 * agency's system, and the answer is checked as the officer's form is. The shared RANDOM_PORT
 * context (as EngineAuthorizationTest's): the official Java client needs a real port.
 */
@ExtendWith(ThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AgencySystemsTest {

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate http;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ExternalTaskService externalTaskService;
  @Autowired
  TaskService taskService;

  private String personRef;
  private ExternalTaskClient client;

  @BeforeEach
  void personAwaitingTheStatusCheck() {
    personRef = "SP-SYS-" + System.nanoTime();
    runtimeService.startProcessInstanceByKey(PersonScreeningProcess.KEY, personRef, Map.of(
        PersonScreeningProcess.VAR_PERSON_REF, personRef,
        PersonScreeningProcess.VAR_OPERATION_ID, "SO-TEST-0021",
        PersonScreeningProcess.VAR_AGE_BAND, "ADULT",
        PersonScreeningProcess.VAR_CHILD, false,
        PersonScreeningProcess.VAR_YOUTH_INTERVIEW, false,
        PersonScreeningProcess.VAR_PERSON_LANGUAGES, "my",
        PersonScreeningProcess.VAR_HOLD_ENDS_AT, new Date(System.currentTimeMillis() + 86_400_000),
        PersonScreeningProcess.VAR_CHECK_FALLBACK_AFTER, "PT2H"));
    var rights = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(personRef)
        .singleResult();
    taskService.complete(taskService.createTaskQuery().processInstanceId(rights.getId()).singleResult()
        .getId(), Map.of("interpreterLanguage", "my",
        "rightsInformedAt", java.time.Instant.now().minusSeconds(60).toString()));
  }

  @AfterEach
  void stopClient() {
    if (client != null) {
      client.stop();
    }
  }

  @Test
  void officersAndAnotherAgencysSystemFetchNothingOfImmigrationsTopic() {
    for (String user : List.of("rtp-atpd.officer", "immigration.officer", "rtp-atpd.system",
        "coordinator")) {
      ResponseEntity<JsonNode> fetched =
          fetch(user, PersonScreeningProcess.TOPIC_IMMIGRATION_STATUS);

      assertThat(fetched.getStatusCode().value()).as(user).isEqualTo(403);
      assertThat(fetched.getBody().get("message").asText())
          .contains("immigration-system").contains("เฉพาะผู้ใช้ของกลุ่ม");
    }
    assertThat(check().getLockExpirationTime()).isNull();
  }

  @Test
  void onlyTheTopicsSystemCompletesAndABadAnswerIs400NamingTheVariable() {
    ResponseEntity<JsonNode> fetched =
        fetch("immigration.system", PersonScreeningProcess.TOPIC_IMMIGRATION_STATUS);
    assertThat(fetched.getStatusCode().value()).isEqualTo(200);
    String id = check().getId();
    Map<String, Object> answer = Map.of("workerId", "immigration.system", "variables",
        Map.of("immigrationStatus", Map.of("value", "TOURIST", "type", "String")));

    ResponseEntity<JsonNode> byOfficer = post("rtp-atpd.officer", "/external-task/" + id
        + "/complete", answer);
    ResponseEntity<JsonNode> byOtherSystem = post("rtp-atpd.system", "/external-task/" + id
        + "/failure", Map.of("workerId", "rtp-atpd.system", "errorMessage", "x"));
    ResponseEntity<JsonNode> bad = post("immigration.system", "/external-task/" + id
        + "/complete", answer);

    assertThat(byOfficer.getStatusCode().value()).isEqualTo(403);
    assertThat(byOtherSystem.getStatusCode().value()).isEqualTo(403);
    assertThat(bad.getStatusCode().value()).isEqualTo(400);
    assertThat(bad.getBody().get("message").asText()).contains("LEFT_LEGALLY")
        .contains("ต้องเป็นหนึ่งใน").contains("Must be one of");
    assertThat(bad.getBody().get("errors").get(0).get("field").asText())
        .isEqualTo(PersonScreeningProcess.VAR_IMMIGRATION_STATUS);
    assertThat(bad.getBody().get("errors").get(0).get("messageTh").asText())
        .contains("ต้องเป็นหนึ่งใน");
    assertThat(check().getId()).isEqualTo(id);
  }

  @Test
  void theOfficialJavaClientAsImmigrationsSystemCompletesTheStatusCheck() throws Exception {
    CompletableFuture<String> done = new CompletableFuture<>();
    client = ExternalTaskClient.create()
        .baseUrl("http://localhost:" + port + "/engine-rest")
        .addInterceptor(new BasicAuthProvider("immigration.system", "demo"))
        .workerId("immigration-java-test").asyncResponseTimeout(1000)
        .lockDuration(60_000).build();
    client.subscribe(PersonScreeningProcess.TOPIC_IMMIGRATION_STATUS)
        .businessKey(personRef)
        .variables(PersonScreeningProcess.VAR_PERSON_REF)
        .handler((task, service) -> {
          service.complete(task, Map.of(PersonScreeningProcess.VAR_IMMIGRATION_STATUS,
              "FOREIGN_DOCUMENTED"));
          done.complete(task.getVariable(PersonScreeningProcess.VAR_PERSON_REF));
        })
        .open();

    assertThat(done.get(30, TimeUnit.SECONDS)).isEqualTo(personRef);
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
        "FOREIGN_DOCUMENTED".equals(runtimeService.getVariable(instanceId(),
            PersonScreeningProcess.VAR_IMMIGRATION_STATUS)));
    assertThat(externalTaskService.createExternalTaskQuery().processInstanceId(instanceId())
        .singleResult().getTopicName()).isEqualTo(PersonScreeningProcess.TOPIC_POLICE_WARRANTS);
  }

  private String instanceId() {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(personRef)
        .singleResult().getId();
  }

  private ExternalTask check() {
    return externalTaskService.createExternalTaskQuery().processInstanceId(instanceId())
        .topicName(PersonScreeningProcess.TOPIC_IMMIGRATION_STATUS).singleResult();
  }

  private ResponseEntity<JsonNode> fetch(String user, String topic) {
    return post(user, "/external-task/fetchAndLock", Map.of("workerId", user, "maxTasks", 1,
        "topics", List.of(Map.of("topicName", topic, "lockDuration", 60_000,
            "businessKey", personRef))));
  }

  private ResponseEntity<JsonNode> post(String user, String path, Object body) {
    return http.withBasicAuth(user, "demo").postForEntity("/engine-rest" + path, body,
        JsonNode.class);
  }
}
