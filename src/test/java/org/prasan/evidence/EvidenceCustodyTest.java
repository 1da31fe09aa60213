package org.prasan.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.prasan.TestProfiles;
import org.prasan.ThisContextsEngine;
import org.prasan.casefile.CaseFileRepository;
import org.prasan.casefile.OfficerAnswers;
import org.prasan.casefile.TaskRestApi;
import org.prasan.claims.CaseApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Evidence kept with its chain of custody, in the whole application: uploads refused and
 * stored, the chain verified and a forged link found, and an exhibit handed over and verified
 * as the case's process and the Tasklist move it.
 * Each former test class is a {@code @Nested} class. One configuration, the API tests' shared
 * one (RANDOM_PORT with MockMvc), so Spring starts one context for all of them.
 */
@ExtendWith(ThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestProfiles.class)
class EvidenceCustodyTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  ObjectMapper json;
  @Autowired
  IdentityService identityService;
  @Autowired
  TestRestTemplate http;
  @Autowired
  TaskService taskService;
  @Autowired
  CaseFileRepository cases;
  @Autowired
  EvidenceProperties properties;

  CaseApi api;

  /** Also unlocks the demo officers and resets the Mocks (see {@link CaseApi}). */
  @BeforeEach
  void api() {
    api = new CaseApi(mvc, json, identityService);
  }

  @Nested
  class EvidenceApiTest {

    static final byte[] CONTENT = "Synthetic extraction: chats, contacts, photos\n".repeat(2000)
        .getBytes(StandardCharsets.UTF_8);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HandOverEvidenceDelegate handOverEvidence;
    @Autowired
    VerifyEvidenceDelegate verifyEvidence;

    @Test
    void registersAnExhibitWithTheHashOfItsContentAndStoresTheFileOnce() throws Exception {
      String caseId = caseLedBy("rtp-atpd");

      MockHttpServletResponse registered = upload("rtp-ccib.officer", caseId,
          Multipart.evidence().withFile(CONTENT));

      assertThat(registered.getStatus()).as(registered.getContentAsString()).isEqualTo(201);
      JsonNode body = api.read(registered);
      String exhibitId = body.get("exhibitId").asText();
      assertThat(exhibitId).matches("EXH-\\d{6}");
      assertThat(body.get("sha256").asText()).isEqualTo(sha256(CONTENT));
      Path file = properties.storeDir().resolve(caseId).resolve(exhibitId);
      assertThat(Files.readAllBytes(file)).isEqualTo(CONTENT);
      assertThat(Files.isWritable(file) && !isRoot()).isFalse();
      JsonNode verified = verify("rtp-atpd.officer", exhibitId);
      assertThat(verified.get("intact").asBoolean()).isTrue();
      assertThat(verified.get("entries").asInt()).isEqualTo(1);
      assertThat(verified.get("holder").asText()).isEqualTo("rtp-ccib");
      assertThat(verified.has("firstBrokenAt")).isFalse();
    }

    @Test
    void theHolderHandsAnExhibitOnAndTheChainGrows() throws Exception {
      String exhibitId = registeredExhibit();

      MockHttpServletResponse byOutsider = handOver("amlo.officer", exhibitId, "amlo");
      MockHttpServletResponse byLead = handOver("rtp-atpd.officer", exhibitId, "amlo");
      MockHttpServletResponse toOutsider = handOver("rtp-ccib.officer", exhibitId, "amlo");
      MockHttpServletResponse byHolder = handOver("rtp-ccib.officer", exhibitId, "rtp-atpd");
      MockHttpServletResponse toNobody = handOver("rtp-atpd.officer", exhibitId, "nobody");

      // An agency not on the case learns nothing, not even that the exhibit exists; the lead,
      // who sees it, is told only its holder hands it on.
      assertThat(byOutsider.getStatus()).isEqualTo(404);
      assertThat(byLead.getStatus()).isEqualTo(403);
      // Issue 15: only to an agency working on the case (or the prosecutors).
      assertThat(toOutsider.getStatus()).isEqualTo(400);
      assertThat(toOutsider.getContentType()).contains("problem+json");
      assertThat(toOutsider.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("toAgency")
          .contains("does not work on case").contains("ไม่ได้ทำงานในคดี");
      assertThat(byHolder.getStatus()).isEqualTo(201);
      JsonNode entry = api.read(byHolder);
      assertThat(entry.get("seq").asInt()).isEqualTo(2);
      assertThat(entry.get("fromAgency").asText()).isEqualTo("rtp-ccib");
      assertThat(entry.get("recordedBy").asText()).isEqualTo("rtp-ccib.officer");
      assertThat(entry.get("prevHash").asText()).hasSize(64);
      assertThat(toNobody.getStatus()).isEqualTo(400);
      JsonNode verified = verify("oag-tip.officer", exhibitId);
      assertThat(verified.get("intact").asBoolean()).isTrue();
      assertThat(verified.get("holder").asText()).isEqualTo("rtp-atpd");
    }

    @Test
    void oneChangedByteOfTheFileIsCaught() throws Exception {
      String caseId = caseLedBy("rtp-atpd");
      String exhibitId = api.read(upload("rtp-ccib.officer", caseId,
          Multipart.evidence().withFile(CONTENT))).get("exhibitId").asText();
      Path file = properties.storeDir().resolve(caseId).resolve(exhibitId);

      file.toFile().setWritable(true);
      try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
        raw.seek(1234);
        int original = raw.read();
        raw.seek(1234);
        raw.write(original ^ 0x01);
      }

      JsonNode verified = verify("rtp-atpd.officer", exhibitId);
      assertThat(verified.get("intact").asBoolean()).isFalse();
      assertThat(verified.get("fileIntact").asBoolean()).isFalse();
      assertThat(verified.has("firstBrokenAt")).isFalse();
    }

    @Test
    void oneChangedByteOfACustodyEntryIsCaughtAtThatEntry() throws Exception {
      String exhibitId = exhibitWithThreeEntries();

      jdbc.update("UPDATE evidence_custody SET to_agency = 'rtp-atpe' WHERE exhibit_id = ? "
          + "AND seq = 2", exhibitId);

      JsonNode verified = verify("coordinator", exhibitId);
      assertThat(verified.get("intact").asBoolean()).isFalse();
      assertThat(verified.get("firstBrokenAt").asInt()).isEqualTo(2);
      assertThat(verified.get("fileIntact").asBoolean()).isTrue();
    }

    @Test
    void aDeletedEntryInsideOrAtTheEndOfTheChainIsCaught() throws Exception {
      String inside = exhibitWithThreeEntries();
      String atTheEnd = exhibitWithThreeEntries();

      jdbc.update("DELETE FROM evidence_custody WHERE exhibit_id = ? AND seq = 2", inside);
      jdbc.update("DELETE FROM evidence_custody WHERE exhibit_id = ? AND seq = 3", atTheEnd);

      assertThat(verify("coordinator", inside).get("firstBrokenAt").asInt()).isEqualTo(2);
      assertThat(verify("coordinator", atTheEnd).get("firstBrokenAt").asInt()).isEqualTo(3);
      assertThat(verify("coordinator", atTheEnd).get("intact").asBoolean()).isFalse();
    }

    @Test
    void anEntryRewrittenWithARecomputedHashStillBreaksTheNextLink() throws Exception {
      String exhibitId = exhibitWithThreeEntries();
      Map<String, Object> second = jdbc.queryForMap("SELECT * FROM evidence_custody WHERE "
          + "exhibit_id = ? AND seq = 2", exhibitId);
      String forged = CustodyChain.hashOf(exhibitId, 2, (String) second.get("ACTION"),
          (String) second.get("FROM_AGENCY"), "dsi", (String) second.get("PURPOSE"),
          (String) second.get("RECORDED_BY"),
          ((java.sql.Timestamp) second.get("RECORDED_AT")).toInstant(),
          (String) second.get("CONTENT_SHA256"), (String) second.get("PREV_HASH"));

      jdbc.update("UPDATE evidence_custody SET to_agency = 'dsi', entry_hash = ? WHERE "
          + "exhibit_id = ? AND seq = 2", forged, exhibitId);

      assertThat(verify("coordinator", exhibitId).get("firstBrokenAt").asInt()).isEqualTo(3);
    }

    @Test
    void anUploadOverTheLimitIsRefusedWith413AndLeavesNoFileAndNoRow() throws Exception {
      String caseId = caseLedBy("rtp-atpd");
      byte[] oversize = new byte[(int) properties.maxFileSize().toBytes() + 1];

      MockHttpServletResponse refused = upload("rtp-ccib.officer", caseId,
          Multipart.evidence().withFile(oversize));

      assertThat(refused.getStatus()).isEqualTo(413);
      assertThat(refused.getContentType()).isEqualTo("application/problem+json");
      assertNothingStoredFor(caseId);
    }

    @Test
    void invalidFieldsAreNamedAndNothingIsStored() throws Exception {
      String caseId = caseLedBy("rtp-atpd");

      MockHttpServletResponse refused = upload("rtp-ccib.officer", caseId, Multipart.evidence()
          .without("description").with("seizedAt", "yesterday").withFile(CONTENT));
      MockHttpServletResponse noFile = upload("rtp-ccib.officer", caseId,
          Multipart.evidence().withoutFile());
      MockHttpServletResponse controlCharacters = upload("rtp-ccib.officer", caseId,
          Multipart.evidence().with("description", "Phone\u0000\u001b[2J").withFile(CONTENT));
      MockHttpServletResponse path = upload("rtp-ccib.officer", caseId,
          Multipart.evidence().fileName("../../etc/passwd").withFile(CONTENT));

      assertThat(refused.getStatus()).isEqualTo(400);
      assertThat(api.read(refused).get("errors").findValuesAsText("field")).contains("seizedAt");
      assertThat(api.read(noFile).get("errors").findValuesAsText("field")).contains("file");
      assertThat(api.read(controlCharacters).get("errors").findValuesAsText("field"))
          .contains("description");
      assertThat(path.getStatus()).isEqualTo(400);
      assertNothingStoredFor(caseId);
    }

    @Test
    void onlyAgenciesWorkingOnTheCaseRegisterOrVerify() throws Exception {
      String caseId = caseLedBy("rtp-atpd");
      String exhibitId = api.read(upload("rtp-ccib.officer", caseId,
          Multipart.evidence().withFile(CONTENT))).get("exhibitId").asText();

      // Outsiders are answered as if neither case nor exhibit existed.
      assertThat(upload("dsi.officer", caseId, Multipart.evidence().withFile(CONTENT)).getStatus())
          .isEqualTo(404);
      assertThat(mvc.perform(get("/api/evidence/" + exhibitId + "/verify")
          .with(httpBasic("dsi.officer", "demo"))).andReturn().getResponse().getStatus())
          .isEqualTo(404);
      assertThat(upload("coordinator", caseId, Multipart.evidence().withFile(CONTENT))
          .getStatus()).as("coordinators see the case but hold no evidence").isEqualTo(403);
      assertThat(mvc.perform(get("/api/evidence/" + exhibitId + "/verify"))
          .andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void theDigitalEvidenceHandOverPassesWhatForensicsHoldsToTheLeadAndVerificationSeesIt()
        throws Exception {
      String caseId = caseLedBy("rtp-atpd");
      String held = api.read(upload("rtp-ccib.officer", caseId,
          Multipart.evidence().withFile(CONTENT))).get("exhibitId").asText();
      String elsewhere = api.read(upload("rtp-ccib.officer", caseId,
          Multipart.evidence().withFile(CONTENT))).get("exhibitId").asText();
      handOver("rtp-ccib.officer", elsewhere, "oag-tip");
      DelegateExecution execution = execution(caseId);

      handOverEvidence.execute(execution);
      verifyEvidence.execute(execution);

      assertThat(verify("rtp-atpd.officer", held).get("holder").asText()).isEqualTo("rtp-atpd");
      assertThat(verify("rtp-atpd.officer", elsewhere).get("holder").asText())
          .isEqualTo("oag-tip");
      org.mockito.Mockito.verify(execution).setVariable(
          org.mockito.ArgumentMatchers.eq(DigitalEvidenceProcess.VAR_CUSTODY_HANDED_OVER),
          org.mockito.ArgumentMatchers.argThat(heads -> heads.toString().startsWith(held + "#2 ")));
      org.mockito.Mockito.verify(execution).setVariable(DigitalEvidenceProcess.VAR_EVIDENCE_INTACT,
          true);
      org.mockito.Mockito.verify(execution).setVariable(DigitalEvidenceProcess.VAR_EXHIBIT_COUNT, 2);
    }

    @Test
    void theCheckBeforeChargingNamesTheBrokenExhibits() throws Exception {
      String caseId = caseLedBy("rtp-atpd");
      String exhibitId = api.read(upload("rtp-ccib.officer", caseId,
          Multipart.evidence().withFile(CONTENT))).get("exhibitId").asText();
      jdbc.update("UPDATE evidence_custody SET purpose = 'Rewritten' WHERE exhibit_id = ?",
          exhibitId);
      DelegateExecution execution = execution(caseId);

      verifyEvidence.execute(execution);

      org.mockito.Mockito.verify(execution).setVariable(DigitalEvidenceProcess.VAR_EVIDENCE_INTACT,
          false);
      org.mockito.Mockito.verify(execution).setVariable(DigitalEvidenceProcess.VAR_BROKEN_EXHIBITS,
          exhibitId);
    }

    private static DelegateExecution execution(String caseId) {
      DelegateExecution execution = org.mockito.Mockito.mock(DelegateExecution.class,
          org.mockito.Mockito.RETURNS_DEEP_STUBS);
      org.mockito.Mockito.when(execution.getProcessBusinessKey()).thenReturn(caseId);
      org.mockito.Mockito.when(execution.getVariable("leadAgency")).thenReturn("rtp-atpd");
      org.mockito.Mockito.when(execution.getVariable(DigitalEvidenceProcess.VAR_EXHIBIT_REFERENCES))
          .thenReturn("EXH-1\nEXH-2");
      org.mockito.Mockito.when(execution.getProcessEngineServices().getIdentityService()
          .getCurrentAuthentication()).thenReturn(
              new org.camunda.bpm.engine.impl.identity.Authentication("rtp-ccib.officer", null));
      return execution;
    }

    private String exhibitWithThreeEntries() throws Exception {
      String exhibitId = registeredExhibit();
      assertThat(handOver("rtp-ccib.officer", exhibitId, "rtp-atpd").getStatus()).isEqualTo(201);
      assertThat(handOver("rtp-atpd.officer", exhibitId, "oag-tip").getStatus()).isEqualTo(201);
      assertThat(verify("coordinator", exhibitId).get("intact").asBoolean()).isTrue();
      return exhibitId;
    }

    private String registeredExhibit() throws Exception {
      return api.read(upload("rtp-ccib.officer", caseLedBy("rtp-atpd"),
          Multipart.evidence().withFile(CONTENT))).get("exhibitId").asText();
    }

    private void assertNothingStoredFor(String caseId) throws Exception {
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evidence_exhibit WHERE case_id = ?",
          Integer.class, caseId)).isZero();
      assertThat(Files.exists(properties.storeDir().resolve(caseId))).isFalse();
      Path incoming = properties.storeDir().resolve(EvidenceStore.INCOMING);
      if (Files.exists(incoming)) {
        try (Stream<Path> left = Files.list(incoming)) {
          assertThat(left).isEmpty();
        }
      }
    }

    private String caseLedBy(String agency) throws Exception {
      String caseId = api.newCase();
      cases.recordLeadAgency(caseId, agency, "rtp-ccib");
      return caseId;
    }

    private MockHttpServletResponse upload(String user, String caseId, byte[] body)
        throws Exception {
      return mvc.perform(post("/api/cases/" + caseId + "/evidence").with(httpBasic(user, "demo"))
          .contentType(Multipart.contentType()).content(body)).andReturn().getResponse();
    }

    private MockHttpServletResponse handOver(String user, String exhibitId, String toAgency)
        throws Exception {
      return api.postAs(user, "/api/evidence/" + exhibitId + "/custody",
          Map.of("toAgency", toAgency, "purpose", "Forensic report handed to the lead"));
    }

    private JsonNode verify(String user, String exhibitId) throws Exception {
      MockHttpServletResponse response = mvc.perform(get("/api/evidence/" + exhibitId + "/verify")
          .with(httpBasic(user, "demo"))).andReturn().getResponse();
      assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
      return api.read(response);
    }

    private static String sha256(byte[] content) throws Exception {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static boolean isRoot() {
      return "root".equals(System.getProperty("user.name"));
    }
  }

  /**
   * An exhibit in a whole case, worked through the Tasklist's REST API: the digital-evidence
   * hand-over passes it to the lead agency in its chain of custody, and the prosecutor's
   * approval task shows whether every exhibit is still intact.
   */
  @Nested
  class EvidenceThroughTheCaseTest {

    private static final byte[] CONTENT = "Synthetic phone extraction: chats and contacts\n"
        .repeat(500).getBytes(StandardCharsets.UTF_8);


    private TaskRestApi tasks;
    private final OfficerAnswers answers = new OfficerAnswers();

    @BeforeEach
    void taskRestApi() {
      // Process tests leave stand-in delegates in Camunda's Mocks, which win over beans.
      Mocks.reset();
      tasks = new TaskRestApi(http, json);
    }

    @Test
    void handsTheExhibitToTheLeadAgencyAndShowsTheProsecutorThatItIsIntact() throws Exception {
      String caseId = newCase();
      String exhibitId = upload(caseId);

      JsonNode approval = tasks.workUntil(caseId, "Task_ApproveCharging", answers);

      JsonNode exhibit = http.withBasicAuth("rtp-atpd.officer", "demo")
          .getForObject("/api/evidence/" + exhibitId, JsonNode.class);
      assertThat(exhibit.toString()).contains("rtp-atpd");
      Map<String, Object> seen = taskService.getVariables(approval.get("id").asText());
      assertThat(seen).containsEntry("evidenceIntact", true).containsEntry("exhibitCount", 1)
          .containsEntry("brokenExhibits", "");
      assertThat((String) seen.get("custodyHandedOver")).startsWith(exhibitId + "#");
    }

    @Test
    void showsTheProsecutorAnExhibitChangedBeforeTheCaseFileWasSubmitted() throws Exception {
      String caseId = newCase();
      String exhibitId = upload(caseId);
      tasks.workUntil(caseId, "Task_SubmitCaseFile", answers);

      flipOneByteOf(properties.storeDir().resolve(caseId).resolve(exhibitId));
      JsonNode approval = tasks.workUntil(caseId, "Task_ApproveCharging", answers);

      assertThat(taskService.getVariables(approval.get("id").asText()))
          .containsEntry("evidenceIntact", false).containsEntry("brokenExhibits", exhibitId);
    }

    private String newCase() {
      return TaskRestApi.newCase(http);
    }

    /**
     * Once the case reaches its digital evidence, the Cyber Crime Investigation Bureau
     * registers the phone's extraction.
     */
    private String upload(String caseId) throws Exception {
      tasks.workUntil(caseId, "Task_AssessDigitalEvidence", answers);
      MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
      parts.add("description", "Seized phone, full extraction");
      parts.add("file", new ByteArrayResource(CONTENT) {
        @Override
        public String getFilename() {
          return "phone-extraction.bin";
        }
      });
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.MULTIPART_FORM_DATA);
      ResponseEntity<JsonNode> registered = http.withBasicAuth("rtp-ccib.officer", "demo")
          .postForEntity("/api/cases/" + caseId + "/evidence", new HttpEntity<>(parts, headers),
              JsonNode.class);
      assertThat(registered.getStatusCode()).as("%s", registered.getBody())
          .isEqualTo(HttpStatus.CREATED);
      return registered.getBody().get("exhibitId").asText();
    }

    private static void flipOneByteOf(Path file) throws Exception {
      file.toFile().setWritable(true);
      try (RandomAccessFile exhibit = new RandomAccessFile(file.toFile(), "rw")) {
        exhibit.seek(100);
        int original = exhibit.read();
        exhibit.seek(100);
        exhibit.write(original ^ 0x01);
      }
    }
  }
}
