package org.prasan.casefile;

import org.prasan.ThisContextsEngine;
import org.junit.jupiter.api.extension.ExtendWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.prasan.TestProfiles;
import org.prasan.intake.TipRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * A whole case, tip to judgment, through the HTTP APIs the Tasklist uses: each task is claimed
 * by an officer of its candidate group and submitted with the fields of its deployed form
 * only, as an officer filling the form would.
 */
@ExtendWith(ThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Tag("mariadb")
class JointCaseLifecycleTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  ObjectMapper json;

  @Autowired
  ProcessEngine processEngine;

  private final OfficerAnswers answers = new OfficerAnswers();

  private final List<String> worked = new ArrayList<>();

  @Test
  void officersOfEveryAgencyTakeACaseFromTipToJudgmentWithAProsecutorsApproval()
      throws Exception {
    ResponseEntity<JsonNode> tip = http.withBasicAuth("rtp-atpd.officer", "demo")
        .postForEntity("/api/tips", TipRequests.aTip().build(), JsonNode.class);
    assertThat(tip.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseId = tip.getBody().get("caseId").asText();
    TaskRestApi tasks = new TaskRestApi(http, json);

    for (int step = 0; step < 100 && !closed(caseId); step++) {
      JsonNode task = tasks.openTasks(caseId).get(0);
      worked.add(tasks.work(task, answers.next(task.get("taskDefinitionKey").asText())));
    }

    JsonNode finished = http.withBasicAuth("coordinator", "demo")
        .getForObject("/api/cases/" + caseId, JsonNode.class);
    assertThat(finished.get("status").asText()).isEqualTo("CLOSED");
    assertThat(finished.get("outcome").asText()).isEqualTo("JUDGED");
    assertThat(finished.get("closureReason").asText()).isEqualTo("Verdict: CONVICTED");
    assertThat(worked).containsSubsequence("Task_SubmitCaseFile:rtp-atpd.officer",
        "Task_ApproveCharging:oag-tip.officer", "Task_GatherAdditionalEvidence:rtp-atpd.officer",
        "Task_SubmitCaseFile:rtp-atpd.officer", "Task_ApproveCharging:oag-tip.officer",
        "Task_FileIndictment:oag-tip.officer");
    assertThat(worked).contains("Task_IdentifyVictims:mdt.officer",
        "Task_SeizeAssets:amlo.officer", "Task_DecideSeizedAssets:amlo.officer",
        "Task_RequestMutualLegalAssistance:oag-tip.officer",
        "Task_TakePretrialTestimony:oag-tip.officer", "Task_RepatriateVictim:msdhs.officer");
  }

  private boolean closed(String caseId) {
    return "CLOSED".equals(http.withBasicAuth("coordinator", "demo")
        .getForObject("/api/cases/" + caseId, JsonNode.class).get("status").asText());
  }
}
