package org.prasan.webapps;

import org.prasan.ThisContextsEngine;
import org.junit.jupiter.api.extension.ExtendWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The webapps besides the Tasklist start and speak Thai to a Thai browser: Welcome (login,
 * applications, profile), Admin's own-account page and Cockpit's start page. Each webapp
 * loads our config.js and language script, so one that fails to start fails here. An officer's
 * Tasklist offers a language switch and hides what the engine would refuse them.
 */
@Tag("browser")
@ExtendWith(ThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ThaiWebappsBrowserTest {

  @RegisterExtension
  final Browsers browsers = new Browsers();

  @LocalServerPort
  int port;

  @Test
  void aThaiBrowserGetsThaiWelcomeAdminAndCockpitPages() {
    Browser browser = browsers.preferring("th-TH");
    String base = "http://localhost:" + port + "/camunda/app/";

    browser.driver().get(base + "welcome/");
    LoginForm.awaitIn(browser);
    assertThat(browser.driver().findElement(LoginForm.LOG_IN).getText()).isEqualTo("เข้าสู่ระบบ");
    LoginForm.logIn(browser, "admin");
    shows(browser, "แอปพลิเคชัน", "ข้อมูลส่วนตัว", "เปลี่ยนรหัสผ่าน");
    browser.driver().get(base + "admin/default/#/users/admin?tab=account");
    shows(browser, "เปลี่ยนรหัสผ่าน", "รหัสผ่านใหม่*:", "ปลดล็อกผู้ใช้");
    browser.driver().get(base + "cockpit/default/#/dashboard");
    shows(browser, "กระบวนการ", "งานของเจ้าหน้าที่ที่ค้างอยู่", "นิยามกระบวนการ");
  }

  @Test
  void anOfficersTasklistHasALanguageSwitchAndNoButtonsTheEngineWouldRefuse() {
    Browser browser = browsers.preferring("th-TH");
    browser.driver().get("http://localhost:" + port + "/camunda/app/tasklist/default/");
    LoginForm.awaitIn(browser);
    LoginForm.logIn(browser, "rtp-atpd.officer");
    shows(browser, "งานของหน่วยงานฉัน / My agency", "ไทย", "English");

    assertThat(browser.driver().findElements(By.cssSelector(
        "li.start-process-action, li.create-task-action, .ce-eol-banner")))
        .noneMatch(element -> element.isDisplayed());
    browser.driver().findElement(By.id("prasan-lang-en")).click();
    browser.waiting().until(driver -> "en".equals(
        driver.findElement(By.tagName("html")).getAttribute("lang")));
    browser.driver().navigate().refresh();
    // The choice is kept, and wins over the browser's Thai.
    browser.waiting().until(driver -> driver.findElements(By.id("prasan-lang-en")).size() == 1
        && "true".equals(driver.findElement(By.id("prasan-lang-en")).getAttribute("aria-pressed")));
    assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
  }

  @Test
  void anAdministratorUnlocksAThrottledUserInAdmin() throws Exception {
    java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
    String guess = java.util.Base64.getEncoder().encodeToString(
        "msdhs.officer:wrong".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    for (int i = 0; i < 6; i++) {
      client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
              "http://localhost:" + port + "/api/dashboard/sla"))
              .header("Authorization", "Basic " + guess).build(),
          java.net.http.HttpResponse.BodyHandlers.discarding());
    }
    Browser browser = browsers.preferring("th-TH");
    String base = "http://localhost:" + port + "/camunda/app/";
    browser.driver().get(base + "admin/default/");
    LoginForm.awaitIn(browser);
    LoginForm.logIn(browser, "admin");
    browser.driver().get(base + "admin/default/#/system?section=prasan-login-throttle");
    shows(browser, "การเข้าสู่ระบบ / Logins", "msdhs.officer", "ปลดล็อก");

    browser.driver().findElement(By.cssSelector(".prasan-login-throttle table button")).click();

    shows(browser, "ปลดล็อกแล้ว: msdhs.officer", "ขณะนี้ไม่มีผู้ใช้ที่ต้องรอ");
  }

  /** Waits until the page shows each text, so a webapp that never starts fails here. */
  private static void shows(Browser browser, String... texts) {
    for (String text : texts) {
      browser.waiting().until(textToBePresentInElementLocated(By.tagName("body"), text));
    }
  }
}
