package org.prasan.webapps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBeNotEmpty;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.prasan.CaseWork;
import org.prasan.DemoUsers;
import org.prasan.TestProfiles;
import org.prasan.ThisContextsEngine;
import org.prasan.WebappClient;
import org.prasan.casefile.OfficerAnswers;
import org.prasan.casefile.TaskRestApi;
import org.prasan.dashboard.DashboardForms;
import org.prasan.intake.TipRequests;
import org.prasan.sla.BusinessCalendar;
import org.prasan.sla.ServiceLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

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

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate http;
  @Autowired
  ObjectMapper json;
  @Autowired
  IdentityService identityService;

  /** Every nested class starts with the demo users unlocked (other tests lock them). */
  @BeforeEach
  void unlockDemoUsers() {
    DemoUsers.unlockAll(identityService);
  }

  String base() {
    return "http://localhost:" + port;
  }

  /** A tip the RTP-ATPD officer posts over HTTP; the new case's id. */
  String newCase() {
    return TaskRestApi.newCase(http);
  }

  /** The prosecutor approves the charges on the claimed form, decided today at 00:05. */
  static void approveCharging(TaskForm form, String chargesApproved) {
    form.choose("Field_chargingDecision", "Approve the charges")
        .type("Field_chargesApproved", chargesApproved)
        .select("Field_principalCharge", "Trafficking in persons")
        // The date the prosecutor decided (issue 16: charging records its date).
        .type("Field_chargingDecidedAt-date", java.time.LocalDate.now(java.time.ZoneId.of(
            "Asia/Bangkok")).format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy"))
            + org.openqa.selenium.Keys.ENTER)
        .type("Field_chargingDecidedAt-time", "00:05" + org.openqa.selenium.Keys.TAB)
        .complete();
  }

  void claim(String agency, String caseId, String basis) {
    ResponseEntity<JsonNode> claimed = http.withBasicAuth(agency + ".officer", "demo")
        .postForEntity("/api/cases/" + caseId + "/claims",
            Map.of("agency", agency, "basis", basis), JsonNode.class);
    assertThat(claimed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  /**
   * Sessions live in the database (Spring Session JDBC), as in production: the webapps' login is
   * a row any node reads back (no node keeps it in memory), the dashboard still takes that login,
   * and /api's Basic authentication stays stateless (no session row, no cookie).
   */
  @Nested
  class SessionsInTheDatabaseTest {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    JdbcIndexedSessionRepository sessions;
    @Autowired
    JdbcClient jdbc;

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

  /**
   * Officers, a prosecutor and a coordinator work their tasks in the real Tasklist, in headless
   * chromium, against the application on a random port. Cases are brought to the task under
   * test through the API, as agency systems and other officers would; what the browser
   * submitted is then checked in the engine. Run with {@code mvn verify -Pbrowser}.
   */
  @Tag("browser")
  @Nested
  class TasklistBrowserTest {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ManagementService managementService;

    TaskRestApi tasks;

    static final java.time.ZoneId BANGKOK = java.time.ZoneId.of("Asia/Bangkok");

    @BeforeEach
    void resetMocks() {
      // Process tests leave stand-in delegates in Camunda's Mocks, which win over beans.
      Mocks.reset();
      tasks = new TaskRestApi(http, json);
    }

    @Test
    void anOfficerTriagesATipInTheTasklistAndTheCaseGoesToTheCoordinator() {
      String caseId = newCase();
      Task triage = openTask(caseId, "Task_TriageTip");
      Browser browser = browsers.preferring("th-TH");

      TaskForm form = tasklist(browser).logIn("rtp-atpd.officer").openTask(triage.getId()).claim();
      assertThat(form.valueOf("Field_caseId")).isEqualTo(caseId);
      form.check("Field_organised", true)
          .choose("Field_triageOutcome", "Trafficking suspected")
          .type("Field_triageNotes", "Recruiter's number matches two earlier hotline calls");
      browser.screenshot("tasklist-triage-form-th");
      form.complete();

      HistoricTaskInstance done = historicTask(triage.getId());
      assertThat(done.getAssignee()).isEqualTo("rtp-atpd.officer");
      assertThat(done.getDeleteReason()).isEqualTo("completed");
      assertThat(variable(caseId, "triageOutcome")).isEqualTo("TRAFFICKING_SUSPECTED");
      assertThat(variable(caseId, "organised")).isEqualTo(true);
      assertThat(openTask(caseId, "Task_ConfirmLeadAgency").getName()).isEqualTo("Confirm lead agency");
    }

    @Test
    void aProsecutorApprovesChargingInTheTasklist() throws Exception {
      String caseId = newCase();
      String approvalId = tasks.workUntil(caseId, "Task_ApproveCharging", new OfficerAnswers())
          .get("id").asText();
      Browser browser = browsers.preferring("en-GB");

      approveCharging(tasklist(browser).logIn("oag-tip.officer").openTask(approvalId).claim(),
          "Trafficking in children (s.52), two counts");

      assertThat(historicTask(approvalId).getAssignee()).isEqualTo("oag-tip.officer");
      assertThat(variable(caseId, "chargingDecision")).isEqualTo("APPROVE");
      assertThat(variable(caseId, "chargesApproved"))
          .isEqualTo("Trafficking in children (s.52), two counts");
      assertThat(tasks.openTask(caseId, "Task_PrepareCompensationClaim")).isPresent();
      assertThat(tasks.openTask(caseId, "Task_GatherAdditionalEvidence")).isEmpty();
    }

    @Test
    void aCoordinatorResolvesAnOverlappingClaimInTheTasklist() {
      String caseId = newCase();
      claim("rtp-atpd", caseId, "ATPD holds the hotline recordings");
      claim("rtp-ticac", caseId, "Recruitment ran through an online group");
      Task resolution = openTask(caseId, "Task_ResolveOverlappingClaim");
      Browser browser = browsers.preferring("en-GB");

      TaskForm form = tasklist(browser).logIn("coordinator").openTask(resolution.getId()).claim();
      assertThat(form.valueOf("Field_openClaims")).contains("rtp-atpd").contains("rtp-ticac");
      form.select("Field_claimLeadAgency", "Thailand Internet Crimes Against Children")
          .type("Field_claimDecisionReason", "Online recruitment of children: TICAC leads")
          .complete();

      JsonNode view = http.withBasicAuth("coordinator", "demo")
          .getForObject("/api/cases/" + caseId, JsonNode.class);
      assertThat(view.get("leadAgency").asText()).isEqualTo("rtp-ticac");
      assertThat(view.get("supportingAgencies").toString()).contains("rtp-atpd");
      assertThat(view.get("openClaims")).isEmpty();
      assertThat(historicTask(resolution.getId()).getAssignee()).isEqualTo("coordinator");
    }

    @Test
    void aSupervisorGivesAnOverdueTaskToAnotherOfficerInTheTasklist() {
      String caseId = newCase();
      Task triage = openTask(caseId, "Task_TriageTip");
      // Three days later the triage is past its one working day: the ladder starts.
      ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(3))));
      try {
        managementService.createJobQuery().processInstanceId(triage.getProcessInstanceId())
            .executable().list().forEach(job -> managementService.executeJob(job.getId()));
        Task escalation = openTask(caseId, "Task_ReviewOverdueTask");
        assertThat(escalation.getName()).isEqualTo("Escalation: Triage tip overdue");
        Browser browser = browsers.preferring("th-TH");

        TaskForm form = tasklist(browser).logIn("rtp-atpd.supervisor")
            .openTask(escalation.getId()).claim();
        assertThat(form.valueOf("Field_overdueTaskName")).isEqualTo("Triage tip");
        assertThat(form.valueOf("Field_overdueHolder")).isEqualTo("unclaimed");
        form.choose("Field_escalationAction", "Give it to another officer")
            .type("Field_reassignTo", "rtp-atpd.officer");
        browser.screenshot("tasklist-escalation-th");
        form.complete();

        assertThat(openTask(caseId, "Task_TriageTip").getAssignee()).isEqualTo("rtp-atpd.officer");
        assertThat(historicTask(escalation.getId()).getAssignee()).isEqualTo("rtp-atpd.supervisor");
      } finally {
        ClockUtil.reset();
      }
    }

    @Test
    void aThaiBrowserGetsTheThaiTasklist() {
      Task triage = openTask(newCase(), "Task_TriageTip");
      Browser browser = browsers.preferring("th-TH");

      Tasklist tasklist = tasklist(browser);
      assertThat(tasklist.textOf(LoginForm.USERNAME)).isEqualTo("ชื่อผู้ใช้");
      assertThat(tasklist.textOf(LoginForm.LOG_IN)).isEqualTo("เข้าสู่ระบบ");
      tasklist.logIn("rtp-atpd.officer").openTask(triage.getId());

      assertThat(tasklist.textOf(Tasklist.CLAIM)).isEqualTo("รับงาน");
      assertThat(tasklist.textOf(By.cssSelector(".task-details .nav-tabs li.active a")))
          .isEqualTo("แบบฟอร์ม");
      assertThat(tasklist.textOf(By.cssSelector(".tasks-list .due-date [am-time-ago]")))
          .as("relative due date, in Thai by the moment locale").startsWith("อีก");
      assertThat(tasklist.pageLanguage()).isEqualTo("th");
      browser.screenshot("tasklist-th");
      // form-js's own message, in Thai (app/prasan/form-words.js), once a required field is emptied.
      tasklist.claim().type("Field_triageNotes", "x").type("Field_triageNotes", "\b");
      browser.waiting().until(textToBePresentInElementLocated(
          By.cssSelector(".fjs-form"), "ต้องกรอกช่องนี้"));
    }

    /**
     * An officer types tomorrow as the reception into care: the Tasklist answers in Thai, naming
     * the field by its label and the time in Bangkok time, the submission is refused with a 4xx
     * (never a 500), and the task stays open with nothing recorded.
     */
    @Test
    void aThaiOfficerIsToldInThaiWhyAFutureReceptionIsRefused() throws Exception {
      String caseId = newCase();
      String screeningId = tasks.workUntil(caseId, "Task_ScreenPotentialVictims",
          new OfficerAnswers()).get("id").asText();
      Browser browser = browsers.preferring("th-TH");
      TaskForm form = tasklist(browser).logIn("rtp-atpd.officer").openTask(screeningId).claim();
      // Every answer of the Tasklist's own API calls, to see the status of the submission.
      ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("""
          window.prasanStatuses = [];
          const open = XMLHttpRequest.prototype.open;
          XMLHttpRequest.prototype.open = function (method, url) {
            this.addEventListener('loadend', () => window.prasanStatuses.push(
              method + ' ' + url + ' ' + this.status));
            return open.apply(this, arguments);
          };
          const fetched = window.fetch;
          window.fetch = function (resource, options) {
            const url = typeof resource === 'string' ? resource : resource.url;
            const method = (options && options.method) || 'GET';
            return fetched.apply(this, arguments).then(response => {
              window.prasanStatuses.push(method + ' ' + url + ' ' + response.status);
              return response;
            });
          };""");
      java.time.LocalDate tomorrow = java.time.LocalDate.now(BANGKOK).plusDays(1);

      form.type("Field_receivedIntoCareAt-date", tomorrow.format(
              java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy"))
              + org.openqa.selenium.Keys.ENTER)
          .type("Field_receivedIntoCareAt-time", "09:00" + org.openqa.selenium.Keys.TAB)
          .type("Field_potentialVictimCount", "2")
          .choose("Field_childVictimPresent", "No")
          .choose("Field_foreignVictimPresent", "No")
          .choose("Field_screeningExtensionNeeded", "No, screening ends within 24 hours");
      browser.waiting().until(org.openqa.selenium.support.ui.ExpectedConditions
          .elementToBeClickable(Tasklist.COMPLETE)).click();

      String when = tomorrow + " 09:00 น. (เวลาประเทศไทย)";
      By notification = By.cssSelector(".notifications .alert");
      browser.waiting().until(driver -> driver.findElements(notification).stream()
          .anyMatch(shown -> shown.getText().contains(when)));
      String shown = browser.driver().findElements(notification).stream()
          .map(org.openqa.selenium.WebElement::getText).filter(text -> text.contains(when))
          .findFirst().orElseThrow();
      browser.screenshot("tasklist-refusal-th");
      assertThat(shown).contains("วันที่รับตัวไว้ (มาตรา 29)").contains("อยู่ในอนาคต")
          .doesNotContain("T02:00:00Z").doesNotContain("Cannot submit task form");
      @SuppressWarnings("unchecked")
      List<String> statuses = (List<String>) ((org.openqa.selenium.JavascriptExecutor)
          browser.driver()).executeScript("return window.prasanStatuses;");
      List<String> submissions = statuses.stream()
          .filter(status -> status.contains("/task/" + screeningId + "/")
              && (status.contains("submit-form") || status.contains("complete")))
          .toList();
      assertThat(submissions).as("the form's submission, among %s", statuses).isNotEmpty()
          .allSatisfy(status -> assertThat(status).matches(".* 4\\d\\d"));
      assertThat(taskService.createTaskQuery().taskId(screeningId).count()).isEqualTo(1);
      // The call activities pass the variable in empty; the refused answer (2) was not kept.
      assertThat(historyService.createHistoricVariableInstanceQuery()
          .variableName("potentialVictimCount").processInstanceIdIn(historyService
              .createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseId).list()
              .stream().map(HistoricProcessInstance::getId).toArray(String[]::new)).list())
          .allSatisfy(kept -> assertThat(kept.getValue()).isNull());
    }

    /** form-js's date picker names months and days in Thai (app/prasan/form-dates.js). */
    @Test
    void theThaiTasklistsDatePickerNamesMonthsAndDaysInThai() throws Exception {
      String caseId = newCase();
      String screeningId = tasks.workUntil(caseId, "Task_ScreenPotentialVictims",
          new OfficerAnswers()).get("id").asText();
      Browser browser = browsers.preferring("th-TH");
      tasklist(browser).logIn("rtp-atpd.officer").openTask(screeningId).claim();
      String thisMonth = List.of("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม",
          "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม")
          .get(java.time.LocalDate.now(BANGKOK).getMonthValue() - 1);
      org.openqa.selenium.JavascriptExecutor page =
          (org.openqa.selenium.JavascriptExecutor) browser.driver();
      String calendar = "const calendar = document.querySelector("
          + "'.fjs-container .flatpickr-calendar'); ";

      browser.waiting().until(driver -> String.valueOf(page.executeScript(calendar
          + "return calendar && calendar.textContent;")).contains(thisMonth));
      assertThat(String.valueOf(page.executeScript(calendar + "return Array.from("
          + "calendar.querySelectorAll('.flatpickr-weekday')).map(day => day.textContent.trim())"
          + ".join(' ');"))).isEqualTo("จ อ พ พฤ ศ ส อา");
      browser.driver().findElement(By.cssSelector(".fjs-form [id$='-Field_receivedIntoCareAt-date']"))
          .click();
      browser.screenshot("tasklist-date-picker-th");
    }

    @Test
    void aBrowserInAnotherLanguageGetsTheEnglishTasklist() {
      Task triage = openTask(newCase(), "Task_TriageTip");
      Browser browser = browsers.preferring("fr-FR");

      Tasklist tasklist = tasklist(browser);
      assertThat(tasklist.textOf(LoginForm.LOG_IN)).isEqualTo("Log in");
      tasklist.logIn("rtp-atpd.officer").openTask(triage.getId());

      assertThat(tasklist.textOf(Tasklist.CLAIM)).isEqualTo("Claim");
      assertThat(tasklist.textOf(By.cssSelector(".tasks-list .due-date [am-time-ago]")))
          .startsWith("in ");
      assertThat(tasklist.pageLanguage()).isEqualTo("en");
    }

    private Tasklist tasklist(Browser browser) {
      return new Tasklist(browser, base()).open();
    }

    private Task openTask(String caseId, String taskKey) {
      List<Task> open = taskService.createTaskQuery().processInstanceBusinessKey(caseId)
          .taskDefinitionKey(taskKey).list();
      assertThat(open).as("open %s of %s", taskKey, caseId).hasSize(1);
      return open.get(0);
    }

    private HistoricTaskInstance historicTask(String taskId) {
      return historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
    }

    /** The latest value of a case variable, from any of the case's processes. */
    private Object variable(String caseId, String name) {
      String[] processes = historyService.createHistoricProcessInstanceQuery()
          .processInstanceBusinessKey(caseId).list().stream()
          .map(HistoricProcessInstance::getId).toArray(String[]::new);
      return historyService.createHistoricVariableInstanceQuery()
          .processInstanceIdIn(processes)
          .variableName(name)
          .orderByCreationTime().asc()
          .list().stream()
          .reduce((first, second) -> second)
          .orElseThrow(() -> new AssertionError(caseId + " has no variable " + name))
          .getValue();
    }
  }

  /**
   * The webapps besides the Tasklist start and speak Thai to a Thai browser: Welcome (login,
   * applications, profile), Admin's own-account page and Cockpit's start page. Each webapp
   * loads our config.js and language script, so one that fails to start fails here. An officer's
   * Tasklist offers a language switch and hides what the engine would refuse them.
   */
  @Tag("browser")
  @Nested
  class ThaiWebappsBrowserTest {

    @RegisterExtension
    final Browsers browsers = new Browsers();


    @Test
    void aThaiBrowserGetsThaiWelcomeAdminAndCockpitPages() {
      Browser browser = browsers.preferring("th-TH");
      String base = base() + "/camunda/app/";

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
      browser.driver().get(base() + "/camunda/app/tasklist/default/");
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
                base() + "/api/dashboard/sla"))
                .header("Authorization", "Basic " + guess).build(),
            java.net.http.HttpResponse.BodyHandlers.discarding());
      }
      Browser browser = browsers.preferring("th-TH");
      String base = base() + "/camunda/app/";
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

  /**
   * An analyst of the statistics group logs in on the statistics page, picks 2017 and sees its
   * figures, charts and tables with the reports that ask for them, in English and in Thai
   * ({@code target/screenshots/statistics-en.png}, {@code statistics-th.png}). Run with
   * {@code mvn verify -Pbrowser}.
   */
  @Tag("browser")
  @Nested
  class StatisticsBrowserTest {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void aYearOfFigures() {
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
      driver.get(base() + "/statistics");
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

  /**
   * Issue 19 done as a coordinator does it, in headless chromium, with no terminal and no
   * restart: two cases wait at "Review tip" of {@code workbench-check}. The coordinator opens the
   * process in the workbench, appends "Check victim support" for msdhs with its own service level
   * of 2 working days (the configured default is 3), sees the check mark its missing form, links
   * the form, deploys, moves both cases after a dry run; the next new task of a moved case is
   * due 2 working days on.
   */
  @Tag("browser")
  @Nested
  class WorkbenchBrowserTest {

    private static final String KEY = "workbench-check";
    private static final String REVIEW = "Task_ReviewTip";
    private static final String NEW_TASK = "Task_CheckVictimSupport";
    private static final String NEW_FORM = "check-victim-support";
    private static final List<String> CASES = List.of("WB-2026-000001", "WB-2026-000002");

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    BusinessCalendar calendar;

    @BeforeEach
    void twoCasesWaitAtTheReviewOfVersionOne() {
      LinkedMultiValueMap<String, Object> files = new LinkedMultiValueMap<>();
      files.add("files", file(KEY + ".bpmn", Bpmn.convertToString(Bpmn.createExecutableProcess(KEY)
          .name("Workbench check").camundaHistoryTimeToLive(3650)
          .startEvent("StartEvent_TipReceived").name("Tip received")
          .userTask(REVIEW).name("Review tip").camundaCandidateGroups("rtp-atpd")
          .camundaFormRef("review-tip").camundaFormRefBinding("deployment")
          .camundaDueDate("${sla.due(execution)}")
          .endEvent("EndEvent_Reviewed").name("Reviewed").done())));
      files.add("files", file("review-tip.form", form("review-tip", "ทบทวนเบาะแส / Review tip")));
      files.add("files", file(NEW_FORM + ".form", form(NEW_FORM,
          "ตรวจสอบการช่วยเหลือผู้เสียหาย / Check victim support")));
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.MULTIPART_FORM_DATA);
      assertThat(http.withBasicAuth("coordinator", "demo").postForEntity("/api/models/deployments",
          new HttpEntity<>(files, headers), String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
      CASES.forEach(caseId -> runtime.startProcessInstanceByKey(KEY, caseId));
    }

    @AfterEach
    void removeTheProcessAndResetTheClock() {
      repository.createDeploymentQuery().deploymentSource("prasan-models-api").list()
          .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
      ClockUtil.reset();
    }

    @Test
    void aCoordinatorAddsATaskWithItsOwnServiceLevelDeploysAndMovesTwoCases() {
      Browser browser = browsers.preferring("en-GB");
      Workbench workbench = new Workbench(browser, base()).logIn("coordinator");
      assertThat(workbench.text(Workbench.TITLE)).isEqualTo("Model workbench");
      assertThat(browser.driver().findElements(Workbench.LEGAL_CLOCKS)).isNotEmpty();

      workbench.openProcess(KEY).select(REVIEW);
      workbench.appendUserTask("Check victim support");
      workbench.id(NEW_TASK).candidateGroups("msdhs").dueDate("${sla.due(execution)}")
          .extensionProperty("serviceLevel", "2 working days");

      workbench.check();
      assertThat(workbench.findings()).anySatisfy(finding -> {
        assertThat(finding.getAttribute("data-element")).isEqualTo(NEW_TASK);
        assertThat(finding.getAttribute("data-code")).isEqualTo("ML02");
        assertThat(finding.getText()).contains("has no form");
      });
      assertThat(workbench.markedAsError(NEW_TASK)).isTrue();
      browser.screenshot("workbench-lint-en");

      workbench.camundaForm(NEW_FORM).check();
      assertThat(workbench.findings()).noneSatisfy(finding ->
          assertThat(finding.getAttribute("class")).contains("error"));
      assertThat(workbench.findings()).noneSatisfy(finding ->
          assertThat(finding.getAttribute("data-element")).isEqualTo(NEW_TASK));

      workbench.deploy();
      ProcessDefinition v2 = repository.createProcessDefinitionQuery().processDefinitionKey(KEY)
          .latestVersion().singleResult();
      assertThat(v2.getVersion()).isEqualTo(2);
      assertThat(workbench.text(Workbench.DEPLOYED)).contains(NEW_FORM);

      workbench.dryRun(1, 2);
      List<WebElement> rows = workbench.dryRunRows();
      assertThat(rows).hasSize(2).allSatisfy(row ->
          assertThat(row.getAttribute("class")).contains("migrate"));
      assertThat(rows).extracting(row -> row.getAttribute("data-case"))
          .containsExactlyInAnyOrderElementsOf(CASES);
      assertThat(runtime.createProcessInstanceQuery().processDefinitionId(v2.getId()).count()).isZero();
      browser.screenshot("workbench-dry-run-en");

      workbench.confirmMigration();
      assertThat(workbench.text(Workbench.MIGRATION_RESULT)).startsWith("2 cases moved");
      assertThat(runtime.createProcessInstanceQuery().processDefinitionId(v2.getId()).count())
          .isEqualTo(2);

      // An officer of rtp-atpd finishes the review of a moved case on a Monday morning.
      Instant monday = Instant.parse("2026-12-14T02:00:00Z");
      ClockUtil.setCurrentTime(Date.from(monday));
      Task review = tasks.createTaskQuery().processInstanceBusinessKey(CASES.get(0))
          .taskDefinitionKey(REVIEW).singleResult();
      tasks.complete(review.getId());
      Task next = tasks.createTaskQuery().processInstanceBusinessKey(CASES.get(0))
          .taskDefinitionKey(NEW_TASK).singleResult();
      assertThat(next.getDueDate().toInstant())
          .isEqualTo(calendar.add(monday, ServiceLevel.valueOf("2 working days")))
          .isNotEqualTo(calendar.add(monday, ServiceLevel.valueOf("3 working days")));

      workbench.switchTo("th");
      assertThat(workbench.text(Workbench.TITLE)).isEqualTo("ปรับปรุงขั้นตอนการทำงาน");
      browser.screenshot("workbench-th");
    }

    private static ByteArrayResource file(String name, String content) {
      return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
        @Override
        public String getFilename() {
          return name;
        }
      };
    }

    private static String form(String id, String heading) {
      return "{\"id\":\"" + id + "\",\"type\":\"default\",\"schemaVersion\":16,\"components\":["
          + "{\"type\":\"text\",\"id\":\"Text_Heading\",\"text\":\"## " + heading + "\"},"
          + "{\"type\":\"textfield\",\"id\":\"Field_notes\",\"key\":\"" + id.replace("-", "")
          + "Notes\",\"label\":\"บันทึก / Notes\"}]}";
    }

  }

  /**
   * A coordinator opens the dashboard in headless chromium after logging into the Tasklist, and
   * sees the agency late today, the charts drawn with figures, a legal clock with a link to its
   * task and an overlapping claim, in English and in Thai. Cases are brought there through the
   * API and the engine, five days on by the engine clock. Run with {@code mvn verify -Pbrowser};
   * {@code target/screenshots/dashboard-en.png} is the README's picture (docs/images).
   */
  @Tag("browser")
  @Nested
  class DashboardBrowserTest {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Autowired
    ProcessEngine engine;

    private final List<String> cases = new ArrayList<>();

    @BeforeEach
    void resetMocks() {
      Mocks.reset();
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
      List<String> atTriage = ids(stage(figures, "Task_TriageTip").get("caseIds"));
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

    /** A new case, withdrawn after the test. */
    private String newCase() {
      String caseId = WebappsOverHttpTest.this.newCase();
      cases.add(caseId);
      return caseId;
    }

    private void claim(String agency, String caseId) {
      WebappsOverHttpTest.this.claim(agency, caseId, agency + " holds the recordings");
    }

  }

  /**
   * A prosecutor with a Thai browser finds the case's "Approve charging" task in the Tasklist by
   * typing its case id into the search, sees the case id in the list, follows the task's link to
   * the case page, reads there the arrest and the remand cap, registers an exhibit by uploading
   * a file, and sees it listed as intact. Run with {@code mvn verify -Pbrowser}.
   */
  @Tag("browser")
  @Nested
  class CasePageBrowserTest {

    static final By SEARCH = By.cssSelector("[cam-widget-search] input[type='text']");
    static final By CASE_LINK = By.cssSelector("#prasan-case-link a");
    static final By EXHIBIT_ROWS = By.cssSelector("#exhibits tbody tr[data-exhibit]");

    @RegisterExtension
    final Browsers browsers = new Browsers();


    TaskRestApi tasks;

    @BeforeEach
    void resetMocks() {
      Mocks.reset();
      tasks = new TaskRestApi(http, json);
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
      approveCharging(new Tasklist(browser, base()).claim(),
          "Trafficking in persons (s.6), one count");
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


    private String newCase() {
      ResponseEntity<JsonNode> tip = http.withBasicAuth("rtp-atpd.officer", "demo")
          .postForEntity("/api/tips", TipRequests.aTip().build(), JsonNode.class);
      return tip.getBody().get("caseId").asText();
    }
  }

  /**
   * An MSDHS officer opens a screening operation's page from its link, logs in with the
   * Tasklist's account (no credentials kept by the page) and reads its counts in Thai; the
   * people's names are nowhere on it. Run with {@code mvn verify -Pbrowser}.
   */
  @Tag("browser")
  @Nested
  class ScreeningPageBrowserTest {

    /** A synthetic name no other test uses. */
    static final String NAME = "Qorvathin Pagetestperson";

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskService taskService;

    @Autowired
    ExternalTaskService externalTasks;

    @Test
    void anOfficerLogsInOnTheOperationsPageAndReadsItsCountsInThai() {
      String operationId = operationWithOnePerson();
      Browser browser = browsers.preferring("th-TH");
      WebDriver driver = browser.driver();
      driver.get(base() + "/screenings/?operation=" + operationId);
      LoginForm.logInOnOurPage(browser, "msdhs.officer");

      browser.waiting().until(visibilityOfElementLocated(By.id("operation-view")));
      browser.waiting().until(textToBe(By.cssSelector("header h1"), "ปฏิบัติการคัดแยก"));
      // Every row in the page's language, the breakdowns by nationality and language too.
      assertThat(driver.findElement(By.id("counts")).getText()).contains("รับตัว")
          .contains("สัญชาติ").doesNotContain("Nationality").doesNotContain("Language");
      // The person's processes start after the list is stored; the page refreshes every 5 s.
      browser.waiting().until(textToBePresentInElementLocated(By.id("holds"), "PAGE-0001"));
      // Age bands and statuses read as words of the page's language, not the API's codes.
      assertThat(driver.findElement(By.id("holds")).getText()).contains("ผู้ใหญ่ (18 ปีขึ้นไป)")
          .doesNotContain("ADULT").doesNotContain("RECEIVED").doesNotContain("CHECKING");
      assertThat(driver.getPageSource()).doesNotContain(NAME);
      browser.screenshot("screening-th");

      // Another agency's officer is refused on the page, in Thai, with no figures shown.
      driver.manage().deleteAllCookies();
      driver.get(base() + "/screenings/?operation=" + operationId);
      LoginForm.logInOnOurPage(browser, "amlo.officer");
      browser.waiting().until(visibilityOfElementLocated(By.id("refusal")));
      assertThat(driver.findElement(By.id("operation-view")).isDisplayed()).isFalse();
    }

    @Test
    void aPersonsScreeningTaskShowsTheirRefInTheTasklistNeverAName() {
      String operationId = operationWithOnePerson();
      Browser browser = browsers.preferring("th-TH");
      Tasklist tasklist = new Tasklist(browser, base()).open().logIn("rtp-atpd.officer");

      // Informing the person of their rights is the police's first task; it has no case yet.
      browser.waiting().until(visibilityOfElementLocated(
          By.cssSelector(".tasks-list .prasan-case-id[data-person-ref]")));
      assertThat(browser.driver().findElement(
          By.cssSelector(".tasks-list .prasan-case-id[data-person-ref]")).getText())
          .startsWith("บุคคล SP-");
      assertThat(browser.driver().getPageSource()).doesNotContain(NAME);

      // The rights form names the person's age band in words, not the code ADULT.
      Task rights = rightsTask(personRefOf(operationId));
      String form = tasklist.openTask(rights.getId())
          .textOf(By.cssSelector(".task-details .fjs-form"));
      assertThat(form).contains("ผู้ใหญ่ (18 ปีขึ้นไป) / Adult (18 or over)")
          .doesNotContain("ADULT");
    }

    @Test
    void anMdtOfficersQueueNamesThePersonsAgeBandInWords() {
      String personRef = personRefOf(operationWithOnePerson());
      // The police inform them of their rights; Immigration's and the police's systems check.
      Task rights = rightsTask(personRef);
      taskService.complete(rights.getId(), Map.of("interpreterLanguage", "my",
          "rightsInformedAt", Instant.now().minusSeconds(60).toString()));
      check(personRef, "immigration.system", "immigration-status-check",
          Map.of("immigrationStatus", "LEFT_IRREGULARLY"));
      check(personRef, "rtp-atpd.system", "police-warrant-check", Map.of("warrantHit", false));

      Browser browser = browsers.preferring("th-TH");
      WebDriver driver = browser.driver();
      new Tasklist(browser, base()).open().logIn("mdt.officer")
          .openFilter("Screening queue ตาก, Burmese (my)");
      By ageBands = By.xpath("//*[contains(@class,'tasks-list')]//*[contains(@class,"
          + "'variable-item')][.//*[@uib-tooltip='ageBand']]"
          + "//*[contains(@class,'variable-value')]");
      browser.waiting().until(textToBePresentInElementLocated(ageBands, "ผู้ใหญ่ (18 ปีขึ้นไป)"));
      assertThat(driver.findElements(ageBands)).extracting(WebElement::getText)
          .allSatisfy(band -> assertThat(band).doesNotContain("ADULT", "15_TO_17", "UNDER_15"));
      assertThat(driver.getPageSource()).doesNotContain(NAME);
    }

    private String personRefOf(String operationId) {
      return jdbc.queryForObject("SELECT person_ref FROM screening_person "
          + "WHERE operation_id = ?", String.class, operationId);
    }

    /** The person's first task, once their process has started after the import. */
    private Task rightsTask(String personRef) {
      Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> taskService
          .createTaskQuery().processInstanceBusinessKey(personRef).count() == 1);
      return taskService.createTaskQuery().processInstanceBusinessKey(personRef).singleResult();
    }

    /** The agency's system takes the person's check and answers it, as over REST. */
    private void check(String personRef, String system, String topic,
                       Map<String, Object> answer) {
      List<LockedExternalTask> locked = new ArrayList<>();
      Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
        locked.addAll(externalTasks.fetchAndLock(1, system).topic(topic, 60_000)
            .businessKey(personRef).execute());
        return !locked.isEmpty();
      });
      externalTasks.complete(locked.get(0).getId(), system, answer);
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
      driver.get(base() + "/screenings/?operation=" + operationId);
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
      driver.get(base() + "/screenings/?operation=" + operationId);
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
}
