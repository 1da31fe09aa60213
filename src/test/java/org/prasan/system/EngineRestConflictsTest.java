package org.prasan.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.prasan.TestProfiles;
import org.prasan.claims.Concurrently;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Two officers acting on one task at the same moment through {@code /engine-rest}: one wins,
 * the other gets 409 with what happened, never 500. TwoNodesIT does the same across two nodes.
 *
 * <p>The engine has a name of its own and the calls name it: Camunda's REST finds engines in a
 * JVM-wide registry, where every cached test context's engine is called "default".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.process-engine-name=" + EngineRestConflictsTest.ENGINE)
@ActiveProfiles(resolver = TestProfiles.class)
@Tag("mariadb")
class EngineRestConflictsTest {

  static final String ENGINE = "restconflicts";
  private static final String TASKS = "/engine-rest/engine/" + ENGINE + "/task/";

  @Autowired
  TestRestTemplate http;
  @Autowired
  TaskService taskService;

  @Test
  void twoCompletionsOfOneTaskAtTheSameMomentGiveOneSuccessAndOneConflict() throws Exception {
    for (int round = 0; round < 5; round++) {
      String taskId = newTask();
      String action = round % 2 == 0 ? "complete" : "submit-form";
      List<Callable<ResponseEntity<JsonNode>>> twice = new ArrayList<>();
      for (int officer = 0; officer < 2; officer++) {
        twice.add(() -> post(TASKS + taskId + "/" + action));
      }

      List<ResponseEntity<JsonNode>> answers = Concurrently.run(twice);

      assertThat(answers).extracting(ResponseEntity::getStatusCode)
          .as("%s, round %d: %s", action, round, answers)
          .containsExactlyInAnyOrder(HttpStatus.NO_CONTENT, HttpStatus.CONFLICT);
    }
  }

  @Test
  void completingATaskSomeoneCompletedAnswers409SayingWhen() {
    String taskId = newTask();
    assertThat(post(TASKS + taskId + "/complete").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    ResponseEntity<JsonNode> again = post(TASKS + taskId + "/submit-form");

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody().get("message").asText())
        .contains("Task " + taskId + " was already completed at ")
        .contains(" Bangkok time (UTC+7); reload the task list.")
        .contains("งาน " + taskId + " เสร็จไปแล้ว");
  }

  @Test
  void completingATaskThatNeverExistedAnswers404() {
    ResponseEntity<JsonNode> answer = post(TASKS + "no-such-task/complete");

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(answer.getBody().get("message").asText())
        .isEqualTo("ไม่มีงาน no-such-task ในระบบ / Task no-such-task does not exist.");
  }

  @Test
  void claimingATaskAnotherOfficerClaimedAnswers409() {
    String taskId = newTask();
    taskService.claim(taskId, "rtp-atpd.officer");

    ResponseEntity<JsonNode> answer = http.withBasicAuth("rtp-atpd.supervisor", "demo")
        .postForEntity(TASKS + taskId + "/claim", Map.of("userId", "rtp-atpd.supervisor"),
            JsonNode.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(answer.getBody().get("type").asText()).isEqualTo("TaskAlreadyClaimedException");
  }

  private String newTask() {
    Task task = taskService.newTask();
    task.setName("Check the hotline log");
    taskService.saveTask(task);
    // The officers' grant on the task comes with its candidate group, as in the models.
    taskService.addCandidateGroup(task.getId(), "rtp-atpd");
    return task.getId();
  }

  private ResponseEntity<JsonNode> post(String path) {
    return http.withBasicAuth("rtp-atpd.officer", "demo")
        .postForEntity(path, Map.of("variables", Map.of()), JsonNode.class);
  }
}
