package org.prasan.webapps;

import org.prasan.DemoUsers;
import org.prasan.ThisContextsEngine;
import org.junit.jupiter.api.extension.ExtendWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.prasan.CaseWork;
import org.prasan.dashboard.DashboardForms;
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
@ExtendWith(ThisContextsEngine.class)
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
  IdentityService identityService;
  @Autowired
  ProcessEngine engine;

  private final List<String> cases = new ArrayList<>();

  @BeforeEach
  void unlockDemoUsers() {
    Mocks.reset();
    DemoUsers.unlockAll(identityService);
  }

  /** The other browser tests share this context: their Tasklists must not show these cases. */
  @AfterEach
  void withdrawTheCasesAndResetTheClock() {
    CaseWork work = new CaseWork(engine);
    cases.forEach(work::withdraw);
    ClockUtil.reset();
  }

  @Test
  void aCoordinatorLoggedIntoTheTasklistSeesWhoIsLateTodayInEnglishAndThai() {
    aWeekOfCases();
    JsonNode figures = http.withBasicAuth("coordinator", "demo")
        .getForObject("/api/dashboard/sla", JsonNode.class);
    JsonNode late = figures.get("lateToday");
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

    // Each count opens the cases behind it: the cases at triage, then the escalated ones...
    List<String> atTriage = ids(stage(figures, "CallActivity_TipTriage").get("caseIds"));
    assertThat(atTriage).isNotEmpty();
    List<org.openqa.selenium.WebElement> listed = dashboard.casesBehind(
        dashboard.all(Dashboard.TRIAGE_COUNT).get(0));
    assertThat(dashboard.text(Dashboard.CASES_BEHIND_TITLE)).startsWith("คดี: คัดกรองเบาะแส");
    assertThat(listed).extracting(org.openqa.selenium.WebElement::getText)
        .containsExactlyElementsOf(atTriage);
    List<String> escalated = ids(figures.get("escalations").get("supervisorsCaseIds"));
    assertThat(escalated).isNotEmpty();
    assertThat(dashboard.casesBehind(dashboard.all(Dashboard.ESCALATED_TO_SUPERVISORS).get(0)))
        .extracting(org.openqa.selenium.WebElement::getText)
        .containsExactlyElementsOf(escalated);
    assertThat(dashboard.casesBehind(dashboard.all(Dashboard.LATE_COUNT).get(0)))
        .extracting(org.openqa.selenium.WebElement::getText)
        .containsExactlyElementsOf(ids(late.get("overdueCaseIds")));
    browser.screenshot("dashboard-cases-behind-th");

    // ... and each of them opens its case page.
    String first = escalated.get(0);
    dashboard.casesBehind(dashboard.all(Dashboard.ESCALATED_TO_SUPERVISORS).get(0)).get(0).click();
    browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/cases/" + first));
    browser.waiting().until(driver -> driver.findElement(
        org.openqa.selenium.By.cssSelector("header h1")).getText().contains(first));
  }

  private static List<String> ids(JsonNode caseIds) {
    List<String> ids = new ArrayList<>();
    caseIds.forEach(id -> ids.add(id.asText()));
    return ids;
  }

  private static JsonNode stage(JsonNode figures, String stage) {
    for (JsonNode count : figures.get("casesByStage")) {
      if (count.get("stage").asText().equals(stage)) {
        return count;
      }
    }
    throw new AssertionError("No stage " + stage);
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
    CaseWork work = new CaseWork(engine);
    work.complete(closed, "Task_TriageTip", "rtp-atpd", DashboardForms.triage("NO_TRAFFICKING"));
    work.complete(screened, "Task_TriageTip", "rtp-atpd",
        DashboardForms.triage("TRAFFICKING_SUSPECTED"));
    work.complete(screened, "Task_ConfirmLeadAgency", "coordinator",
        DashboardForms.confirmLead("rtp-atpd"));
    // Five days on every triage left open is past its one working day.
    Instant later = Instant.now().plus(Duration.ofDays(5));
    ClockUtil.setCurrentTime(Date.from(later));
    work.runDueJobs(late);
    work.complete(screened, "Task_ScreenPotentialVictims", "rtp-atpd",
        DashboardForms.screeningNeedingExtension(later.minus(Duration.ofMinutes(30))));
  }

  private String newCase() {
    ResponseEntity<JsonNode> tip = http.withBasicAuth("rtp-atpd.officer", "demo")
        .postForEntity("/api/tips", TipRequests.aTip().build(), JsonNode.class);
    assertThat(tip.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    cases.add(tip.getBody().get("caseId").asText());
    return tip.getBody().get("caseId").asText();
  }

  private void claim(String agency, String caseId) {
    ResponseEntity<JsonNode> claimed = http.withBasicAuth(agency + ".officer", "demo")
        .postForEntity("/api/cases/" + caseId + "/claims",
            Map.of("agency", agency, "basis", agency + " holds the recordings"), JsonNode.class);
    assertThat(claimed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
