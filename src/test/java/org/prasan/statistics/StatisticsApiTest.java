package org.prasan.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.prasan.DemoUsers;
import org.prasan.TestProfiles;
import org.prasan.system.FieldProblem;
import org.prasan.system.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * A year of synthetic cases gives the tables Thailand reports; who may read them; the
 * downloads; and the HTCDS export, whose anonymised release has no combination under 11.
 * Completing the SOP's tasks records the facts these read ({@code TaskCompletionFactsTest}).
 * In the suite's shared context (the API tests' one configuration).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestProfiles.class)
@Tag("mariadb")
class StatisticsApiTest {

  static final String YEAR_2019 = "?from=2019-01-01&to=2019-12-31";
  private static SyntheticYear year;

  @Autowired
  MockMvc mvc;
  @Autowired
  ObjectMapper json;
  @Autowired
  IdentityService identityService;
  @Autowired
  ProcessEngine engine;
  @Autowired
  RecordedFacts facts;
  @Autowired
  JdbcClient jdbc;

  @BeforeEach
  void aYearOfCases() {
    DemoUsers.unlockAll(identityService);
    if (year == null) {
      year = new SyntheticYear(facts, jdbc).record(400);
    }
  }

  @Test
  void aYearOfSyntheticCasesGivesTheTables() throws Exception {
    JsonNode figures = json.readTree(ok(get("/api/statistics" + YEAR_2019)
        .with(httpBasic("coordinator", "demo"))).getContentAsString());
    Map<String, Long> expected = year.expected;

    assertThat(figures.get("investigations").asLong()).isEqualTo(expected.get("investigations"))
        .isGreaterThan(300);
    assertThat(figures.get("prosecutions").asLong()).isEqualTo(expected.get("prosecutions"));
    assertThat(figures.get("convictions").asLong()).isEqualTo(expected.get("convictions"));
    assertThat(figures.get("acquittals").asLong()).isEqualTo(expected.get("acquittals"));
    assertThat(sum(figures.get("sentences"))).isEqualTo(expected.get("convictions"));
    assertThat(figures.at("/prosecutionsByCharge/TRAFFICKING").asLong())
        .isEqualTo(expected.get("prosecutions"));
    JsonNode victims = figures.get("victims");
    assertThat(victims.get("total").asLong()).isEqualTo(expected.get("victims"));
    assertThat(victims.at("/bySex/FEMALE").asLong()).isEqualTo(expected.get("female"));
    assertThat(victims.at("/bySex/MALE").asLong()).isEqualTo(expected.get("male"));
    assertThat(sum(victims.get("bySexAndAge"))).isEqualTo(expected.get("victims"));
    assertThat(victims.at("/byAgeBand/ADULT").asLong())
        .isEqualTo(expected.get("victims") - expected.get("children"));
    year.byExploitation.forEach((form, people) ->
        assertThat(victims.at("/byExploitation/" + form).asLong()).isEqualTo(people));
    year.byNationality.forEach((country, people) ->
        assertThat(victims.at("/byNationality/" + country).asLong()).isEqualTo(people));
    assertThat(sum(victims.get("bySector"))).isEqualTo(expected.get("victims"));
    long provinceVictims = 0;
    for (JsonNode province : figures.get("byProvince")) {
      provinceVictims += province.get("victims").asLong();
    }
    assertThat(provinceVictims).isEqualTo(expected.get("victims"));
    assertThat(figures.at("/medianDays/inquiry").asDouble()).isEqualTo(year.medianInquiryDays());
    assertThat(figures.at("/medianDays/court").asDouble()).isGreaterThan(60);
    assertThat(figures.at("/suspects/total").asLong()).isEqualTo(expected.get("suspects"));
    assertThat(figures.at("/suspects/officialsSuspected").asLong())
        .isEqualTo(expected.get("officials"));
    assertThat(figures.at("/amloSeizures/count").asLong()).isEqualTo(expected.get("seizures"));
    assertThat(figures.at("/compensation/claimedThb").decimalValue())
        .isEqualByComparingTo(String.valueOf(expected.get("claimed")));
    assertThat(figures.at("/compensation/awardedThb").decimalValue())
        .isEqualByComparingTo(String.valueOf(expected.get("awarded")));

    Map<String, JsonNode> tables = new HashMap<>();
    figures.get("tables").forEach(table -> tables.put(table.get("id").asText(), table));
    assertThat(tables).containsKeys("cases", "prosecutions-charge", "sentences",
        "victims-sex-age", "victims-sex", "victims-age", "victims-nationality", "victims-exploitation", "victims-sector",
        "victims-rate", "provinces", "stage-days", "suspects", "suspects-nationality", "amlo", "compensation");
    tables.values().forEach(table -> assertThat(table.get("reports")).isNotEmpty());
    assertThat(tables.get("cases").get("reports").toString()).contains("US TIP report",
        "UNODC GLOTIP");
    assertThat(tables.get("victims-exploitation").get("reports").toString())
        .contains("SDG 16.2.2");
    assertThat(tables.get("stage-days").get("reports").toString())
        .contains("Thailand's country report");
  }

  @Test
  void sdg1622IsTheVictimsPer100000OfThePopulationOfTheYearWithItsSource() throws Exception {
    JsonNode figures = json.readTree(ok(get("/api/statistics" + YEAR_2019)
        .with(httpBasic("statistics.analyst", "demo"))).getContentAsString());
    JsonNode rate = figures.get("victimRate");
    long population = 66_558_935L; // application.yaml: 31 December 2019, NSO/DOPA

    assertThat(rate.get("populationYear").asInt()).isEqualTo(2019);
    assertThat(rate.get("population").asLong()).isEqualTo(population);
    assertThat(rate.get("populationSource").asText()).contains("NSO").contains("registration");
    assertThat(rate.get("total").asDouble())
        .isEqualTo(per100k(year.expected.get("victims"), population)).isGreaterThan(0);
    assertThat(rate.at("/bySex/FEMALE").asDouble())
        .isEqualTo(per100k(year.expected.get("female"), population));
    assertThat(rate.at("/bySex/MALE").asDouble())
        .isEqualTo(per100k(year.expected.get("male"), population));
    assertThat(rate.at("/byAgeBand/ADULT").asDouble()).isEqualTo(per100k(
        year.expected.get("victims") - year.expected.get("children"), population));
    year.byExploitation.forEach((form, people) ->
        assertThat(rate.at("/byExploitation/" + form).asDouble())
            .isEqualTo(per100k(people, population)));
    JsonNode table = null;
    for (JsonNode candidate : figures.get("tables")) {
      table = "victims-rate".equals(candidate.get("id").asText()) ? candidate : table;
    }
    assertThat(table.get("reports").toString()).contains("SDG 16.2.2");
    assertThat(table.get("title").asText()).contains("per 100,000 population")
        .contains("population 2019: 66,558,935").contains("NSO");
    assertThat(table.get("titleTh").asText()).contains("ต่อประชากร 100,000 คน");
    assertThat(table.at("/rows/0/values/1").asDouble()).isEqualTo(rate.get("total").asDouble());

    // A later year uses the latest published population until the next one is configured.
    JsonNode later = json.readTree(ok(get("/api/statistics?from=2025-01-01&to=2025-12-31")
        .with(httpBasic("statistics.analyst", "demo"))).getContentAsString());
    assertThat(later.at("/victimRate/populationYear").asInt()).isEqualTo(2023);
    // Before any configured year there is no rate, and the table says why.
    JsonNode earlier = json.readTree(ok(get("/api/statistics?from=2010-01-01&to=2010-12-31")
        .with(httpBasic("statistics.analyst", "demo"))).getContentAsString());
    assertThat(earlier.at("/victimRate/total").isNull()).isTrue();
    assertThat(earlier.toString()).contains("no population configured for the period");
  }

  private static double per100k(long victims, long population) {
    return Math.round(victims * 100_000_000.0 / population) / 1000.0;
  }

  @Test
  void coordinatorsSupervisorsAndTheStatisticsGroupReadTheFiguresOfficersDoNot()
      throws Exception {
    assertThat(status(get("/api/statistics").with(httpBasic("coordinator", "demo"))))
        .isEqualTo(200);
    assertThat(status(get("/api/statistics").with(httpBasic("rtp-atpd.supervisor", "demo"))))
        .isEqualTo(200);
    assertThat(status(get("/api/statistics").with(httpBasic("statistics.analyst", "demo"))))
        .isEqualTo(200);
    assertThat(status(get("/api/statistics").with(httpBasic("rtp-atpd.officer", "demo"))))
        .isEqualTo(403);
    assertThat(status(get("/api/statistics/csv").with(httpBasic("msdhs.officer", "demo"))))
        .isEqualTo(403);
    assertThat(status(get("/api/statistics"))).isEqualTo(401);
    assertThat(status(get("/api/statistics").session(loggedIntoWebapps("statistics.analyst"))))
        .isEqualTo(200);
  }

  @Test
  void aWrongPeriodIsRefusedNamingItsFieldInThaiAndEnglish() throws Exception {
    MockHttpServletResponse refused = mvc.perform(get("/api/statistics?from=2019-13-01&to=2018")
        .with(httpBasic("coordinator", "demo"))).andReturn().getResponse();
    assertThat(refused.getStatus()).isEqualTo(400);
    JsonNode problem = json.readTree(refused.getContentAsString());
    assertThat(problem.at("/errors/0/field").asText()).isEqualTo("from");
    assertThat(problem.at("/errors/1/field").asText()).isEqualTo("to");
    assertThat(problem.at("/errors/0/messageTh").asText()).contains("วันที่");
    assertThat(status(get("/api/statistics?from=2019-12-31&to=2019-01-01")
        .with(httpBasic("coordinator", "demo")))).isEqualTo(400);
  }

  @Test
  void theTablesDownloadAsCsvAndAsAWorkbook() throws Exception {
    MockHttpServletResponse csv = ok(get("/api/statistics/csv" + YEAR_2019)
        .with(httpBasic("statistics.analyst", "demo")));
    assertThat(csv.getContentType()).startsWith("text/csv");
    assertThat(csv.getHeader("Content-Disposition"))
        .contains("prasan-statistics-2019-01-01-2019-12-31.csv");
    String text = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);
    assertThat(text).startsWith(Csv.BOM + "table,title,title_th,reports,row");
    assertThat(text).contains("cases,\"Investigations, prosecutions and convictions\"")
        .contains(",investigations,investigations started,การสืบสวนที่เริ่ม,จำนวน / Count,"
            + year.expected.get("investigations") + "\r\n");

    MockHttpServletResponse xlsx = mvc.perform(get("/api/statistics/xlsx" + YEAR_2019)
        .with(httpBasic("coordinator", "demo"))).andReturn().getResponse();
    assertThat(xlsx.getStatus()).isEqualTo(200);
    Map<String, String> parts = unzip(xlsx.getContentAsByteArray());
    assertThat(parts).containsKey("xl/workbook.xml");
    assertThat(parts.get("xl/workbook.xml")).contains("name=\"cases\"")
        .contains("name=\"victims-exploitation\"").contains("name=\"amlo\"");
    String cells = String.join("", parts.values());
    assertThat(cells).contains("US TIP report");
    // fastexcel writes text outside ASCII as character references (&#xe01;).
    assertThat(java.util.regex.Pattern.compile("&#x([0-9a-f]+);").matcher(cells)
        .replaceAll(ref -> Character.toString(Integer.parseInt(ref.group(1), 16))))
        .contains("การสืบสวนที่เริ่ม");
  }

  @Test
  void theAnonymisedHtcdsReleaseHasNoCombinationHeldByFewerThanElevenPeople()
      throws Exception {
    MockHttpServletResponse release = ok(get("/api/exports/htcds" + YEAR_2019
        + "&anonymised=true").with(httpBasic("rtp-atpd.supervisor", "demo")));
    List<String> lines = lines(release);
    assertThat(lines.get(0)).isEqualTo(Csv.BOM
        + "yearOfRegistration,gender,ageBroad,citizenship,typeOfExploitation");
    Map<String, Integer> combinations = new HashMap<>();
    lines.subList(1, lines.size()).forEach(line -> combinations.merge(line, 1, Integer::sum));
    assertThat(combinations).isNotEmpty();
    assertThat(combinations.values()).allMatch(people -> people >= 11);
    long suppressed = Long.parseLong(release.getHeader(HtcdsController.SUPPRESSED_HEADER));
    assertThat(lines.size() - 1 + suppressed).isEqualTo(year.expected.get("victims"));
  }

  @Test
  void fullHtcdsRecordsCarryRefsNotNamesForCoordinatorsAndTheStatisticsGroupOnly()
      throws Exception {
    List<String> full = lines(ok(get("/api/exports/htcds" + YEAR_2019 + "&anonymised=false")
        .with(httpBasic("statistics.analyst", "demo"))));
    assertThat(full.get(0)).contains("cas_CaseRef,prs_PersonRef,vic_TraffickingStatus");
    assertThat(full).hasSize(year.expected.get("victims").intValue() + 1);
    assertThat(full.get(1)).startsWith("TIP-2019-").contains("IdentifiedVictim");
    assertThat(String.join("\n", full)).doesNotContainIgnoringCase("name")
        .doesNotContain("passport");

    assertThat(status(get("/api/exports/htcds" + YEAR_2019 + "&anonymised=false")
        .with(httpBasic("rtp-atpd.supervisor", "demo")))).isEqualTo(403);
    assertThat(status(get("/api/exports/htcds?anonymised=maybe")
        .with(httpBasic("coordinator", "demo")))).isEqualTo(400);
    assertThat(status(get("/api/exports/htcds").with(httpBasic("amlo.officer", "demo"))))
        .isEqualTo(403);
  }

  @Test
  void thePageIsServed() throws Exception {
    assertThat(mvc.perform(get("/statistics")).andReturn().getResponse().getRedirectedUrl())
        .isEqualTo("/statistics/");
    assertThat(mvc.perform(get("/statistics/")).andReturn().getResponse().getForwardedUrl())
        .isEqualTo("/statistics/index.html");
    assertThat(mvc.perform(get("/statistics/statistics.js")).andReturn().getResponse()
        .getContentAsString()).contains("../api/statistics");
  }

  private static long sum(JsonNode counts) {
    long sum = 0;
    for (JsonNode count : counts) {
      sum += count.asLong();
    }
    return sum;
  }

  private static List<String> lines(MockHttpServletResponse response) {
    return Arrays.asList(new String(response.getContentAsByteArray(), StandardCharsets.UTF_8)
        .split("\r\n"));
  }

  /** By the central directory, as spreadsheet programs read it (entries are streamed). */
  private static Map<String, String> unzip(byte[] bytes) throws Exception {
    Map<String, String> parts = new HashMap<>();
    java.nio.file.Path file = java.nio.file.Files.createTempFile("statistics", ".xlsx");
    try {
      java.nio.file.Files.write(file, bytes);
      try (ZipFile zip = new ZipFile(file.toFile())) {
        for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
          parts.put(entry.getName(), new String(zip.getInputStream(entry).readAllBytes(),
              StandardCharsets.UTF_8));
        }
      }
    } finally {
      java.nio.file.Files.delete(file);
    }
    return parts;
  }

  private MockHttpServletResponse ok(RequestBuilder request) throws Exception {
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    return response;
  }

  private int status(RequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse().getStatus();
  }

  private MockHttpSession loggedIntoWebapps(String user) {
    Authentications logins = new Authentications();
    logins.addOrReplace(new UserAuthentication(user, engine.getName()));
    MockHttpSession session = new MockHttpSession();
    session.setAttribute("authenticatedUser", logins);
    return session;
  }

  /**
   * The deployed SOP's "Identify victims" task records its victims in the reporting store when
   * completed, and is refused, staying open with nothing stored, when a fact is missing.
   */
  @Tag("mariadb")
  @Nested
  class TaskCompletionFactsTest {

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcClient jdbc;

    @Test
    void identifyingVictimsRecordsThemAndAMissingFactKeepsTheTaskOpen() {
      String caseId = "TIP-2018-000021";
      runtime.createProcessInstanceByKey("victim-identification").businessKey(caseId)
          .startBeforeActivity("Task_IdentifyVictims")
          .setVariables(Map.of("caseId", caseId, "leadAgency", "rtp-atpd"))
          .execute();
      Task identify = tasks.createTaskQuery().processInstanceBusinessKey(caseId)
          .taskDefinitionKey("Task_IdentifyVictims").singleResult();
      Map<String, Object> form = new HashMap<>(Map.of("identificationOutcome",
          "VICTIMS_IDENTIFIED", "identifiedVictimCount", 3L, "victimAgeBand", "MIXED",
          "victimsWomen", 1L, "victimsGirls", 2L, "victimsMen", 0L, "victimsBoys", 0L,
          "victimNationality", "LA", "exploitationForm", "SEXUAL"));

      assertThatThrownBy(() -> tasks.complete(identify.getId(), form))
          .isInstanceOfSatisfying(RuleViolationException.class, refused -> {
            assertThat(refused.fields()).extracting(FieldProblem::field)
                .containsExactly("exploitationSector");
            assertThat(refused.getMessage()).contains("ต้องระบุ").contains("is required");
          });
      assertThat(tasks.createTaskQuery().taskId(identify.getId()).count()).isOne();
      assertThat(groups(caseId)).isZero();

      form.put("exploitationSector", "ENTERTAINMENT");
      tasks.complete(identify.getId(), form);

      assertThat(groups(caseId)).isOne();
      assertThat(jdbc.sql("SELECT girls FROM stat_victim_group WHERE case_id = ?").param(caseId)
          .query(Integer.class).single()).isEqualTo(2);
    }

    private long groups(String caseId) {
      return jdbc.sql("SELECT COUNT(*) FROM stat_victim_group WHERE case_id = ?").param(caseId)
          .query(Long.class).single();
    }
  }
}
