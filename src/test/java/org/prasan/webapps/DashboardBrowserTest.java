package org.prasan.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.prasan.intake.TipRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * A coordinator opens the dashboard in headless chromium after logging into the Tasklist, and
 * sees the agency late today, the charts drawn with figures, a legal clock with a link to its
 * task and an overlapping claim, in English and in Thai. Cases are brought there through the
 * API and the engine, five days on by the engine clock. Run with {@code mvn verify -Pbrowser};
 * {@code target/screenshots/dashboard-en.png} is the README's picture (docs/images).
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DashboardBrowserTest {

  @RegisterExtension
  final Browsers browsers = new Browsers();

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate http;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  IdentityService identityService;
  @Autowired
  ManagementService managementService;

  @BeforeEach
  void unlockDemoUsers() {
    Mocks.reset();
    for (User user : identityService.createUserQuery().list()) {
      identityService.unlockUser(user.getId());
    }
  }

  @AfterEach
  void resetTheClock() {
    ClockUtil.reset();
  }

  @Test
  void aCoordinatorLoggedIntoTheTasklistSeesWhoIsLateTodayInEnglishAndThai() {
    aWeekOfCases();
    JsonNode late = http.withBasicAuth("coordinator", "demo")
        .getForObject("/api/dashboard/sla", JsonNode.class).get("lateToday");
    Browser browser = browsers.preferring("en-GB");
    new Tasklist(browser, base()).open().logIn("coordinator");

    Dashboard dashboard = new Dashboard(browser, base()).open();

    assertThat(dashboard.text(Dashboard.TITLE)).isEqualTo("Coordinator dashboard");
    assertThat(dashboard.text(Dashboard.LATE_AGENCY)).isEqualTo("Late today: "
        + late.get("agency").asText() + " — " + late.get("overdueTasks").asLong() + " overdue");
    assertThat(dashboard.hasCanvas(Dashboard.TASKS_CHART)).isTrue();
    assertThat(dashboard.pointsIn(Dashboard.TASKS_CHART)).isPositive();
    assertThat(dashboard.hasCanvas(Dashboard.COMPLIANCE_CHART)).isTrue();
    assertThat(dashboard.pointsIn(Dashboard.COMPLIANCE_CHART)).isPositive();
    assertThat(dashboard.all(Dashboard.CLOCK_TASK_LINKS)).isNotEmpty()
        .allSatisfy(link -> assertThat(link.getAttribute("href"))
            .contains("/camunda/app/tasklist/default/#/?task="));
    assertThat(dashboard.all(Dashboard.CLAIMS)).isNotEmpty();
    browser.screenshot("dashboard-en");

    dashboard.switchTo("th");
    assertThat(dashboard.text(Dashboard.TITLE)).isEqualTo("แดชบอร์ดผู้ประสานงาน");
    assertThat(dashboard.text(Dashboard.LATE_AGENCY))
        .startsWith("ล่าช้าวันนี้: " + late.get("agency").asText());
    assertThat(dashboard.all(Dashboard.CLOCK_TASK_LINKS).get(0).getText()).startsWith("เปิดงาน");
    browser.screenshot("dashboard-th");
  }

  @Test
  void aThaiSupervisorLogsInOnTheDashboardAndIsThenLoggedIntoTheTasklist() {
    Browser browser = browsers.preferring("th-TH");
    browser.driver().get(base() + "/dashboard");

    Dashboard dashboard = new Dashboard(browser, base()).logIn("rtp-atpd.supervisor");

    assertThat(dashboard.text(Dashboard.TITLE)).isEqualTo("แดชบอร์ดผู้ประสานงาน");
    browser.driver().get(base() + "/camunda/app/tasklist/");
    browser.waiting().until(driver -> !driver.findElements(Tasklist.FILTERS).isEmpty());
  }

  /**
   * Two tips triaged on time, two left late (one climbing to the supervisors), a case led by
   * DSI whose screening hold runs out tomorrow, and a case two agencies claim.
   */
  private void aWeekOfCases() {
    String claimed = newCase();
    claim("rtp-atpd", claimed);
    claim("rtp-ticac", claimed);
    String screened = newCase();
    String closed = newCase();
    String late = newCase();
    newCase();
    complete(closed, "Task_TriageTip", "rtp-atpd", triage("NO_TRAFFICKING"));
    complete(screened, "Task_TriageTip", "rtp-atpd", triage("TRAFFICKING_SUSPECTED"));
    complete(screened, "Task_ConfirmLeadAgency", "coordinator", Map.of("leadAgency", "dsi",
        "supportingAgencies", "msdhs", "leadDecisionReason", "Organised network"));
    // Five days on every triage left open is past its one working day.
    Instant later = Instant.now().plus(Duration.ofDays(5));
    ClockUtil.setCurrentTime(Date.from(later));
    runDueJobs(late);
    complete(screened, "Task_ScreenPotentialVictims", "dsi", Map.of(
        "screeningStartedAt", form(later.minus(Duration.ofHours(1))),
        "potentialVictimCount", 2L, "childVictimPresent", "NO", "foreignVictimPresent", "NO",
        "screeningExtensionNeeded", "YES"));
  }

  private static Map<String, Object> triage(String outcome) {
    return Map.of("triageOutcome", outcome, "triageNotes", "Checked against the hotline log",
        "closureReason", "Caller withdrew the report", "childVictim", false,
        "transnational", false);
  }

  private String newCase() {
    ResponseEntity<JsonNode> tip = http.withBasicAuth("rtp-atpd.officer", "demo")
        .postForEntity("/api/tips", TipRequests.aTip().build(), JsonNode.class);
    assertThat(tip.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return tip.getBody().get("caseId").asText();
  }

  private void claim(String agency, String caseId) {
    ResponseEntity<JsonNode> claimed = http.withBasicAuth(agency + ".officer", "demo")
        .postForEntity("/api/cases/" + caseId + "/claims",
            Map.of("agency", agency, "basis", agency + " holds the recordings"), JsonNode.class);
    assertThat(claimed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  private void complete(String caseId, String taskKey, String agency, Map<String, Object> form) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(caseId)
        .taskDefinitionKey(taskKey).singleResult();
    identityService.setAuthentication(agency + ".officer", List.of(agency));
    try {
      taskService.claim(task.getId(), agency + ".officer");
      taskService.complete(task.getId(), form);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private void runDueJobs(String caseId) {
    runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseId).list()
        .forEach(instance -> managementService.createJobQuery()
            .processInstanceId(instance.getId()).executable().list()
            .forEach(job -> managementService.executeJob(job.getId())));
  }

  private static String form(Instant instant) {
    return instant.atOffset(ZoneOffset.ofHours(7))
        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmXXX"));
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
