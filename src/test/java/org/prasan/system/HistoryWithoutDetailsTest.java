package org.prasan.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.prasan.ThisContextsEngine;
import org.prasan.casefile.OfficerAnswers;
import org.prasan.casefile.TaskRestApi;
import org.prasan.intake.TipRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 20: a tip and its triage, submitted as the Tasklist does, leave the history the audit,
 * the case page and the dashboard read (processes, tasks, variables' values, the operation
 * log) and no value-by-value details.
 */
@ExtendWith(ThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HistoryWithoutDetailsTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  ObjectMapper json;
  @Autowired
  HistoryService history;

  @Test
  void aTriagedTipKeepsItsHistoryButNoDetails() throws Exception {
    String caseId = http.withBasicAuth("rtp-atpd.officer", "demo").postForObject("/api/tips",
        TipRequests.aTip().build(), JsonNode.class).get("caseId").asText();
    TaskRestApi tasks = new TaskRestApi(http, json);
    JsonNode triage = tasks.openTasks(caseId).get(0);
    tasks.work(triage, new OfficerAnswers().next(triage.get("taskDefinitionKey").asText()));

    List<HistoricProcessInstance> processes = history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseId).list();
    assertThat(processes).extracting(HistoricProcessInstance::getProcessDefinitionKey)
        .contains("joint-case", "tip-triage");
    for (HistoricProcessInstance process : processes) {
      assertThat(history.createHistoricDetailQuery().processInstanceId(process.getId()).count())
          .as("details of %s", process.getProcessDefinitionKey()).isZero();
      assertThat(history.createHistoricVariableInstanceQuery()
          .processInstanceId(process.getId()).count()).isPositive();
    }
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseId)
        .taskDefinitionKey(triage.get("taskDefinitionKey").asText()).finished().count())
        .isEqualTo(1);
    assertThat(history.createUserOperationLogQuery().taskId(triage.get("id").asText()).count())
        .isPositive();
  }
}
