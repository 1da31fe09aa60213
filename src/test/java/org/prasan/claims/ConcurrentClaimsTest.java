package org.prasan.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.prasan.TestProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Ten claims at the same instant: one claim resolution, one coordinator task. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestProfiles.class)
@Tag("concurrency")
@Tag("mariadb")
class ConcurrentClaimsTest {

  /** Every agency that may claim the lead: DSI leads only by the Board of Special Cases. */
  static final List<String> NINE_AGENCIES = List.of("rtp-atpd", "rtp-ticac", "rtp-ccib",
      "immigration", "oag-tip", "msdhs", "mdt", "mol-dlpw", "amlo");

  @Autowired
  MockMvc mvc;
  @Autowired
  ObjectMapper json;
  @Autowired
  IdentityService identityService;
  @Autowired
  TaskService taskService;
  @Autowired
  ClaimRepository claims;

  CaseApi api;

  @BeforeEach
  void api() {
    api = new CaseApi(mvc, json, identityService);
  }

  @Test
  void nineAgenciesClaimingAtOnceGetOneResolutionTaskListingEveryClaim() throws Exception {
    String caseId = api.newCase();
    List<Callable<MockHttpServletResponse>> calls = new ArrayList<>();
    for (String agency : NINE_AGENCIES) {
      calls.add(() -> api.claim(agency, caseId));
    }

    List<MockHttpServletResponse> answers = Concurrently.run(calls);

    assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsOnly(201);
    List<Task> tasks = CaseApi.openTasks(taskService, caseId, ClaimResolutionProcess.PROCESS_KEY);
    assertThat(tasks).extracting(Task::getTaskDefinitionKey)
        .containsExactly(ClaimResolutionProcess.TASK_RESOLVE_OVERLAPPING_CLAIM);
    String listed = (String) taskService.getVariable(tasks.get(0).getId(),
        ClaimResolutionProcess.VAR_OPEN_CLAIMS);
    for (String agency : NINE_AGENCIES) {
      assertThat(listed).contains(agency + " (" + CaseApi.officerOf(agency));
    }
    assertThat(claims.resolutionsOf(caseId)).hasSize(1);
    assertThat(claims.openClaims(caseId)).hasSize(9)
        .allSatisfy(claim -> assertThat(claim.status()).isEqualTo(ClaimStatus.UNDER_RESOLUTION));
  }

  @Test
  void tenCopiesOfOneAgencysClaimAtOnceLeaveOneClaimAndOneTask() throws Exception {
    String caseId = api.newCase();
    List<Callable<MockHttpServletResponse>> calls = new ArrayList<>();
    for (int copy = 0; copy < 10; copy++) {
      calls.add(() -> api.claim("rtp-atpd", caseId));
    }

    List<MockHttpServletResponse> answers = Concurrently.run(calls);

    assertThat(answers).extracting(MockHttpServletResponse::getStatus)
        .containsOnly(200, 201).containsOnlyOnce(201);
    assertThat(claims.claimsOfCase(caseId)).hasSize(1);
    assertThat(CaseApi.openTasks(taskService, caseId, ClaimResolutionProcess.PROCESS_KEY))
        .extracting(Task::getTaskDefinitionKey)
        .containsExactly(ClaimResolutionProcess.TASK_CONFIRM_LEAD_CLAIM);
  }
}
