package org.prasan.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The webapps the application serves take our configuration, which shadows the webjar's file
 * of the same path, and find the Thai locale and the script that keeps dates in it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
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
