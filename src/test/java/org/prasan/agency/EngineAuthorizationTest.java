package org.prasan.agency;

import org.prasan.ThisContextsEngine;
import org.junit.jupiter.api.extension.ExtendWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prasan.intake.TipRequests;
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
 * Who sees and works which task, through the Camunda REST API, as the engine's authorizations
 * decide, and the Tasklist as officers use it: its login, its filters and their task lists
 * through the webapp's own API, Cockpit refused. A new tip's triage task belongs to rtp-atpd
 * (hotline).
 */
@ExtendWith(ThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EngineAuthorizationTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  TaskService taskService;
  @Autowired
  IdentityService identityService;

  @Autowired
  ProcessEngine processEngine;

  @BeforeEach
  void unlockDemoUsers() {
    for (User user : identityService.createUserQuery().list()) {
      identityService.unlockUser(user.getId());
    }
  }

  @Test
  void engineRestRefusesCallersWithoutCredentials() {
    ResponseEntity<String> anonymous = http.getForEntity("/engine-rest/task", String.class);
    ResponseEntity<String> wrongPassword = http.withBasicAuth("rtp-atpd.officer", "wrong")
        .getForEntity("/engine-rest/task", String.class);

    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getHeaders().getContentType().toString())
        .isEqualTo("application/problem+json");
    assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void anOfficerSeesAndWorksOnlyTheTasksOfTheirAgency() {
    String caseId = newCase();

    List<String> ownTasks = taskNames("rtp-atpd.officer", caseId);
    List<String> otherAgencysView = taskNames("rtp-ticac.officer", caseId);
    String taskId = triageTask(caseId).getId();
    ResponseEntity<String> foreignClaim = http.withBasicAuth("rtp-ticac.officer", "demo")
        .postForEntity("/engine-rest/task/" + taskId + "/claim",
            Map.of("userId", "rtp-ticac.officer"), String.class);
    ResponseEntity<String> ownClaim = http.withBasicAuth("rtp-atpd.officer", "demo")
        .postForEntity("/engine-rest/task/" + taskId + "/claim",
            Map.of("userId", "rtp-atpd.officer"), String.class);

    assertThat(ownTasks).containsExactly("Triage tip");
    assertThat(otherAgencysView).isEmpty();
    assertThat(foreignClaim.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(ownClaim.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void supervisorsReassignTheirAgencysTasksAndOfficersCannot() {
    String taskId = triageTask(newCase()).getId();

    ResponseEntity<String> byOfficer = setAssignee("rtp-atpd.officer", taskId,
        "rtp-atpd.supervisor");
    ResponseEntity<String> bySupervisor = setAssignee("rtp-atpd.supervisor", taskId,
        "rtp-atpd.officer");
    ResponseEntity<String> byOtherSupervisor = setAssignee("dsi.supervisor", taskId,
        "dsi.supervisor");

    assertThat(byOfficer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(bySupervisor.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(byOtherSupervisor.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee())
        .isEqualTo("rtp-atpd.officer");
  }

  @Test
  void administratorsAdministerTheEngineAndOfficersDoNot() {
    Map<String, Object> user = Map.of("profile", Map.of("id", "auth-test-" + System.nanoTime(),
        "firstName", "Test", "lastName", "User"), "credentials", Map.of("password",
        "a-long-test-password"));

    ResponseEntity<String> byAdmin = http.withBasicAuth("admin", "demo")
        .postForEntity("/engine-rest/user/create", user, String.class);
    ResponseEntity<String> byOfficer = http.withBasicAuth("rtp-atpd.officer", "demo")
        .postForEntity("/engine-rest/user/create", user, String.class);

    assertThat(byAdmin.getStatusCode()).as(byAdmin.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(byOfficer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void coordinatorsSeeEveryTask() {
    String caseId = newCase();

    assertThat(taskNames("coordinator", caseId)).containsExactly("Triage tip");
  }

  @Test
  void aGroupTakenOffATaskNoLongerSeesIt() {
    String caseId = newCase();
    Task triage = triageTask(caseId);

    taskService.deleteCandidateGroup(triage.getId(), "rtp-atpd");
    taskService.addCandidateGroup(triage.getId(), "rtp-ticac");

    assertThat(taskNames("rtp-atpd.officer", caseId)).isEmpty();
    assertThat(taskNames("rtp-atpd.supervisor", caseId)).isEmpty();
    assertThat(taskNames("rtp-ticac.officer", caseId)).containsExactly("Triage tip");
  }

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

  private String newCase() {
    ResponseEntity<JsonNode> tip = http.withBasicAuth("rtp-atpd.officer", "demo")
        .postForEntity("/api/tips", TipRequests.aTip().build(), JsonNode.class);
    assertThat(tip.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return tip.getBody().get("caseId").asText();
  }

  private Task triageTask(String caseId) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseId).singleResult();
  }

  private List<String> taskNames(String user, String caseId) {
    JsonNode tasks = http.withBasicAuth(user, "demo").getForObject(
        "/engine-rest/task?processInstanceBusinessKey=" + caseId, JsonNode.class);
    return tasks.findValuesAsText("name");
  }

  private ResponseEntity<String> setAssignee(String user, String taskId, String assignee) {
    return http.withBasicAuth(user, "demo").postForEntity(
        "/engine-rest/task/" + taskId + "/assignee", Map.of("userId", assignee), String.class);
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
  }
}
