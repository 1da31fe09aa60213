package org.prasan.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.prasan.TestProfiles;
import org.prasan.casefile.CaseFileRepository;
import org.prasan.notification.AgencyNotifications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestProfiles.class)
@Tag("mariadb")
class ClaimApiTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  ObjectMapper json;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  IdentityService identityService;
  @Autowired
  CaseFileRepository cases;
  @Autowired
  ClaimRepository claims;
  @Autowired
  AgencyNotifications notifications;

  CaseApi api;

  @BeforeEach
  void api() {
    api = new CaseApi(mvc, json, identityService);
  }

  @Test
  void twoAgenciesClaimingOneCaseGetOneCoordinatorDecisionAndTheOtherAgencyIsTold()
      throws Exception {
    String caseId = api.newCase();

    assertThat(api.claim("rtp-atpd", caseId).getStatus()).isEqualTo(201);
    MockHttpServletResponse second = api.claim("rtp-ticac", caseId);

    assertThat(second.getStatus()).isEqualTo(201);
    assertThat(api.read(second).get("status").asText()).isEqualTo("UNDER_RESOLUTION");
    List<Task> coordinatorTasks = openResolutionTasks(caseId);
    assertThat(coordinatorTasks).extracting(Task::getName)
        .containsExactly("Resolve overlapping claim");
    String listed = (String) taskService.getVariable(coordinatorTasks.get(0).getId(),
        ClaimResolutionProcess.VAR_OPEN_CLAIMS);
    assertThat(listed).contains("rtp-atpd (rtp-atpd.officer").contains("rtp-ticac (rtp-ticac.officer");

    completeAsCoordinator(coordinatorTasks.get(0), Map.of(
        ClaimResolutionProcess.VAR_CLAIM_LEAD_AGENCY, "rtp-ticac",
        ClaimResolutionProcess.VAR_CLAIM_SUPPORTING_AGENCIES, "msdhs",
        ClaimResolutionProcess.VAR_CLAIM_DECISION_REASON, "NCMEC referral: online child abuse"));

    assertThat(openResolutionTasks(caseId)).isEmpty();
    ClaimResolution decision = claims.resolutionsOf(caseId).get(0);
    assertThat(decision.open()).isFalse();
    assertThat(decision.leadAgency()).isEqualTo("rtp-ticac");
    assertThat(decision.supportingAgencies()).isEqualTo("msdhs,rtp-atpd");
    assertThat(decision.reason()).isEqualTo("NCMEC referral: online child abuse");
    assertThat(decision.decidedBy()).isEqualTo("coordinator");
    assertThat(claims.claimsOfCase(caseId)).extracting(Claim::agency, Claim::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("rtp-atpd", ClaimStatus.SUPPORTING),
            org.assertj.core.groups.Tuple.tuple("rtp-ticac", ClaimStatus.GRANTED));
    assertThat(notifications.ofCase(caseId))
        .anySatisfy(told -> {
          assertThat(told.agency()).isEqualTo("rtp-atpd");
          assertThat(told.subject()).contains("rtp-ticac leads");
        })
        .anySatisfy(told -> assertThat(told.agency()).isEqualTo("rtp-ticac"));
    JsonNode view = api.caseView(caseId);
    assertThat(view.get("leadAgency").asText()).isEqualTo("rtp-ticac");
    assertThat(view.get("supportingAgencies").toString()).contains("rtp-atpd").contains("msdhs");
    assertThat(view.get("openClaims")).isEmpty();
  }

  @Test
  void givesTheLeadToASingleClaimantOnceTheCoordinatorConfirms() throws Exception {
    String caseId = api.newCase();

    MockHttpServletResponse claimed = api.claim("rtp-atpd", caseId);

    assertThat(api.read(claimed).get("status").asText()).isEqualTo("PENDING");
    assertThat(api.caseView(caseId).get("openClaims").get(0).get("agency").asText())
        .isEqualTo("rtp-atpd");
    Task confirmation = openResolutionTasks(caseId).get(0);
    assertThat(confirmation.getName()).isEqualTo("Confirm lead claim");
    assertThat(cases.findById(caseId).orElseThrow().leadAgency()).isNull();

    completeAsCoordinator(confirmation, Map.of(
        ClaimResolutionProcess.VAR_CLAIM_CONFIRMATION, ClaimResolutionProcess.CONFIRM,
        ClaimResolutionProcess.VAR_CLAIM_DECISION_REASON, "Labour camp raid planned by ATPD"));

    assertThat(cases.findById(caseId).orElseThrow().leadAgency()).isEqualTo("rtp-atpd");
    assertThat(runtimeService.getVariable(cases.findById(caseId).orElseThrow()
        .processInstanceId(), "leadAgency")).isEqualTo("rtp-atpd");
  }

  @Test
  void declinedClaimLeavesTheCaseWithoutALeadAndTellsTheAgency() throws Exception {
    String caseId = api.newCase();
    api.claim("immigration", caseId);

    completeAsCoordinator(openResolutionTasks(caseId).get(0), Map.of(
        ClaimResolutionProcess.VAR_CLAIM_CONFIRMATION, ClaimResolutionProcess.DECLINE,
        ClaimResolutionProcess.VAR_CLAIM_DECISION_REASON, "Triage has not finished yet"));

    assertThat(cases.findById(caseId).orElseThrow().leadAgency()).isNull();
    assertThat(claims.claimsOfCase(caseId).get(0).status()).isEqualTo(ClaimStatus.DECLINED);
    assertThat(notifications.ofCase(caseId)).singleElement()
        .satisfies(told -> assertThat(told.agency()).isEqualTo("immigration"));
  }

  @Test
  void aClaimOnALedCaseGoesStraightToTheCoordinatorsResolution() throws Exception {
    String caseId = api.newCase();
    cases.recordLeadAgency(caseId, "rtp-atpd", "msdhs");

    api.claim("immigration", caseId);

    assertThat(openResolutionTasks(caseId)).extracting(Task::getName)
        .containsExactly("Resolve overlapping claim");
    assertThat(taskService.getVariable(openResolutionTasks(caseId).get(0).getId(),
        ClaimResolutionProcess.VAR_CURRENT_LEAD_AGENCY)).isEqualTo("rtp-atpd");
  }

  @Test
  void answersTheOpenClaimWhenTheSameAgencyClaimsAgain() throws Exception {
    String caseId = api.newCase();
    long first = api.read(api.claim("rtp-atpd", caseId)).get("claimId").asLong();

    MockHttpServletResponse again = api.claim("rtp-atpd", caseId);

    assertThat(again.getStatus()).isEqualTo(200);
    assertThat(api.read(again).get("claimId").asLong()).isEqualTo(first);
    assertThat(openResolutionTasks(caseId)).hasSize(1);
  }

  @Test
  void answersNotFoundForAClaimOnAnUnknownCase() throws Exception {
    MockHttpServletResponse response = api.claim("rtp-atpd", "TIP-1999-999999");

    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
  }

  @Test
  void refusesAClaimByTheAgencyAlreadyLeading() throws Exception {
    String caseId = api.newCase();
    cases.recordLeadAgency(caseId, "rtp-atpd", "");

    assertThat(api.claim("rtp-atpd", caseId).getStatus()).isEqualTo(409);
  }

  private List<Task> openResolutionTasks(String caseId) {
    return CaseApi.openTasks(taskService, caseId, ClaimResolutionProcess.PROCESS_KEY);
  }

  private void completeAsCoordinator(Task task, Map<String, Object> formFields) {
    identityService.setAuthentication("coordinator", List.of("coordinator"));
    try {
      taskService.complete(task.getId(), formFields);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
