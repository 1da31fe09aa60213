package org.prasan.casepage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prasan.casefile.CaseFileRepository;
import org.prasan.claims.CaseApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CasePageApiTest {

  static final String BOUNDARY = "----prasan-casepage-boundary";

  @Autowired
  MockMvc mvc;
  @Autowired
  ObjectMapper json;
  @Autowired
  IdentityService identityService;
  @Autowired
  CaseFileRepository cases;
  @Autowired
  ProcessEngine engine;

  CaseApi api;

  @BeforeEach
  void api() {
    api = new CaseApi(mvc, json, identityService);
  }

  @Test
  void showsTheCaseItsClocksItsTasksAndItsHistoryToItsAgencies() throws Exception {
    String caseId = api.newCase();

    JsonNode page = page("rtp-atpd.officer", caseId);

    assertThat(page.at("/caseFile/caseId").asText()).isEqualTo(caseId);
    assertThat(page.get("zone").asText()).isEqualTo("Asia/Bangkok");
    assertThat(page.at("/caseFile/openTasks/0/candidateGroups/0").asText())
        .isEqualTo("rtp-atpd");
    assertThat(page.get("clocks").findValuesAsText("kind")).contains("task");
    assertThat(page.get("stages").findValuesAsText("processKey"))
        .contains("joint-case", "tip-triage");
    assertThat(page.get("history").findValuesAsText("action")).contains("PROCESS_STARTED");
    assertThat(page.get("agencies").findValuesAsText("nameTh")).isNotEmpty();
    assertThat(page.get("canRecordEvidence").asBoolean()).isTrue();
  }

  @Test
  void answersOutsidersAsForAnUnknownCase() throws Exception {
    String caseId = api.newCase();

    MockHttpServletResponse outsider = mvc.perform(get("/api/cases/" + caseId + "/page")
        .with(httpBasic("dsi.officer", "demo"))).andReturn().getResponse();
    MockHttpServletResponse unknown = mvc.perform(get("/api/cases/TIP-1999-999999/page")
        .with(httpBasic("dsi.officer", "demo"))).andReturn().getResponse();

    assertThat(outsider.getStatus()).isEqualTo(404);
    assertThat(unknown.getStatus()).isEqualTo(404);
    assertThat(api.read(outsider).get("detailTh").asText()).startsWith("ไม่พบคดี");
  }

  @Test
  void listsExhibitsWithTheirHolderAndIntegrityAndVictimsAsReferencesOnly() throws Exception {
    String caseId = api.newCase();
    cases.recordLeadAgency(caseId, "rtp-atpd", "rtp-ccib");
    MockHttpServletResponse uploaded = mvc.perform(post("/api/cases/" + caseId + "/evidence")
        .with(httpBasic("rtp-ccib.officer", "demo"))
        .contentType("multipart/form-data; boundary=" + BOUNDARY)
        .content(upload("Seized phone", "phone.bin", "synthetic content".getBytes(
            StandardCharsets.UTF_8)))).andReturn().getResponse();
    assertThat(uploaded.getStatus()).as(uploaded.getContentAsString()).isEqualTo(201);
    MockHttpServletResponse victim = api.postAs("msdhs.officer", "/api/cases/" + caseId
        + "/victims", Map.of("fullName", "Synthetic Person", "dateOfBirth", "2012-03-04",
        "nationality", "MM", "documentNumber", "X1234567"));
    assertThat(victim.getStatus()).as(victim.getContentAsString()).isEqualTo(201);

    JsonNode asLead = page("rtp-atpd.officer", caseId);

    assertThat(asLead.at("/exhibits/0/description").asText()).isEqualTo("Seized phone");
    assertThat(asLead.at("/exhibits/0/holder").asText()).isEqualTo("rtp-ccib");
    assertThat(asLead.at("/exhibits/0/intact").asBoolean()).isTrue();
    assertThat(asLead.at("/victims/0/ageBand").asText()).isEqualTo("UNDER_15");
    assertThat(asLead.at("/victims/0/child").asBoolean()).isTrue();
    assertThat(asLead.toString()).doesNotContain("Synthetic Person", "X1234567");
    assertThat(asLead.get("canReadVictims").asBoolean()).isTrue();
    assertThat(asLead.at("/exhibits/0/exhibitId").asText()).startsWith("EXH-");
  }

  @Test
  void theWebappsLoginReadsTheCaseAndChangesItOnlyWithTheirCsrfToken() throws Exception {
    String caseId = api.newCase();
    cases.recordLeadAgency(caseId, "rtp-atpd", "msdhs");
    MockHttpSession session = loggedIntoWebapps("rtp-atpd.officer");
    session.setAttribute("CAMUNDA_CSRF_TOKEN", "token-of-this-session");
    String identity = json.writeValueAsString(Map.of("fullName", "Synthetic Person",
        "dateOfBirth", "1990-03-04", "nationality", "MM", "documentNumber", "X1234567"));

    MockHttpServletResponse read = mvc.perform(get("/api/cases/" + caseId + "/page")
        .session(session)).andReturn().getResponse();
    MockHttpServletResponse withoutToken = mvc.perform(post("/api/cases/" + caseId
        + "/victims").session(session).contentType(MediaType.APPLICATION_JSON)
        .content(identity)).andReturn().getResponse();
    MockHttpServletResponse withToken = mvc.perform(post("/api/cases/" + caseId + "/victims")
        .session(session).header("X-XSRF-TOKEN", "token-of-this-session")
        .contentType(MediaType.APPLICATION_JSON).content(identity)).andReturn().getResponse();

    assertThat(read.getStatus()).isEqualTo(200);
    assertThat(read.getHeader("X-XSRF-TOKEN")).isEqualTo("token-of-this-session");
    assertThat(withoutToken.getStatus()).isEqualTo(401);
    assertThat(withToken.getStatus()).as(withToken.getContentAsString()).isEqualTo(201);
  }

  /** A session as the webapps' login leaves it (Camunda's AuthenticationUtil). */
  private MockHttpSession loggedIntoWebapps(String user) {
    Authentications logins = new Authentications();
    logins.addOrReplace(new UserAuthentication(user, engine.getName()));
    MockHttpSession session = new MockHttpSession();
    session.setAttribute("authenticatedUser", logins);
    return session;
  }

  private JsonNode page(String user, String caseId) throws Exception {
    MockHttpServletResponse response = mvc.perform(get("/api/cases/" + caseId + "/page")
        .with(httpBasic(user, "demo"))).andReturn().getResponse();
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    return api.read(response);
  }

  static byte[] upload(String description, String fileName, byte[] content) throws Exception {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"description\""
        + "\r\n\r\n" + description + "\r\n--" + BOUNDARY
        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
    body.write(head.getBytes(StandardCharsets.UTF_8));
    body.write(content);
    body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return body.toByteArray();
  }
}
