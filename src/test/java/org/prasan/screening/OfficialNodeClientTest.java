package org.prasan.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.prasan.ThisContextsEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 21's "done when": the official Node client ({@code camunda-external-task-client-js},
 * pinned in docs/examples/package-lock.json) running docs/examples/immigration-worker.mjs as
 * {@code immigration.system} completes the status check of a person put on a handover list,
 * while the same worker run as an officer of another agency, or as another agency's system,
 * is refused and locks nothing. The worker's files are copied to target/node-worker and
 * installed there with {@code npm ci} (the npm registry, node and npm as .ci/run installs
 * them), so the source tree gets no node_modules. Same RANDOM_PORT context as
 * AgencySystemsTest: no second application start.
 */
@ExtendWith(ThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OfficialNodeClientTest {

  private static final Path EXAMPLES = Path.of("docs", "examples");
  private static final Path WORKER = Path.of("target", "node-worker");

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate http;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  ExternalTaskService externalTaskService;
  @Autowired
  HistoryService historyService;

  @BeforeAll
  static void theExampleInstalledWithNpmCi() throws Exception {
    Files.createDirectories(WORKER);
    for (String file : List.of("package.json", "package-lock.json", "immigration-worker.mjs")) {
      Files.copy(EXAMPLES.resolve(file), WORKER.resolve(file),
          StandardCopyOption.REPLACE_EXISTING);
    }
    Run install = run(Duration.ofMinutes(5), Map.of(), "npm", "ci", "--no-audit", "--no-fund");
    assertThat(install.exitCode()).as(install.output()).isZero();
  }

  @Test
  void asImmigrationsSystemTheNodeWorkerCompletesTheStatusCheckAndOthersFetchNothing()
      throws Exception {
    String personRef = aPersonAwaitingTheStatusCheck();

    for (String user : List.of("rtp-atpd.officer", "mdt.officer", "rtp-atpd.system")) {
      Run refused = worker(user, personRef);
      assertThat(refused.exitCode()).as(user + ": " + refused.output()).isEqualTo(1);
      assertThat(refused.output()).as(user).contains("Response code 403")
          .contains("immigration-system");
      ResponseEntity<JsonNode> byRest = http.withBasicAuth(user, "demo").postForEntity(
          "/engine-rest/external-task/fetchAndLock", Map.of("workerId", user, "maxTasks", 1,
              "topics", List.of(Map.of("topicName",
                  PersonScreeningProcess.TOPIC_IMMIGRATION_STATUS, "lockDuration", 60_000))),
          JsonNode.class);
      assertThat(byRest.getStatusCode().value()).as(user).isEqualTo(403);
    }
    assertThat(check(personRef).getLockExpirationTime()).as("nothing locked").isNull();

    Run done = worker("immigration.system", personRef);

    assertThat(done.exitCode()).as(done.output()).isZero();
    assertThat(done.output()).contains(personRef + ": FOREIGN_DOCUMENTED");
    String instance = instanceId(personRef);
    assertThat(runtimeService.getVariable(instance,
        PersonScreeningProcess.VAR_IMMIGRATION_STATUS)).isEqualTo("FOREIGN_DOCUMENTED");
    assertThat(historyService.createHistoricExternalTaskLogQuery().processInstanceId(instance)
        .topicName(PersonScreeningProcess.TOPIC_IMMIGRATION_STATUS).successLog().singleResult()
        .getWorkerId()).isEqualTo("immigration-records");
    assertThat(externalTaskService.createExternalTaskQuery().processInstanceId(instance)
        .singleResult().getTopicName()).isEqualTo(PersonScreeningProcess.TOPIC_POLICE_WARRANTS);
  }

  /** A handover list of one person through /api/screenings, her rights recorded. */
  private String aPersonAwaitingTheStatusCheck() {
    JsonNode operation = http.withBasicAuth("immigration.officer", "demo").postForObject(
        "/api/screenings", Map.of("name", "Node worker test " + System.nanoTime(),
            "site", "ตาก", "receivedAt", Instant.now().minus(Duration.ofHours(1)).toString(),
            "handedOverBy", "Border guard force (synthetic)", "leadAgency", "rtp-atpd"),
        JsonNode.class);
    String operationId = operation.get("operationId").asText();
    ResponseEntity<JsonNode> imported = http.withBasicAuth("immigration.officer", "demo")
        .postForEntity("/api/screenings/" + operationId + "/people", List.of(Map.of(
            "listRef", "N-1", "fullName", "Node Testperson", "sex", "F", "estimatedAge", 25,
            "nationality", "MM", "languages", "my")), JsonNode.class);
    assertThat(imported.getStatusCode().is2xxSuccessful()).as("%s", imported.getBody())
        .isTrue();
    String personRef = http.withBasicAuth("coordinator", "demo").getForObject(
            "/api/screenings/" + operationId + "/people", JsonNode.class)
        .get("people").get(0).get("personRef").asText();
    taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(personRef)
        .singleResult().getId(), Map.of("interpreterLanguage", "my",
        "rightsInformedAt", Instant.now().minusSeconds(60).toString()));
    assertThat(check(personRef)).as("the status check waits").isNotNull();
    return personRef;
  }

  /** {@code ONCE=1 node immigration-worker.mjs} as this user, for this person only. */
  private Run worker(String user, String personRef) throws Exception {
    return run(Duration.ofSeconds(60), Map.of("ONCE", "1",
            "PRASAN_URL", "http://127.0.0.1:" + port + "/engine-rest",
            "PRASAN_USER", user, "PRASAN_PASSWORD", "demo", "PRASAN_BUSINESS_KEY", personRef),
        "node", "immigration-worker.mjs");
  }

  private String instanceId(String personRef) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(personRef)
        .singleResult().getId();
  }

  private ExternalTask check(String personRef) {
    return externalTaskService.createExternalTaskQuery().processInstanceId(instanceId(personRef))
        .topicName(PersonScreeningProcess.TOPIC_IMMIGRATION_STATUS).singleResult();
  }

  private record Run(int exitCode, String output) {
  }

  private static Run run(Duration limit, Map<String, String> environment, String... command)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile(WORKER.toAbsolutePath(), "run-", ".log");
    ProcessBuilder builder = new ProcessBuilder(command).directory(WORKER.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    Process process = builder.start();
    if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(String.join(" ", command) + " still running after " + limit
          + ": " + Files.readString(log, StandardCharsets.UTF_8));
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    System.out.printf("[node worker] %s (%s): exit %d%n%s%n", String.join(" ", command),
        environment.getOrDefault("PRASAN_USER", "-"), process.exitValue(), output);
    return new Run(process.exitValue(), output);
  }
}
