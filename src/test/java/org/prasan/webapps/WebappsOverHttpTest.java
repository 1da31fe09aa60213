package org.prasan.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.prasan.DemoUsers;
import org.prasan.TestProfiles;
import org.prasan.ThisContextsEngine;
import org.prasan.WebappClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.context.ActiveProfiles;

/**
 * The webapps as a browser reaches them, over HTTP on a random port, with sessions in the
 * database as in production: the login is a row every node reads back, the Thai locale is
 * served, and (tag {@code browser}, {@code mvn verify -Pbrowser}) officers, prosecutors and
 * coordinators work in the real Tasklist, the case page, the dashboard, the statistics page,
 * the screening page and the workbench in headless chromium.
 *
 * <p>A context of its own, the suite's second: the API tests' shared one keeps sessions in
 * memory ({@code application.yaml}'s test profile), because MockMvc hands over a
 * {@code MockHttpSession} that the database's session repository would replace. Nothing here
 * uses MockMvc. Each former test class is a {@code @Nested} class.
 */
@ExtendWith(ThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.autoconfigure.exclude=")
@ActiveProfiles(resolver = TestProfiles.class)
class WebappsOverHttpTest {

  /**
   * Sessions live in the database (Spring Session JDBC), as in production: the webapps' login is
   * a row any node reads back (no node keeps it in memory), the dashboard still takes that login,
   * and /api's Basic authentication stays stateless (no session row, no cookie).
   */
  @Nested
  class SessionsInTheDatabaseTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcIndexedSessionRepository sessions;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void unlockEveryone() {
      DemoUsers.unlockAll(identityService);
    }

    @Test
    void theWebappsLoginIsARowEveryNodeReadsBack() throws Exception {
      WebappClient browser = new WebappClient(URI.create("http://127.0.0.1:" + port));

      HttpResponse<String> login = browser.login("tasklist", "coordinator", "demo");

      assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
      String sessionId = new String(Base64.getDecoder().decode(browser.cookie("SESSION")
          .orElseThrow()), StandardCharsets.UTF_8);
      // What another node finds: the repository reads the row, there is no cache in between.
      Session stored = sessions.findById(sessionId);
      assertThat(stored).isNotNull();
      Authentications logins = stored.getAttribute("authenticatedUser");
      assertThat(logins.getAuthenticationForProcessEngine(processEngine.getName())
          .getIdentityId()).isEqualTo("coordinator");
      assertThat(jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION WHERE SESSION_ID = :id")
          .param("id", sessionId).query(Long.class).single()).isEqualTo(1);

      assertThat(browser.get("/camunda/api/admin/auth/user/default").body())
          .contains("\"userId\":\"coordinator\"");
      assertThat(browser.get("/camunda/api/engine/engine/default/task/count").statusCode())
          .isEqualTo(200);
      // WebappSessionAuthenticationFilter reads the same login from the stored session, and
      // the webapps' CSRF token from it for the workbench's changes.
      assertThat(browser.get("/api/dashboard/sla").statusCode()).isEqualTo(200);
      assertThat(browser.get("/api/models").statusCode()).isEqualTo(200);
      assertThat(browser.postWithoutToken("/api/models/rollbacks", "{}").statusCode())
          .isEqualTo(401);
      assertThat(browser.post("/api/models/rollbacks", "{}").statusCode()).isEqualTo(400);
    }

    @Test
    void basicAuthenticationOnTheApiLeavesNoSession() throws Exception {
      long before = sessionRows();
      String basic = Base64.getEncoder().encodeToString("coordinator:demo"
          .getBytes(StandardCharsets.UTF_8));

      HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                  URI.create("http://127.0.0.1:" + port + "/api/dashboard/sla"))
              .header("Authorization", "Basic " + basic).build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();
      assertThat(sessionRows()).isEqualTo(before);
    }

    private long sessionRows() {
      return jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION").query(Long.class).single();
    }
  }

  /**
   * The webapps the application serves take our configuration, which shadows the webjar's file
   * of the same path, and find the Thai locale and the script that keeps dates in it.
   */
  @Nested
  class ThaiLocaleServedTest {

    @Autowired
    TestRestTemplate http;

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void offersThaiWithEnglishAsTheFallback(String app) {
      ResponseEntity<String> config = http.getForEntity(
          "/camunda/app/" + app + "/scripts/config.js", String.class);
      ResponseEntity<JsonNode> thai = http.getForEntity(
          "/camunda/app/" + app + "/locales/th.json", JsonNode.class);
      ResponseEntity<String> language = http.getForEntity(
          "/camunda/app/prasan/language.js", String.class);

      assertThat(config.getBody()).contains("availableLocales: ['en', 'th']")
          .contains("fallbackLocale: 'en'")
          // The Tasklist lists more scripts after it (app/prasan/case-link.js, form-times.js).
          .contains("customScripts: ['../prasan/language'")
          .contains("ngDeps: ['prasan.language'");
      assertThat(thai.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(thai.getBody().get("labels").get("PAGE_LOGIN_SIGN_IN_ACTION").asText())
          .isEqualTo("เข้าสู่ระบบ");
      assertThat(language.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(language.getBody()).contains("angular.module('prasan.language'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist-menu:prasan.menu", "form-words:prasan.formWords",
        "form-dates:prasan.formDates"})
    void theTasklistLoadsItsHeaderAndFormWordScripts(String script) {
      String file = script.split(":")[0];
      String module = script.split(":")[1];
      ResponseEntity<String> config = http.getForEntity(
          "/camunda/app/tasklist/scripts/config.js", String.class);
      ResponseEntity<String> served = http.getForEntity(
          "/camunda/app/prasan/" + file + ".js", String.class);

      assertThat(config.getBody()).contains("'../prasan/" + file + "'").contains("'" + module + "'");
      assertThat(served.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(served.getBody()).contains("angular.module('" + module + "'");
    }
  }
}
