package org.prasan.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.prasan.TestProfiles;
import org.prasan.casefile.OfficerAnswers;
import org.prasan.casefile.TaskRestApi;
import org.prasan.intake.TipRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * A rule the engine enforces inside a completion (a delegate after the form, a task listener
 * on it) reaches the officer through {@code /engine-rest}, as the Tasklist calls it, as a 400
 * that says why in Thai and English with times in Bangkok, never as a 500; the task stays open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.process-engine-name=" + EngineRestConflictsTest.ENGINE)
@ActiveProfiles(resolver = TestProfiles.class)
@Tag("mariadb")
class EngineRuleRefusalTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  ObjectMapper json;
  @Autowired
  TaskService taskService;

  private TaskRestApi tasks;

  @BeforeEach
  void api() {
    Mocks.reset();
    // The context EngineRestConflictsTest starts: its engine has a name of its own.
    tasks = new TaskRestApi(http, json, "/engine-rest/engine/" + EngineRestConflictsTest.ENGINE);
  }

  @Test
  void aScreeningStartRecordedInTheFutureIsRefusedWith400InThaiAndEnglishInBangkokTime()
      throws Exception {
    String caseId = newCase();
    JsonNode screening = tasks.workUntil(caseId, "Task_ScreenPotentialVictims",
        new OfficerAnswers());
    OffsetDateTime future = OffsetDateTime.now(ZoneOffset.UTC).plusDays(2)
        .truncatedTo(ChronoUnit.MINUTES).withHour(3).withMinute(30);

    ResponseEntity<String> refused = tasks.submit(screening, Map.of(
        "receivedIntoCareAt", future.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
        "potentialVictimCount", 3, "childVictimPresent", "NO", "foreignVictimPresent", "NO",
        "screeningExtensionNeeded", "NO"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    String message = json.readTree(refused.getBody()).get("message").asText();
    String bangkok = future.atZoneSameInstant(BangkokTime.ZONE)
        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    assertThat(message)
        // Named by the form's label (casepage's FormLabels) for the officer, and by the
        // variable for an agency system.
        .contains("(receivedIntoCareAt): lies in the future (" + bangkok + " Bangkok time")
        .contains("(receivedIntoCareAt): วันเวลาที่บันทึก (" + bangkok + " น.")
        .contains("อยู่ในอนาคต")
        .doesNotContain("ENGINE-");
    assertThat(bangkok).endsWith("10:30");
    assertThat(taskService.createTaskQuery().taskId(screening.get("id").asText()).count())
        .as("the task stays open").isOne();
  }

  @Test
  void aBoardVoteTheTaskListenerRefusesIs400WithItsReasonNot500() throws Exception {
    String caseId = newCase();
    ResponseEntity<JsonNode> requested = http.withBasicAuth("dsi.officer", "demo")
        .postForEntity("/api/cases/" + caseId + "/special-case-requests",
            Map.of("grounds", "Network spans three provinces and two countries"), JsonNode.class);
    assertThat(requested.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode board = tasks.openTask(caseId, "Task_RecordBoardDecision").orElseThrow();

    ResponseEntity<String> refused = tasks.submit(board, Map.of("boardResolution", "ACCEPTED",
        "boardMembers", 9, "boardVotesFor", 5, "boardVotesAgainst", 4,
        "boardVotesAbstained", 0, "boardResolutionRef", "BSC-2026-07"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(refused.getBody()).get("message").asText())
        .contains("Votes for (boardVotesFor): Board vote: 5 of 9 members is less than two thirds")
        .contains("น้อยกว่าสองในสาม");
  }

  private String newCase() {
    ResponseEntity<JsonNode> tip = http.withBasicAuth("rtp-atpd.officer", "demo")
        .postForEntity("/api/tips", TipRequests.aTip().build(), JsonNode.class);
    assertThat(tip.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return tip.getBody().get("caseId").asText();
  }
}
