package org.prasan.webapps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.prasan.DemoUsers;
import org.prasan.ThisContextsEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * An MSDHS officer opens a screening operation's page from its link, logs in with the
 * Tasklist's account (no credentials kept by the page) and reads its counts in Thai; the
 * people's names are nowhere on it. Run with {@code mvn verify -Pbrowser}.
 */
@Tag("browser")
@ExtendWith(ThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ScreeningPageBrowserTest {

  /** A synthetic name no other test uses. */
  static final String NAME = "Qorvathin Pagetestperson";

  @RegisterExtension
  final Browsers browsers = new Browsers();

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate http;
  @Autowired
  IdentityService identityService;
  @Autowired
  org.springframework.jdbc.core.JdbcTemplate jdbc;

  @BeforeEach
  void unlockEveryone() {
    DemoUsers.unlockAll(identityService);
  }

  @Test
  void anOfficerLogsInOnTheOperationsPageAndReadsItsCountsInThai() {
    String operationId = operationWithOnePerson();
    Browser browser = browsers.preferring("th-TH");
    WebDriver driver = browser.driver();
    driver.get("http://localhost:" + port + "/screenings/?operation=" + operationId);
    LoginForm.logInOnOurPage(browser, "msdhs.officer");

    browser.waiting().until(visibilityOfElementLocated(By.id("operation-view")));
    browser.waiting().until(textToBe(By.cssSelector("header h1"), "ปฏิบัติการคัดแยก"));
    assertThat(driver.findElement(By.id("counts")).getText()).contains("รับตัว");
    // The person's processes start after the list is stored; the page refreshes every 5 s.
    browser.waiting().until(textToBePresentInElementLocated(By.id("holds"), "PAGE-0001"));
    assertThat(driver.getPageSource()).doesNotContain(NAME);
    browser.screenshot("screening-th");

    // Another agency's officer is refused on the page, in Thai, with no figures shown.
    driver.manage().deleteAllCookies();
    driver.get("http://localhost:" + port + "/screenings/?operation=" + operationId);
    LoginForm.logInOnOurPage(browser, "amlo.officer");
    browser.waiting().until(visibilityOfElementLocated(By.id("refusal")));
    assertThat(driver.findElement(By.id("operation-view")).isDisplayed()).isFalse();
  }

  @Test
  void aPersonsScreeningTaskShowsTheirRefInTheTasklistNeverAName() {
    operationWithOnePerson();
    Browser browser = browsers.preferring("th-TH");
    new Tasklist(browser, "http://localhost:" + port).open().logIn("rtp-atpd.officer");

    // Informing the person of their rights is the police's first task; it has no case yet.
    browser.waiting().until(visibilityOfElementLocated(
        By.cssSelector(".tasks-list .prasan-case-id[data-person-ref]")));
    assertThat(browser.driver().findElement(
        By.cssSelector(".tasks-list .prasan-case-id[data-person-ref]")).getText())
        .startsWith("บุคคล SP-");
    assertThat(browser.driver().getPageSource()).doesNotContain(NAME);
  }

  @Test
  void theCoordinatorGroupsIdentifiedVictimsOnThePageAndReadsARefusalInThai() {
    TestRestTemplate officer = http.withBasicAuth("immigration.officer", "demo");
    String operationId = operation(officer);
    officer.postForObject("/api/screenings/" + operationId + "/people", List.of(
        person("BG-1", NAME), person("BG-2", "Second Pagetestperson"),
        person("BG-3", "Third Pagetestperson")), Map.class);
    // Their screenings' outcomes, as the processes record them (PersonScreeningProcessTest).
    jdbc.update("UPDATE screening_person SET outcome = 'VICTIM', exploitation_sector = "
        + "'ONLINE_FRAUD' WHERE operation_id = ? AND list_ref IN ('BG-1', 'BG-2')", operationId);
    Browser browser = browsers.preferring("th-TH");
    WebDriver driver = browser.driver();
    driver.get("http://localhost:" + port + "/screenings/?operation=" + operationId);
    LoginForm.logInOnOurPage(browser, "coordinator");

    browser.waiting().until(textToBePresentInElementLocated(By.id("ungrouped"), "BG-2"));
    assertThat(driver.findElement(By.id("ungrouped")).getText()).contains("BG-1")
        .doesNotContain("BG-3").contains("ศูนย์หลอกลวงออนไลน์");
    WebElement suggestion = driver.findElement(By.cssSelector("#suggestions li.suggestion"));
    assertThat(suggestion.getText()).startsWith("2 ").contains("ศูนย์หลอกลวงออนไลน์");
    suggestion.findElement(By.tagName("button")).click();
    assertThat(driver.findElements(By.cssSelector("#ungrouped input[type=checkbox]")))
        .hasSize(2).allMatch(WebElement::isSelected);

    // No such case: refused, in Thai.
    driver.findElement(By.id("existing-case")).sendKeys("TIP-2026-999999");
    driver.findElement(By.id("group-join")).click();
    browser.waiting().until(textToBePresentInElementLocated(By.id("grouping-result"),
        "ถูกปฏิเสธ"));
    assertThat(driver.findElement(By.id("grouping-result")).getText()).contains("TIP-2026-999999");

    driver.findElement(By.id("new-case-name")).sendKeys("Compound KK (synthetic)");
    driver.findElement(By.id("group-new")).click();
    browser.waiting().until(textToBePresentInElementLocated(By.id("grouping-result"),
        "รวมเข้าคดี"));
    browser.waiting().until(textToBePresentInElementLocated(By.id("groupings-made"),
        "Compound KK (synthetic)"));
    assertThat(driver.findElement(By.id("grouping-result")).getText()).startsWith("2 ");
    assertThat(driver.findElement(By.id("ungrouped")).getText()).doesNotContain("BG-1");
    assertThat(driver.getPageSource()).doesNotContain(NAME).doesNotContain("Pagetestperson");
    browser.screenshot("screening-grouped-th");
  }

  @Test
  void anOfficerWhoIsNotACoordinatorSeesNoGroupings() {
    String operationId = operationWithOnePerson();
    Browser browser = browsers.preferring("en-GB");
    WebDriver driver = browser.driver();
    driver.get("http://localhost:" + port + "/screenings/?operation=" + operationId);
    LoginForm.logInOnOurPage(browser, "msdhs.officer");

    browser.waiting().until(textToBePresentInElementLocated(By.id("holds"), "PAGE-0001"));
    assertThat(driver.findElement(By.id("grouping")).isDisplayed()).isFalse();
    // The list was imported at once: no progress bar.
    assertThat(driver.findElement(By.id("import")).isDisplayed()).isFalse();
  }

  private String operationWithOnePerson() {
    TestRestTemplate officer = http.withBasicAuth("immigration.officer", "demo");
    String operationId = operation(officer);
    officer.postForObject("/api/screenings/" + operationId + "/people",
        List.of(person("PAGE-0001", NAME)), Map.class);
    return operationId;
  }

  private static String operation(TestRestTemplate officer) {
    Map<?, ?> opened = officer.postForObject("/api/screenings", Map.of(
        "name", "Page test " + System.nanoTime(), "site", "ตาก",
        "receivedAt", Instant.now().minus(Duration.ofHours(1)).toString(),
        "handedOverBy", "Border guard force (synthetic)", "leadAgency", "rtp-atpd"), Map.class);
    return (String) opened.get("operationId");
  }

  private static Map<String, Object> person(String listRef, String name) {
    return Map.of("listRef", listRef, "fullName", name, "sex", "F", "estimatedAge", 25,
        "nationality", "MM", "languages", "my");
  }
}
