package org.prasan.webapps;

import org.prasan.DemoUsers;
import org.prasan.ThisContextsEngine;
import org.junit.jupiter.api.extension.ExtendWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.prasan.casefile.OfficerAnswers;
import org.prasan.casefile.TaskRestApi;
import org.prasan.intake.TipRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * A prosecutor with a Thai browser finds the case's "Approve charging" task in the Tasklist by
 * typing its case id into the search, sees the case id in the list, follows the task's link to
 * the case page, reads there the arrest and the remand cap, registers an exhibit by uploading
 * a file, and sees it listed as intact. Run with {@code mvn verify -Pbrowser}.
 */
@Tag("browser")
@ExtendWith(ThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CasePageBrowserTest {

  static final By SEARCH = By.cssSelector("[cam-widget-search] input[type='text']");
  static final By CASE_LINK = By.cssSelector("#prasan-case-link a");
  static final By EXHIBIT_ROWS = By.cssSelector("#exhibits tbody tr[data-exhibit]");

  @RegisterExtension
  final Browsers browsers = new Browsers();

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate http;
  @Autowired
  ObjectMapper json;
  @Autowired
  IdentityService identityService;

  TaskRestApi tasks;

  @BeforeEach
  void unlockDemoUsers() {
    Mocks.reset();
    tasks = new TaskRestApi(http, json);
    DemoUsers.unlockAll(identityService);
  }

  @Test
  void aProsecutorFindsTheCaseReadsItsFileAndRegistersAnExhibitByUpload() throws Exception {
    String caseId = newCase();
    String otherCase = newCase();
    tasks.workUntil(otherCase, "Task_ApproveCharging", new OfficerAnswers());
    String approvalId = tasks.workUntil(caseId, "Task_ApproveCharging", new OfficerAnswers())
        .get("id").asText();
    Browser browser = browsers.preferring("th-TH");
    WebDriver driver = browser.driver();
    new Tasklist(browser, base()).open().logIn("oag-tip.officer");

    // Every task in the list shows its case id; typing one finds that case's task alone.
    browser.waiting().until(d -> d.findElements(By.cssSelector(".tasks-list .prasan-case-id"
        + "[data-case-id='" + otherCase + "']")).size() == 1
        && d.findElements(By.cssSelector(".tasks-list .prasan-case-id[data-case-id='" + caseId
        + "']")).size() == 1);
    browser.screenshot("tasklist-case-ids-th");
    WebElement search = browser.waiting().until(elementToBeClickable(SEARCH));
    search.sendKeys(caseId + "\n");
    browser.waiting().until(d -> d.getCurrentUrl().contains("searchQuery"));
    browser.waiting().until(d -> {
      List<WebElement> listed = d.findElements(By.cssSelector(".tasks-list h4.task a"));
      return listed.size() == 1 && listed.get(0).getAttribute("href").contains(approvalId);
    });
    browser.waiting().until(d -> d.findElements(By.cssSelector(
        ".tasks-list .prasan-case-id[data-case-id='" + caseId + "']")).size() == 1);
    browser.screenshot("tasklist-case-search-th");

    // The task links its case page.
    driver.findElement(By.cssSelector(".tasks-list h4.task a")).click();
    WebElement link = browser.waiting().until(visibilityOfElementLocated(CASE_LINK));
    assertThat(link.getAttribute("href")).endsWith("/cases/" + caseId);
    driver.get(link.getAttribute("href"));

    // The case page in Thai: the arrest, the remand cap and each stage's findings.
    browser.waiting().until(visibilityOfElementLocated(By.cssSelector("#summary-list")));
    assertThat(driver.findElement(By.cssSelector("header h1")).getText()).contains("คดี")
        .contains(caseId);
    String clocks = driver.findElement(By.id("clocks")).getText();
    // Years in the Buddhist Era (2026 is 2569).
    String buddhistYear = String.valueOf(java.time.Year.now(java.time.ZoneId.of("Asia/Bangkok"))
        .getValue() + 543);
    assertThat(clocks).contains("ระยะเวลาฝากขังสูงสุด").contains(buddhistYear);
    assertThat(driver.findElement(By.cssSelector("[data-fact='remandCap']")).getText())
        .matches("(?s).*25\\d\\d.*");
    assertThat(driver.findElement(By.cssSelector("[data-fact='arrestedAt']")).getText())
        .contains(buddhistYear);
    assertThat(driver.findElements(By.cssSelector("#stages [data-finding]"))).isNotEmpty();
    assertThat(driver.findElement(By.id("tasks")).getText()).contains("Approve charging");
    browser.screenshot("case-page-th");

    // Register an exhibit by upload; it is listed, held by the prosecutors, intact.
    Path file = Files.createTempFile("exhibit", ".txt");
    Files.writeString(file, "Synthetic bank statement\n".repeat(20_000), StandardCharsets.UTF_8);
    driver.findElement(By.id("exhibit-file")).sendKeys(file.toAbsolutePath().toString());
    driver.findElement(By.id("exhibit-description")).sendKeys("Bank statements of the recruiter");
    driver.findElement(By.id("register")).click();
    WebElement row = browser.waiting().until(visibilityOfElementLocated(EXHIBIT_ROWS));
    assertThat(row.getText()).contains("Bank statements of the recruiter");
    assertThat(row.findElement(By.cssSelector(".integrity .ok"))).isNotNull();
    assertThat(driver.findElement(By.id("upload-status")).getText()).contains("EXH-");
    assertThat(driver.findElement(By.id("upload-progress")).getAttribute("value"))
        .isEqualTo("100");
    browser.screenshot("case-page-exhibit-th");
    row.findElement(By.cssSelector("button.verify")).click();
    assertThat(browser.waiting().until(visibilityOfElementLocated(By.id("verification")))
        .getText()).contains("สมบูรณ์");

    // A prosecutor keeps victims' identities: the vault records one, the page shows its
    // reference and age band only, and the identity on a deliberate (audited) read.
    driver.findElement(By.id("victim-full-name")).sendKeys("Synthetic Victim");
    driver.findElement(By.id("victim-date-of-birth")).sendKeys("03042012");
    driver.findElement(By.id("victim-nationality")).sendKeys("MM");
    driver.findElement(By.id("victim-document-number")).sendKeys("MM1234567");
    driver.findElement(By.cssSelector("#record-victim button[type='submit']")).click();
    WebElement victim = browser.waiting().until(visibilityOfElementLocated(
        By.cssSelector("#victims tbody tr[data-victim]")));
    assertThat(victim.getText()).contains("ต่ำกว่า 15 ปี").doesNotContain("Synthetic Victim");
    victim.findElement(By.cssSelector("button.read-identity")).click();
    assertThat(browser.waiting().until(visibilityOfElementLocated(
        By.cssSelector("#victims .identity-read"))).getText()).contains("Synthetic Victim");
    JsonNode page = http.withBasicAuth("oag-tip.officer", "demo")
        .getForObject("/api/cases/" + caseId + "/page", JsonNode.class);
    assertThat(page.at("/exhibits/0/holder").asText()).isEqualTo("oag-tip");
    Files.deleteIfExists(file);
  }

  /**
   * Issue 18's "done when", in Thai: the lead agency's officer registers an exhibit and records
   * a victim on the case page; the prosecutor sees case ids in every task list, opens "Approve
   * charging", reads the case page (the exhibit, the victim, the arrest, the remand dates and
   * cap, each stage's findings) and decides in the Tasklist.
   */
  @Test
  void anOfficerRecordsEvidenceAndAVictimAndTheProsecutorDecidesOnTheFileInThai()
      throws Exception {
    String caseId = newCase();
    String approvalId = tasks.workUntil(caseId, "Task_ApproveCharging", new OfficerAnswers())
        .get("id").asText();

    // The investigating officer (the lead agency) records on the case page.
    Browser officerBrowser = browsers.preferring("th-TH");
    WebDriver officer = officerBrowser.driver();
    new Tasklist(officerBrowser, base()).open().logIn("rtp-atpd.officer");
    officer.get(base() + "/cases/" + caseId);
    officerBrowser.waiting().until(visibilityOfElementLocated(By.cssSelector("#summary-list")));
    Path file = Files.createTempFile("exhibit", ".txt");
    Files.writeString(file, "Synthetic chat log\n".repeat(5_000), StandardCharsets.UTF_8);
    officer.findElement(By.id("exhibit-file")).sendKeys(file.toAbsolutePath().toString());
    officer.findElement(By.id("exhibit-description")).sendKeys("Recruiter's chat log");
    officer.findElement(By.id("register")).click();
    officerBrowser.waiting().until(d -> d.findElements(EXHIBIT_ROWS).stream()
        .anyMatch(row -> row.getText().contains("Recruiter's chat log")));
    officer.findElement(By.id("victim-full-name")).sendKeys("Synthetic Person");
    officer.findElement(By.id("victim-date-of-birth")).sendKeys("05062009");
    officer.findElement(By.id("victim-nationality")).sendKeys("LA");
    officer.findElement(By.id("victim-document-number")).sendKeys("LA7654321");
    officer.findElement(By.cssSelector("#record-victim button[type='submit']")).click();
    officerBrowser.waiting().until(visibilityOfElementLocated(
        By.cssSelector("#victims tbody tr[data-victim]")));
    officerBrowser.screenshot("case-page-officer-records-th");
    Files.deleteIfExists(file);

    // The prosecutor: case ids in every list of the Tasklist.
    Browser browser = browsers.preferring("th-TH");
    WebDriver driver = browser.driver();
    new Tasklist(browser, base()).open().logIn("oag-tip.officer");
    int filters = driver.findElements(Tasklist.FILTERS).size();
    assertThat(filters).isGreaterThan(1);
    for (int filter = 0; filter < filters; filter++) {
      int chosen = filter;
      driver.findElements(Tasklist.FILTERS).get(filter).findElement(By.cssSelector("h4.name a"))
          .click();
      browser.waiting().until(d -> d.findElements(Tasklist.FILTERS).get(chosen)
          .getAttribute("class").contains("active"));
      // The chosen filter shows its count after its name once its list is loaded (the
      // brackets are drawn by CSS); none when empty.
      int count;
      try {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
            .until(d -> d.findElements(Tasklist.FILTERS).get(chosen).getText()
                .matches("(?s).*\\D(\\d+)\\s*"));
        count = Integer.parseInt(driver.findElements(Tasklist.FILTERS).get(chosen).getText()
            .replaceAll("(?s).*\\D(\\d+)\\s*", "$1"));
      } catch (org.openqa.selenium.TimeoutException empty) {
        count = 0;
      }
      int shown = Math.min(count, 15);
      // Every task listed (a page holds 15) carries its case id, written by case-link.js.
      browser.waiting().withMessage(() -> "filter " + chosen + " ("
              + driver.findElements(Tasklist.FILTERS).get(chosen).getText() + ") listing "
              + driver.findElements(By.cssSelector(".tasks-list h4.task a")).size()
              + " tasks, " + driver.findElements(
                  By.cssSelector(".tasks-list .prasan-case-id[data-case-id]")).size()
              + " case ids, count " + shown)
          .until(d -> {
            List<WebElement> listed = d.findElements(By.cssSelector(".tasks-list h4.task a"));
            // A person's screening task, with no case yet, carries the person's ref.
            List<WebElement> ids = d.findElements(By.cssSelector(
                ".tasks-list .prasan-case-id[data-case-id], .tasks-list .prasan-case-id[data-person-ref]"));
            return listed.size() == shown && ids.size() == listed.size();
          });
    }
    // "My agency" lists this case's approval with its case id.
    driver.findElements(Tasklist.FILTERS).get(0).findElement(By.cssSelector("h4.name a"))
        .click();
    browser.waiting().until(d -> !d.findElements(By.cssSelector(
        ".tasks-list .prasan-case-id[data-case-id='" + caseId + "']")).isEmpty());

    // ... opens "Approve charging" and reads the case page.
    new Tasklist(browser, base()).openTask(approvalId);
    WebElement link = browser.waiting().until(visibilityOfElementLocated(CASE_LINK));
    driver.get(link.getAttribute("href"));
    browser.waiting().until(visibilityOfElementLocated(By.cssSelector("#summary-list")));
    // The stages by their Thai names: the case is at the prosecutor's charging decision.
    assertThat(driver.findElement(By.id("summary-list")).getText()).contains("พิจารณาสั่งฟ้อง");
    assertThat(driver.findElement(By.id("exhibits")).getText()).contains("Recruiter's chat log");
    browser.waiting().until(visibilityOfElementLocated(
        By.cssSelector("#victims tbody tr[data-victim]")));
    assertThat(driver.findElement(By.id("victims")).getText()).contains("15")
        .doesNotContain("Synthetic Person");
    String buddhistYear = String.valueOf(java.time.Year.now(java.time.ZoneId.of("Asia/Bangkok"))
        .getValue() + 543);
    assertThat(driver.findElement(By.cssSelector("[data-fact='arrestedAt']")).getText())
        .contains(buddhistYear);
    // The cap (84 days on) may fall in the next Buddhist year.
    assertThat(driver.findElement(By.cssSelector("[data-fact='remandCap']")).getText())
        .matches("(?s).*25\\d\\d.*");
    assertThat(driver.findElement(By.id("clocks")).getText()).contains("ระยะเวลาฝากขัง");
    assertThat(driver.findElements(By.cssSelector("#stages [data-finding]"))).isNotEmpty();
    browser.screenshot("case-page-prosecutor-reads-th");

    // ... and decides in the Tasklist.
    driver.get(base() + "/camunda/app/tasklist/default/#/?task=" + approvalId);
    browser.waiting().until(visibilityOfElementLocated(By.cssSelector(".task-details .fjs-form")));
    new Tasklist(browser, base()).claim()
        .choose("Field_chargingDecision", "Approve the charges")
        .type("Field_chargesApproved", "Trafficking in persons (s.6), one count")
        .select("Field_principalCharge", "Trafficking in persons")
        .type("Field_chargingDecidedAt-date", java.time.LocalDate.now(java.time.ZoneId.of(
            "Asia/Bangkok")).format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy"))
            + org.openqa.selenium.Keys.ENTER)
        .type("Field_chargingDecidedAt-time", "00:05" + org.openqa.selenium.Keys.TAB)
        .complete();
    assertThat(tasks.openTask(caseId, "Task_ApproveCharging")).isEmpty();
    assertThat(tasks.openTask(caseId, "Task_PrepareCompensationClaim")).isPresent();
  }

  @Test
  void aTimeTypedOnAFormIsKeptToTheMinute() throws Exception {
    String caseId = newCase();
    String screeningId = tasks.workUntil(caseId, "Task_ScreenPotentialVictims",
        new OfficerAnswers()).get("id").asText();
    Browser browser = browsers.preferring("th-TH");
    WebDriver driver = browser.driver();
    new Tasklist(browser, base()).open().logIn("rtp-atpd.officer").openTask(screeningId).claim();
    List<WebElement> inputs = driver.findElements(By.cssSelector(".fjs-form input"));
    String ids = inputs.stream().map(input -> input.getAttribute("id")).toList().toString();
    WebElement time = inputs.stream()
        .filter(input -> String.valueOf(input.getAttribute("id")).contains("receivedIntoCareAt")
            && String.valueOf(input.getAttribute("id")).endsWith("time"))
        .findFirst().orElseThrow(() -> new AssertionError("no time input among " + ids));

    time.clear();
    time.sendKeys("07:20");
    time.sendKeys(org.openqa.selenium.Keys.TAB);

    // form-js's default interval (15 minutes) would have made it 07:15.
    assertThat(time.getAttribute("value")).isEqualTo("07:20");
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private String newCase() {
    ResponseEntity<JsonNode> tip = http.withBasicAuth("rtp-atpd.officer", "demo")
        .postForEntity("/api/tips", TipRequests.aTip().build(), JsonNode.class);
    return tip.getBody().get("caseId").asText();
  }
}
