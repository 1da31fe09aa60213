package org.prasan.agency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.SimpleDateFormat;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.prasan.ThisContextsEngine;
import org.prasan.casefile.TaskRestApi;
import org.prasan.system.EngineJsonMapper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The Tasklist as officers use it: its login, its filters and their task lists through the
 * webapp's own API, Cockpit refused; and Admin's unlock of a throttled login. A context of its own (the property below), started when
 * this class runs: the Spring Boot webapps keep state in statics that the application started
 * last in this JVM owns (FirstAdministratorTest starts several), so a cached older context
 * answered the webapps' login with a 500 in a full run.
 */
@ExtendWith(ThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "prasan.test.context=tasklist-login")
@ActiveProfiles("test")
class TasklistLoginTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  TaskService taskService;
  @Autowired
  EngineJsonMapper engineJson;

  @Test
  void officersUseTheTasklistButNotCockpit() {
    String caseId = newCase();
    WebappSession officer = login("rtp-atpd.officer", "tasklist");

    ResponseEntity<JsonNode> filters = officer.get(
        "/camunda/api/engine/engine/default/filter?resourceType=Task");
    String myAgency = null;
    for (JsonNode filter : filters.getBody()) {
      if (TasklistFiltersInitializer.MY_AGENCY.equals(filter.get("name").asText())) {
        myAgency = filter.get("id").asText();
      }
    }
    ResponseEntity<JsonNode> tasks = officer.get("/camunda/api/engine/engine/default/filter/"
        + myAgency + "/list?firstResult=0&maxResults=1000");

    assertThat(filters.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(myAgency).isNotNull();
    assertThat(tasks.getBody().findValuesAsText("id")).contains(triageTask(caseId).getId())
        .allSatisfy(taskId -> assertThat(taskService.getIdentityLinksForTask(taskId))
            .anySatisfy(link -> assertThat(link.getGroupId()).startsWith("rtp-atpd")));
    assertThat(loginStatus("rtp-atpd.officer", "cockpit")).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(loginStatus("coordinator", "cockpit")).isEqualTo(HttpStatus.OK);
  }

  // Issue 20: the webapps' engine API (the Tasklist's) asks our one mapper, not Camunda's
  // mapper-per-call, and its task list keeps Camunda's dates, in HAL as the Tasklist asks.
  @Test
  void theTasklistsEngineApiWritesWithOurMapperInCamundasDateFormat() {
    String caseId = newCase();
    Task triage = triageTask(caseId);
    String created = new SimpleDateFormat(JacksonConfigurator.dateFormatString)
        .format(triage.getCreateTime());
    WebappSession officer = login("rtp-atpd.officer", "tasklist");
    long before = engineJson.webappEngineApi().answers();

    ResponseEntity<JsonNode> tasks = officer.get("/camunda/api/engine/engine/default/task"
        + "?processInstanceBusinessKey=" + caseId, MediaType.valueOf("application/hal+json"));

    assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(engineJson.webappEngineApi().answers()).isGreaterThan(before);
    assertThat(tasks.getBody().at("/_embedded/task/0/created").asText()).isEqualTo(created)
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}[+-]\\d{4}");
  }

  // Issue 15: an administrator unlocks a throttled user from the Admin webapp (its plugin
  // calls our API with the webapps' session and their CSRF token). Here, not in AttackersTest:
  // the webapps' login needs the context that started last.
  @Test
  void anAdministratorUnlocksFromAdminWithTheSessionAndItsCsrfToken() throws Exception {
    for (int i = 0; i < 6; i++) {
      http.withBasicAuth("mdt.officer", "guess" + i).getForEntity("/api/dashboard/sla",
          String.class);
    }
    org.prasan.WebappClient admin = new org.prasan.WebappClient(
        java.net.URI.create(http.getRootUri() + "/"));
    assertThat(admin.login("admin", "admin", "demo").statusCode()).isEqualTo(200);
    assertThat(admin.get("/camunda/app/admin/scripts/config.js").body())
        .contains("prasan.loginThrottle");
    assertThat(admin.get("/camunda/app/prasan/login-throttle.js").statusCode()).isEqualTo(200);
    assertThat(admin.get("/api/admin/login-throttle").body()).contains("mdt.officer");

    assertThat(admin.deleteWithoutToken("/api/admin/login-throttle/mdt.officer").statusCode())
        .as("no cross-site request rides on the session").isEqualTo(401);
    assertThat(admin.delete("/api/admin/login-throttle/mdt.officer").statusCode())
        .isEqualTo(204);

    assertThat(admin.get("/api/admin/login-throttle").body()).doesNotContain("mdt.officer");
    assertThat(http.withBasicAuth("mdt.officer", "demo").getForEntity("/engine-rest/task/count", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private String newCase() {
    return TaskRestApi.newCase(http);
  }

  private Task triageTask(String caseId) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseId).singleResult();
  }

  private HttpStatus loginStatus(String user, String app) {
    return (HttpStatus) loginResponse(user, app, new HttpHeaders()).getStatusCode();
  }

  private WebappSession login(String user, String app) {
    HttpHeaders headers = new HttpHeaders();
    ResponseEntity<String> page = http.getForEntity("/camunda/app/" + app + "/", String.class);
    List<String> cookies = page.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of());
    ResponseEntity<String> login = loginResponse(user, app, cookieHeaders(cookies));
    assertThat(login.getStatusCode()).as(login.getBody()).isEqualTo(HttpStatus.OK);
    List<String> all = new java.util.ArrayList<>(cookies);
    all.addAll(login.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of()));
    headers.putAll(cookieHeaders(all));
    return new WebappSession(headers);
  }

  private ResponseEntity<String> loginResponse(String user, String app, HttpHeaders headers) {
    if (headers.isEmpty()) {
      ResponseEntity<String> page = http.getForEntity("/camunda/app/" + app + "/", String.class);
      headers = cookieHeaders(page.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of()));
    }
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", "demo");
    return http.exchange("/camunda/api/admin/auth/user/default/login/" + app, HttpMethod.POST,
        new HttpEntity<>(form, headers), String.class);
  }

  /** The session and XSRF cookies as a browser would send them back, with the XSRF header. */
  private static HttpHeaders cookieHeaders(List<String> setCookies) {
    HttpHeaders headers = new HttpHeaders();
    Map<String, String> cookies = new java.util.LinkedHashMap<>();
    for (String setCookie : setCookies) {
      String pair = setCookie.split(";", 2)[0];
      String[] nameValue = pair.split("=", 2);
      cookies.put(nameValue[0], nameValue.length > 1 ? nameValue[1] : "");
    }
    if (!cookies.isEmpty()) {
      headers.add(HttpHeaders.COOKIE, cookies.entrySet().stream()
          .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
          .reduce((a, b) -> a + "; " + b).orElseThrow());
    }
    if (cookies.containsKey("XSRF-TOKEN")) {
      headers.add("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
    }
    return headers;
  }

  private final class WebappSession {
    private final HttpHeaders headers;

    WebappSession(HttpHeaders headers) {
      this.headers = headers;
    }

    ResponseEntity<JsonNode> get(String path) {
      return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    ResponseEntity<JsonNode> get(String path, MediaType accept) {
      HttpHeaders asking = new HttpHeaders();
      asking.putAll(headers);
      asking.setAccept(List.of(accept));
      return http.exchange(path, HttpMethod.GET, new HttpEntity<>(asking), JsonNode.class);
    }
  }
}
