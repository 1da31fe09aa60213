package org.prasan.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.prasan.ThisContextsEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The screening teams' Tasklist queues over {@code /engine-rest}, as the Tasklist asks them:
 * one filter per site and language, the officer's own tasks there, soonest hold end first; read
 * only by the screening teams. The shared RANDOM_PORT context (as AgencySystemsTest's).
 */
@ExtendWith(ThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ScreeningQueuesTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  ExternalTaskService externalTaskService;

  @Test
  void aQueueListsItsSitesPeopleInItsLanguageSoonestHoldFirstToTheScreeningTeamsOnly() {
    String site = "ด่านทดสอบ " + System.nanoTime();
    Instant received = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
    String operationId = http.withBasicAuth("msdhs.officer", "demo").postForEntity(
        "/api/screenings", Map.of("name", "Queue test", "site", site, "receivedAt",
            received.toString(), "handedOverBy", "Border guard force (synthetic)"),
        JsonNode.class).getBody().get("operationId").asText();
    ResponseEntity<JsonNode> imported = http.withBasicAuth("msdhs.officer", "demo")
        .postForEntity("/api/screenings/" + operationId + "/people", List.of(
            person("Q-LATER", "my;th", received.plus(Duration.ofMinutes(50))),
            person("Q-SOONER", "my", received.plus(Duration.ofMinutes(10))),
            person("Q-KHMER", "km", received.plus(Duration.ofMinutes(5)))), JsonNode.class);
    assertThat(imported.getBody().get("imported").asInt()).isEqualTo(3);
    Map<String, String> refs = new LinkedHashMap<>();
    http.withBasicAuth("msdhs.officer", "demo").getForEntity("/api/screenings/" + operationId
            + "/people", JsonNode.class).getBody().get("people")
        .forEach(person -> refs.put(person.get("personRef").asText(),
            person.get("listRef").asText()));
    refs.keySet().forEach(this::throughRightsAndChecks);

    String burmese = filterId("msdhs.officer", ScreeningQueues.name(site, "my"));
    String khmer = filterId("msdhs.officer", ScreeningQueues.name(site, "km"));
    List<String> burmeseQueue = listRefs("msdhs.officer", burmese, refs);
    List<String> khmerQueue = listRefs("mdt.officer", khmer, refs);

    assertThat(burmeseQueue).containsExactly("Q-SOONER", "Q-LATER");
    assertThat(khmerQueue).containsExactly("Q-KHMER");
    assertThat(filterNames("rtp-atpd.officer")).noneMatch(name -> name.contains(site))
        .contains("งานของหน่วยงานฉัน / My agency");
    assertThat(http.withBasicAuth("rtp-atpd.officer", "demo").postForEntity(
        "/engine-rest/filter/" + burmese + "/list", Map.of(), JsonNode.class)
        .getStatusCode().value()).isEqualTo(403);
  }

  private void throughRightsAndChecks(String personRef) {
    String instance = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(personRef).singleResult().getId();
    String languages = (String) runtimeService.getVariable(instance,
        PersonScreeningProcess.VAR_PERSON_LANGUAGES);
    taskService.complete(taskService.createTaskQuery().processInstanceId(instance)
        .singleResult().getId(), Map.of("interpreterLanguage",
        ScreeningQueues.firstLanguage(languages),
        "rightsInformedAt", Instant.now().minusSeconds(60).toString()));
    complete(personRef, PersonScreeningProcess.TOPIC_IMMIGRATION_STATUS,
        Map.of("immigrationStatus", "FOREIGN_UNDOCUMENTED"));
    complete(personRef, PersonScreeningProcess.TOPIC_POLICE_WARRANTS,
        Map.of("warrantHit", false));
  }

  private void complete(String personRef, String topic, Map<String, Object> answer) {
    var locked = externalTaskService.fetchAndLock(1, "queue-test").topic(topic, 60_000)
        .businessKey(personRef).execute();
    assertThat(locked).hasSize(1);
    externalTaskService.complete(locked.get(0).getId(), "queue-test", answer);
  }

  private String filterId(String user, String name) {
    JsonNode filters = http.withBasicAuth(user, "demo").getForEntity(
        "/engine-rest/filter?resourceType=Task", JsonNode.class).getBody();
    for (JsonNode filter : filters) {
      if (name.equals(filter.get("name").asText())) {
        assertThat(filter.get("properties").get("variables").toString())
            .contains(PersonScreeningProcess.VAR_PERSON_REF)
            .contains(PersonScreeningProcess.VAR_HOLD_ENDS_AT);
        return filter.get("id").asText();
      }
    }
    throw new AssertionError("No filter " + name + " for " + user);
  }

  private List<String> filterNames(String user) {
    List<String> names = new ArrayList<>();
    http.withBasicAuth(user, "demo").getForEntity("/engine-rest/filter?resourceType=Task",
        JsonNode.class).getBody().forEach(filter -> names.add(filter.get("name").asText()));
    return names;
  }

  private List<String> listRefs(String user, String filterId, Map<String, String> refs) {
    ResponseEntity<JsonNode> listed = http.withBasicAuth(user, "demo").exchange(
        "/engine-rest/filter/" + filterId + "/list", HttpMethod.POST,
        new org.springframework.http.HttpEntity<>(Map.of()), JsonNode.class);
    assertThat(listed.getStatusCode().value()).isEqualTo(200);
    List<String> listRefs = new ArrayList<>();
    for (JsonNode task : listed.getBody()) {
      assertThat(task.get("followUp").isNull()).isFalse();
      String personRef = runtimeService.createProcessInstanceQuery()
          .processInstanceId(task.get("processInstanceId").asText()).singleResult()
          .getBusinessKey();
      listRefs.add(refs.get(personRef));
    }
    return listRefs;
  }

  private static Map<String, Object> person(String listRef, String languages, Instant arrived) {
    return Map.of("listRef", listRef, "fullName", "Queue Testperson " + listRef, "sex", "M",
        "estimatedAge", 30, "nationality", "MM", "languages", languages,
        "arrivedAt", arrived.toString());
  }
}
