package org.prasan.casepage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.prasan.CaseWork;
import org.prasan.TestProfiles;
import org.prasan.ThisContextsEngine;
import org.prasan.casefile.CaseFileRepository;
import org.prasan.casefile.OfficerAnswers;
import org.prasan.casefile.TaskRestApi;
import org.prasan.claims.CaseApi;
import org.prasan.dashboard.DashboardForms;
import org.prasan.intake.TipRequests;
import org.prasan.casefile.JointCaseProcess;
import org.prasan.system.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A case as the agencies work it, in the whole application: who sees and works which task
 * through the engine's REST API, the case record and its joint lifecycle, the case page and
 * the engine's refusals it labels, the audit trail, and evidence kept with the case.
 * Each former test class is a {@code @Nested} class; those tagged {@code mariadb} also run in
 * {@code mvn verify -Pmariadb}. One configuration, the API tests' shared one (RANDOM_PORT with
 * MockMvc), so Spring starts one context for all of them.
 */
@ExtendWith(ThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestProfiles.class)
class CaseThroughTheApiTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  TestRestTemplate http;
  @Autowired
  ObjectMapper json;
  @Autowired
  IdentityService identityService;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ProcessEngine engine;
  @Autowired
  CaseFileRepository cases;

  CaseApi api;

  /** Also unlocks the demo officers and resets the Mocks (see {@link CaseApi}). */
  @BeforeEach
  void api() {
    api = new CaseApi(mvc, json, identityService);
  }

  /** A tip the RTP-ATPD officer posts over HTTP; the new case's id. */
  String newCase() {
    return TaskRestApi.newCase(http);
  }

  /**
   * Who sees and works which task, through the Camunda REST API, as the engine's authorizations
   * decide. A new tip's triage task belongs to rtp-atpd (hotline). The Tasklist's own login is
   * {@code agency.TasklistLoginTest}'s.
   */
  @Nested
  class EngineAuthorizationTest {


    @Autowired
    AuthorizationService authorizationService;

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

    /**
     * A task that goes (its process moved on or ended) takes every grant on it along, its
     * agency's and its supervisors', though they are no longer looked up one by one.
     */
    @Test
    void aTaskThatGoesLeavesNoGrantBehind() {
      String caseId = newCase();
      Task triage = triageTask(caseId);
      assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.TASK)
          .resourceId(triage.getId()).list())
          .extracting(grant -> grant.getGroupId())
          .contains("rtp-atpd", "rtp-atpd-sup");

      runtimeService.deleteProcessInstance(triage.getProcessInstanceId(), "test");

      assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.TASK)
          .resourceId(triage.getId()).count()).isZero();
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
  }

  /**
   * An officer's page of the agency's tasks, as the Tasklist asks for it, is the right page in
   * the right order on MariaDB too, where the statement is reshaped (TaskQueryAuthorizationRewrite,
   * TaskListPageFirst).
   */
  @Tag("mariadb")
  @Nested
  class AgencyTaskListTest {

    private static final String OFFICER = "rtp-atpd.officer";
    private static final String AGENCY = "rtp-atpd";


    private final String run = "page-" + UUID.randomUUID() + "-";
    private final List<String> created = new ArrayList<>();

    @AfterEach
    void deleteTheTasks() {
      identityService.clearAuthentication();
      taskService.deleteTasks(created, true);
    }

    @Test
    void anOfficersSecondPageByDueDateIsTheAgencysSixthToTenthTask() {
      List<Integer> days = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
      Collections.shuffle(days, new Random(7));
      days.forEach(day -> newTask(AGENCY, day));
      newTask("immigration", 0);

      identityService.setAuthentication(OFFICER, List.of(AGENCY));
      List<Task> page = taskService.createTaskQuery().taskCandidateGroup(AGENCY)
          .taskNameLike(run + "%").orderByDueDate().asc().listPage(5, 5);

      assertThat(page).extracting(Task::getName)
          .containsExactly(run + 6, run + 7, run + 8, run + 9, run + 10);
      assertThat(taskService.createTaskQuery().taskNameLike(run + "%").count()).isEqualTo(12);
    }

    private void newTask(String agency, int day) {
      Task task = taskService.newTask();
      task.setName(run + day);
      task.setDueDate(Date.from(Instant.parse("2030-01-01T00:00:00Z").plus(day, ChronoUnit.DAYS)));
      taskService.saveTask(task);
      taskService.addCandidateGroup(task.getId(), agency);
      created.add(task.getId());
    }
  }

  @Nested
  class CaseApiTest {


    @Test
    void showsANewCaseWithItsTriageTaskOpenForTheTriageAgency() throws Exception {
      String caseId = json.readTree(mvc.perform(post("/api/tips")
              .with(httpBasic("mol-dlpw.officer", "demo"))
              .contentType(MediaType.APPLICATION_JSON)
              .content(json.writeValueAsString(TipRequests.aTip()
                  .with("source", "LABOUR_INSPECTION").build())))
          .andExpect(status().isCreated())
          .andReturn().getResponse().getContentAsString()).get("caseId").asText();

      mvc.perform(get("/api/cases/" + caseId).with(httpBasic("coordinator", "demo")))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.caseId").value(caseId))
          .andExpect(jsonPath("$.status").value("OPEN"))
          .andExpect(jsonPath("$.source").value("LABOUR_INSPECTION"))
          .andExpect(jsonPath("$.openTasks[0].taskDefinitionKey")
              .value(JointCaseProcess.TASK_TRIAGE_TIP))
          .andExpect(jsonPath("$.openTasks[0].candidateGroups[0]").value("mol-dlpw"))
          .andExpect(jsonPath("$.openTasks[0].due").isNotEmpty());
    }

    @Test
    void showsACaseOnlyToItsAgenciesAndCoordinatorsWithTheTasksEachMaySee() throws Exception {
      String caseId = json.readTree(mvc.perform(post("/api/tips")
              .with(httpBasic("rtp-atpd.officer", "demo"))
              .contentType(MediaType.APPLICATION_JSON)
              .content(json.writeValueAsString(TipRequests.aTip().build())))
          .andReturn().getResponse().getContentAsString()).get("caseId").asText();

      mvc.perform(get("/api/cases/" + caseId).with(httpBasic("rtp-atpd.officer", "demo")))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.openTasks[0].taskDefinitionKey")
              .value(JointCaseProcess.TASK_TRIAGE_TIP));
      // An agency not on the case gets the answer an unknown case gets, word for word.
      mvc.perform(get("/api/cases/" + caseId).with(httpBasic("dsi.officer", "demo")))
          .andExpect(status().isNotFound())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.detail").value("No case " + caseId))
          .andExpect(jsonPath("$.detailTh").value("ไม่พบคดี " + caseId));
    }

    @Test
    void answersNotFoundForAnUnknownCase() throws Exception {
      mvc.perform(get("/api/cases/TIP-1999-999999").with(httpBasic("coordinator", "demo")))
          .andExpect(status().isNotFound())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void refusesACaseIdOfTheWrongShapeInThaiAndEnglish() throws Exception {
      mvc.perform(get("/api/cases/1 OR 1=1").with(httpBasic("coordinator", "demo")))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.errors[0].field").value("caseId"))
          .andExpect(jsonPath("$.errors[0].message").value("must look like TIP-2026-000123"))
          .andExpect(jsonPath("$.errors[0].messageTh").value("ต้องมีรูปแบบเช่น TIP-2026-000123"))
          .andExpect(jsonPath("$.title").value("The request has invalid fields"))
          .andExpect(jsonPath("$.titleTh").value("คำขอมีข้อมูลที่ไม่ถูกต้อง"));
    }

    @Test
    void showsACasesClocksOnlyToItsAgenciesAndCoordinators() throws Exception {
      String caseId = newCase("rtp-atpd.officer");

      for (String reader : new String[] {"rtp-atpd.officer", "coordinator"}) {
        mvc.perform(get("/api/cases/" + caseId + "/clocks").with(httpBasic(reader, "demo")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.caseId").value(caseId));
      }
      mvc.perform(get("/api/cases/" + caseId + "/clocks").with(httpBasic("dsi.officer", "demo")))
          .andExpect(status().isNotFound());
    }

    @Test
    void showsAnAgencysSlaHistoryToItsOfficersSupervisorsAndCoordinatorsOnly() throws Exception {
      String events = "/api/agencies/rtp-atpd/sla-events";
      for (String reader : new String[] {"rtp-atpd.officer", "rtp-atpd.supervisor",
          "coordinator"}) {
        mvc.perform(get(events).with(httpBasic(reader, "demo"))).andExpect(status().isOk());
      }
      mvc.perform(get(events).with(httpBasic("dsi.officer", "demo")))
          .andExpect(status().isForbidden())
          .andExpect(jsonPath("$.detailTh").isNotEmpty());
      mvc.perform(get("/api/agencies/nobody/sla-events").with(httpBasic("coordinator", "demo")))
          .andExpect(status().isNotFound());
    }

    private String newCase(String officer) throws Exception {
      return json.readTree(mvc.perform(post("/api/tips")
              .with(httpBasic(officer, "demo"))
              .contentType(MediaType.APPLICATION_JSON)
              .content(json.writeValueAsString(TipRequests.aTip().build())))
          .andExpect(status().isCreated())
          .andReturn().getResponse().getContentAsString()).get("caseId").asText();
    }
  }

  /**
   * A whole case, tip to judgment, through the HTTP APIs the Tasklist uses: each task is claimed
   * by an officer of its candidate group and submitted with the fields of its deployed form
   * only, as an officer filling the form would.
   */
  @Tag("mariadb")
  @Nested
  class JointCaseLifecycleTest {



    private final OfficerAnswers answers = new OfficerAnswers();

    private final List<String> worked = new ArrayList<>();

    @Test
    void officersOfEveryAgencyTakeACaseFromTipToJudgmentWithAProsecutorsApproval()
        throws Exception {
      String caseId = newCase();
      TaskRestApi tasks = new TaskRestApi(http, json);

      for (int step = 0; step < 100 && !closed(caseId); step++) {
        JsonNode task = tasks.openTasks(caseId).get(0);
        worked.add(tasks.work(task, answers.next(task.get("taskDefinitionKey").asText())));
      }

      JsonNode finished = http.withBasicAuth("coordinator", "demo")
          .getForObject("/api/cases/" + caseId, JsonNode.class);
      assertThat(finished.get("status").asText()).isEqualTo("CLOSED");
      assertThat(finished.get("outcome").asText()).isEqualTo("JUDGED");
      assertThat(finished.get("closureReason").asText()).isEqualTo("Verdict: CONVICTED");
      assertThat(worked).containsSubsequence("Task_SubmitCaseFile:rtp-atpd.officer",
          "Task_ApproveCharging:oag-tip.officer", "Task_GatherAdditionalEvidence:rtp-atpd.officer",
          "Task_SubmitCaseFile:rtp-atpd.officer", "Task_ApproveCharging:oag-tip.officer",
          "Task_FileIndictment:oag-tip.officer");
      assertThat(worked).contains("Task_IdentifyVictims:mdt.officer",
          "Task_SeizeAssets:amlo.officer", "Task_DecideSeizedAssets:amlo.officer",
          "Task_RequestMutualLegalAssistance:oag-tip.officer",
          "Task_TakePretrialTestimony:oag-tip.officer", "Task_RepatriateVictim:msdhs.officer");
    }

    private boolean closed(String caseId) {
      return "CLOSED".equals(http.withBasicAuth("coordinator", "demo")
          .getForObject("/api/cases/" + caseId, JsonNode.class).get("status").asText());
    }
  }

  @Nested
  class CaseAuditApiTest {


    @Test
    void showsWhoDidWhatFromTheEngineAndFromOurRecordsWithoutIdentities() throws Exception {
      String caseId = api.newCase();
      cases.recordLeadAgency(caseId, "rtp-atpd", "msdhs");
      api.claim("rtp-ticac", caseId);
      api.postAs("msdhs.officer", "/api/cases/" + caseId + "/victims", Map.of(
          "fullName", "Synthetic Auditname", "dateOfBirth", "2001-02-03", "nationality", "LA",
          "documentNumber", "LA0011223"));

      MockHttpServletResponse audit = audit("coordinator", caseId);

      assertThat(audit.getStatus()).isEqualTo(200);
      List<String> lines = new ArrayList<>();
      for (JsonNode entry : api.read(audit).get("entries")) {
        lines.add(entry.path("actor").asText("-") + " " + entry.get("action").asText() + " "
            + entry.get("source").asText());
      }
      assertThat(lines).contains("rtp-atpd.officer TIP_RECEIVED prasan",
          "rtp-atpd.officer PROCESS_STARTED engine", "- TASK_CREATED engine",
          "rtp-ticac.officer LEAD_CLAIMED prasan", "msdhs.officer VICTIM_WRITE prasan");
      assertThat(audit.getContentAsString()).doesNotContain("Synthetic Auditname")
          .doesNotContain("LA0011223");
    }

    @Test
    void isForCoordinatorsAndTheLeadAgencyOnly() throws Exception {
      String caseId = api.newCase();
      cases.recordLeadAgency(caseId, "dsi", "msdhs");

      assertThat(audit("dsi.officer", caseId).getStatus()).isEqualTo(200);
      assertThat(audit("msdhs.officer", caseId).getStatus()).isEqualTo(403);
      assertThat(audit("rtp-atpd.officer", caseId).getStatus()).isEqualTo(403);
      assertThat(audit("coordinator", "TIP-1999-999999").getStatus()).isEqualTo(404);
    }

    private MockHttpServletResponse audit(String user, String caseId) throws Exception {
      return mvc.perform(get("/api/cases/" + caseId + "/audit").with(httpBasic(user, "demo")))
          .andReturn().getResponse();
    }
  }

  @Nested
  class CasePageApiTest {

    static final String BOUNDARY = "----prasan-casepage-boundary";


    @Test
    void showsTheCaseItsClocksItsTasksAndItsHistoryToItsAgencies() throws Exception {
      String caseId = api.newCase();

      JsonNode page = page("rtp-atpd.officer", caseId);

      assertThat(page.at("/caseFile/caseId").asText()).isEqualTo(caseId);
      assertThat(page.get("zone").asText()).isEqualTo("Asia/Bangkok");
      assertThat(page.at("/caseFile/openTasks/0/candidateGroups/0").asText())
          .isEqualTo("rtp-atpd");
      assertThat(page.get("clocks").findValuesAsText("kind")).contains("task");
      assertThat(page.get("stages").findValuesAsText("processKey"))
          .contains("joint-case");
      assertThat(page.get("history").findValuesAsText("action")).contains("PROCESS_STARTED");
      assertThat(page.get("agencies").findValuesAsText("nameTh")).isNotEmpty();
      assertThat(page.get("canRecordEvidence").asBoolean()).isTrue();
    }

    @Test
    void answersOutsidersAsForAnUnknownCase() throws Exception {
      String caseId = api.newCase();

      MockHttpServletResponse outsider = mvc.perform(get("/api/cases/" + caseId + "/page")
          .with(httpBasic("dsi.officer", "demo"))).andReturn().getResponse();
      MockHttpServletResponse unknown = mvc.perform(get("/api/cases/TIP-1999-999999/page")
          .with(httpBasic("dsi.officer", "demo"))).andReturn().getResponse();

      assertThat(outsider.getStatus()).isEqualTo(404);
      assertThat(unknown.getStatus()).isEqualTo(404);
      assertThat(api.read(outsider).get("detailTh").asText()).startsWith("ไม่พบคดี");
    }

    @Test
    void listsExhibitsWithTheirHolderAndIntegrityAndVictimsAsReferencesOnly() throws Exception {
      String caseId = api.newCase();
      cases.recordLeadAgency(caseId, "rtp-atpd", "rtp-ccib");
      MockHttpServletResponse uploaded = mvc.perform(post("/api/cases/" + caseId + "/evidence")
          .with(httpBasic("rtp-ccib.officer", "demo"))
          .contentType("multipart/form-data; boundary=" + BOUNDARY)
          .content(upload("Seized phone", "phone.bin", "synthetic content".getBytes(
              StandardCharsets.UTF_8)))).andReturn().getResponse();
      assertThat(uploaded.getStatus()).as(uploaded.getContentAsString()).isEqualTo(201);
      MockHttpServletResponse victim = api.postAs("msdhs.officer", "/api/cases/" + caseId
          + "/victims", Map.of("fullName", "Synthetic Person", "dateOfBirth", "2012-03-04",
          "nationality", "MM", "documentNumber", "X1234567"));
      assertThat(victim.getStatus()).as(victim.getContentAsString()).isEqualTo(201);

      JsonNode asLead = page("rtp-atpd.officer", caseId);

      assertThat(asLead.at("/exhibits/0/description").asText()).isEqualTo("Seized phone");
      assertThat(asLead.at("/exhibits/0/holder").asText()).isEqualTo("rtp-ccib");
      assertThat(asLead.at("/exhibits/0/intact").asBoolean()).isTrue();
      assertThat(asLead.at("/victims/0/ageBand").asText()).isEqualTo("UNDER_15");
      assertThat(asLead.at("/victims/0/child").asBoolean()).isTrue();
      assertThat(asLead.toString()).doesNotContain("Synthetic Person", "X1234567");
      assertThat(asLead.get("canReadVictims").asBoolean()).isTrue();
      assertThat(asLead.at("/exhibits/0/exhibitId").asText()).startsWith("EXH-");
    }

    @Test
    void theWebappsLoginReadsTheCaseAndChangesItOnlyWithTheirCsrfToken() throws Exception {
      String caseId = api.newCase();
      cases.recordLeadAgency(caseId, "rtp-atpd", "msdhs");
      MockHttpSession session = loggedIntoWebapps("rtp-atpd.officer");
      session.setAttribute("CAMUNDA_CSRF_TOKEN", "token-of-this-session");
      String identity = json.writeValueAsString(Map.of("fullName", "Synthetic Person",
          "dateOfBirth", "1990-03-04", "nationality", "MM", "documentNumber", "X1234567"));

      MockHttpServletResponse read = mvc.perform(get("/api/cases/" + caseId + "/page")
          .session(session)).andReturn().getResponse();
      MockHttpServletResponse withoutToken = mvc.perform(post("/api/cases/" + caseId
          + "/victims").session(session).contentType(MediaType.APPLICATION_JSON)
          .content(identity)).andReturn().getResponse();
      MockHttpServletResponse withToken = mvc.perform(post("/api/cases/" + caseId + "/victims")
          .session(session).header("X-XSRF-TOKEN", "token-of-this-session")
          .contentType(MediaType.APPLICATION_JSON).content(identity)).andReturn().getResponse();

      assertThat(read.getStatus()).isEqualTo(200);
      assertThat(read.getHeader("X-XSRF-TOKEN")).isEqualTo("token-of-this-session");
      assertThat(withoutToken.getStatus()).isEqualTo(401);
      assertThat(withToken.getStatus()).as(withToken.getContentAsString()).isEqualTo(201);
    }

    /** A session as the webapps' login leaves it (Camunda's AuthenticationUtil). */
    private MockHttpSession loggedIntoWebapps(String user) {
      Authentications logins = new Authentications();
      logins.addOrReplace(new UserAuthentication(user, engine.getName()));
      MockHttpSession session = new MockHttpSession();
      session.setAttribute("authenticatedUser", logins);
      return session;
    }

    private JsonNode page(String user, String caseId) throws Exception {
      MockHttpServletResponse response = mvc.perform(get("/api/cases/" + caseId + "/page")
          .with(httpBasic(user, "demo"))).andReturn().getResponse();
      assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
      return api.read(response);
    }

    static byte[] upload(String description, String fileName, byte[] content) throws Exception {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"description\""
          + "\r\n\r\n" + description + "\r\n--" + BOUNDARY
          + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
          + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
      body.write(head.getBytes(StandardCharsets.UTF_8));
      body.write(content);
      body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
      return body.toByteArray();
    }
  }

  /**
   * A rule the engine enforces on a completion names the field by the label the officer saw on
   * the form, in Thai and English, not by its variable (the Tasklist shows the message as is).
   */
  @Nested
  class EngineRefusalLabelsTest {


    @Test
    void aScreeningStartInTheFutureIsRefusedNamingTheFormsLabel() throws Exception {
      String caseId = api.newCase();
      CaseWork work = new CaseWork(engine);
      work.complete(caseId, "Task_TriageTip", "rtp-atpd",
          DashboardForms.triage("TRAFFICKING_SUSPECTED"));
      work.complete(caseId, "Task_ConfirmLeadAgency", "coordinator",
          DashboardForms.confirmLead("rtp-atpd"));
      Task screening = work.openTask(caseId, "Task_ScreenPotentialVictims");
      String future = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES)
          .toString();

      Throwable refused = catchThrowable(() -> taskService.complete(screening.getId(), Map.of(
          "receivedIntoCareAt", future, "potentialVictimCount", 3, "childVictimPresent", "NO",
          "foreignVictimPresent", "NO", "screeningExtensionNeeded", "NO")));

      assertThat(refused).isInstanceOf(RuleViolationException.class);
      assertThat(refused.getMessage())
          .contains("วันที่รับตัวไว้ (มาตรา 29) (receivedIntoCareAt): ")
          .contains("Date the persons were received into care (s.29) (receivedIntoCareAt): lies in "
              + "the future (")
          .contains("Bangkok time");
      assertThat(work.openTask(caseId, "Task_ScreenPotentialVictims")).isNotNull();
    }
  }
}
