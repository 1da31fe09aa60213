package org.prasan.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.prasan.casefile.CaseFileRepository;
import org.prasan.intake.TipRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** With {@code prasan.claims.grant-when-decision-agrees}, the DMN's choice needs no coordinator. */
@SpringBootTest(properties = "prasan.claims.grant-when-decision-agrees=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ClaimGrantedByDecisionTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  ObjectMapper json;
  @Autowired
  IdentityService identityService;
  @Autowired
  TaskService taskService;
  @Autowired
  CaseFileRepository cases;
  @Autowired
  ClaimRepository claims;

  @Test
  void grantsTheLeadAtOnceWhenTheLeadAgencyDecisionProposesTheClaimant() throws Exception {
    CaseApi api = new CaseApi(mvc, json, identityService);
    String caseId = onlineChildExploitationCase(api);

    MockHttpServletResponse claimed = api.claim("rtp-ticac", caseId);

    assertThat(api.read(claimed).get("status").asText()).isEqualTo("GRANTED");
    assertThat(cases.findById(caseId).orElseThrow().leadAgency()).isEqualTo("rtp-ticac");
    assertThat(CaseApi.openTasks(taskService, caseId, ClaimResolutionProcess.PROCESS_KEY))
        .isEmpty();
    assertThat(claims.resolutionsOf(caseId)).singleElement().satisfies(resolution -> {
      assertThat(resolution.kind()).isEqualTo(ClaimResolution.Kind.AUTOMATIC);
      assertThat(resolution.decidedBy()).isEqualTo(ClaimService.DECIDED_BY_DECISION);
    });
  }

  @Test
  void stillAsksTheCoordinatorWhenTheDecisionProposesAnotherAgency() throws Exception {
    CaseApi api = new CaseApi(mvc, json, identityService);
    String caseId = onlineChildExploitationCase(api);

    api.claim("immigration", caseId);

    assertThat(cases.findById(caseId).orElseThrow().leadAgency()).isNull();
    assertThat(CaseApi.openTasks(taskService, caseId, ClaimResolutionProcess.PROCESS_KEY))
        .hasSize(1);
  }

  private static String onlineChildExploitationCase(CaseApi api) throws Exception {
    return api.read(api.postTip(TipRequests.aTip().with("source", "NCMEC_CYBERTIPLINE")
            .with("indicators", List.of("ONLINE", "CHILD_VICTIM", "SEXUAL_EXPLOITATION"))))
        .get("caseId").asText();
  }
}
