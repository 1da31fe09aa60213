package org.prasan.victim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prasan.claims.CaseApi;
import org.prasan.sla.LegalClock;
import org.prasan.sla.LegalClocks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Persons received into care (s.29): the screening opens at once, before triage. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ReceptionApiTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  ObjectMapper json;
  @Autowired
  IdentityService identityService;
  @Autowired
  TaskService taskService;
  @Autowired
  LegalClocks clocks;

  CaseApi api;

  @BeforeEach
  void api() {
    api = new CaseApi(mvc, json, identityService);
  }

  @Test
  void opensTheScreeningForTheReceivingAgencyBeforeTriageWithTheHoldFromTheReception()
      throws Exception {
    String caseId = api.newCase();
    Instant received = Instant.now().minus(Duration.ofMinutes(20)).truncatedTo(ChronoUnit.SECONDS);

    MockHttpServletResponse accepted = reception("rtp-atpd.officer", caseId,
        Map.of("agency", "rtp-atpd", "receivedIntoCareAt", received.toString(), "persons", 4));

    assertThat(accepted.getStatus()).isEqualTo(202);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseId)
        .taskDefinitionKey("Task_ScreenPotentialVictims").taskCandidateGroup("rtp-atpd")
        .count()).isOne();
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseId)
        .taskDefinitionKey("Task_TriageTip").count()).isOne();
    assertThat(clocks.find(caseId, "screening-hold")).get()
        .extracting(LegalClock::startedAt, LegalClock::endsAt)
        .containsExactly(received, received.plus(Duration.ofHours(24)));
  }

  @Test
  void refusesAnotherAgencyALateRecordWithoutReasonAndAFutureReceptionStoringNothing()
      throws Exception {
    String caseId = api.newCase();
    Instant late = Instant.now().minus(Duration.ofHours(2));

    MockHttpServletResponse forAnother = reception("rtp-atpd.officer", caseId,
        Map.of("agency", "immigration", "receivedIntoCareAt", late.toString(), "persons", 2));
    MockHttpServletResponse withoutReason = reception("rtp-atpd.officer", caseId,
        Map.of("agency", "rtp-atpd", "receivedIntoCareAt", late.toString(), "persons", 2));
    MockHttpServletResponse future = reception("rtp-atpd.officer", caseId,
        Map.of("agency", "rtp-atpd", "persons", 2,
            "receivedIntoCareAt", Instant.now().plus(Duration.ofHours(2)).toString()));

    assertThat(forAnother.getStatus()).isEqualTo(403);
    assertThat(withoutReason.getStatus()).isEqualTo(400);
    assertThat(withoutReason.getContentAsString()).contains("lateRecordingReason");
    assertThat(future.getStatus()).isEqualTo(400);
    assertThat(future.getContentAsString()).contains("receivedIntoCareAt");
    assertThat(clocks.ofCase(caseId)).isEmpty();
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseId)
        .taskDefinitionKey("Task_ScreenPotentialVictims").count()).isZero();
  }

  private MockHttpServletResponse reception(String user, String caseId, Map<String, ?> body)
      throws Exception {
    return api.postAs(user, "/api/cases/" + caseId + "/receptions", body);
  }
}
