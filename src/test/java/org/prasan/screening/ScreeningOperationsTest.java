package org.prasan.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.camunda.bpm.client.ExternalTaskClient;
import org.camunda.bpm.client.interceptor.auth.BasicAuthProvider;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.prasan.TestProfiles;
import org.prasan.ThisContextsEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Screening operations end to end, in the suite's shared context (one configuration for the API
 * tests, so Spring starts it once): handover lists in and counts out through the screening API,
 * the teams' Tasklist queues, and the agencies' systems (the official Java and Node clients)
 * taking their checks over {@code /engine-rest}. Each former test class is a {@code @Nested}
 * class.
 */
@ExtendWith(ThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestProfiles.class)
class ScreeningOperationsTest {

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate http;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  ExternalTaskService externalTaskService;
  @Autowired
  HistoryService historyService;
  @Autowired
  IdentityService identityService;

  /** The screening process of this person. */
  String instanceId(String personRef) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(personRef)
        .singleResult().getId();
  }

  /** The person's immigration status check, waiting for an agency's system. */
  ExternalTask check(String personRef) {
    return externalTaskService.createExternalTaskQuery().processInstanceId(instanceId(personRef))
        .topicName(PersonScreeningProcess.TOPIC_IMMIGRATION_STATUS).singleResult();
  }

  /** The person informed of their rights and through both agencies' checks: to screening. */
  void throughRightsAndChecks(String personRef) {
    String instance = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(personRef).singleResult().getId();
    String languages = (String) runtimeService.getVariable(instance,
        PersonScreeningProcess.VAR_PERSON_LANGUAGES);
    taskService.complete(taskService.createTaskQuery().processInstanceId(instance)
        .singleResult().getId(), Map.of("interpreterLanguage",
        ScreeningQueues.firstLanguage(languages),
        "rightsInformedAt", Instant.now().minusSeconds(60).toString()));
    complete(personRef, PersonScreeningProcess.TOPIC_IMMIGRATION_STATUS,
        Map.of("immigrationStatus", "FOREIGN_UNDOCUMENTED"));
    complete(personRef, PersonScreeningProcess.TOPIC_POLICE_WARRANTS,
        Map.of("warrantHit", false));
  }

  void complete(String personRef, String topic, Map<String, Object> answer) {
    var locked = externalTaskService.fetchAndLock(1, "queue-test").topic(topic, 60_000)
        .businessKey(personRef).execute();
    assertThat(locked).hasSize(1);
    externalTaskService.complete(locked.get(0).getId(), "queue-test", answer);
  }

  /** The screening API: operations, handover lists in, counts and people out, never a name. */
  @ExtendWith(OutputCaptureExtension.class)
  @Nested
  class ScreeningApiTest {

    /** Synthetic names and documents no other test uses. */
    static final String NAME_A = "Zawqorthin Testpersonone";
    static final String NAME_B = "Kyawzqx Testpersontwo";
    static final String DOCUMENT_A = "QZ7654321";
    static final String HEADER = "listRef,fullName,sex,dateOfBirth,estimatedAge,nationality,"
        + "languages,documentNumber,arrivedAt,notes\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.camunda.bpm.engine.ManagementService managementService;
    @Autowired
    PersonRekey rekey;
    @Autowired
    org.prasan.victim.VaultCipher cipher;
    @Autowired
    org.prasan.victim.VaultKeyRing keys;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbcClient;
    @Autowired
    org.prasan.casefile.CaseFileRepository cases;
    @Autowired
    org.prasan.victim.VictimVault vault;
    @Autowired
    ScreeningRefs refs;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;
    @Autowired
    java.time.Clock clock;
    @Autowired
    org.prasan.intake.IntakeService intake;
    @Autowired
    ScreeningOperations operations;

    @Test
    void screeningAgenciesAndCoordinatorsOpenOperationsAndOthersAreRefused() throws Exception {
      for (String user : List.of("immigration.officer", "rtp-atpd.officer", "msdhs.officer",
          "mdt.supervisor", "coordinator")) {
        MockHttpServletResponse opened = open(user, operation());
        assertThat(opened.getStatus()).as(user).isEqualTo(201);
        assertThat(read(opened).get("operationId").asText()).matches(ScreeningRefs.OPERATION_PATTERN);
      }
      for (String user : List.of("dsi.officer", "amlo.officer", "oag-tip.officer", "admin")) {
        assertThat(open(user, operation()).getStatus()).as(user).isEqualTo(403);
      }
    }

    @Test
    void anInvalidOperationIsRefusedNamingEachFieldInThaiAndEnglish() throws Exception {
      Map<String, Object> bad = new java.util.LinkedHashMap<>(operation());
      bad.put("receivedAt", Instant.now().plus(Duration.ofDays(2)).toString());
      bad.put("leadAgency", "nobody");
      bad.remove("site");
      MockHttpServletResponse refused = open("immigration.officer", bad);

      assertThat(refused.getStatus()).isEqualTo(400);
      JsonNode problem = read(refused);
      List<String> fields = new ArrayList<>();
      problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
      assertThat(fields).contains("receivedAt", "site");
      assertThat(problem.get("titleTh").asText()).isNotBlank();
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM screening_operation WHERE name = ?",
          Integer.class, bad.get("name"))).isZero();
    }

    @Test
    void aCsvListImportsItsGoodRowsAndRejectsEachBadRowWithItsReason() throws Exception {
      String operationId = openOperation();
      Instant arrived = Instant.now().minus(Duration.ofHours(20)).truncatedTo(ChronoUnit.SECONDS);
      String csv = HEADER
          + "H-0001," + NAME_A + ",F,2010-05-01,,MM,my;th," + DOCUMENT_A + ",,\n"
          + "H-0002,\"" + NAME_B + "\",M,,34,KH,km,,"
          + arrived + ",\"Said \"\"ticket\"\", no passport\"\n"
          + "H-0003,Third Testperson,M,,40,ZZ,my,,,\n"
          + "H-0004,Fourth Testperson,Q,,40,MM,,,,\n";

      MockHttpServletResponse imported = importCsv("immigration.officer", operationId, csv);

      assertThat(imported.getStatus()).isEqualTo(200);
      JsonNode status = read(imported);
      assertThat(status.get("status").asText()).isEqualTo("DONE");
      assertThat(status.get("total").asInt()).isEqualTo(4);
      assertThat(status.get("imported").asInt()).isEqualTo(2);
      List<String> rejected = new ArrayList<>();
      status.get("rejected").forEach(rejection -> rejected.add(
          rejection.get("row").asInt() + ":" + rejection.get("field").asText()));
      assertThat(rejected).containsExactly("3:nationality", "4:languages", "4:sex");
      assertThat(status.get("rejected").get(0).get("reasonTh").asText()).isNotBlank();

      JsonNode counts = read(get("coordinator", "/api/screenings/" + operationId));
      assertThat(counts.get("received").asInt()).isEqualTo(2);
      assertThat(counts.get("children").asInt()).isEqualTo(1);
      assertThat(counts.get("holdsRunning").asInt()).isEqualTo(2);
      assertThat(counts.get("holdsEndingWithin6h").asInt()).isEqualTo(1);
      assertThat(counts.get("screened").asInt()).isZero();
      assertThat(counts.get("byLanguage").get("my").asInt()).isEqualTo(1);
      assertThat(counts.get("byLanguage").get("km").asInt()).isEqualTo(1);
      assertThat(counts.get("byNationality").get("KH").asInt()).isEqualTo(1);
    }

    @Test
    void theSameListAgainAddsNobodyAndAChangedRowIsUpdated() throws Exception {
      String operationId = openOperation();
      List<Map<String, Object>> list = new ArrayList<>(List.of(
          person("R-1", NAME_A, "MM", "my"), person("R-2", NAME_B, "LA", "lo;th")));

      JsonNode first = read(importJson(operationId, list));
      JsonNode again = read(importJson(operationId, list));
      list.set(1, person("R-2", NAME_B, "LA", "lo"));
      JsonNode changed = read(importJson(operationId, list));

      assertThat(first.get("imported").asInt()).isEqualTo(2);
      assertThat(again.get("imported").asInt()).isZero();
      assertThat(again.get("unchanged").asInt()).isEqualTo(2);
      assertThat(changed.get("updated").asInt()).isEqualTo(1);
      assertThat(changed.get("unchanged").asInt()).isEqualTo(1);
      JsonNode counts = read(get("msdhs.officer", "/api/screenings/" + operationId));
      assertThat(counts.get("received").asInt()).isEqualTo(2);
      assertThat(counts.get("byLanguage").has("th")).isFalse();
      // A corrected arrival moves the person's hold, in their row and in their process's timer.
      Instant arrived = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
      Map<String, Object> corrected = new java.util.LinkedHashMap<>(person("R-1", NAME_A, "MM",
          "my"));
      corrected.put("arrivedAt", arrived.toString());
      assertThat(read(importJson(operationId, List.of(corrected))).get("updated").asInt())
          .isEqualTo(1);
      JsonNode moved = read(get("msdhs.officer", "/api/screenings/" + operationId
          + "/people?listRef=R-1")).get("people").get(0);
      Instant ends = arrived.plus(Duration.ofHours(24));
      assertThat(Instant.parse(moved.get("holdEndsAt").asText())).isEqualTo(ends);
      String processInstanceId = runtimeService.createProcessInstanceQuery()
          .processInstanceBusinessKey(moved.get("personRef").asText()).singleResult().getId();
      assertThat(managementService.createJobQuery().processInstanceId(processInstanceId)
          .activityId(PersonScreeningProcess.TIMER_HOLD_ENDS).singleResult().getDuedate())
          .isEqualTo(java.util.Date.from(ends));
    }

    @Test
    void thePeopleListFiltersAndNeverHoldsANameNorDoesTheDatabaseInClear(CapturedOutput output)
        throws Exception {
      String operationId = openOperation();
      importJson(operationId, List.of(person("P-1", NAME_A, "MM", "my"),
          person("P-2", NAME_B, "KH", "km")));

      MockHttpServletResponse page = get("rtp-atpd.officer",
          "/api/screenings/" + operationId + "/people?language=km");
      JsonNode people = read(page);

      assertThat(people.get("total").asInt()).isEqualTo(1);
      JsonNode person = people.get("people").get(0);
      assertThat(person.get("listRef").asText()).isEqualTo("P-2");
      assertThat(person.get("personRef").asText()).matches(ScreeningRefs.PERSON_PATTERN);
      assertThat(person.get("holdEndsAt").asText()).isNotBlank();
      assertThat(page.getContentAsString()).doesNotContain(NAME_B);
      assertThat(read(get("rtp-atpd.officer", "/api/screenings/" + operationId
          + "/people?listRef=P-1")).get("people").get(0).get("listRef").asText()).isEqualTo("P-1");
      List<byte[]> sealed = jdbc.queryForList(
          "SELECT identity_ciphertext FROM screening_person WHERE operation_id = ?",
          byte[].class, operationId);
      assertThat(sealed).hasSize(2).allSatisfy(bytes ->
          assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("Testperson"));
      assertThat(output.getAll()).doesNotContain(NAME_A).doesNotContain(NAME_B)
          .doesNotContain(DOCUMENT_A);
    }

    @Test
    void eachPersonGetsOneProcessThatCarriesRefsAndFlagsButNoName() throws Exception {
      String operationId = openOperation();
      importJson(operationId, List.of(person("V-1", NAME_A, "MM", "my"),
          person("V-2", NAME_B, "KH", "km")));
      importJson(operationId, List.of(person("V-1", NAME_A, "MM", "my")));

      JsonNode people = read(get("coordinator", "/api/screenings/" + operationId + "/people"));
      for (JsonNode person : people.get("people")) {
        String personRef = person.get("personRef").asText();
        assertThat(person.get("status").asText()).isEqualTo("CHECKING");
        assertThat(runtimeService.createProcessInstanceQuery()
            .processDefinitionKey(PersonScreeningProcess.KEY).processInstanceBusinessKey(personRef)
            .count()).isEqualTo(1);
      }
      List<String> values = historyService.createHistoricVariableInstanceQuery()
          .variableName(PersonScreeningProcess.VAR_OPERATION_ID).list().stream()
          .filter(variable -> operationId.equals(variable.getValue()))
          .flatMap(variable -> historyService.createHistoricVariableInstanceQuery()
              .processInstanceId(variable.getProcessInstanceId()).list().stream())
          .map(variable -> String.valueOf(variable.getValue())).toList();
      assertThat(values).isNotEmpty().noneMatch(value -> value.contains("Testperson"));
    }

    @Test
    void onePetitionForAllWhoCannotBeScreenedInTimeIsRaisedSixHoursBeforeTheFirstHoldEnds()
        throws Exception {
      Instant received = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
      Map<String, Object> operation = new java.util.LinkedHashMap<>(operation());
      operation.put("receivedAt", received.toString());
      operation.put("site", "Test site without interpreters");
      String operationId = read(open("msdhs.officer", operation)).get("operationId").asText();
      importJson(operationId, List.of(person("E-1", NAME_A, "MM", "my"),
          person("E-2", NAME_B, "BD", "bn"), person("E-3", "Third Testperson", "TH", "th")));
      Instant firstEnd = received.plus(Duration.ofHours(24));
      Instant due = firstEnd.minus(Duration.ofHours(6));
      String petitions = "/api/screenings/" + operationId + "/petitions";
      try {
        ClockUtil.setCurrentTime(java.util.Date.from(due.minusSeconds(1)));
        JsonNode plan = read(get("coordinator", "/api/screenings/" + operationId + "/plan"));
        assertThat(plan.get("late").asInt()).isEqualTo(2);
        assertThat(plan.get("inTime").asInt()).isEqualTo(1);
        assertThat(Instant.parse(plan.get("petitionDueAt").asText())).isEqualTo(due);
        assertThat(plan.get("interpreterBacklog").get("my").asInt()).isEqualTo(1);
        assertThat(read(get("coordinator", petitions))).isEmpty();

        ClockUtil.setCurrentTime(java.util.Date.from(due.plusSeconds(1)));
        JsonNode raised = read(get("coordinator", petitions));

        assertThat(raised).hasSize(1);
        assertThat(raised.get(0).get("people")).hasSize(2);
        assertThat(Instant.parse(raised.get(0).get("firstHoldEndsAt").asText())).isEqualTo(firstEnd);
        String petitionId = raised.get(0).get("petitionId").asText();
        MockHttpServletResponse decided = mvc.perform(post(petitions + "/" + petitionId
                + "/decision").with(httpBasic("rtp-atpd.officer", "demo"))
            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of(
                "granted", true, "until", received.plus(Duration.ofDays(9)).toString(),
                "courtOrderRef", "Court order 1/2569 (synthetic)"))))
            .andReturn().getResponse();
        assertThat(decided.getStatus()).isEqualTo(200);
        assertThat(read(decided).get("extended").asInt()).isEqualTo(2);
        JsonNode counts = read(get("coordinator", "/api/screenings/" + operationId));
        assertThat(counts.get("extensions").asInt()).isEqualTo(2);
        JsonNode extended = read(get("coordinator", "/api/screenings/" + operationId
            + "/people?listRef=E-1")).get("people").get(0);
        assertThat(Instant.parse(extended.get("holdEndsAt").asText()))
            .isEqualTo(received.plus(Duration.ofDays(7)));
        Object processHoldEnd = runtimeService.getVariable(runtimeService
            .createProcessInstanceQuery().processInstanceBusinessKey(
                extended.get("personRef").asText()).singleResult().getId(),
            PersonScreeningProcess.VAR_HOLD_ENDS_AT);
        assertThat(((java.util.Date) processHoldEnd).toInstant())
            .isEqualTo(received.plus(Duration.ofDays(7)));
        // The person's open task follows up at the new end: the screening queues sort by it.
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(
                extended.get("personRef").asText()).singleResult().getFollowUpDate().toInstant())
            .isEqualTo(received.plus(Duration.ofDays(7)));
      } finally {
        ClockUtil.reset();
      }
    }

    @Test
    void immigrationsSystemUserFetchesTheStatusCheckAndOthersGetNone() throws Exception {
      String operationId = openOperation();
      importJson(operationId, List.of(person("X-1", NAME_A, "MM", "my")));
      String personRef = read(get("coordinator", "/api/screenings/" + operationId + "/people"))
          .get("people").get(0).get("personRef").asText();
      org.camunda.bpm.engine.task.Task rights = taskService.createTaskQuery()
          .processInstanceBusinessKey(personRef).singleResult();
      taskService.complete(rights.getId(), Map.of("interpreterLanguage", "my",
          "rightsInformedAt", Instant.now().minusSeconds(60).toString()));
      // The engine's own authorization check, as /engine-rest/external-task/fetchAndLock makes it.
      List<String> byMdt = fetchAs("mdt.officer", "mdt");
      List<String> fetched = fetchAs("immigration.system", "immigration-system");

      assertThat(byMdt).doesNotContain(personRef);
      assertThat(fetched).contains(personRef);
    }

    @Test
    void aLongListImportsInTheBackgroundAndReportsWhenDone() throws Exception {
      String operationId = openOperation();
      StringBuilder csv = new StringBuilder(HEADER);
      for (int i = 1; i <= 120; i++) {
        csv.append("L-").append(i).append(",Listed Testperson ").append(i).append(",X,,")
            .append(10 + i % 40).append(",MM,my,,,\n");
      }

      MockHttpServletResponse accepted = importCsv("mdt.officer", operationId, csv.toString());

      assertThat(accepted.getStatus()).isEqualTo(202);
      String location = accepted.getHeader("Location");
      assertThat(location).contains("/imports/");
      Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
          .until(() -> !"RUNNING".equals(read(get("mdt.officer", location)).get("status").asText()));
      JsonNode done = read(get("mdt.officer", location));
      assertThat(done.get("status").asText()).isEqualTo("DONE");
      assertThat(done.get("imported").asInt()).isEqualTo(120);
      JsonNode latest = read(get("mdt.officer", "/api/screenings/" + operationId + "/imports"));
      assertThat(latest.get(0).get("status").asText()).isEqualTo("DONE");
      assertThat(read(get("mdt.officer", "/api/screenings/" + operationId))
          .get("processesStarted").asInt()).isEqualTo(120);
    }

    @Test
    void theOperationsPageIsServedInThaiAndEnglish() throws Exception {
      assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
          .get("/screenings/")).andReturn().getResponse().getForwardedUrl())
          .isEqualTo("/screenings/index.html");
      String script = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
          .get("/screenings/screenings.js")).andReturn().getResponse()
          .getContentAsString(StandardCharsets.UTF_8);
      assertThat(script).contains("ปฏิบัติการคัดแยก").contains("Screening operation");
    }

    @Test
    void aMalformedListIsRefusedWholeAndStoresNothing() throws Exception {
      String operationId = openOperation();

      MockHttpServletResponse unknownColumn = importCsv("immigration.officer", operationId,
          "listRef,fullName,passportPhoto\nX-1,Some Testperson,abc\n");
      MockHttpServletResponse openQuote = importCsv("immigration.officer", operationId,
          HEADER + "X-1,\"Some Testperson,F,,30,MM,my,,,\n");
      MockHttpServletResponse notAnArray = mvc.perform(post("/api/screenings/" + operationId
              + "/people").with(httpBasic("immigration.officer", "demo"))
          .contentType(MediaType.APPLICATION_JSON).content("{\"listRef\": \"X-1\"}"))
          .andReturn().getResponse();

      assertThat(List.of(unknownColumn.getStatus(), openQuote.getStatus(), notAnArray.getStatus()))
          .containsOnly(400);
      assertThat(read(unknownColumn).get("errors").get(0).get("field").asText()).isEqualTo("list");
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM screening_person WHERE operation_id = ?",
          Integer.class, operationId)).isZero();
    }

    @Test
    void anUnknownOperationIs404AndOutsidersAre403() throws Exception {
      assertThat(get("coordinator", "/api/screenings/SO-0000-0000").getStatus()).isEqualTo(404);
      String operationId = openOperation();
      assertThat(get("dsi.officer", "/api/screenings/" + operationId).getStatus()).isEqualTo(403);
      assertThat(importCsv("amlo.officer", operationId, HEADER).getStatus()).isEqualTo(403);
    }

    @Test
    void coordinatorsGroupIdentifiedVictimsIntoACaseByRefAndOthersAreRefused(CapturedOutput output)
        throws Exception {
      String operationId = openOperation();
      importJson(operationId, List.of(person("G-1", NAME_A, "MM", "my"),
          person("G-2", NAME_B, "KH", "km"), person("G-3", "Third Testperson", "MM", "my")));
      Map<String, String> refs = new java.util.HashMap<>();
      read(get("coordinator", "/api/screenings/" + operationId + "/people")).get("people")
          .forEach(person -> refs.put(person.get("listRef").asText(),
              person.get("personRef").asText()));
      // The screenings' outcomes, as their processes record them (PersonScreeningProcessTest).
      jdbc.update("UPDATE screening_person SET outcome = 'VICTIM' WHERE person_ref = ?",
          refs.get("G-1"));
      jdbc.update("UPDATE screening_person SET outcome = 'VICTIM_COMPELLED' WHERE person_ref = ?",
          refs.get("G-2"));
      jdbc.update("UPDATE screening_person SET outcome = 'NOT_VICTIM' WHERE person_ref = ?",
          refs.get("G-3"));
      String caseId = read(mvc.perform(post("/api/tips").with(httpBasic("rtp-atpd.officer", "demo"))
          .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of(
              "source", "HOTLINE", "receivedAt", Instant.now().minusSeconds(600).toString(),
              "province", "ตาก", "summary", "Synthetic tip: a scam compound across the border"))))
          .andReturn().getResponse()).get("caseId").asText();
      String groupings = "/api/screenings/" + operationId + "/groupings";
      Map<String, Object> intoCase = Map.of("personRefs", List.of(refs.get("G-1"), refs.get("G-2")),
          "caseId", caseId);

      MockHttpServletResponse byMsdhs = postJson("msdhs.officer", groupings, intoCase);
      MockHttpServletResponse byDsi = postJson("dsi.officer", groupings, intoCase);
      MockHttpServletResponse notAVictim = postJson("coordinator", groupings, Map.of(
          "personRefs", List.of(refs.get("G-3")), "caseId", caseId));
      MockHttpServletResponse unknownCase = postJson("coordinator", groupings, Map.of(
          "personRefs", List.of(refs.get("G-1")), "caseId", "TIP-2026-999999"));
      MockHttpServletResponse grouped = postJson("coordinator", groupings, intoCase);
      MockHttpServletResponse again = postJson("coordinator", groupings, intoCase);

      assertThat(byMsdhs.getStatus()).isEqualTo(403);
      assertThat(byDsi.getStatus()).isEqualTo(403);
      assertThat(notAVictim.getStatus()).isEqualTo(400);
      assertThat(read(notAVictim).get("errors").get(0).get("field").asText())
          .isEqualTo("personRefs");
      assertThat(unknownCase.getStatus()).isEqualTo(404);
      assertThat(grouped.getStatus()).isEqualTo(201);
      JsonNode victims = read(grouped).get("victimRefs");
      assertThat(victims.size()).isEqualTo(2);
      String victimRef = victims.get(refs.get("G-1")).asText();
      assertThat(read(get("msdhs.officer", "/api/victims/" + victimRef)).get("fullName").asText())
          .isEqualTo(NAME_A);
      assertThat(grouped.getContentAsString()).doesNotContain(NAME_A).doesNotContain(NAME_B);
      assertThat(read(again).get("victimRefs").size()).isZero();
      assertThat(read(again).get("alreadyInCase").size()).isEqualTo(2);
      assertThat(runtimeService.getVariable(runtimeService.createProcessInstanceQuery()
          .processInstanceBusinessKey(caseId).processDefinitionKey("joint-case").singleResult()
          .getId(), "victimCount")).isEqualTo(2L);
      assertThat(jdbc.queryForObject("SELECT case_id FROM screening_person WHERE person_ref = ?",
          String.class, refs.get("G-1"))).isEqualTo(caseId);

      MockHttpServletResponse newCase = postJson("coordinator", groupings, Map.of(
          "personRefs", List.of(refs.get("G-2")), "newCase", Map.of("name",
              "Compound KK (synthetic)")));
      assertThat(newCase.getStatus()).isEqualTo(201);
      String newCaseId = read(newCase).get("caseId").asText();
      assertThat(newCaseId).isNotEqualTo(caseId).matches(org.prasan.casefile.CaseId.PATTERN);
      assertThat(read(newCase).get("newCase").asBoolean()).isTrue();
      assertThat(get("coordinator", "/api/cases/" + newCaseId).getStatus()).isEqualTo(200);
      assertThat(output.getAll()).doesNotContain(NAME_A).doesNotContain(NAME_B);
    }

    @Test
    void coordinatorsSeeTheVictimsToGroupWithSuggestedGroupsAndOthersAreRefused()
        throws Exception {
      String operationId = openOperation();
      List<Map<String, Object>> list = new ArrayList<>();
      list.add(new java.util.HashMap<>(person("B-1", NAME_A, "MM", "my")));
      list.get(0).put("documentNumber", "QZ 555-0001");
      list.add(person("B-2", NAME_B, "KH", "km"));
      list.add(person("B-3", "Third Testperson", "MM", "my"));
      list.add(person("B-4", "Fourth Testperson", "MM", "my"));
      importJson(operationId, list);
      Map<String, String> refs = new java.util.HashMap<>();
      read(get("coordinator", "/api/screenings/" + operationId + "/people")).get("people")
          .forEach(person -> refs.put(person.get("listRef").asText(),
              person.get("personRef").asText()));
      jdbc.update("UPDATE screening_person SET outcome = 'VICTIM', exploitation_sector = "
          + "'ONLINE_FRAUD' WHERE person_ref = ?", refs.get("B-1"));
      jdbc.update("UPDATE screening_person SET outcome = 'VICTIM_COMPELLED', exploitation_sector = "
          + "'ONLINE_FRAUD' WHERE person_ref = ?", refs.get("B-2"));
      jdbc.update("UPDATE screening_person SET outcome = 'NOT_VICTIM', exploitation_sector = "
          + "'ONLINE_FRAUD' WHERE person_ref = ?", refs.get("B-3"));
      // An open case whose tip named B-1's passport (a family reported them missing).
      String caseId = read(mvc.perform(post("/api/tips").with(httpBasic("rtp-atpd.officer", "demo"))
          .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of(
              "source", "HOTLINE", "receivedAt", Instant.now().minusSeconds(600).toString(),
              "province", "ตาก", "summary", "Synthetic tip: a relative missing in a compound",
              "identifiers", List.of(Map.of("type", "PASSPORT", "value", "qz5550001"))))))
          .andReturn().getResponse()).get("caseId").asText();
      String board = "/api/screenings/" + operationId + "/groupings";

      MockHttpServletResponse byMsdhs = get("msdhs.officer", board);
      MockHttpServletResponse byCoordinator = get("coordinator", board);

      assertThat(byMsdhs.getStatus()).isEqualTo(403);
      assertThat(byCoordinator.getStatus()).isEqualTo(200);
      JsonNode answer = read(byCoordinator);
      assertThat(answer.get("ungroupedTotal").asInt()).isEqualTo(2);
      List<String> ungrouped = new ArrayList<>();
      answer.get("ungrouped").forEach(victim -> ungrouped.add(victim.get("listRef").asText()));
      assertThat(ungrouped).containsExactly("B-1", "B-2");
      JsonNode suggestions = answer.get("suggestions");
      assertThat(suggestions.size()).isEqualTo(2);
      assertThat(suggestions.get(0).get("basis").asText()).isEqualTo("DOCUMENT_IN_CASE");
      assertThat(suggestions.get(0).get("caseId").asText()).isEqualTo(caseId);
      assertThat(suggestions.get(0).get("personRefs").get(0).asText()).isEqualTo(refs.get("B-1"));
      assertThat(suggestions.get(1).get("basis").asText()).isEqualTo("SAME_SECTOR");
      assertThat(suggestions.get(1).get("sector").asText()).isEqualTo("ONLINE_FRAUD");
      assertThat(suggestions.get(1).get("personRefs").size()).isEqualTo(2);
      // The whole document number, as listed and as the index writes it: a fragment as short
      // as "QZ" also turns up by chance in the random person refs (SP-DWP7-VDJ2-6DQZ-9M9S).
      assertThat(byCoordinator.getContentAsString(StandardCharsets.UTF_8))
          .doesNotContain("Testperson").doesNotContain("QZ 555-0001")
          .doesNotContain("QZ5550001").doesNotContain("555-0001").doesNotContain("5550001");

      assertThat(postJson("coordinator", board, Map.of("personRefs", List.of(refs.get("B-1")),
          "caseId", caseId)).getStatus()).isEqualTo(201);
      JsonNode after = read(get("coordinator", board));
      assertThat(after.get("ungroupedTotal").asInt()).isEqualTo(1);
      assertThat(after.get("suggestions").size()).isZero();
      assertThat(after.get("groupings").get(0).get("caseId").asText()).isEqualTo(caseId);
      assertThat(after.get("groupings").get(0).get("people").asInt()).isEqualTo(1);
      assertThat(after.get("groupings").get(0).get("groupedBy").asText()).isEqualTo("coordinator");
    }

    /** Synthetic recruiter identifiers no other test uses. */
    static final String RECRUITER_NAME = "Brokerqz Linkscanrecruiter";
    static final String RECRUITER_PHONE = "+95 9 7771 2345";
    static final String NETWORK = "@Linkscan_Network_QZ";

    @Test
    void theScreeningRecordsCompoundRecruiterAndNetworkInTheVaultAndTheBoardGroupsByThem(
        CapturedOutput output) throws Exception {
      String operationId = openOperation();
      importJson(operationId, List.of(person("C-1", NAME_A, "MM", "my"),
          person("C-2", NAME_B, "MM", "my"), person("C-3", "Third Testperson", "MM", "my"),
          person("C-4", "Fourth Testperson", "MM", "my")));
      Map<String, String> refs = new java.util.HashMap<>();
      read(get("coordinator", "/api/screenings/" + operationId + "/people")).get("people")
          .forEach(person -> refs.put(person.get("listRef").asText(),
              person.get("personRef").asText()));
      refs.values().forEach(ScreeningOperationsTest.this::throughRightsAndChecks);
      // An open case whose tip named the recruiter's phone, written another way.
      String caseId = read(mvc.perform(post("/api/tips").with(httpBasic("rtp-atpd.officer", "demo"))
          .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of(
              "source", "HOTLINE", "receivedAt", Instant.now().minusSeconds(600).toString(),
              "province", "ตาก", "summary", "Synthetic tip: a broker recruiting for a compound",
              "identifiers", List.of(Map.of("type", "PHONE", "value", "+959777-12345"))))))
          .andReturn().getResponse()).get("caseId").asText();

      // A bad phone is refused on the server, naming the field; nothing is stored.
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> screen(refs.get("C-1"),
              Map.of(PersonLinks.RECRUITER_PHONE, "call the broker")))
          .isInstanceOf(org.prasan.system.RuleViolationException.class)
          .hasMessageContaining(PersonLinks.RECRUITER_PHONE);
      // As another task's variable a link is refused: only the screening's completion takes it.
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService.setVariables(
              screeningTask(refs.get("C-1")), Map.of(PersonLinks.RECRUITER_NAME, RECRUITER_NAME)))
          .isInstanceOf(org.prasan.system.RuleViolationException.class);
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM screening_person_link "
          + "WHERE operation_id = ?", Integer.class, operationId)).isZero();
      screen(refs.get("C-1"), Map.of(PersonLinks.COMPOUND_NAME, "KK Park",
          PersonLinks.COMPOUND_LOCATION, "Myawaddy", PersonLinks.RECRUITER_NAME, RECRUITER_NAME,
          PersonLinks.RECRUITER_PHONE, RECRUITER_PHONE));
      screen(refs.get("C-2"), Map.of(PersonLinks.COMPOUND_NAME, " kk  park ",
          PersonLinks.RECRUITER_PHONE, "+959777 12345", PersonLinks.NETWORK_HANDLE, NETWORK));
      screen(refs.get("C-3"), Map.of(PersonLinks.RECRUITER_NAME, RECRUITER_NAME.toUpperCase(),
          PersonLinks.NETWORK_HANDLE, NETWORK.toLowerCase().substring(1),
          PersonLinks.COMPOUND_NAME, ""));
      screen(refs.get("C-4"), Map.of(PersonLinks.COMPOUND_NAME, "Another compound"));

      MockHttpServletResponse byCoordinator = get("coordinator",
          "/api/screenings/" + operationId + "/groupings");
      assertThat(byCoordinator.getStatus()).isEqualTo(200);
      Map<String, JsonNode> suggested = new LinkedHashMap<>();
      read(byCoordinator).get("suggestions").forEach(suggestion ->
          suggested.put(suggestion.get("basis").asText(), suggestion));
      assertThat(suggested.keySet()).containsExactly(GroupingBoard.RECRUITER_IN_CASE,
          GroupingBoard.SAME_COMPOUND, GroupingBoard.SAME_RECRUITER, GroupingBoard.SAME_NETWORK,
          GroupingBoard.SAME_SECTOR);
      assertThat(suggested.get(GroupingBoard.RECRUITER_IN_CASE).get("caseId").asText())
          .isEqualTo(caseId);
      assertThat(refsOf(suggested.get(GroupingBoard.RECRUITER_IN_CASE)))
          .containsExactlyInAnyOrder(refs.get("C-1"), refs.get("C-2"));
      assertThat(suggested.get(GroupingBoard.SAME_COMPOUND).get("compound").asText())
          .isEqualTo("KK Park (Myawaddy)");
      assertThat(refsOf(suggested.get(GroupingBoard.SAME_COMPOUND)))
          .containsExactlyInAnyOrder(refs.get("C-1"), refs.get("C-2"));
      // C-1 and C-2 share the phone, C-1 and C-3 the name: one recruiter, three victims.
      assertThat(refsOf(suggested.get(GroupingBoard.SAME_RECRUITER)))
          .containsExactlyInAnyOrder(refs.get("C-1"), refs.get("C-2"), refs.get("C-3"));
      assertThat(suggested.get(GroupingBoard.SAME_RECRUITER).get("matchedBy").toString())
          .isEqualTo("[\"NAME\",\"PHONE\"]");
      assertThat(refsOf(suggested.get(GroupingBoard.SAME_NETWORK)))
          .containsExactlyInAnyOrder(refs.get("C-2"), refs.get("C-3"));
      String body = byCoordinator.getContentAsString(StandardCharsets.UTF_8);
      assertThat(body).doesNotContain("Linkscan").doesNotContain("linkscan")
          .doesNotContain("7771 2345").doesNotContain("977712345").doesNotContain("Testperson");
      assertThat(storedVariables()).doesNotContain("Linkscan").doesNotContain("linkscan")
          .doesNotContain("7771 2345").doesNotContain("9777 12345").doesNotContain("KK Park")
          .doesNotContain("kk  park").doesNotContain("Myawaddy");
      assertThat(output.getAll()).doesNotContain("Linkscan").doesNotContain("linkscan")
          .doesNotContain("7771 2345").doesNotContain("9777 12345");
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM screening_person_link "
          + "WHERE operation_id = ?", Integer.class, operationId)).isEqualTo(4);
    }

    private List<String> refsOf(JsonNode suggestion) {
      List<String> personRefs = new ArrayList<>();
      suggestion.get("personRefs").forEach(ref -> personRefs.add(ref.asText()));
      return personRefs;
    }

    private String screeningTask(String personRef) {
      return taskService.createTaskQuery().processInstanceBusinessKey(personRef)
          .taskDefinitionKeyIn(PersonScreeningProcess.TASK_SCREEN_PERSON,
              PersonScreeningProcess.TASK_SCREEN_CHILD).singleResult().getId();
    }

    /** The MDT screens the person a victim in an online scam compound, with these links. */
    private void screen(String personRef, Map<String, Object> links) {
      Map<String, Object> answer = new java.util.HashMap<>(links);
      answer.put("screeningOutcome", "VICTIM");
      answer.put("exploitationSector", "ONLINE_FRAUD");
      answer.put("indicatorForcedQuotas", true);
      taskService.complete(screeningTask(personRef), answer);
    }

    /** Every variable's name and value, runtime and history, and serialized ones. */
    private String storedVariables() {
      StringBuilder stored = new StringBuilder();
      for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
        jdbc.queryForList("SELECT NAME_, TEXT_, TEXT2_ FROM " + table).forEach(row ->
            row.values().forEach(value -> stored.append(value).append('\n')));
      }
      jdbc.queryForList("SELECT b.BYTES_ FROM ACT_GE_BYTEARRAY b JOIN ACT_RU_VARIABLE v "
          + "ON v.BYTEARRAY_ID_ = b.ID_", byte[].class).forEach(bytes ->
              stored.append(new String(bytes, StandardCharsets.UTF_8)));
      return stored.toString();
    }

    @Test
    void noNameOfAnImportedListIsInAnyProcessVariableOrLogLine(CapturedOutput output)
        throws Exception {
      String operationId = openOperation();
      // A synthetic list long enough to import in the background, with documents and notes.
      List<String> names = new ArrayList<>();
      StringBuilder csv = new StringBuilder(HEADER);
      for (int i = 1; i <= 60; i++) {
        String name = "Nozmelqa Listscanperson" + i;
        names.add(name);
        csv.append("L-").append(i).append(',').append(name).append(",F,,")
            .append(10 + i % 40).append(",MM,my;th,ZX").append(7_000_000 + i)
            .append(",,Found with ").append(name).append('\n');
      }
      String importId = read(importCsv("immigration.officer", operationId, csv.toString()))
          .get("importId").asText();
      Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
          "DONE".equals(read(get("immigration.officer", "/api/screenings/" + operationId
              + "/imports/" + importId)).get("status").asText())
          && read(get("immigration.officer", "/api/screenings/" + operationId))
              .get("processesStarted").asInt() == 60);
      // The processes moved on: the rights task done for one person, its variables written.
      String processId = jdbc.queryForObject("SELECT process_instance_id FROM screening_person "
          + "WHERE operation_id = ? AND list_ref = 'L-1'", String.class, operationId);
      org.camunda.bpm.engine.task.Task rights = taskService.createTaskQuery()
          .processInstanceId(processId)
          .taskDefinitionKey(PersonScreeningProcess.TASK_INFORM_RIGHTS).singleResult();
      taskService.complete(rights.getId(), Map.of(PersonScreeningProcess.VAR_INTERPRETER_LANGUAGE,
          "my", PersonScreeningProcess.VAR_RIGHTS_INFORMED_AT, java.util.Date.from(Instant.now())));
      // One adult screened a victim, naming the compound, recruiter and network (the vault's).
      String adult = jdbc.queryForObject("SELECT person_ref FROM screening_person "
          + "WHERE operation_id = ? AND list_ref = 'L-9'", String.class, operationId);
      throughRightsAndChecks(adult);
      screen(adult, Map.of(PersonLinks.COMPOUND_NAME, "Nozmelqa Compound",
          PersonLinks.RECRUITER_NAME, "Nozmelqa Recruiterperson",
          PersonLinks.RECRUITER_PHONE, "+66 81 999 4321",
          PersonLinks.NETWORK_HANDLE, "@nozmelqa_recruits"));

      StringBuilder stored = new StringBuilder();
      for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
        jdbc.queryForList("SELECT NAME_, TEXT_, TEXT2_ FROM " + table).forEach(row ->
            row.values().forEach(value -> stored.append(value).append('\n')));
      }
      jdbc.queryForList("SELECT b.BYTES_ FROM ACT_GE_BYTEARRAY b JOIN ACT_RU_VARIABLE v "
          + "ON v.BYTEARRAY_ID_ = b.ID_", byte[].class).forEach(bytes ->
              stored.append(new String(bytes, StandardCharsets.UTF_8)));
      assertThat(stored).contains(operationId);
      String logs = output.getAll();
      for (String name : names) {
        assertThat(stored.toString()).doesNotContain(name);
        assertThat(logs).doesNotContain(name);
      }
      assertThat(stored.toString()).doesNotContain("Listscanperson").doesNotContain("ZX700")
          .doesNotContain("Nozmelqa").doesNotContain("nozmelqa").doesNotContain("9994321");
      assertThat(logs).doesNotContain("Listscanperson").doesNotContain("ZX700")
          .doesNotContain("Nozmelqa").doesNotContain("nozmelqa").doesNotContain("9994321")
          .doesNotContain("999 4321");
    }

    @Test
    void theVaultsRekeyMovesTheListsPeopleSoTheOldKeyCanBeRetired() throws Exception {
      String operationId = openOperation();
      importJson(operationId, List.of(person("K-1", NAME_A, "MM", "my")));
      String personRef = read(get("coordinator", "/api/screenings/" + operationId + "/people"))
          .get("people").get(0).get("personRef").asText();
      String oldKeyId = keys.activeKeyId();
      javax.crypto.KeyGenerator generator = javax.crypto.KeyGenerator.getInstance("AES");
      generator.init(256);
      javax.crypto.SecretKey next = generator.generateKey();
      // A rotation: a new key is active, the one the list was sealed under is the older one.
      org.prasan.victim.VaultKeyRing rotated = new org.prasan.victim.VaultKeyRing("test-next",
          Map.of("test-next", next, oldKeyId, keys.activeKey()), false);
      org.prasan.victim.VaultKeyRing oldKeyRemoved = new org.prasan.victim.VaultKeyRing(
          "test-next", Map.of("test-next", next), false);
      try {
        assertThat(rekey.rekey(rotated)).isGreaterThanOrEqualTo(1);
        assertThat(rekey.rekey(rotated)).isZero();
        Map<String, Object> row = jdbc.queryForMap("SELECT key_id, identity_ciphertext "
            + "FROM screening_person WHERE person_ref = ?", personRef);
        assertThat(row.get("KEY_ID")).isEqualTo("test-next");
        byte[] sealed = (byte[]) row.get("IDENTITY_CIPHERTEXT");
        assertThat(new PersonSeals(cipher, oldKeyRemoved, json)
            .open(sealed, personRef, operationId, "test-next").fullName()).isEqualTo(NAME_A);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PersonSeals(cipher, keys, json)
            .open(sealed, personRef, operationId, oldKeyId))
            .isInstanceOf(org.prasan.victim.VaultIntegrityException.class);
        // Who may read it still does, the old key gone: the coordinator groups the victim (the
        // row opened under the new key only), the vault's agencies read the name.
        jdbc.update("UPDATE screening_person SET outcome = 'VICTIM' WHERE person_ref = ?",
            personRef);
        VictimGroupings groupings = new VictimGroupings(jdbcClient, cases, vault,
            new PersonSeals(cipher, oldKeyRemoved, json), refs, transaction, clock, intake);
        String victimRef = groupings.intoNewCase(operations.require(operationId),
                List.of(personRef), new GroupingRequest.NewCase("Compound R (synthetic)", null),
                "coordinator")
            .victimRefs().get(personRef);
        assertThat(read(get("msdhs.officer", "/api/victims/" + victimRef)).get("fullName")
            .asText()).isEqualTo(NAME_A);
      } finally {
        // Back under the context's one key, for the other tests of this context.
        rekey.rekey(new org.prasan.victim.VaultKeyRing(oldKeyId,
            Map.of("test-next", next, oldKeyId, keys.activeKey()), false));
      }
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM screening_person WHERE key_id <> ?",
          Integer.class, oldKeyId)).isZero();
    }

    private MockHttpServletResponse postJson(String user, String path, Object body)
        throws Exception {
      return mvc.perform(post(path).with(httpBasic(user, "demo"))
              .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
          .andReturn().getResponse();
    }

    private List<String> fetchAs(String user, String group) {
      identityService.setAuthentication(user, List.of(group));
      try {
        return externalTaskService.fetchAndLock(1000, user)
            .topic(PersonScreeningProcess.TOPIC_IMMIGRATION_STATUS, 60_000).execute().stream()
            .map(task -> task.getBusinessKey()).toList();
      } finally {
        identityService.clearAuthentication();
      }
    }

    private String openOperation() throws Exception {
      return read(open("immigration.officer", operation())).get("operationId").asText();
    }

    private static Map<String, Object> operation() {
      return Map.of("name", "Handover test " + System.nanoTime(), "site", "ตาก",
          "receivedAt", Instant.now().minus(Duration.ofHours(1)).toString(),
          "handedOverBy", "Border guard force (synthetic)", "leadAgency", "rtp-atpd");
    }

    private static Map<String, Object> person(String listRef, String name, String nationality,
                                              String languages) {
      return Map.of("listRef", listRef, "fullName", name, "sex", "F", "estimatedAge", 25,
          "nationality", nationality, "languages", languages);
    }

    private MockHttpServletResponse open(String user, Map<String, Object> body) throws Exception {
      return mvc.perform(post("/api/screenings").with(httpBasic(user, "demo"))
              .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
          .andReturn().getResponse();
    }

    private MockHttpServletResponse importCsv(String user, String operationId, String csv)
        throws Exception {
      return mvc.perform(post("/api/screenings/" + operationId + "/people")
              .with(httpBasic(user, "demo")).contentType("text/csv")
              .content(csv.getBytes(StandardCharsets.UTF_8)))
          .andReturn().getResponse();
    }

    private MockHttpServletResponse importJson(String operationId, List<Map<String, Object>> list)
        throws Exception {
      return mvc.perform(post("/api/screenings/" + operationId + "/people")
              .with(httpBasic("immigration.officer", "demo"))
              .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(list)))
          .andReturn().getResponse();
    }

    private MockHttpServletResponse get(String user, String path) throws Exception {
      return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
          .get(path).with(httpBasic(user, "demo"))).andReturn().getResponse();
    }

    private JsonNode read(MockHttpServletResponse response) throws Exception {
      return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }
  }

  /**
   * The screening teams' Tasklist queues over {@code /engine-rest}, as the Tasklist asks them:
   * one filter per site and language, the officer's own tasks there, soonest hold end first; read
   * only by the screening teams. Over HTTP, on the shared context's real port.
   */
  @Nested
  class ScreeningQueuesTest {


    @Test
    void aQueueListsItsSitesPeopleInItsLanguageSoonestHoldFirstToTheScreeningTeamsOnly() {
      String site = "ด่านทดสอบ " + System.nanoTime();
      Instant received = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
      String operationId = http.withBasicAuth("msdhs.officer", "demo").postForEntity(
          "/api/screenings", Map.of("name", "Queue test", "site", site, "receivedAt",
              received.toString(), "handedOverBy", "Border guard force (synthetic)"),
          JsonNode.class).getBody().get("operationId").asText();
      ResponseEntity<JsonNode> imported = http.withBasicAuth("msdhs.officer", "demo")
          .postForEntity("/api/screenings/" + operationId + "/people", List.of(
              person("Q-LATER", "my;th", received.plus(Duration.ofMinutes(50))),
              person("Q-SOONER", "my", received.plus(Duration.ofMinutes(10))),
              person("Q-KHMER", "km", received.plus(Duration.ofMinutes(5)))), JsonNode.class);
      assertThat(imported.getBody().get("imported").asInt()).isEqualTo(3);
      Map<String, String> refs = new LinkedHashMap<>();
      http.withBasicAuth("msdhs.officer", "demo").getForEntity("/api/screenings/" + operationId
              + "/people", JsonNode.class).getBody().get("people")
          .forEach(person -> refs.put(person.get("personRef").asText(),
              person.get("listRef").asText()));
      refs.keySet().forEach(ScreeningOperationsTest.this::throughRightsAndChecks);

      String burmese = filterId("msdhs.officer", ScreeningQueues.name(site, "my"));
      String khmer = filterId("msdhs.officer", ScreeningQueues.name(site, "km"));
      List<String> burmeseQueue = listRefs("msdhs.officer", burmese, refs);
      List<String> khmerQueue = listRefs("mdt.officer", khmer, refs);

      assertThat(burmeseQueue).containsExactly("Q-SOONER", "Q-LATER");
      assertThat(khmerQueue).containsExactly("Q-KHMER");
      // The Tasklist asks a filter for HAL with its shown variables: an officer granted the
      // task (not the person's process) sees the queue's columns filled.
      assertThat(shownValues("mdt.officer", burmese, PersonScreeningProcess.VAR_PERSON_REF))
          .containsExactlyInAnyOrderElementsOf(refs.entrySet().stream()
              .filter(ref -> !ref.getValue().equals("Q-KHMER")).map(Map.Entry::getKey)
              .toList());
      assertThat(shownValues("mdt.officer", burmese, PersonScreeningProcess.VAR_AGE_BAND))
          .hasSize(2);
      assertThat(shownValues("mdt.officer", burmese, PersonScreeningProcess.VAR_HOLD_ENDS_AT))
          .hasSize(2);
      assertThat(filterNames("rtp-atpd.officer")).noneMatch(name -> name.contains(site))
          .contains("งานของหน่วยงานฉัน / My agency");
      assertThat(http.withBasicAuth("rtp-atpd.officer", "demo").postForEntity(
          "/engine-rest/filter/" + burmese + "/list", Map.of(), JsonNode.class)
          .getStatusCode().value()).isEqualTo(403);
      // The queue group is a label: asking for it directly, another agency's officer sees
      // nothing (it grants nothing), while the screening team sees its two people.
      String group = ScreeningQueues.group(site, "my");
      assertThat(http.withBasicAuth("rtp-atpd.officer", "demo").postForEntity(
          "/engine-rest/task", Map.of("candidateGroup", group), JsonNode.class).getBody())
          .isEmpty();
      assertThat(http.withBasicAuth("msdhs.officer", "demo").postForEntity(
          "/engine-rest/task", Map.of("candidateGroup", group), JsonNode.class).getBody())
          .hasSize(2);
    }

    private String filterId(String user, String name) {
      JsonNode filters = http.withBasicAuth(user, "demo").getForEntity(
          "/engine-rest/filter?resourceType=Task", JsonNode.class).getBody();
      for (JsonNode filter : filters) {
        if (name.equals(filter.get("name").asText())) {
          assertThat(filter.get("properties").get("variables").toString())
              .contains(PersonScreeningProcess.VAR_PERSON_REF)
              .contains(PersonScreeningProcess.VAR_HOLD_ENDS_AT);
          return filter.get("id").asText();
        }
      }
      throw new AssertionError("No filter " + name + " for " + user);
    }

    private List<String> shownValues(String user, String filterId, String variable) {
      HttpHeaders headers = new HttpHeaders();
      headers.setAccept(List.of(MediaType.parseMediaType(
          "application/hal+json")));
      headers.setContentType(MediaType.APPLICATION_JSON);
      ResponseEntity<JsonNode> listed = http.withBasicAuth(user, "demo").exchange(
          "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15",
          HttpMethod.POST, new org.springframework.http.HttpEntity<>(Map.of(), headers),
          JsonNode.class);
      assertThat(listed.getStatusCode().value()).isEqualTo(200);
      List<String> values = new ArrayList<>();
      for (JsonNode task : listed.getBody().path("_embedded").path("task")) {
        for (JsonNode shown : task.path("_embedded").path("variable")) {
          if (variable.equals(shown.path("name").asText())) {
            values.add(shown.path("value").asText());
          }
        }
      }
      return values;
    }

    private List<String> filterNames(String user) {
      List<String> names = new ArrayList<>();
      http.withBasicAuth(user, "demo").getForEntity("/engine-rest/filter?resourceType=Task",
          JsonNode.class).getBody().forEach(filter -> names.add(filter.get("name").asText()));
      return names;
    }

    private List<String> listRefs(String user, String filterId, Map<String, String> refs) {
      ResponseEntity<JsonNode> listed = http.withBasicAuth(user, "demo").exchange(
          "/engine-rest/filter/" + filterId + "/list", HttpMethod.POST,
          new org.springframework.http.HttpEntity<>(Map.of()), JsonNode.class);
      assertThat(listed.getStatusCode().value()).isEqualTo(200);
      List<String> listRefs = new ArrayList<>();
      for (JsonNode task : listed.getBody()) {
        assertThat(task.get("followUp").isNull()).isFalse();
        String personRef = runtimeService.createProcessInstanceQuery()
            .processInstanceId(task.get("processInstanceId").asText()).singleResult()
            .getBusinessKey();
        listRefs.add(refs.get(personRef));
      }
      return listRefs;
    }

    private static Map<String, Object> person(String listRef, String languages, Instant arrived) {
      return Map.of("listRef", listRef, "fullName", "Queue Testperson " + listRef, "sex", "M",
          "estimatedAge", 30, "nationality", "MM", "languages", languages,
          "arrivedAt", arrived.toString());
    }
  }

  /**
   * Agencies' systems take their checks as Camunda external tasks over {@code /engine-rest}
   * (docs/agency-systems.md): Immigration's status check only by users of {@code
   * immigration-system}, never by an officer (of Immigration or another agency) nor by another
   * agency's system, and the answer is checked as the officer's form is. The official Java client
   * needs a real port: the shared context's.
   */
  @Nested
  class AgencySystemsTest {


    private String personRef;
    private ExternalTaskClient client;

    @BeforeEach
    void personAwaitingTheStatusCheck() {
      personRef = "SP-SYS-" + System.nanoTime();
      runtimeService.startProcessInstanceByKey(PersonScreeningProcess.KEY, personRef, Map.of(
          PersonScreeningProcess.VAR_PERSON_REF, personRef,
          PersonScreeningProcess.VAR_OPERATION_ID, "SO-TEST-0021",
          PersonScreeningProcess.VAR_AGE_BAND, "ADULT",
          PersonScreeningProcess.VAR_CHILD, false,
          PersonScreeningProcess.VAR_YOUTH_INTERVIEW, false,
          PersonScreeningProcess.VAR_PERSON_LANGUAGES, "my",
          PersonScreeningProcess.VAR_HOLD_ENDS_AT, new Date(System.currentTimeMillis() + 86_400_000),
          PersonScreeningProcess.VAR_CHECK_FALLBACK_AFTER, "PT2H"));
      var rights = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(personRef)
          .singleResult();
      taskService.complete(taskService.createTaskQuery().processInstanceId(rights.getId()).singleResult()
          .getId(), Map.of("interpreterLanguage", "my",
          "rightsInformedAt", java.time.Instant.now().minusSeconds(60).toString()));
    }

    @AfterEach
    void stopClient() {
      if (client != null) {
        client.stop();
      }
    }

    @Test
    void officersAndAnotherAgencysSystemFetchNothingOfImmigrationsTopic() {
      for (String user : List.of("rtp-atpd.officer", "immigration.officer", "rtp-atpd.system",
          "coordinator")) {
        ResponseEntity<JsonNode> fetched =
            fetch(user, PersonScreeningProcess.TOPIC_IMMIGRATION_STATUS);

        assertThat(fetched.getStatusCode().value()).as(user).isEqualTo(403);
        assertThat(fetched.getBody().get("message").asText())
            .contains("immigration-system").contains("เฉพาะผู้ใช้ของกลุ่ม");
      }
      assertThat(check(personRef).getLockExpirationTime()).isNull();
    }

    @Test
    void onlyTheTopicsSystemCompletesAndABadAnswerIs400NamingTheVariable() {
      ResponseEntity<JsonNode> fetched =
          fetch("immigration.system", PersonScreeningProcess.TOPIC_IMMIGRATION_STATUS);
      assertThat(fetched.getStatusCode().value()).isEqualTo(200);
      String id = check(personRef).getId();
      Map<String, Object> answer = Map.of("workerId", "immigration.system", "variables",
          Map.of("immigrationStatus", Map.of("value", "TOURIST", "type", "String")));

      ResponseEntity<JsonNode> byOfficer = post("rtp-atpd.officer", "/external-task/" + id
          + "/complete", answer);
      ResponseEntity<JsonNode> byOtherSystem = post("rtp-atpd.system", "/external-task/" + id
          + "/failure", Map.of("workerId", "rtp-atpd.system", "errorMessage", "x"));
      ResponseEntity<JsonNode> bad = post("immigration.system", "/external-task/" + id
          + "/complete", answer);

      assertThat(byOfficer.getStatusCode().value()).isEqualTo(403);
      assertThat(byOtherSystem.getStatusCode().value()).isEqualTo(403);
      assertThat(bad.getStatusCode().value()).isEqualTo(400);
      assertThat(bad.getBody().get("message").asText()).contains("LEFT_LEGALLY")
          .contains("ต้องเป็นหนึ่งใน").contains("Must be one of");
      assertThat(bad.getBody().get("errors").get(0).get("field").asText())
          .isEqualTo(PersonScreeningProcess.VAR_IMMIGRATION_STATUS);
      assertThat(bad.getBody().get("errors").get(0).get("messageTh").asText())
          .contains("ต้องเป็นหนึ่งใน");
      assertThat(check(personRef).getId()).isEqualTo(id);
    }

    @Test
    void theOfficialJavaClientAsImmigrationsSystemCompletesTheStatusCheck() throws Exception {
      CompletableFuture<String> done = new CompletableFuture<>();
      client = ExternalTaskClient.create()
          .baseUrl("http://localhost:" + port + "/engine-rest")
          .addInterceptor(new BasicAuthProvider("immigration.system", "demo"))
          .workerId("immigration-java-test").asyncResponseTimeout(1000)
          .lockDuration(60_000).build();
      client.subscribe(PersonScreeningProcess.TOPIC_IMMIGRATION_STATUS)
          .businessKey(personRef)
          .variables(PersonScreeningProcess.VAR_PERSON_REF)
          .handler((task, service) -> {
            service.complete(task, Map.of(PersonScreeningProcess.VAR_IMMIGRATION_STATUS,
                "FOREIGN_DOCUMENTED"));
            done.complete(task.getVariable(PersonScreeningProcess.VAR_PERSON_REF));
          })
          .open();

      assertThat(done.get(30, TimeUnit.SECONDS)).isEqualTo(personRef);
      org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
          "FOREIGN_DOCUMENTED".equals(runtimeService.getVariable(instanceId(personRef),
              PersonScreeningProcess.VAR_IMMIGRATION_STATUS)));
      assertThat(externalTaskService.createExternalTaskQuery()
          .processInstanceId(instanceId(personRef)).singleResult().getTopicName())
          .isEqualTo(PersonScreeningProcess.TOPIC_POLICE_WARRANTS);
    }

    private ResponseEntity<JsonNode> fetch(String user, String topic) {
      return post(user, "/external-task/fetchAndLock", Map.of("workerId", user, "maxTasks", 1,
          "topics", List.of(Map.of("topicName", topic, "lockDuration", 60_000,
              "businessKey", personRef))));
    }

    private ResponseEntity<JsonNode> post(String user, String path, Object body) {
      return http.withBasicAuth(user, "demo").postForEntity("/engine-rest" + path, body,
          JsonNode.class);
    }
  }

  /**
   * Issue 21's "done when": the official Node client ({@code camunda-external-task-client-js},
   * pinned in docs/examples/package-lock.json) running docs/examples/immigration-worker.mjs as
   * {@code immigration.system} completes the status check of a person put on a handover list,
   * while the same worker run as an officer of another agency, or as another agency's system,
   * is refused and locks nothing. The worker's files are copied to target/node-worker and
   * installed there with {@code npm ci} (the npm registry, node and npm as .ci/run installs
   * them), so the source tree gets no node_modules. The shared context's real
   * port: no second application start.
   */
  @Nested
  class OfficialNodeClientTest {

    private static final Path EXAMPLES = Path.of("docs", "examples");
    private static final Path WORKER = Path.of("target", "node-worker");


    @BeforeAll
    static void theExampleInstalledWithNpmCi() throws Exception {
      Files.createDirectories(WORKER);
      for (String file : List.of("package.json", "package-lock.json", "immigration-worker.mjs")) {
        Files.copy(EXAMPLES.resolve(file), WORKER.resolve(file),
            StandardCopyOption.REPLACE_EXISTING);
      }
      Run install = run(Duration.ofMinutes(5), Map.of(), "npm", "ci", "--no-audit", "--no-fund");
      assertThat(install.exitCode()).as(install.output()).isZero();
    }

    @Test
    void asImmigrationsSystemTheNodeWorkerCompletesTheStatusCheckAndOthersFetchNothing()
        throws Exception {
      String personRef = aPersonAwaitingTheStatusCheck();

      for (String user : List.of("rtp-atpd.officer", "mdt.officer", "rtp-atpd.system")) {
        Run refused = worker(user, personRef);
        assertThat(refused.exitCode()).as(user + ": " + refused.output()).isEqualTo(1);
        assertThat(refused.output()).as(user).contains("Response code 403")
            .contains("immigration-system");
        ResponseEntity<JsonNode> byRest = http.withBasicAuth(user, "demo").postForEntity(
            "/engine-rest/external-task/fetchAndLock", Map.of("workerId", user, "maxTasks", 1,
                "topics", List.of(Map.of("topicName",
                    PersonScreeningProcess.TOPIC_IMMIGRATION_STATUS, "lockDuration", 60_000))),
            JsonNode.class);
        assertThat(byRest.getStatusCode().value()).as(user).isEqualTo(403);
      }
      assertThat(check(personRef).getLockExpirationTime()).as("nothing locked").isNull();

      Run done = worker("immigration.system", personRef);

      assertThat(done.exitCode()).as(done.output()).isZero();
      assertThat(done.output()).contains(personRef + ": FOREIGN_DOCUMENTED");
      String instance = instanceId(personRef);
      assertThat(runtimeService.getVariable(instance,
          PersonScreeningProcess.VAR_IMMIGRATION_STATUS)).isEqualTo("FOREIGN_DOCUMENTED");
      assertThat(historyService.createHistoricExternalTaskLogQuery().processInstanceId(instance)
          .topicName(PersonScreeningProcess.TOPIC_IMMIGRATION_STATUS).successLog().singleResult()
          .getWorkerId()).isEqualTo("immigration-records");
      assertThat(externalTaskService.createExternalTaskQuery().processInstanceId(instance)
          .singleResult().getTopicName()).isEqualTo(PersonScreeningProcess.TOPIC_POLICE_WARRANTS);
    }

    /** A handover list of one person through /api/screenings, her rights recorded. */
    private String aPersonAwaitingTheStatusCheck() {
      JsonNode operation = http.withBasicAuth("immigration.officer", "demo").postForObject(
          "/api/screenings", Map.of("name", "Node worker test " + System.nanoTime(),
              "site", "ตาก", "receivedAt", Instant.now().minus(Duration.ofHours(1)).toString(),
              "handedOverBy", "Border guard force (synthetic)", "leadAgency", "rtp-atpd"),
          JsonNode.class);
      String operationId = operation.get("operationId").asText();
      ResponseEntity<JsonNode> imported = http.withBasicAuth("immigration.officer", "demo")
          .postForEntity("/api/screenings/" + operationId + "/people", List.of(Map.of(
              "listRef", "N-1", "fullName", "Node Testperson", "sex", "F", "estimatedAge", 25,
              "nationality", "MM", "languages", "my")), JsonNode.class);
      assertThat(imported.getStatusCode().is2xxSuccessful()).as("%s", imported.getBody())
          .isTrue();
      String personRef = http.withBasicAuth("coordinator", "demo").getForObject(
              "/api/screenings/" + operationId + "/people", JsonNode.class)
          .get("people").get(0).get("personRef").asText();
      taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(personRef)
          .singleResult().getId(), Map.of("interpreterLanguage", "my",
          "rightsInformedAt", Instant.now().minusSeconds(60).toString()));
      assertThat(check(personRef)).as("the status check waits").isNotNull();
      return personRef;
    }

    /** {@code ONCE=1 node immigration-worker.mjs} as this user, for this person only. */
    private Run worker(String user, String personRef) throws Exception {
      return run(Duration.ofSeconds(60), Map.of("ONCE", "1",
              "PRASAN_URL", "http://127.0.0.1:" + port + "/engine-rest",
              "PRASAN_USER", user, "PRASAN_PASSWORD", "demo", "PRASAN_BUSINESS_KEY", personRef),
          "node", "immigration-worker.mjs");
    }

    private record Run(int exitCode, String output) {
    }

    private static Run run(Duration limit, Map<String, String> environment, String... command)
        throws IOException, InterruptedException {
      Path log = Files.createTempFile(WORKER.toAbsolutePath(), "run-", ".log");
      ProcessBuilder builder = new ProcessBuilder(command).directory(WORKER.toFile())
          .redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().putAll(environment);
      Process process = builder.start();
      if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(String.join(" ", command) + " still running after " + limit
            + ": " + Files.readString(log, StandardCharsets.UTF_8));
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      System.out.printf("[node worker] %s (%s): exit %d%n%s%n", String.join(" ", command),
          environment.getOrDefault("PRASAN_USER", "-"), process.exitValue(), output);
      return new Run(process.exitValue(), output);
    }
  }
}
