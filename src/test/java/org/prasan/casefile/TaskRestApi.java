package org.prasan.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.prasan.agency.Agency;
import org.prasan.agency.AgencyRegistry;
import org.prasan.intake.TipRequests;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The Camunda REST calls the Tasklist makes, so whole-case and browser tests drive a case as
 * officers would: each task claimed by an officer of its candidate group and submitted with
 * the fields of its deployed form only. The coordinator, who sees every task, lists them; the
 * officer, who sees only their agency's, opens the form, claims and submits it.
 */
public final class TaskRestApi {

  private final TestRestTemplate http;
  private final ObjectMapper json;
  private final String engineRest;

  /** A tip the RTP-ATPD officer posts over HTTP; the new case's id. */
  public static String newCase(TestRestTemplate http) {
    ResponseEntity<JsonNode> tip = http.withBasicAuth("rtp-atpd.officer", "demo")
        .postForEntity("/api/tips", TipRequests.aTip().build(), JsonNode.class);
    assertThat(tip.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return tip.getBody().get("caseId").asText();
  }

  public TaskRestApi(TestRestTemplate http, ObjectMapper json) {
    this.http = http;
    this.json = json;
    this.engineRest = "/engine-rest";
  }

  /**
   * The case's open tasks, oldest first. AMLO's system (amlo.system) first answers the case's
   * asset traces (external tasks), as a connected AMLO would before any officer looks.
   */
  public List<JsonNode> openTasks(String caseId) {
    answerAssetTraces(caseId);
    List<JsonNode> tasks = new ArrayList<>();
    coordinator().getForObject(engineRest + "/task?processInstanceBusinessKey=" + caseId
        + "&sortBy=created&sortOrder=asc", JsonNode.class).forEach(tasks::add);
    return tasks;
  }

  /** AMLO's system fetches the case's asset traces and answers that assets were traced. */
  public void answerAssetTraces(String caseId) {
    TestRestTemplate amlo = http.withBasicAuth("amlo.system", "demo");
    JsonNode locked = amlo.postForObject(engineRest + "/external-task/fetchAndLock", Map.of(
        "workerId", "amlo-asset-traces", "maxTasks", 10, "topics", List.of(Map.of(
            "topicName", "amlo-asset-trace", "lockDuration", 60_000,
            "businessKey", caseId))), JsonNode.class);
    for (JsonNode trace : locked) {
      ResponseEntity<String> done = amlo.postForEntity(engineRest + "/external-task/"
          + trace.get("id").asText() + "/complete", Map.of("workerId", "amlo-asset-traces",
          "variables", Map.of(
              "assetsTraced", Map.of("value", "YES", "type", "String"),
              "assetTraceSummary", Map.of("value",
                  "Two accounts and the bar premises in the recruiter's name", "type",
                  "String"))), String.class);
      assertThat(done.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }
  }

  public Optional<JsonNode> openTask(String caseId, String taskKey) {
    return openTasks(caseId).stream()
        .filter(task -> taskKey.equals(task.get("taskDefinitionKey").asText()))
        .findFirst();
  }

  /**
   * Works the case's oldest open task after another until a {@code taskKey} task is open,
   * with {@code answers}; answers that open task.
   */
  public JsonNode workUntil(String caseId, String taskKey, OfficerAnswers answers)
      throws IOException {
    for (int step = 0; step < 100; step++) {
      Optional<JsonNode> reached = openTask(caseId, taskKey);
      if (reached.isPresent()) {
        return reached.get();
      }
      JsonNode oldest = openTasks(caseId).get(0);
      work(oldest, answers.next(oldest.get("taskDefinitionKey").asText()));
    }
    throw new AssertionError(caseId + " did not reach " + taskKey + " in 100 tasks");
  }

  /**
   * Claims the task as an officer of its candidate group and submits {@code answers}, each a
   * field of its form; answers {@code <task key>:<officer>}.
   */
  public String work(JsonNode task, Map<String, Object> answers) throws IOException {
    String key = task.get("taskDefinitionKey").asText();
    String officer = officerOf(task.get("id").asText());
    ResponseEntity<String> submitted = submit(task, answers);
    assertThat(submitted.getStatusCode()).as("submitting %s: %s", key, submitted.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
    return key + ":" + officer;
  }

  /**
   * Claims the task as an officer of its candidate group and submits {@code answers}, each a
   * field of its form; answers the engine's answer to the submission, whatever it is.
   */
  public ResponseEntity<String> submit(JsonNode task, Map<String, Object> answers)
      throws IOException {
    String id = task.get("id").asText();
    String key = task.get("taskDefinitionKey").asText();
    String officer = officerOf(id);
    assertThat(formFieldsOf(id, officer)).as("fields of the form of %s", key)
        .containsAll(answers.keySet());

    ResponseEntity<String> claimed = http.withBasicAuth(officer, "demo").postForEntity(
        engineRest + "/task/" + id + "/claim", Map.of("userId", officer), String.class);
    assertThat(claimed.getStatusCode()).as("claiming %s: %s", key, claimed.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
    Map<String, Object> variables = new LinkedHashMap<>();
    answers.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return http.withBasicAuth(officer, "demo").postForEntity(
        engineRest + "/task/" + id + "/submit-form", Map.of("variables", variables), String.class);
  }

  /** The demo user who works a task: {@code <agency>.officer}, or the coordinator. */
  public String officerOf(String taskId) {
    for (JsonNode link : coordinator().getForObject(engineRest + "/task/" + taskId
        + "/identity-links", JsonNode.class)) {
      if ("candidate".equals(link.get("type").asText()) && link.hasNonNull("groupId")) {
        String group = link.get("groupId").asText();
        if (group.endsWith(Agency.SUPERVISOR_SUFFIX)) {
          return group.substring(0, group.length() - Agency.SUPERVISOR_SUFFIX.length())
              + ".supervisor";
        }
        return AgencyRegistry.COORDINATOR.equals(group) ? group : group + ".officer";
      }
    }
    throw new AssertionError("task " + taskId + " has no candidate group");
  }

  /** The keys of the task's deployed form that an officer can fill (not read-only). */
  public Set<String> formFieldsOf(String taskId, String officer) throws IOException {
    String form = http.withBasicAuth(officer, "demo").getForObject(
        engineRest + "/task/" + taskId + "/deployed-form", String.class);
    Set<String> keys = new HashSet<>();
    collectKeys(json.readTree(form).get("components"), keys);
    return keys;
  }

  private TestRestTemplate coordinator() {
    return http.withBasicAuth(AgencyRegistry.COORDINATOR, "demo");
  }

  private static void collectKeys(JsonNode components, Set<String> keys) {
    for (JsonNode component : components) {
      if (component.has("components")) {
        collectKeys(component.get("components"), keys);
      }
      if (component.has("key") && !component.path("readonly").asBoolean(false)) {
        keys.add(component.get("key").asText());
      }
    }
  }
}
