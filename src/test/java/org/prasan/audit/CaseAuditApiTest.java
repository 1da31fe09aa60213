package org.prasan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prasan.casefile.CaseFileRepository;
import org.prasan.claims.CaseApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CaseAuditApiTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  ObjectMapper json;
  @Autowired
  IdentityService identityService;
  @Autowired
  CaseFileRepository cases;

  CaseApi api;

  @BeforeEach
  void api() {
    api = new CaseApi(mvc, json, identityService);
  }

  @Test
  void showsWhoDidWhatFromTheEngineAndFromOurRecordsWithoutIdentities() throws Exception {
    String caseId = api.newCase();
    cases.recordLeadAgency(caseId, "rtp-atpd", "msdhs");
    api.claim("rtp-ticac", caseId);
    api.postAs("msdhs.officer", "/api/cases/" + caseId + "/victims", Map.of(
        "fullName", "Synthetic Auditname", "dateOfBirth", "2001-02-03", "nationality", "LA",
        "documentNumber", "LA0011223"));

    MockHttpServletResponse audit = audit("coordinator", caseId);

    assertThat(audit.getStatus()).isEqualTo(200);
    List<String> lines = new ArrayList<>();
    for (JsonNode entry : api.read(audit).get("entries")) {
      lines.add(entry.path("actor").asText("-") + " " + entry.get("action").asText() + " "
          + entry.get("source").asText());
    }
    assertThat(lines).contains("rtp-atpd.officer TIP_RECEIVED prasan",
        "rtp-atpd.officer PROCESS_STARTED engine", "- TASK_CREATED engine",
        "rtp-ticac.officer LEAD_CLAIMED prasan", "msdhs.officer VICTIM_WRITE prasan");
    assertThat(audit.getContentAsString()).doesNotContain("Synthetic Auditname")
        .doesNotContain("LA0011223");
  }

  @Test
  void isForCoordinatorsAndTheLeadAgencyOnly() throws Exception {
    String caseId = api.newCase();
    cases.recordLeadAgency(caseId, "dsi", "msdhs");

    assertThat(audit("dsi.officer", caseId).getStatus()).isEqualTo(200);
    assertThat(audit("msdhs.officer", caseId).getStatus()).isEqualTo(403);
    assertThat(audit("rtp-atpd.officer", caseId).getStatus()).isEqualTo(403);
    assertThat(audit("coordinator", "TIP-1999-999999").getStatus()).isEqualTo(404);
  }

  private MockHttpServletResponse audit(String user, String caseId) throws Exception {
    return mvc.perform(get("/api/cases/" + caseId + "/audit").with(httpBasic(user, "demo")))
        .andReturn().getResponse();
  }
}
