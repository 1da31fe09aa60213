package org.prasan.webapps;

import org.prasan.DemoUsers;
import org.prasan.ThisContextsEngine;
import org.junit.jupiter.api.extension.ExtendWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBeNotEmpty;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * An analyst of the statistics group logs in on the statistics page, picks 2017 and sees its
 * figures, charts and tables with the reports that ask for them, in English and in Thai
 * ({@code target/screenshots/statistics-en.png}, {@code statistics-th.png}). Run with
 * {@code mvn verify -Pbrowser}.
 */
@Tag("browser")
@ExtendWith(ThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StatisticsBrowserTest {

  @RegisterExtension
  final Browsers browsers = new Browsers();

  @LocalServerPort
  int port;
  @Autowired
  IdentityService identityService;
  @Autowired
  JdbcClient jdbc;

  @BeforeEach
  void aYearOfFigures() {
    DemoUsers.unlockAll(identityService);
    jdbc.sql("DELETE FROM stat_victim_group WHERE case_id LIKE 'TIP-2017-%'").update();
    jdbc.sql("DELETE FROM stat_case WHERE case_id LIKE 'TIP-2017-%'").update();
    String[] exploitation = {"SEXUAL", "LABOUR", "LABOUR", "FORCED_CRIMINALITY", "BEGGING"};
    String[] sector = {"ENTERTAINMENT", "FISHING", "AGRICULTURE", "ONLINE_FRAUD", "OTHER"};
    for (int i = 1; i <= 5; i++) {
      String caseId = String.format("TIP-2017-%06d", i);
      Timestamp at = Timestamp.from(LocalDateTime.of(2017, i, 10, 10, 0)
          .toInstant(ZoneOffset.ofHours(7)));
      jdbc.sql("INSERT INTO stat_case (case_id, province, opened_at, investigation_started_at)"
          + " VALUES (?, 'ตาก', ?, ?)").param(caseId).param(at).param(at).update();
      jdbc.sql("INSERT INTO stat_victim_group (task_id, case_id, identified_at, women, girls,"
              + " men, boys, age_band, nationality, exploitation, sector)"
              + " VALUES (?, ?, ?, ?, 1, ?, 0, 'MIXED', 'MM', ?, ?)")
          .param("browser-" + i).param(caseId).param(at).param(i).param(i % 2)
          .param(exploitation[i - 1]).param(sector[i - 1]).update();
    }
  }

  @Test
  void anAnalystSeesAYearsFiguresWithTheReportsThatAskForThemInEnglishAndThai() {
    Browser browser = browsers.preferring("en-GB");
    WebDriver driver = browser.driver();
    driver.get("http://localhost:" + port + "/statistics");
    LoginForm.logInOnOurPage(browser, "statistics.analyst");
    browser.waiting().until(visibilityOfElementLocated(By.id("figure-victims")));

    ((JavascriptExecutor) driver).executeScript("document.getElementById('from').value ="
        + " '2017-01-01'; document.getElementById('to').value = '2017-12-31';");
    driver.findElement(By.cssSelector("#period-form button[type=submit]")).click();
    browser.waiting().until(textToBe(By.id("period-shown"), "2017-01-01 – 2017-12-31"));
    browser.waiting().until(attributeToBeNotEmpty(
        driver.findElement(By.id("exploitation-chart")), "data-points"));

    assertThat(driver.findElement(By.cssSelector("header h1")).getText())
        .isEqualTo("Trafficking in persons statistics");
    assertThat(driver.findElement(By.cssSelector("#figure-victims strong")).getText())
        .isEqualTo("23");
    assertThat(driver.findElement(By.cssSelector("#figure-investigations strong")).getText())
        .isEqualTo("5");
    assertThat(driver.findElements(By.cssSelector("#exploitation-chart .uplot canvas")))
        .isNotEmpty();
    assertThat(driver.findElement(By.id("exploitation-chart")).getAttribute("data-points"))
        .isEqualTo("4");
    assertThat(driver.findElement(By.cssSelector("#table-victims-exploitation .reports"))
        .getText()).contains("US TIP report").contains("SDG 16.2.2");
    assertThat(driver.findElement(By.id("download-xlsx")).getAttribute("href"))
        .endsWith("/api/statistics/xlsx?from=2017-01-01&to=2017-12-31");
    browser.screenshot("statistics-en");

    driver.findElement(By.id("lang-th")).click();
    browser.waiting().until(textToBe(By.cssSelector("header h1"), "สถิติการค้ามนุษย์"));
    assertThat(driver.findElement(By.cssSelector("#table-victims-exploitation h2")).getText())
        .isEqualTo("ผู้เสียหาย จำแนกตามรูปแบบการแสวงประโยชน์");
    browser.screenshot("statistics-th");
  }
}
