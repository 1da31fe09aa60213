package org.prasan.victim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Clob;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.prasan.TestProfiles;
import org.prasan.ThisContextsEngine;
import org.prasan.casefile.CaseFileRepository;
import org.prasan.claims.CaseApi;
import org.prasan.sla.LegalClock;
import org.prasan.sla.LegalClocks;
import org.prasan.victim.VictimAccessLog.Action;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The victim vault and reception into care, in the suite's shared context (one configuration
 * for the API tests, so Spring starts it once): who reads an identity and what stays sealed,
 * and persons received into care opening their screening at once. Each former test class is a
 * {@code @Nested} class.
 */
@ExtendWith(ThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestProfiles.class)
class VictimVaultTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  ObjectMapper json;
  @Autowired
  IdentityService identityService;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  CaseFileRepository cases;

  CaseApi api;

  /** Also unlocks the demo officers and resets the Mocks (see {@link CaseApi}). */
  @BeforeEach
  void api() {
    api = new CaseApi(mvc, json, identityService);
  }

  @ExtendWith(OutputCaptureExtension.class)
  @Nested
  class VictimVaultApiTest {

    /** Synthetic: an invented name and document number no other test uses. */
    static final String NAME = "Ploypailin Zyxwvutestperson";
    static final String DOCUMENT = "ZQ9876543";

    @Autowired
    VictimAccessLog audit;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theVaultsAgenciesAndTheLeadReadAnIdentityAndEveryoneElseIsRefused() throws Exception {
      String caseId = caseLedBy("rtp-atpd");
      MockHttpServletResponse written = record("msdhs.officer", caseId, identity());
      String victimRef = api.read(written).get("victimRef").asText();

      assertThat(written.getStatus()).isEqualTo(201);
      assertThat(victimRef).matches(VictimRefs.PATTERN);
      assertThat(written.getHeader("Location")).isEqualTo("/api/victims/" + victimRef);
      for (String reader : List.of("msdhs.officer", "mdt.officer", "oag-tip.supervisor",
          "rtp-atpd.officer")) {
        MockHttpServletResponse read = read(reader, victimRef);
        assertThat(read.getStatus()).as(reader).isEqualTo(200);
        assertThat(read.getHeader("Cache-Control")).contains("no-store");
        JsonNode victim = api.read(read);
        assertThat(victim.get("fullName").asText()).isEqualTo(NAME);
        assertThat(victim.get("documentNumber").asText()).isEqualTo(DOCUMENT);
        assertThat(victim.get("ageBand").asText()).isEqualTo("15_TO_17");
        assertThat(victim.get("child").asBoolean()).isTrue();
        assertThat(victim.get("foreign").asBoolean()).isTrue();
      }
      // Agencies off the case and administrators are answered as for an unknown victim; the
      // coordinator, who sees the case, is refused.
      for (String refused : List.of("rtp-ticac.officer", "rtp-ccib.officer", "dsi.officer",
          "admin")) {
        MockHttpServletResponse read = read(refused, victimRef);
        assertThat(read.getStatus()).as(refused).isEqualTo(404);
        assertThat(read.getContentAsString()).doesNotContain(NAME).contains("No victim");
      }
      MockHttpServletResponse byCoordinator = read("coordinator", victimRef);
      assertThat(byCoordinator.getStatus()).isEqualTo(403);
      assertThat(byCoordinator.getContentAsString()).doesNotContain(NAME);
    }

    @Test
    void everyReadWriteAndRefusalIsAuditedWithWhoAndWhichCase() throws Exception {
      String caseId = caseLedBy("rtp-atpd");
      String victimRef = api.read(record("mdt.officer", caseId, identity())).get("victimRef")
          .asText();
      read("rtp-atpd.officer", victimRef);
      read("rtp-ticac.officer", victimRef);
      record("coordinator", caseId, identity());

      assertThat(audit.ofCase(caseId)).extracting(VictimAccessLog.Access::actor,
              VictimAccessLog.Access::action, VictimAccessLog.Access::victimRef)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("mdt.officer", Action.WRITE, victimRef),
              org.assertj.core.groups.Tuple.tuple("rtp-atpd.officer", Action.READ, victimRef),
              org.assertj.core.groups.Tuple.tuple("rtp-ticac.officer", Action.READ_DENIED,
                  victimRef),
              org.assertj.core.groups.Tuple.tuple("coordinator", Action.WRITE_DENIED, null));
      assertThat(audit.ofCase(caseId)).allSatisfy(access -> assertThat(access.at()).isNotNull());
    }

    @Test
    void noNameOrDocumentNumberReachesTheEngineTheDatabaseInClearOrTheLog(CapturedOutput log)
        throws Exception {
      String caseId = caseLedBy("rtp-atpd");
      String victimRef = api.read(record("msdhs.officer", caseId, identity())).get("victimRef")
          .asText();
      read("msdhs.officer", victimRef);
      read("rtp-ticac.officer", victimRef);

      Map<String, Object> variables = runtimeService.getVariables(cases.findById(caseId)
          .orElseThrow().processInstanceId());
      assertThat(variables).containsEntry(VictimIdentificationProcess.VAR_VICTIM_COUNT, 1L)
          .containsEntry(VictimIdentificationProcess.VAR_CHILD_VICTIM_COUNT, 1L);
      assertThat(variables.toString()).doesNotContain(NAME).doesNotContain(DOCUMENT);
      List<String> found = new ArrayList<>();
      for (String table : jdbc.queryForList("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
          + "WHERE TABLE_SCHEMA = 'PUBLIC'", String.class)) {
        for (Map<String, Object> row : jdbc.queryForList("SELECT * FROM \"" + table + "\"")) {
          for (Map.Entry<String, Object> column : row.entrySet()) {
            String text = textOf(column.getValue());
            if (text.contains(NAME) || text.contains(DOCUMENT) || text.contains("Ploypailin")) {
              found.add(table + "." + column.getKey());
            }
          }
        }
      }
      assertThat(found).as("columns holding the name or document number in clear").isEmpty();
      assertThat(log.getAll()).doesNotContain(NAME).doesNotContain("Ploypailin")
          .doesNotContain(DOCUMENT).contains(victimRef);
    }

    @Test
    void refusesInvalidIdentitiesNamingEachFieldAndStoresNothing() throws Exception {
      String caseId = caseLedBy("rtp-atpd");
      Map<String, Object> invalid = identity();
      invalid.put("nationality", "XX");
      invalid.put("dateOfBirth", "2999-01-01");
      invalid.put("fullName", "Name\u0000with a NUL");
      invalid.remove("documentNumber");

      MockHttpServletResponse refused = record("msdhs.officer", caseId, invalid);

      assertThat(refused.getStatus()).isEqualTo(400);
      assertThat(refused.getContentType()).isEqualTo("application/problem+json");
      assertThat(api.read(refused).get("errors").findValuesAsText("field"))
          .containsExactly("dateOfBirth", "documentNumber", "fullName", "nationality");
      assertThat(audit.ofCase(caseId)).isEmpty();
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM victim_identity WHERE case_id = ?",
          Integer.class, caseId)).isZero();
    }

    @Test
    void answersNotFoundForAnUnknownCaseOrVictim() throws Exception {
      assertThat(record("msdhs.officer", "TIP-1999-999999", identity()).getStatus())
          .isEqualTo(404);
      assertThat(read("msdhs.officer", "VR-0000-0000-0000-0000").getStatus()).isEqualTo(404);
      assertThat(read("rtp-ticac.officer", "VR-0000-0000-0000-0000").getStatus()).isEqualTo(404);
      assertThat(read("msdhs.officer", "not-a-ref").getStatus()).isEqualTo(400);
    }

    @Test
    void onlyAdministratorsRekeyAndTheyReadNoIdentityDoingIt() throws Exception {
      String caseId = caseLedBy("rtp-atpd");
      record("msdhs.officer", caseId, identity());

      MockHttpServletResponse byOfficer = mvc.perform(post("/api/vault/rekey")
          .with(httpBasic("msdhs.officer", "demo"))).andReturn().getResponse();
      MockHttpServletResponse byAdmin = mvc.perform(post("/api/vault/rekey")
          .with(httpBasic("admin", "demo"))).andReturn().getResponse();

      assertThat(byOfficer.getStatus()).isEqualTo(403);
      assertThat(byAdmin.getStatus()).isEqualTo(200);
      assertThat(api.read(byAdmin).get("rekeyed").asInt()).isZero();
      assertThat(api.read(byAdmin).get("victims").asInt()).isZero();
      assertThat(api.read(byAdmin).get("screeningPeople").asInt()).isZero();
      assertThat(byAdmin.getContentAsString()).doesNotContain(NAME);
    }

    private String caseLedBy(String agency) throws Exception {
      String caseId = api.newCase();
      cases.recordLeadAgency(caseId, agency, "msdhs");
      return caseId;
    }

    static Map<String, Object> identity() {
      Map<String, Object> identity = new LinkedHashMap<>();
      identity.put("fullName", NAME);
      identity.put("dateOfBirth", java.time.LocalDate.now().minusYears(16).toString());
      identity.put("nationality", "MM");
      identity.put("documentNumber", DOCUMENT);
      identity.put("contact", "Through the shelter only");
      identity.put("guardian", "Aunt, reachable through MSDHS");
      return identity;
    }

    private MockHttpServletResponse record(String user, String caseId, Map<String, Object> body)
        throws Exception {
      return api.postAs(user, "/api/cases/" + caseId + "/victims", body);
    }

    private MockHttpServletResponse read(String user, String victimRef) throws Exception {
      return mvc.perform(get("/api/victims/" + victimRef).with(httpBasic(user, "demo"))
          .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
    }

    private static String textOf(Object value) throws Exception {
      if (value == null) {
        return "";
      }
      if (value instanceof byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8) + new String(bytes,
            StandardCharsets.ISO_8859_1);
      }
      if (value instanceof Blob blob) {
        return textOf(blob.getBytes(1, (int) blob.length()));
      }
      if (value instanceof Clob clob) {
        return clob.getSubString(1, (int) clob.length());
      }
      return value.toString();
    }
  }

  /** Persons received into care (s.29): the screening opens at once, before triage. */
  @Nested
  class ReceptionApiTest {

    @Autowired
    LegalClocks clocks;

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
}
