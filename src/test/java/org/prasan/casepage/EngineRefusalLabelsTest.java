package org.prasan.casepage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prasan.CaseWork;
import org.prasan.claims.CaseApi;
import org.prasan.dashboard.DashboardForms;
import org.prasan.system.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A rule the engine enforces on a completion names the field by the label the officer saw on
 * the form, in Thai and English, not by its variable (the Tasklist shows the message as is).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class EngineRefusalLabelsTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  ObjectMapper json;
  @Autowired
  IdentityService identityService;
  @Autowired
  ProcessEngine engine;
  @Autowired
  TaskService taskService;

  @BeforeEach
  void resetMocks() {
    Mocks.reset();
  }

  @Test
  void aScreeningStartInTheFutureIsRefusedNamingTheFormsLabel() throws Exception {
    String caseId = new CaseApi(mvc, json, identityService).newCase();
    CaseWork work = new CaseWork(engine);
    work.complete(caseId, "Task_TriageTip", "rtp-atpd",
        DashboardForms.triage("TRAFFICKING_SUSPECTED"));
    work.complete(caseId, "Task_ConfirmLeadAgency", "coordinator",
        DashboardForms.confirmLead("rtp-atpd"));
    Task screening = work.openTask(caseId, "Task_ScreenPotentialVictims");
    String future = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES)
        .toString();

    Throwable refused = catchThrowable(() -> taskService.complete(screening.getId(), Map.of(
        "receivedIntoCareAt", future, "potentialVictimCount", 3, "childVictimPresent", "NO",
        "foreignVictimPresent", "NO", "screeningExtensionNeeded", "NO")));

    assertThat(refused).isInstanceOf(RuleViolationException.class);
    assertThat(refused.getMessage())
        .contains("วันที่รับตัวไว้ (มาตรา 29) (receivedIntoCareAt): ")
        .contains("Date the persons were received into care (s.29) (receivedIntoCareAt): lies in "
            + "the future (")
        .contains("Bangkok time");
    assertThat(work.openTask(caseId, "Task_ScreenPotentialVictims")).isNotNull();
  }
}
