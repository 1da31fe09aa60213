package org.prasan.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.prasan.TestProfiles;
import org.prasan.ThisContextsEngine;
import org.prasan.casefile.CaseFile;
import org.prasan.casefile.CaseFileRepository;
import org.prasan.casefile.CaseStatus;
import org.prasan.casefile.JointCaseProcess;
import org.prasan.deconfliction.IdentifierIndex;
import org.prasan.deconfliction.Overlap;
import org.prasan.deconfliction.OverlapRepository;
import org.prasan.deconfliction.OverlapReviewProcess;
import org.prasan.intake.TipRequests;
import org.prasan.notification.AgencyNotifications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * From a tip to the agency that leads the case, in the whole application: a tip taken in
 * (and fuzzed), duplicates and overlapping identifiers found and decided, also concurrently,
 * claims to lead a case and special cases, also concurrently.
 * Each former test class is a {@code @Nested} class; those tagged {@code mariadb} also run in
 * {@code mvn verify -Pmariadb}. One configuration, the API tests' shared one (RANDOM_PORT with
 * MockMvc), so Spring starts one context for all of them.
 */
@ExtendWith(ThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestProfiles.class)
class TipsOverlapsAndClaimsTest {

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
  @Autowired
  ClaimRepository claims;
  @Autowired
  AgencyNotifications notifications;

  CaseApi api;

  /** Also unlocks the demo officers and resets the Mocks (see {@link CaseApi}). */
  @BeforeEach
  void api() {
    api = new CaseApi(mvc, json, identityService);
  }

  private void completeAsCoordinator(Task task, Map<String, Object> formFields) {
    identityService.setAuthentication("coordinator", List.of("coordinator"));
    try {
      taskService.complete(task.getId(), formFields);
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Tag("mariadb")
  @Nested
  class TipIntakeApiTest {


    @Test
    void opensACaseAndGivesItsTriageToTheAgencyOfTheSource() throws Exception {
      JsonNode answer = read(postTip(TipRequests.aTip().with("source", "NCMEC_CYBERTIPLINE"))
          .andExpect(status().isCreated())
          .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/cases/TIP-"))));

      String caseId = answer.get("caseId").asText();
      assertThat(caseId).matches("TIP-\\d{4}-\\d{6}");
      assertThat(answer.get("processInstanceId").asText()).isNotBlank();
      Task triage = taskService.createTaskQuery().processInstanceBusinessKey(caseId).singleResult();
      assertThat(triage.getTaskDefinitionKey()).isEqualTo(JointCaseProcess.TASK_TRIAGE_TIP);
      assertThat(taskService.createTaskQuery().taskId(triage.getId())
          .taskCandidateGroup("rtp-ticac").count()).isEqualTo(1);
    }

    @Test
    void keepsTheProvinceByItsEnglishNameWhenGivenInThai() throws Exception {
      JsonNode answer = read(postTip(TipRequests.aTip().with("province", "เชียงราย"))
          .andExpect(status().isCreated()));

      assertThat(cases.findById(answer.get("caseId").asText()).orElseThrow().province())
          .isEqualTo("Chiang Rai");
    }

    @Test
    void answersTheExistingCaseWhenTheSameTipArrivesAgain() throws Exception {
      TipRequests tip = TipRequests.aTip().with("source", "NCMEC_CYBERTIPLINE")
          .with("externalRef", "CT-" + System.nanoTime());
      String first = read(postTip(tip).andExpect(status().isCreated())).get("caseId").asText();

      // Named again to the source's triage agency, who may open the case; anyone else learns
      // only that the tip is known (issue 15: no lookup oracle, security/AttackersTest).
      String second = read(postTip("rtp-ticac.officer", tip).andExpect(status().isOk()))
          .get("caseId").asText();

      assertThat(second).isEqualTo(first);
      postTip(tip).andExpect(status().isConflict());
    }

    @Test
    void refusesATipWithoutCredentials() throws Exception {
      mvc.perform(post("/api/tips").contentType(MediaType.APPLICATION_JSON)
              .content(json.writeValueAsString(TipRequests.aTip().build())))
          .andExpect(status().isUnauthorized());
    }

    @Test
    void refusesATipWithAWrongPassword() throws Exception {
      mvc.perform(post("/api/tips").with(httpBasic("rtp-atpd.officer", "wrong"))
              .contentType(MediaType.APPLICATION_JSON)
              .content(json.writeValueAsString(TipRequests.aTip().build())))
          .andExpect(status().isUnauthorized());
    }

    private ResultActions postTip(TipRequests tip) throws Exception {
      return postTip("rtp-atpd.officer", tip);
    }

    private ResultActions postTip(String officer, TipRequests tip) throws Exception {
      return mvc.perform(post("/api/tips").with(httpBasic(officer, "demo"))
          .contentType(MediaType.APPLICATION_JSON)
          .content(json.writeValueAsString(tip.build())));
    }

    private JsonNode read(ResultActions result) throws Exception {
      return json.readTree(result.andReturn().getResponse().getContentAsString());
    }
  }

  /**
   * Several hundred malformed tips, generated from a fixed seed: broken JSON, wrong types,
   * oversize fields and bodies, control and invisible characters, injection strings in fields
   * with a format, unknown fields and values. Every one must get a 4xx problem+json, none a
   * 5xx, and nothing may be stored.
   */
  @Nested
  class TipFuzzTest {

    static final long SEED = 20261202L;
    static final List<String> FIELDS = List.of("source", "externalRef", "receivedAt", "province",
        "summary", "indicators", "identifiers");
    static final List<Object> WRONG_VALUES = List.of(1, 1.5, true, List.of(), Map.of(), "",
        List.of(1), Map.of("a", 1));
    static final List<String> CONTROL = List.of("\u0000", "\u0007", "\u001b[2J", "\u007f",
        "\u0085", "\u202e", "\u2066", "\ud800");
    static final List<String> INJECTIONS = List.of("' OR '1'='1", "'; DROP TABLE case_file;--",
        "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/a}", "{{7*7}}", "../../etc/passwd",
        "#{T(java.lang.Runtime).getRuntime()}", "%00", "${7*7}", "\\\"}]}",
        "1; SELECT * FROM ACT_ID_USER");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    HistoryService history;

    @Test
    void hundredsOfMalformedTipsGetA4xxProblemAndStoreNothing() throws Exception {
      List<Malformed> tips = malformedTips();
      long casesBefore = count("case_file");
      long identifiersBefore = count("case_identifier");
      long processesBefore = history.createHistoricProcessInstanceQuery().count();

      List<String> wrong = new ArrayList<>();
      for (Malformed tip : tips) {
        MockHttpServletResponse response = mvc.perform(post("/api/tips")
                .with(httpBasic("rtp-atpd.officer", "demo"))
                .contentType(tip.contentType()).content(tip.body()))
            .andReturn().getResponse();
        int status = response.getStatus();
        if (status < 400 || status >= 500
            || !String.valueOf(response.getContentType()).startsWith("application/problem+json")) {
          wrong.add(tip.kind() + " -> " + status + " " + response.getContentType() + ": "
              + new String(tip.body(), StandardCharsets.UTF_8).substring(0,
              Math.min(120, tip.body().length)));
        }
      }

      assertThat(wrong).as("tips not refused with a 4xx problem").isEmpty();
      assertThat(tips).hasSizeGreaterThanOrEqualTo(300);
      assertThat(count("case_file")).isEqualTo(casesBefore);
      assertThat(count("case_identifier")).isEqualTo(identifiersBefore);
      assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(processesBefore);
    }

    private List<Malformed> malformedTips() throws Exception {
      Random random = new Random(SEED);
      List<Malformed> tips = new ArrayList<>();
      String valid = json.writeValueAsString(TipRequests.aTip().build());
      for (int i = 0; i < 80; i++) {
        tips.add(text("truncated", valid.substring(0, random.nextInt(valid.length() - 1))));
      }
      for (int i = 0; i < 20; i++) {
        byte[] garbage = new byte[1 + random.nextInt(200)];
        random.nextBytes(garbage);
        tips.add(new Malformed("garbage", "application/json", garbage));
      }
      for (String broken : List.of("{", "}", "[]", "\"tip\"", "42", "null", "true", "{,}",
          valid.replace("}", ",}"), valid.replace("\"", "'"), "/* c */" + valid,
          valid.replace("\"HOTLINE\"", "NaN"), valid.replaceFirst("\\{", "{\"source\":\"NGO\","),
          valid + valid, "{\"source\":\"HOTLINE\"" + "}".repeat(3), "[".repeat(5000))) {
        tips.add(text("broken", broken));
      }
      for (String field : FIELDS) {
        for (Object value : WRONG_VALUES) {
          boolean collection = field.equals("indicators") || field.equals("identifiers");
          if (collection && value instanceof List<?> list && list.isEmpty()) {
            continue;
          }
          tips.add(tip("wrong type of " + field, fields -> fields.put(field, value)));
        }
        if (!field.equals("externalRef") && !field.equals("indicators")
            && !field.equals("identifiers")) {
          tips.add(tip("missing " + field, fields -> fields.remove(field)));
        }
      }
      for (Object value : WRONG_VALUES) {
        tips.add(tip("wrong identifier type", fields -> fields.put("identifiers",
            List.of(Map.of("type", value, "value", "081-234-5678")))));
        tips.add(tip("wrong identifier value", fields -> fields.put("identifiers",
            List.of(Map.of("type", "PHONE", "value", value)))));
      }
      tips.add(tip("oversize summary", fields -> fields.put("summary", "x".repeat(4001))));
      tips.add(tip("oversize reference", fields -> fields.put("externalRef", "R".repeat(101))));
      tips.add(tip("too many identifiers", fields -> fields.put("identifiers",
          java.util.Collections.nCopies(101, Map.of("type", "PHONE", "value", "0812345678")))));
      tips.add(tip("oversize identifier", fields -> fields.put("identifiers",
          List.of(Map.of("type", "EMAIL", "value", "a".repeat(321) + "@example.org")))));
      tips.add(tip("oversize body", fields -> fields.put("summary", "y".repeat(70_000))));
      tips.add(tip("short summary", fields -> fields.put("summary", "short")));
      tips.add(tip("future", fields -> fields.put("receivedAt", "2999-01-01T00:00:00Z")));
      tips.add(tip("unknown field", fields -> fields.put("victimName", "Synthetic Person")));
      tips.add(tip("unknown source", fields -> fields.put("source", "FAX")));
      tips.add(tip("unknown indicator", fields -> fields.put("indicators", List.of("ALIENS"))));
      tips.add(tip("null indicator", fields -> fields.put("indicators",
          java.util.Arrays.asList("CHILD_VICTIM", null))));
      for (String control : CONTROL) {
        for (String field : List.of("summary", "externalRef", "province")) {
          tips.add(tip("control character in " + field, fields -> fields.put(field,
              "Caller reports recruitment " + control + " at the border")));
        }
        tips.add(tip("control character in identifier", fields -> fields.put("identifiers",
            List.of(Map.of("type", "HANDLE", "value", "@recruiter" + control)))));
      }
      for (String injection : INJECTIONS) {
        for (String field : List.of("source", "externalRef", "receivedAt", "province")) {
          tips.add(tip("injection in " + field, fields -> fields.put(field, injection)));
        }
        tips.add(tip("injection in indicators", fields -> fields.put("indicators",
            List.of(injection))));
        tips.add(tip("injection in identifier type", fields -> fields.put("identifiers",
            List.of(Map.of("type", injection, "value", "0812345678")))));
        tips.add(tip("injection with a control character in summary", fields -> fields.put(
            "summary", "Caller says " + injection + "\u0000")));
      }
      for (String contentType : List.of("text/plain", "application/xml",
          "application/x-www-form-urlencoded")) {
        tips.add(new Malformed("content type " + contentType, contentType,
            valid.getBytes(StandardCharsets.UTF_8)));
      }
      tips.add(new Malformed("empty body", "application/json", new byte[0]));
      tips.add(new Malformed("not UTF-8", "application/json",
          valid.replace("Chiang Rai", "Chiang\u00ff Rai").getBytes(StandardCharsets.ISO_8859_1)));
      return tips;
    }

    private Malformed tip(String kind, java.util.function.Consumer<Map<String, Object>> change)
        throws Exception {
      Map<String, Object> fields = new LinkedHashMap<>(TipRequests.aTip().build());
      change.accept(fields);
      return new Malformed(kind, "application/json", json.writeValueAsBytes(fields));
    }

    private static Malformed text(String kind, String body) {
      return new Malformed(kind, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private long count(String table) {
      return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    record Malformed(String kind, String contentType, byte[] body) {
    }
  }

  @Tag("mariadb")
  @Nested
  class OverlapApiTest {

    @Autowired
    IdentifierIndex index;
    @Autowired
    OverlapRepository overlaps;

    String phone;

    @BeforeEach
    void aPhoneOfItsOwn() {
      phone = TipRequests.aPhoneOfItsOwn();
    }

    @Test
    void aTipWithTheSamePhoneWrittenDifferentlyPointsAtTheOpenCase() throws Exception {
      String hotlineCase = caseNaming("PHONE", phone, "HOTLINE");

      JsonNode answer = api.read(tipNaming("PHONE", international(phone), "NCMEC_CYBERTIPLINE"));

      String ncmecCase = answer.get("caseId").asText();
      assertThat(answer.get("overlapsWith")).extracting(JsonNode::asText)
          .containsExactly(hotlineCase);
      Task review = review(ncmecCase);
      assertThat(review.getName()).isEqualTo("Possible overlap with " + hotlineCase);
      assertThat(taskService.getIdentityLinksForTask(review.getId()))
          .extracting(IdentityLink::getGroupId)
          .contains("coordinator", "rtp-atpd", "rtp-ticac");
      assertThat(taskService.getVariable(review.getId(),
          OverlapReviewProcess.VAR_MATCHED_IDENTIFIERS)).isEqualTo("PHONE " + international(phone));
      assertThat(openTaskNames(api.caseView(hotlineCase)))
          .contains("Possible overlap with " + hotlineCase);
    }

    @Test
    void mergingKeepsOneCaseWithEverythingAndEndsTheOtherAsMerged() throws Exception {
      String first = caseNaming("PHONE", phone, "HOTLINE");
      String second = api.read(tipNaming("PHONE", international(phone), "NGO")).get("caseId")
          .asText();

      completeAsCoordinator(review(second), Map.of(
          OverlapReviewProcess.VAR_OVERLAP_DECISION, OverlapReviewProcess.MERGE,
          OverlapReviewProcess.VAR_MERGE_DIRECTION, OverlapReviewProcess.KEEP_OTHER_CASE,
          OverlapReviewProcess.VAR_OVERLAP_REASON, "Same victims, reported twice"));

      CaseFile merged = cases.findById(second).orElseThrow();
      assertThat(merged.status()).isEqualTo(CaseStatus.CLOSED);
      assertThat(merged.outcome()).isEqualTo("MERGED");
      assertThat(merged.closureReason()).isEqualTo("Merged into " + first
          + ": Same victims, reported twice");
      assertThat(index.identifiersOf(second)).isEmpty();
      assertThat(index.identifiersOf(first))
          .extracting(IdentifierIndex.Identifier::mergedFrom).containsExactly(null, second);
      assertThat(overlaps.carriedOverTo(first))
          .extracting(OverlapRepository.CarriedOver::variableName).contains("tipSummary");
      assertThat(taskService.createTaskQuery().processInstanceBusinessKey(second)
          .processDefinitionKey("joint-case").count()).isZero();
      assertThat(api.caseView(first).get("mergedCases")).extracting(JsonNode::asText)
          .containsExactly(second);
      assertThat(api.caseView(second).get("mergedInto").asText()).isEqualTo(first);
      assertThat(notifications.ofCase(first)).extracting(AgencyNotifications.Notification::subject)
          .containsExactly("Case " + second + " merged into " + first);
    }

    @Test
    void linkedCasesShowEachOtherAndBothStayOpen() throws Exception {
      String first = caseNaming("EMAIL", "Recruiter." + phone + "@Example.com", "HOTLINE");
      String second = api.read(tipNaming("EMAIL", "recruiter." + phone + "@example.COM",
          "HOTLINE")).get("caseId").asText();

      completeAsCoordinator(review(second), Map.of(
          OverlapReviewProcess.VAR_OVERLAP_DECISION, OverlapReviewProcess.LINK,
          OverlapReviewProcess.VAR_OVERLAP_REASON, "Same recruiter, different victims"));

      assertThat(api.caseView(first).get("linkedCases")).extracting(JsonNode::asText)
          .containsExactly(second);
      assertThat(api.caseView(second).get("linkedCases")).extracting(JsonNode::asText)
          .containsExactly(first);
      assertThat(cases.findById(first).orElseThrow().status()).isEqualTo(CaseStatus.OPEN);
      assertThat(cases.findById(second).orElseThrow().status()).isEqualTo(CaseStatus.OPEN);
    }

    @Test
    void aDismissedOverlapIsRecordedWithItsReasonAndNotRaisedAgain() throws Exception {
      String first = caseNaming("HANDLE", "@jobs_" + phone, "HOTLINE");
      String second = api.read(tipNaming("HANDLE", "jobs_" + phone, "HOTLINE")).get("caseId")
          .asText();

      completeAsCoordinator(review(second), Map.of(
          OverlapReviewProcess.VAR_OVERLAP_DECISION, OverlapReviewProcess.DISMISS,
          OverlapReviewProcess.VAR_OVERLAP_REASON, "Handle belongs to a job board"));

      assertThat(overlaps.involving(first)).singleElement().satisfies(overlap -> {
        assertThat(overlap.status()).isEqualTo(Overlap.Status.DISMISSED);
        assertThat(overlap.reason()).isEqualTo("Handle belongs to a job board");
      });
      assertThat(addIdentifier("rtp-atpd.officer", second, "HANDLE", "@JOBS_" + phone)
          .getStatus()).isEqualTo(200);
      assertThat(CaseApi.openTasks(taskService, second, OverlapReviewProcess.PROCESS_KEY))
          .isEmpty();
    }

    @Test
    void aPhoneOnSeveralCasesStartsOneReviewThatDecidesThemAll() throws Exception {
      String first = caseNaming("PHONE", phone, "HOTLINE");
      String second = api.read(tipNaming("PHONE", phone, "HOTLINE")).get("caseId").asText();
      completeAsCoordinator(review(second), Map.of(
          OverlapReviewProcess.VAR_OVERLAP_DECISION, OverlapReviewProcess.DISMISS,
          OverlapReviewProcess.VAR_OVERLAP_REASON, "Hotline number"));

      JsonNode answer = api.read(tipNaming("PHONE", international(phone), "NGO"));

      String third = answer.get("caseId").asText();
      assertThat(answer.get("overlapsWith")).extracting(JsonNode::asText)
          .containsExactlyInAnyOrder(first, second);
      Task review = review(third);
      assertThat(taskService.getVariable(review.getId(),
          OverlapReviewProcess.VAR_MATCHED_IDENTIFIERS))
          .isEqualTo("PHONE " + international(phone) + " (2 cases)");
      assertThat(openTaskNames(api.caseView(first))).contains(review.getName());
      assertThat(openTaskNames(api.caseView(second))).contains(review.getName());
      assertThat(overlaps.involving(third)).hasSize(2)
          .allSatisfy(overlap -> assertThat(overlap.processInstanceId())
              .isEqualTo(review.getProcessInstanceId()));

      completeAsCoordinator(review, Map.of(
          OverlapReviewProcess.VAR_OVERLAP_DECISION, OverlapReviewProcess.LINK,
          OverlapReviewProcess.VAR_OVERLAP_REASON, "Same recruiter"));

      assertThat(api.caseView(third).get("linkedCases")).extracting(JsonNode::asText)
          .containsExactlyInAnyOrder(first, second);
      assertThat(overlaps.involving(first)).extracting(Overlap::status)
          .containsExactlyInAnyOrder(Overlap.Status.DISMISSED, Overlap.Status.LINKED);
      assertThat(notifications.ofCase(second))
          .extracting(AgencyNotifications.Notification::subject)
          .contains("Cases " + third + " and " + second + " linked");
    }

    @Test
    void aReviewOfSeveralCasesCannotMergeThem() throws Exception {
      String first = caseNaming("PHONE", phone, "HOTLINE");
      String second = caseNaming("EMAIL", "x." + phone + "@example.com", "HOTLINE");
      String third = api.read(api.postTip(TipRequests.aTip().with("source", "NGO")
          .with("identifiers", List.of(Map.of("type", "PHONE", "value", phone),
              Map.of("type", "EMAIL", "value", "x." + phone + "@example.com")))))
          .get("caseId").asText();
      Task review = review(third);

      org.assertj.core.api.Assertions.assertThatThrownBy(() -> completeAsCoordinator(review, Map.of(
          OverlapReviewProcess.VAR_OVERLAP_DECISION, OverlapReviewProcess.MERGE,
          OverlapReviewProcess.VAR_MERGE_DIRECTION, OverlapReviewProcess.KEEP_OTHER_CASE,
          OverlapReviewProcess.VAR_OVERLAP_REASON, "Same")))
          .hasMessageContaining("cannot merge");
      assertThat(cases.findById(first).orElseThrow().status()).isEqualTo(CaseStatus.OPEN);
      assertThat(cases.findById(second).orElseThrow().status()).isEqualTo(CaseStatus.OPEN);
      assertThat(cases.findById(third).orElseThrow().status()).isEqualTo(CaseStatus.OPEN);
    }

    @Test
    void anIdentifierAnOfficerAddsToACaseIsMatchedAtOnce() throws Exception {
      String account = "123-4-" + phone.replace("-", "").substring(3);
      String first = caseNaming("BANK_ACCOUNT", account, "HOTLINE");
      String second = api.newCase();

      MockHttpServletResponse added = addIdentifier("rtp-atpd.officer", second, "BANK_ACCOUNT",
          account.replace("-", " "));

      assertThat(added.getStatus()).isEqualTo(201);
      JsonNode body = api.read(added);
      assertThat(body.get("normalizedValue").asText()).isEqualTo(account.replace("-", ""));
      assertThat(body.get("overlapsWith")).extracting(JsonNode::asText).containsExactly(first);
      assertThat(review(second).getName()).isEqualTo("Possible overlap with " + first);
    }

    @Test
    void forbidsAddingAnIdentifierToACaseTheOfficersAgencyDoesNotWorkOn() throws Exception {
      String caseId = api.newCase();

      // Answered as for a case that does not exist: an outsider learns nothing.
      assertThat(addIdentifier("msdhs.officer", caseId, "PHONE", phone).getStatus())
          .isEqualTo(404);
      assertThat(addIdentifier("rtp-atpd.officer", "TIP-1999-999999", "PHONE", phone).getStatus())
          .isEqualTo(404);
    }

    private MockHttpServletResponse tipNaming(String type, String value, String source)
        throws Exception {
      return api.postTip(TipRequests.aTip().with("source", source)
          .with("identifiers", List.of(Map.of("type", type, "value", value))));
    }

    private String caseNaming(String type, String value, String source) throws Exception {
      JsonNode answer = api.read(tipNaming(type, value, source));
      assertThat(answer.get("overlapsWith")).isEmpty();
      return answer.get("caseId").asText();
    }

    private MockHttpServletResponse addIdentifier(String user, String caseId, String type,
                                                  String value) throws Exception {
      return api.postAs(user, "/api/cases/" + caseId + "/identifiers",
          Map.of("type", type, "value", value));
    }

    private Task review(String caseId) {
      List<Task> reviews = CaseApi.openTasks(taskService, caseId, OverlapReviewProcess.PROCESS_KEY);
      assertThat(reviews).hasSize(1);
      return reviews.get(0);
    }

    private static List<String> openTaskNames(JsonNode view) {
      return view.get("openTasks").findValuesAsText("name");
    }

    /** 09x-xxx-xxxx as +669xxxxxxxx: the same number written the international way. */
    private static String international(String thaiNumber) {
      return "+66" + thaiNumber.replace("-", "").substring(1);
    }
  }

  /**
   * Ten copies of one tip at the same instant: one case, and every answer names it. Ten different
   * tips naming one phone at the same instant: every pair of them gets exactly one review.
   */
  @Tag("concurrency")
  @Tag("mariadb")
  @Nested
  class DuplicateTipConcurrencyTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void tenCopiesOfOneNcmecReportArrivingTogetherOpenOneCase() throws Exception {
      String reportId = "CT-" + System.nanoTime();
      TipRequests report = TipRequests.aTip().with("source", "NCMEC_CYBERTIPLINE")
          .with("externalRef", reportId);
      List<Callable<MockHttpServletResponse>> calls = new ArrayList<>();
      for (int copy = 0; copy < 10; copy++) {
        // Sent by the agency that triages NCMEC reports: a repeat is answered with the case only
        // to a caller who may open it (issue 15, item 7).
        calls.add(() -> api.postTip("rtp-ticac.officer", report));
      }

      List<MockHttpServletResponse> answers = Concurrently.run(calls);

      assertThat(answers).extracting(MockHttpServletResponse::getStatus)
          .containsOnly(200, 201).containsOnlyOnce(201);
      List<String> caseIds = new ArrayList<>();
      for (MockHttpServletResponse answer : answers) {
        caseIds.add(api.read(answer).get("caseId").asText());
      }
      assertThat(caseIds).containsOnly(caseIds.get(0));
      assertThat(jdbc.sql("SELECT COUNT(*) FROM case_file WHERE external_ref = :ref")
          .param("ref", reportId).query(Long.class).single()).isEqualTo(1);
      assertThat(runtimeService.createProcessInstanceQuery()
          .processDefinitionKey(JointCaseProcess.PROCESS_KEY)
          .processInstanceBusinessKey(caseIds.get(0)).count()).isEqualTo(1);
    }

    @Test
    void tenTipsNamingOnePhoneTogetherGiveEveryPairOfCasesExactlyOneReview() throws Exception {
      String phone = TipRequests.aPhoneOfItsOwn();
      List<Callable<MockHttpServletResponse>> calls = new ArrayList<>();
      for (int tip = 0; tip < 10; tip++) {
        calls.add(() -> api.postTip(TipRequests.aTip()
            .with("identifiers", List.of(Map.of("type", "PHONE", "value", phone)))));
      }

      List<MockHttpServletResponse> answers = Concurrently.run(calls);

      assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsOnly(201);
      List<String> caseIds = new ArrayList<>();
      for (MockHttpServletResponse answer : answers) {
        caseIds.add(api.read(answer).get("caseId").asText());
      }
      long reviews = jdbc.sql("""
              SELECT COUNT(*) FROM case_overlap
              WHERE case_id IN (:cases) AND other_case_id IN (:cases)
                AND process_instance_id IS NOT NULL""")
          .param("cases", caseIds).query(Long.class).single();
      assertThat(reviews).isEqualTo(10 * 9 / 2);
    }
  }

  @Tag("mariadb")
  @Nested
  class ClaimApiTest {


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
  }

  /**
   * DSI asks, the Board accepts by two thirds, the lead moves to DSI and police work in flight is
   * handed over. A stand-in stage holds one task of the lead ({@code ${leadAgency}}) and one of
   * rtp-ccib in its own right, as the investigation stages will.
   */
  @Nested
  class SpecialCaseApiTest {

    static final String STAGE = "police-work-stand-in";

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    SpecialCaseRepository requests;
    @Autowired
    LeadHandover handover;

    String standInDeployment;

    @BeforeEach
    void deployStandInStage() {
      standInDeployment = repositoryService.createDeployment().name("police work stand-in")
          .addModelInstance(STAGE + ".bpmn", Bpmn.createExecutableProcess(STAGE)
              .camundaHistoryTimeToLive(1)
              .startEvent().parallelGateway("Gateway_Split")
              .userTask("Task_LeadWork").camundaCandidateGroups("${leadAgency}").endEvent()
              .moveToNode("Gateway_Split")
              .userTask("Task_ForensicWork").camundaCandidateGroups("rtp-ccib").endEvent()
              .done())
          .deploy().getId();
    }

    @AfterEach
    void removeStandInStage() {
      repositoryService.deleteDeployment(standInDeployment, true);
    }

    @Test
    void boardAcceptanceTransfersTheLeadToDsiAndHandsPoliceTasksOver() throws Exception {
      String caseId = api.newCase();
      cases.recordLeadAgency(caseId, "rtp-atpd", "msdhs");
      runtimeService.startProcessInstanceByKey(STAGE, caseId, Map.of("leadAgency", "rtp-atpd"));
      Task leadWork = task(caseId, "Task_LeadWork");
      taskService.setAssignee(leadWork.getId(), "rtp-atpd.officer");

      MockHttpServletResponse requested = requestSpecialCase("dsi.officer", caseId);
      assertThat(requested.getStatus()).isEqualTo(201);
      Task boardDecision = task(caseId, DsiSpecialCaseProcess.TASK_RECORD_BOARD_DECISION);
      assertThat(groupsOf(boardDecision)).containsExactly("dsi");
      taskService.complete(boardDecision.getId(), Map.of(
          DsiSpecialCaseProcess.VAR_BOARD_RESOLUTION, DsiSpecialCaseProcess.ACCEPTED,
          DsiSpecialCaseProcess.VAR_BOARD_MEMBERS, 15,
          DsiSpecialCaseProcess.VAR_BOARD_VOTES_FOR, 11,
          DsiSpecialCaseProcess.VAR_BOARD_VOTES_AGAINST, 2,
          DsiSpecialCaseProcess.VAR_BOARD_VOTES_ABSTAINED, 1,
          DsiSpecialCaseProcess.VAR_BOARD_RESOLUTION_REF, "BSC 4/2569",
          DsiSpecialCaseProcess.VAR_BOARD_DECIDED_AT, new Date()));

      assertThat(cases.findById(caseId).orElseThrow().leadAgency()).isEqualTo("dsi");
      assertThat(cases.findById(caseId).orElseThrow().supportingAgencies())
          .isEqualTo("msdhs,rtp-atpd");
      Task handedOver = task(caseId, "Task_LeadWork");
      assertThat(handedOver.getId()).isEqualTo(leadWork.getId());
      assertThat(groupsOf(handedOver)).containsExactly("dsi");
      assertThat(handedOver.getAssignee()).isNull();
      assertThat(groupsOf(task(caseId, "Task_ForensicWork"))).containsExactly("rtp-ccib");
      assertThat(runtimeService.getVariable(handedOver.getProcessInstanceId(), "leadAgency"))
          .isEqualTo("dsi");
      assertThat(handover.handoversOf(caseId)).singleElement().satisfies(record -> {
        assertThat(record.fromAgency()).isEqualTo("rtp-atpd");
        assertThat(record.toAgency()).isEqualTo("dsi");
        assertThat(record.previousAssignee()).isEqualTo("rtp-atpd.officer");
      });
      SpecialCaseRequest decided = requests.ofCase(caseId).get(0);
      assertThat(decided.status()).isEqualTo(SpecialCaseRequest.ACCEPTED);
      assertThat(List.of(decided.boardMembers(), decided.votesFor(), decided.votesAgainst(),
          decided.votesAbstained())).containsExactly(15, 11, 2, 1);
      assertThat(notifications.ofCase(caseId)).extracting(AgencyNotifications.Notification::agency)
          .contains("dsi", "rtp-atpd", "msdhs");
    }

    @Test
    void boardRefusalLeavesTheLeadWhereItWas() throws Exception {
      String caseId = api.newCase();
      cases.recordLeadAgency(caseId, "rtp-atpd", "");
      requestSpecialCase("dsi.officer", caseId);

      taskService.complete(task(caseId, DsiSpecialCaseProcess.TASK_RECORD_BOARD_DECISION).getId(),
          Map.of(DsiSpecialCaseProcess.VAR_BOARD_RESOLUTION, DsiSpecialCaseProcess.REJECTED,
              DsiSpecialCaseProcess.VAR_BOARD_MEMBERS, 15,
              DsiSpecialCaseProcess.VAR_BOARD_VOTES_FOR, 7,
              DsiSpecialCaseProcess.VAR_BOARD_VOTES_AGAINST, 8,
              DsiSpecialCaseProcess.VAR_BOARD_VOTES_ABSTAINED, 0,
              DsiSpecialCaseProcess.VAR_BOARD_RESOLUTION_REF, "BSC 5/2569",
              DsiSpecialCaseProcess.VAR_BOARD_DECIDED_AT, new Date()));

      assertThat(cases.findById(caseId).orElseThrow().leadAgency()).isEqualTo("rtp-atpd");
      assertThat(requests.ofCase(caseId).get(0).status()).isEqualTo(SpecialCaseRequest.REJECTED);
    }

    @Test
    void onlyDsiCanRequestASpecialCase() throws Exception {
      String caseId = api.newCase();

      assertThat(requestSpecialCase("rtp-atpd.officer", caseId).getStatus()).isEqualTo(403);
      assertThat(requestSpecialCase("dsi.officer", "TIP-1999-999999").getStatus()).isEqualTo(404);
      assertThat(requests.ofCase(caseId)).isEmpty();
    }

    private MockHttpServletResponse requestSpecialCase(String user, String caseId)
        throws Exception {
      return api.postAs(user, "/api/cases/" + caseId + "/special-case-requests",
          Map.of("grounds", "Recruitment network spans Myanmar, Cambodia and Thailand"));
    }

    private Task task(String caseId, String taskDefinitionKey) {
      return taskService.createTaskQuery().processInstanceBusinessKey(caseId)
          .taskDefinitionKey(taskDefinitionKey).singleResult();
    }

    private List<String> groupsOf(Task task) {
      return taskService.getIdentityLinksForTask(task.getId()).stream()
          .map(IdentityLink::getGroupId)
          .filter(group -> group != null)
          .toList();
    }
  }

  /** Ten claims at the same instant: one claim resolution, one coordinator task. */
  @Tag("concurrency")
  @Tag("mariadb")
  @Nested
  class ConcurrentClaimsTest {

    /** Every agency that may claim the lead: DSI leads only by the Board of Special Cases. */
    static final List<String> NINE_AGENCIES = List.of("rtp-atpd", "rtp-ticac", "rtp-ccib",
        "immigration", "oag-tip", "msdhs", "mdt", "mol-dlpw", "amlo");


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

  /**
   * With {@code prasan.claims.grant-when-decision-agrees}, the DMN's choice needs no coordinator.
   * The setting is switched on in the running {@link ClaimService} for these tests and back off
   * after each, rather than in a context of its own: it is read on every claim, and the tests
   * of this JVM run one at a time.
   */
  @Nested
  class ClaimGrantedByDecisionTest {

    @Autowired
    ClaimService claimService;

    @BeforeEach
    void grantWhenTheDecisionAgrees() {
      grantWhenDecisionAgrees(true);
    }

    @AfterEach
    void askTheCoordinatorAgain() {
      grantWhenDecisionAgrees(false);
    }

    private void grantWhenDecisionAgrees(boolean grant) {
      Object service = AopTestUtils.getUltimateTargetObject(claimService);
      ReflectionTestUtils.setField(service, "properties", new ClaimsProperties(grant));
    }


    @Test
    void grantsTheLeadAtOnceWhenTheLeadAgencyDecisionProposesTheClaimant() throws Exception {
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
}
