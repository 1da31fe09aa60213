package org.prasan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
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
import org.prasan.claims.CaseApi;
import org.prasan.cluster.DeadlineProbe;
import org.prasan.escalation.DormantCases;
import org.prasan.escalation.TaskClockJobHandler;
import org.prasan.escalation.TaskEscalationProcess;
import org.prasan.escalation.TaskMetrics;
import org.prasan.sla.SlaEvent;
import org.prasan.sla.SlaEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Deadlines in the whole application: the escalation ladder of real tasks with the engine
 * clock moved, the task metrics, the timer jobs on the database, and the dashboard that shows
 * them with who may see it (the figures themselves need a database of their own:
 * DashboardApiTest).
 * Each former test class is a {@code @Nested} class; those tagged {@code mariadb} also run in
 * {@code mvn verify -Pmariadb}. One configuration, the API tests' shared one (RANDOM_PORT with
 * MockMvc), so Spring starts one context for all of them.
 */
@ExtendWith(ThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestProfiles.class)
class DeadlinesAndDashboardTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  ObjectMapper json;
  @Autowired
  IdentityService identityService;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ManagementService managementService;
  @Autowired
  ProcessEngine engine;

  CaseApi api;

  /** Also unlocks the demo officers and resets the Mocks (see {@link CaseApi}). */
  @BeforeEach
  void api() {
    api = new CaseApi(mvc, json, identityService);
  }

  /**
   * The ladder of real tasks in the whole application, with the engine clock moved and the due
   * jobs of one case run by hand (the test profile has no job executor).
   */
  @Nested
  class EscalationLadderTest {

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    /** A Monday without holidays around it. */
    private static final Instant MONDAY_10 = bangkok(2026, 3, 9, 10, 0);
    private static final Instant TRIAGE_DUE = bangkok(2026, 3, 10, 10, 0);

    @Autowired
    SlaEvents events;
    @Autowired
    DormantCases dormantCases;
    @Autowired
    org.prasan.sla.ServiceLevels serviceLevels;

    @BeforeEach
    void freezeTheClock() {
      ClockUtil.setCurrentTime(Date.from(MONDAY_10));
    }

    @AfterEach
    void resetTheClock() {
      ClockUtil.reset();
      identityService.clearAuthentication();
    }

    @Test
    void climbsToTheSupervisorsThenToTheCoordinatorsExactlyOnceEach() throws Exception {
      String caseId = api.newCase();
      Task triage = openTask(caseId, "Task_TriageTip");
      assertThat(triage.getDueDate().toInstant()).isEqualTo(TRIAGE_DUE);

      runDueJobsAt(caseId, TRIAGE_DUE.minusSeconds(60));
      assertThat(escalations(caseId)).isEmpty();

      runDueJobsAt(caseId, TRIAGE_DUE.plusSeconds(60));
      Task supervisors = openTask(caseId, TaskEscalationProcess.TASK_REVIEW_OVERDUE_TASK);
      assertThat(supervisors.getName()).isEqualTo("Escalation: Triage tip overdue");
      assertThat(candidateGroups(supervisors)).containsExactly("rtp-atpd-sup");
      assertThat(taskService.getVariables(supervisors.getId())).containsEntry("overdueTaskId",
          triage.getId()).containsEntry("overdueHolder", "unclaimed")
          .containsEntry("overdueAgency", "rtp-atpd");

      runDueJobsAt(caseId, TRIAGE_DUE.plus(Duration.ofHours(23)));
      assertThat(escalations(caseId)).hasSize(1);
      runDueJobsAt(caseId, bangkok(2026, 3, 11, 10, 2));
      Task coordinators = openTask(caseId, TaskEscalationProcess.TASK_RESOLVE_OVERDUE_TASK);
      assertThat(candidateGroups(coordinators)).containsExactly("coordinator");

      runDueJobsAt(caseId, bangkok(2026, 3, 27, 10, 0));
      assertThat(escalations(caseId)).extracting(SlaEvent::level, SlaEvent::toldGroup)
          .containsExactly(tuple(SlaEvent.Level.SUPERVISORS, "rtp-atpd-sup"),
              tuple(SlaEvent.Level.COORDINATOR, "coordinator"));
      assertThat(tasks(caseId, TaskEscalationProcess.TASK_REVIEW_OVERDUE_TASK)).hasSize(1);
      assertThat(tasks(caseId, TaskEscalationProcess.TASK_RESOLVE_OVERDUE_TASK)).hasSize(1);
    }

    @Test
    void closesTheEscalationsAndStopsClimbingWhenTheWorkIsDone() throws Exception {
      String caseId = api.newCase();
      runDueJobsAt(caseId, TRIAGE_DUE.plusSeconds(60));
      assertThat(tasks(caseId, TaskEscalationProcess.TASK_REVIEW_OVERDUE_TASK)).hasSize(1);

      taskService.complete(openTask(caseId, "Task_TriageTip").getId(), Map.of(
          "triageOutcome", "NO_TRAFFICKING", "triageNotes", "Caller withdrew the report",
          "closureReason", "Caller withdrew the report"));

      assertThat(tasks(caseId, TaskEscalationProcess.TASK_REVIEW_OVERDUE_TASK)).isEmpty();
      runDueJobsAt(caseId, bangkok(2026, 3, 27, 10, 0));
      assertThat(tasks(caseId, TaskEscalationProcess.TASK_RESOLVE_OVERDUE_TASK)).isEmpty();
      assertThat(events.ofCase(caseId)).extracting(SlaEvent::kind)
          .containsSubsequence(SlaEvent.Kind.ESCALATED, SlaEvent.Kind.CLOSED)
          .containsOnlyOnce(SlaEvent.Kind.ESCALATED);
    }

    @Test
    void keepsTheClockWhenTheTaskIsReassigned() throws Exception {
      String caseId = api.newCase();
      Task triage = openTask(caseId, "Task_TriageTip");
      taskService.setAssignee(triage.getId(), "rtp-atpd.officer");
      taskService.setAssignee(triage.getId(), "rtp-atpd.supervisor");

      assertThat(openTask(caseId, "Task_TriageTip").getDueDate().toInstant()).isEqualTo(TRIAGE_DUE);
      runDueJobsAt(caseId, TRIAGE_DUE.plusSeconds(60));
      assertThat(taskService.getVariables(
              openTask(caseId, TaskEscalationProcess.TASK_REVIEW_OVERDUE_TASK).getId()))
          .containsEntry("overdueHolder", "rtp-atpd.supervisor");
    }

    @Test
    void givesTheTaskToAnotherOfficerAndStillTellsTheCoordinatorsIfItStaysLate()
        throws Exception {
      String caseId = api.newCase();
      runDueJobsAt(caseId, TRIAGE_DUE.plusSeconds(60));

      handle(caseId, TaskEscalationProcess.TASK_REVIEW_OVERDUE_TASK, "rtp-atpd.supervisor", Map.of(
          "escalationAction", "REASSIGN", "reassignTo", "rtp-atpd.officer"));

      assertThat(openTask(caseId, "Task_TriageTip").getAssignee()).isEqualTo("rtp-atpd.officer");
      assertThat(openTask(caseId, "Task_TriageTip").getDueDate().toInstant()).isEqualTo(TRIAGE_DUE);
      runDueJobsAt(caseId, bangkok(2026, 3, 11, 10, 2));
      assertThat(tasks(caseId, TaskEscalationProcess.TASK_RESOLVE_OVERDUE_TASK)).hasSize(1);
      assertThat(events.ofCase(caseId)).filteredOn(event -> event.kind() == SlaEvent.Kind.REASSIGNED)
          .extracting(SlaEvent::actor, SlaEvent::detail)
          .containsExactly(tuple("rtp-atpd.supervisor", "From unclaimed to rtp-atpd.officer"));
    }

    @Test
    void refusesToGiveTheTaskToSomeoneOutsideItsAgency() throws Exception {
      String caseId = api.newCase();
      runDueJobsAt(caseId, TRIAGE_DUE.plusSeconds(60));

      assertThatThrownBy(() -> handle(caseId, TaskEscalationProcess.TASK_REVIEW_OVERDUE_TASK,
          "rtp-atpd.supervisor", Map.of("escalationAction", "REASSIGN", "reassignTo",
              "amlo.officer")))
          .hasMessageContaining("(reassignTo): 'amlo.officer' is not an officer of rtp-atpd");
      assertThat(tasks(caseId, TaskEscalationProcess.TASK_REVIEW_OVERDUE_TASK)).hasSize(1);
    }

    @Test
    void extendsWithAReasonAndClimbsAgainWhenTheNewDateAlsoPasses() throws Exception {
      String caseId = api.newCase();
      runDueJobsAt(caseId, TRIAGE_DUE.plusSeconds(60));
      Instant thursday = bangkok(2026, 3, 12, 10, 0);

      handle(caseId, TaskEscalationProcess.TASK_REVIEW_OVERDUE_TASK, "rtp-atpd.supervisor", Map.of(
          "escalationAction", "EXTEND", "extendedDueAt", "2026-03-12T10:00+07:00",
          "extensionReason", "The NGO sends the caller's statement on Thursday"));

      assertThat(openTask(caseId, "Task_TriageTip").getDueDate().toInstant()).isEqualTo(thursday);
      runDueJobsAt(caseId, bangkok(2026, 3, 11, 10, 2));
      assertThat(tasks(caseId, TaskEscalationProcess.TASK_RESOLVE_OVERDUE_TASK)).isEmpty();
      assertThat(escalations(caseId)).hasSize(1);
      runDueJobsAt(caseId, thursday.plusSeconds(60));
      assertThat(escalations(caseId)).hasSize(2);
      assertThat(events.ofCase(caseId)).filteredOn(event -> event.kind() == SlaEvent.Kind.EXTENDED)
          .extracting(SlaEvent::actor, SlaEvent::dueAt)
          .containsExactly(tuple("rtp-atpd.supervisor", thursday));
    }

    @Test
    void followsADueDateMovedInTheTasklistAndStopsTheLadderItEnds() throws Exception {
      String caseId = api.newCase();
      runDueJobsAt(caseId, TRIAGE_DUE.plusSeconds(60));
      Task triage = openTask(caseId, "Task_TriageTip");
      Instant friday = bangkok(2026, 3, 13, 10, 0);

      triage.setDueDate(Date.from(friday));
      identityService.setAuthentication("rtp-atpd.supervisor",
          List.of("rtp-atpd", "rtp-atpd-sup"));
      taskService.saveTask(triage);
      identityService.clearAuthentication();

      assertThat(tasks(caseId, TaskEscalationProcess.TASK_REVIEW_OVERDUE_TASK)).isEmpty();
      assertThat(events.ofCase(caseId)).filteredOn(
              event -> event.kind() == SlaEvent.Kind.DUE_DATE_CHANGED)
          .extracting(SlaEvent::actor, SlaEvent::dueAt)
          .containsExactly(tuple("rtp-atpd.supervisor", friday));
      runDueJobsAt(caseId, friday.minusSeconds(60));
      assertThat(escalations(caseId)).hasSize(1);
      runDueJobsAt(caseId, friday.plusSeconds(60));
      assertThat(escalations(caseId)).hasSize(2);
    }

    @Test
    void climbsForAnUndecidedOverlappingClaimToo() throws Exception {
      String caseId = api.newCase();
      api.claim("rtp-atpd", caseId);
      api.claim("rtp-ticac", caseId);
      Task resolution = openTask(caseId, "Task_ResolveOverlappingClaim");
      // 48 h policy, as two working days from Monday 10:00.
      assertThat(resolution.getDueDate().toInstant()).isEqualTo(bangkok(2026, 3, 11, 10, 0));

      runDueJobsAt(caseId, bangkok(2026, 3, 11, 10, 1));

      assertThat(candidateGroups(escalationOf(caseId, "Task_ResolveOverlappingClaim",
          TaskEscalationProcess.TASK_REVIEW_OVERDUE_TASK))).containsExactly("coordinator-sup");
    }

    @Test
    void keepsTheEscalationsOfParallelTasksApart() throws Exception {
      String caseId = api.newCase();
      complete(caseId, "Task_TriageTip", Map.of("triageOutcome", "TRAFFICKING_SUSPECTED",
          "triageNotes", "Matches an NGO report"));
      complete(caseId, "Task_ConfirmLeadAgency", Map.of("leadAgency", "rtp-atpd",
          "supportingAgencies", "msdhs", "leadDecisionReason", "Province of the ATPD's unit"));
      Task screening = openTask(caseId, "Task_ScreenPotentialVictims");
      Task assessment = openTask(caseId, "Task_AssessDigitalEvidence");

      runDueJobsAt(caseId, assessment.getDueDate().toInstant().plusSeconds(60));

      assertThat(tasks(caseId, TaskEscalationProcess.TASK_REVIEW_OVERDUE_TASK))
          .extracting(task -> taskService.getVariable(task.getId(), "overdueTaskId"),
              task -> candidateGroups(task).get(0))
          .containsExactlyInAnyOrder(tuple(screening.getId(), "rtp-atpd-sup"),
              tuple(assessment.getId(), "rtp-ccib-sup"));
      complete(caseId, "Task_ScreenPotentialVictims", Map.of("receivedIntoCareAt",
          "2026-03-09T09:00+07:00", "lateRecordingReason", "Recorded after the rescue",
          "potentialVictimCount", 2, "childVictimPresent", "NO",
          "foreignVictimPresent", "NO", "screeningExtensionNeeded", "NO"));
      assertThat(tasks(caseId, TaskEscalationProcess.TASK_REVIEW_OVERDUE_TASK))
          .extracting(task -> taskService.getVariable(task.getId(), "overdueTaskId"))
          .containsExactly(assessment.getId());
    }

    @Test
    void alertsTheLeadAgencysSupervisorsOnceWhenNoTaskIsCompletedForTenWorkingDays()
        throws Exception {
      String caseId = api.newCase();
      complete(caseId, "Task_TriageTip", Map.of("triageOutcome", "TRAFFICKING_SUSPECTED",
          "triageNotes", "Matches an NGO report"));
      complete(caseId, "Task_ConfirmLeadAgency", Map.of("leadAgency", "rtp-atpd",
          "supportingAgencies", "msdhs", "leadDecisionReason", "Province of the ATPD's unit"));
      Instant dormant = serviceLevels.after(MONDAY_10,
          org.prasan.sla.ServiceLevel.workingDays(10));

      assertThat(dormantCases.alert(dormant.minusSeconds(1))).doesNotContain(caseId);
      assertThat(dormantCases.alert(dormant.plusSeconds(1))).contains(caseId);
      assertThat(dormantCases.alert(dormant.plusSeconds(2))).doesNotContain(caseId);
      assertThat(events.ofCase(caseId)).filteredOn(event -> event.kind() == SlaEvent.Kind.DORMANT)
          .singleElement().extracting(SlaEvent::toldGroup).isEqualTo("rtp-atpd-sup");
    }

    @Test
    void warnsBeforePoliceCustodyEndsAndEscalatesTheBreachWithItsLaw() throws Exception {
      // Arrested on Sunday afternoon, recorded on Monday: custody ends before the petition's
      // own service level would.
      String caseId = arrested("2026-03-08T14:00+07:00");
      Instant custodyEnds = bangkok(2026, 3, 10, 14, 0);
      assertThat(openTask(caseId, "Task_PetitionRemand").getDueDate().toInstant())
          .isEqualTo(custodyEnds);

      runDueJobsAt(caseId, custodyEnds.minus(Duration.ofHours(12)).plusSeconds(60));
      assertThat(events.ofCase(caseId)).filteredOn(event -> event.kind() == SlaEvent.Kind.WARNED)
          .extracting(SlaEvent::clock, SlaEvent::toldGroup)
          .containsExactly(tuple("police-custody", "rtp-atpd"));
      assertThat(escalations(caseId)).filteredOn(event -> "police-custody".equals(event.clock()))
          .isEmpty();

      runDueJobsAt(caseId, custodyEnds.plusSeconds(60));
      Task supervisors = escalationOf(caseId, "Task_PetitionRemand",
          TaskEscalationProcess.TASK_REVIEW_OVERDUE_TASK);
      assertThat(taskService.getVariables(supervisors.getId()))
          .containsEntry("breachedDeadline", "Police custody (CPC s.87)");
      runDueJobsAt(caseId, custodyEnds.plus(Duration.ofHours(2)).plusSeconds(120));
      assertThat(escalations(caseId)).filteredOn(event -> "police-custody".equals(event.clock()))
          .extracting(SlaEvent::level, SlaEvent::taskKey)
          .containsExactly(tuple(SlaEvent.Level.SUPERVISORS, "Task_PetitionRemand"),
              tuple(SlaEvent.Level.COORDINATOR, "Task_PetitionRemand"));
      assertThat(events.ofCase(caseId)).filteredOn(event -> event.kind() == SlaEvent.Kind.BREACHED)
          .extracting(SlaEvent::clock).containsExactly("police-custody");
    }

    @Test
    void aTaskClockRunBeforeItsTimeTellsNobodyAndWaitsForItsTime() throws Exception {
      String caseId = arrested("2026-03-08T14:00+07:00");
      Instant custodyEnds = bangkok(2026, 3, 10, 14, 0);
      Instant warnAt = custodyEnds.minus(Duration.ofHours(12));
      ClockUtil.setCurrentTime(Date.from(warnAt.minus(Duration.ofHours(6))));

      // As a job moved into the past (or run by hand) would: every clock of the task, now.
      List<String> early = taskClockJobs(caseId);
      assertThat(early).hasSizeGreaterThanOrEqualTo(2);
      early.forEach(job -> engine.getManagementService().executeJob(job));

      assertThat(events.ofCase(caseId)).filteredOn(event -> event.kind() == SlaEvent.Kind.WARNED
          || event.kind() == SlaEvent.Kind.BREACHED).isEmpty();
      assertThat(escalations(caseId)).isEmpty();
      assertThat(taskClockJobs(caseId)).as("each waits for its time again").hasSize(early.size());

      runDueJobsAt(caseId, warnAt.minusSeconds(1));
      assertThat(events.ofCase(caseId)).filteredOn(event -> event.kind() == SlaEvent.Kind.WARNED)
          .isEmpty();
      runDueJobsAt(caseId, warnAt.plusSeconds(1));
      assertThat(events.ofCase(caseId)).filteredOn(event -> event.kind() == SlaEvent.Kind.WARNED)
          .hasSize(1);
      runDueJobsAt(caseId, custodyEnds.minusSeconds(1));
      assertThat(escalations(caseId)).filteredOn(event -> "police-custody".equals(event.clock()))
          .isEmpty();
      runDueJobsAt(caseId, custodyEnds.plusSeconds(1));
      assertThat(escalations(caseId)).filteredOn(event -> "police-custody".equals(event.clock()))
          .extracting(SlaEvent::level).containsExactly(SlaEvent.Level.SUPERVISORS);
    }

    @Test
    void aBreachRunBeforeTheLegalClockEndsRecordsNothingAndWaitsForTheEnd() throws Exception {
      // Arrested as recorded: the petition is due after 36 h, custody ends after 48 h.
      String caseId = arrested("2026-03-09T10:00+07:00");
      Instant custodyEnds = bangkok(2026, 3, 11, 10, 0);
      assertThat(openTask(caseId, "Task_PetitionRemand").getDueDate().toInstant())
          .isBefore(custodyEnds);
      ClockUtil.setCurrentTime(Date.from(bangkok(2026, 3, 9, 12, 0)));

      List<String> early = taskClockJobs(caseId);
      early.forEach(job -> engine.getManagementService().executeJob(job));

      assertThat(events.ofCase(caseId)).filteredOn(event -> event.kind() == SlaEvent.Kind.BREACHED
          || event.kind() == SlaEvent.Kind.WARNED).isEmpty();
      assertThat(taskClockJobs(caseId)).hasSize(early.size());
      runDueJobsAt(caseId, custodyEnds.minusSeconds(1));
      assertThat(events.ofCase(caseId)).filteredOn(event -> event.kind() == SlaEvent.Kind.BREACHED)
          .isEmpty();
      runDueJobsAt(caseId, custodyEnds.plusSeconds(1));
      assertThat(events.ofCase(caseId)).filteredOn(event -> event.kind() == SlaEvent.Kind.BREACHED)
          .extracting(SlaEvent::clock).containsExactly("police-custody");
    }

    /** The ids of the task clock jobs (overdue, warning, breach) of the case's open tasks. */
    private List<String> taskClockJobs(String caseId) {
      return engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceBusinessKey(caseId).list().stream()
          .flatMap(instance -> engine.getManagementService().createJobQuery()
              .processInstanceId(instance.getId()).list().stream())
          .filter(job -> TaskClockJobHandler.TYPE.equals(
              ((org.camunda.bpm.engine.impl.persistence.entity.JobEntity) job).getJobHandlerType()))
          .map(org.camunda.bpm.engine.runtime.Job::getId)
          .toList();
    }

    @Test
    void refusesToExtendPastAFixedLegalDeadline() throws Exception {
      String caseId = arrested("2026-03-08T14:00+07:00");
      runDueJobsAt(caseId, bangkok(2026, 3, 10, 14, 1));

      assertThatThrownBy(() -> handleEscalationOf(caseId, "Task_PetitionRemand",
          TaskEscalationProcess.TASK_REVIEW_OVERDUE_TASK, "rtp-atpd.supervisor", Map.of(
              "escalationAction", "EXTEND", "extendedDueAt", "2026-03-11T09:00+07:00",
              "extensionReason", "The court sits only on Wednesday")))
          .hasMessageContaining("Police custody (CPC s.87) ends at 2026-03-10 14:00 Bangkok time");
      assertThat(openTask(caseId, "Task_PetitionRemand").getDueDate().toInstant())
          .isEqualTo(bangkok(2026, 3, 10, 14, 0));
    }

    @Test
    void showsEveryClockOfTheCaseAndWhoWasToldThroughTheApi() throws Exception {
      String caseId = api.newCase();
      runDueJobsAt(caseId, TRIAGE_DUE.plusSeconds(60));

      JsonNode clocks = api.read(mvc.perform(get("/api/cases/" + caseId + "/clocks")
          .with(httpBasic("coordinator", "demo"))).andReturn().getResponse());

      assertThat(clocks.at("/openTasks").findValuesAsText("taskKey")).contains("Task_TriageTip",
          TaskEscalationProcess.TASK_REVIEW_OVERDUE_TASK);
      JsonNode triage = StreamSupport.stream(clocks.get("openTasks").spliterator(), false)
          .filter(task -> task.get("taskKey").asText().equals("Task_TriageTip")).findFirst()
          .orElseThrow();
      assertThat(triage.get("overdue").asBoolean()).isTrue();
      assertThat(triage.get("due").asText()).isEqualTo(TRIAGE_DUE.toString());
      assertThat(clocks.get("history").findValuesAsText("toldGroup")).contains("rtp-atpd-sup");
      JsonNode agency = api.read(mvc.perform(get("/api/agencies/rtp-atpd/sla-events")
              .param("since", MONDAY_10.toString()).with(httpBasic("coordinator", "demo")))
          .andReturn().getResponse());
      assertThat(agency.findValuesAsText("caseId")).contains(caseId);
      assertThat(mvc.perform(get("/api/cases/TIP-2026-999999/clocks")
          .with(httpBasic("coordinator", "demo"))).andReturn().getResponse().getStatus())
          .isEqualTo(404);
      assertThat(mvc.perform(get("/api/agencies/police/sla-events")
          .with(httpBasic("coordinator", "demo"))).andReturn().getResponse().getStatus())
          .isEqualTo(404);
    }

    /** Triaged, led by rtp-atpd, planned, investigated and arrested at {@code arrestedAt}. */
    private String arrested(String arrestedAt) throws Exception {
      String caseId = api.newCase();
      complete(caseId, "Task_TriageTip", Map.of("triageOutcome", "TRAFFICKING_SUSPECTED",
          "triageNotes", "Matches an NGO report"));
      complete(caseId, "Task_ConfirmLeadAgency", Map.of("leadAgency", "rtp-atpd",
          "supportingAgencies", "msdhs", "leadDecisionReason", "Province of the ATPD's unit"));
      complete(caseId, "Task_PlanInvestigation", Map.of("investigationMode", "PROACTIVE",
          "warrantlessSearchConducted", "NO"));
      complete(caseId, "Task_ConductInvestigation", Map.of("investigationFindings",
          "Recruiter identified", "arrestOutcome", "SUSPECT_ARRESTED", "assetsFound", "NO"));
      complete(caseId, "Task_RecordArrest", Map.of("arrestedAt", arrestedAt, "suspectCount", 1,
          "maxPenaltyYears", 12, "offenceDescription", "Trafficking in persons, s.6"));
      return caseId;
    }

    private void handle(String caseId, String escalationTask, String user,
                        Map<String, Object> answers) {
      handleEscalationOf(caseId, "Task_TriageTip", escalationTask, user, answers);
    }

    private void handleEscalationOf(String caseId, String overdueTaskKey, String escalationTask,
                                    String user, Map<String, Object> answers) {
      String id = escalationOf(caseId, overdueTaskKey, escalationTask).getId();
      // As the Tasklist logs a user in: with their groups, which the engine's grants name.
      identityService.setAuthentication(user, identityService.createGroupQuery().groupMember(user)
          .list().stream().map(org.camunda.bpm.engine.identity.Group::getId).toList());
      try {
        taskService.complete(id, answers);
      } finally {
        identityService.clearAuthentication();
      }
    }

    /** The escalation task of one overdue task of the case. */
    private Task escalationOf(String caseId, String overdueTaskKey, String escalationTask) {
      return taskService.createTaskQuery().processInstanceBusinessKey(caseId)
          .taskDefinitionKey(escalationTask)
          .processVariableValueEquals(TaskEscalationProcess.VAR_OVERDUE_TASK_KEY, overdueTaskKey)
          .singleResult();
    }

    private void complete(String caseId, String taskKey, Map<String, Object> answers) {
      taskService.complete(openTask(caseId, taskKey).getId(), answers);
    }

    /** Moves the engine clock and runs every job of the case that is due by then. */
    private void runDueJobsAt(String caseId, Instant when) {
      ClockUtil.setCurrentTime(Date.from(when));
      new CaseWork(engine).runDueJobs(caseId);
    }

    private List<SlaEvent> escalations(String caseId) {
      return events.ofCase(caseId).stream()
          .filter(event -> event.kind() == SlaEvent.Kind.ESCALATED).toList();
    }

    private Task openTask(String caseId, String taskKey) {
      return taskService.createTaskQuery().processInstanceBusinessKey(caseId)
          .taskDefinitionKey(taskKey).singleResult();
    }

    private List<Task> tasks(String caseId, String taskKey) {
      return taskService.createTaskQuery().processInstanceBusinessKey(caseId)
          .taskDefinitionKey(taskKey).list();
    }

    private List<String> candidateGroups(Task task) {
      return taskService.getIdentityLinksForTask(task.getId()).stream()
          .filter(link -> "candidate".equals(link.getType()))
          .map(link -> link.getGroupId())
          .toList();
    }

    private static Instant bangkok(int year, int month, int day, int hour, int minute) {
      return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, BANGKOK).toInstant();
    }
  }

  /**
   * What the meters behind {@code /actuator/prometheus} say about open, overdue and escalated
   * tasks ({@code prasan_tasks_open}, {@code prasan_tasks_overdue},
   * {@code prasan_escalations_total}), read from the context's meter registry: the shared
   * context has no Prometheus export (Spring Boot's tests leave it off), and who may scrape is
   * system's EngineAndLoginsTest's.
   */
  @Nested
  class EscalationMetricsTest {

    @Autowired
    TaskMetrics metrics;
    @Autowired
    MeterRegistry registry;

    @AfterEach
    void resetTheClock() {
      ClockUtil.reset();
    }

    @Test
    void countsOpenAndOverdueTasksPerAgencyAndEscalationsByLevel() throws Exception {
      String caseId = api.newCase();
      ClockUtil.setCurrentTime(Date.from(Instant.now().plusSeconds(40L * 24 * 3600)));
      runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseId).list()
          .forEach(instance -> managementService.createJobQuery()
              .processInstanceId(instance.getId()).executable().list()
              .forEach(job -> managementService.executeJob(job.getId())));
      metrics.refresh();

      assertThat(registry.get("prasan.tasks.overdue").tag("agency", "rtp-atpd").gauge().value())
          .isGreaterThanOrEqualTo(1);
      assertThat(registry.get("prasan.tasks.open").tag("agency", "rtp-atpd").gauge().value())
          .isGreaterThanOrEqualTo(1);
      assertThat(registry.find("prasan.tasks.open").tag("agency", "rtp-atpd-sup").meters())
          .isEmpty();
      assertThat(registry.find("prasan.tasks.overdue").tag("agency", "rtp-atpd-sup").meters())
          .isEmpty();
      assertThat(registry.get("prasan.escalations").tag("level", "SUPERVISORS").counters())
          .extracting(Counter::count)
          .anySatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(1));
    }
  }

  /**
   * Timers on the application's database (H2, or MariaDB with -Pmariadb, which keeps dates to the
   * second): a deadline fires once, at its time and not before, and a task done in time cancels
   * it. The engine clock is moved; the job executor is off in tests, so the test runs the jobs.
   */
  @Tag("mariadb")
  @Nested
  class TimerJobsTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    HistoryService historyService;

    @BeforeEach
    void deployTheProbe() {
      repositoryService.createDeployment().name(DeadlineProbe.PROCESS_KEY)
          .addClasspathResource(DeadlineProbe.BPMN).addClasspathResource(DeadlineProbe.FORM)
          .addClasspathResource(DeadlineProbe.START_FORM)
          .enableDuplicateFiltering(true).deploy();
      ClockUtil.setCurrentTime(Date.from(NOW));
    }

    @AfterEach
    void resetClock() {
      ClockUtil.reset();
    }

    @Test
    void aDeadlineFiresOnceAtItsTimeAndNotBefore() {
      Instant deadline = NOW.plus(Duration.ofHours(24));
      String probe = startProbe(deadline);

      ClockUtil.setCurrentTime(Date.from(deadline.minusSeconds(1)));
      assertThat(dueTimers(probe)).isZero();

      ClockUtil.setCurrentTime(Date.from(deadline));
      Job timer = managementService.createJobQuery().processInstanceId(probe).timers()
          .executable().singleResult();
      assertThat(timer.getDuedate().toInstant()).isEqualTo(deadline);
      managementService.executeJob(timer.getId());

      assertThat(managementService.createJobQuery().processInstanceId(probe).count()).isZero();
      assertThat(passedThrough(probe, DeadlineProbe.TIMER_DEADLINE_PASSED)).isEqualTo(1);
      assertThat(passedThrough(probe, DeadlineProbe.END_ESCALATED)).isEqualTo(1);
      assertThat(taskService.createTaskQuery().processInstanceId(probe).count()).isZero();
    }

    @Test
    void aTaskDoneBeforeItsDeadlineCancelsTheTimer() {
      Instant deadline = NOW.plus(Duration.ofHours(24));
      String probe = startProbe(deadline);

      taskService.complete(taskService.createTaskQuery().processInstanceId(probe).singleResult()
          .getId(), Map.of(DeadlineProbe.VAR_ACKNOWLEDGED_BY, "coordinator"));
      ClockUtil.setCurrentTime(Date.from(deadline.plus(Duration.ofDays(1))));

      assertThat(managementService.createJobQuery().processInstanceId(probe).count()).isZero();
      assertThat(passedThrough(probe, DeadlineProbe.END_ACKNOWLEDGED)).isEqualTo(1);
      assertThat(passedThrough(probe, DeadlineProbe.TIMER_DEADLINE_PASSED)).isZero();
    }

    private String startProbe(Instant deadline) {
      return runtimeService.startProcessInstanceByKey(DeadlineProbe.PROCESS_KEY,
          Map.of(DeadlineProbe.VAR_DEADLINE, Date.from(deadline))).getId();
    }

    private long dueTimers(String processInstanceId) {
      return managementService.createJobQuery().processInstanceId(processInstanceId).timers()
          .executable().count();
    }

    private long passedThrough(String processInstanceId, String activityId) {
      return historyService.createHistoricActivityInstanceQuery()
          .processInstanceId(processInstanceId).activityId(activityId).finished().count();
    }
  }

  /**
   * Who reads {@code /api/dashboard/sla}: coordinators, supervisors and administrators, with
   * Basic credentials or the Camunda webapps' login; nobody else.
   */
  @Nested
  class DashboardSecurityTest {

    static final String SLA = "/api/dashboard/sla";


    @Test
    void coordinatorsSupervisorsAndAdministratorsReadTheFigures() throws Exception {
      assertThat(status(get(SLA).with(httpBasic("coordinator", "demo")))).isEqualTo(200);
      assertThat(status(get(SLA).with(httpBasic("rtp-atpd.supervisor", "demo")))).isEqualTo(200);
      assertThat(status(get(SLA).with(httpBasic("coordinator.supervisor", "demo"))))
          .isEqualTo(200);
      assertThat(status(get(SLA).with(httpBasic("admin", "demo")))).isEqualTo(200);
    }

    @Test
    void anOfficerIsRefused() throws Exception {
      assertThat(status(get(SLA).with(httpBasic("rtp-atpd.officer", "demo")))).isEqualTo(403);
      assertThat(status(get(SLA).with(httpBasic("oag-tip.officer", "demo")))).isEqualTo(403);
    }

    @Test
    void anAnonymousCallerMustAuthenticate() throws Exception {
      assertThat(status(get(SLA))).isEqualTo(401);
      assertThat(status(get(SLA).with(httpBasic("coordinator", "wrong")))).isEqualTo(401);
    }

    @Test
    void theCamundaWebappsLoginIsEnoughForTheDashboard() throws Exception {
      assertThat(status(get(SLA).session(loggedIntoWebapps("coordinator")))).isEqualTo(200);
      assertThat(status(get(SLA).session(loggedIntoWebapps("rtp-atpd.officer"))))
          .isEqualTo(403);
    }

    @Test
    void theWebappsLoginOpensNothingElseOfTheApi() throws Exception {
      MockHttpSession session = loggedIntoWebapps("coordinator");
      assertThat(status(post(SLA).session(session))).isEqualTo(401);
      // (Reading cases and exhibits is the case page's: CasePageApiTest.)
      assertThat(status(get("/api/agencies/rtp-atpd/sla-events").session(session)))
          .isEqualTo(401);
      assertThat(status(post("/api/cases/TIP-2026-000001/victims").session(session)))
          .isEqualTo(401);
      assertThat(status(post("/api/tips").session(session))).isEqualTo(401);
    }

    @Test
    void thePageIsServedWithItsChartLibrary() throws Exception {
      assertThat(mvc.perform(get("/dashboard")).andReturn().getResponse().getRedirectedUrl())
          .isEqualTo("/dashboard/");
      assertThat(mvc.perform(get("/dashboard/")).andReturn().getResponse().getForwardedUrl())
          .isEqualTo("/dashboard/index.html");
      var library = mvc.perform(get("/webjars/uplot/dist/uPlot.iife.min.js")).andReturn()
          .getResponse();
      assertThat(library.getStatus()).isEqualTo(200);
      assertThat(library.getContentAsString()).contains("uPlot");
    }

    /** A session as the webapps' login leaves it (Camunda's AuthenticationUtil). */
    private MockHttpSession loggedIntoWebapps(String user) {
      Authentications logins = new Authentications();
      logins.addOrReplace(new UserAuthentication(user, engine.getName()));
      MockHttpSession session = new MockHttpSession();
      session.setAttribute("authenticatedUser", logins);
      return session;
    }

    private int status(RequestBuilder request) throws Exception {
      return mvc.perform(request).andReturn().getResponse().getStatus();
    }
  }
}
