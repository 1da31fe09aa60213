package org.prasan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.prasan.CaseWork;
import org.prasan.claims.CaseApi;
import org.prasan.intake.TipRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The figures of {@code GET /api/dashboard/sla} for a week of cases worked through the real
 * API and processes on the engine clock. A context of its own (the property below names it;
 * the dashboard's settings are the defaults), so its database holds only this week and the
 * figures are exact: in the shared context the other tests' cases would count too.
 */
@SpringBootTest(properties = "prasan.test.context=dashboard-figures")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DashboardApiTest {

  /** Monday of ISO week 2026-W47, 09:00 in Bangkok: office hours, no public holiday. */
  static final OffsetDateTime MONDAY = OffsetDateTime.parse("2026-11-16T09:00:00+07:00");
  static final OffsetDateTime WEDNESDAY = MONDAY.plusDays(2);
  static final OffsetDateTime THURSDAY = MONDAY.plusDays(3).plusHours(1);

  @Autowired
  MockMvc mvc;
  @Autowired
  ObjectMapper json;
  @Autowired
  IdentityService identityService;
  @Autowired
  ProcessEngine engine;

  CaseApi api;
  CaseWork work;

  @AfterEach
  void resetTheClock() {
    ClockUtil.reset();
  }

  @Test
  void showsAWeekOfCasesAgencyByAgency() throws Exception {
    api = new CaseApi(mvc, json, identityService);
    work = new CaseWork(engine);
    at(MONDAY);
    String closedOnTime = newCase();
    String closedLate = newCase();
    String lateOnce = newCase();
    String lateTwice = newCase();
    String ledByImmigration = newCase();
    at(MONDAY.plusHours(1));
    triage(closedOnTime, "NO_TRAFFICKING");
    triage(ledByImmigration, "TRAFFICKING_SUSPECTED");
    at(MONDAY.plusHours(2));
    work.complete(ledByImmigration, "Task_ConfirmLeadAgency", "coordinator",
        DashboardForms.confirmLead("immigration"));

    at(WEDNESDAY);
    triage(closedLate, "NO_TRAFFICKING");
    String lateThisMorning = newCase();
    work.runDueJobs(lateOnce);
    work.runDueJobs(lateTwice);

    at(THURSDAY);
    work.runDueJobs(lateTwice);
    String claimedTwice = newCase();
    api.claim("rtp-atpd", claimedTwice);
    api.claim("rtp-ticac", claimedTwice);
    work.complete(ledByImmigration, "Task_ScreenPotentialVictims", "immigration",
        DashboardForms.screeningNeedingExtension(THURSDAY.minusHours(1).toInstant()));

    JsonNode figures = dashboard("coordinator");

    assertThat(figures.get("asOf").asText()).isEqualTo(THURSDAY.toInstant().toString());
    assertThat(figures.get("openCases").asLong()).isEqualTo(5);
    JsonNode atpd = agency(figures, "rtp-atpd");
    // Open: the three late triages and the claimed case's; overdue: the late ones, of which
    // one (Wednesday's tip, due at 09:00 today) only this morning.
    assertThat(counts(atpd)).containsExactly(4L, 3L, 0L, 1L);
    // Due in W47: six triages; two done on time, one done late, three open and late (the
    // claimed case's is due tomorrow and not counted yet).
    JsonNode week47 = atpd.get("compliance").get(11);
    assertThat(week47.get("week").asText()).isEqualTo("2026-W47");
    assertThat(week47.get("starts").asText()).isEqualTo("2026-11-16");
    assertThat(week47.get("due").asLong()).isEqualTo(6);
    assertThat(week47.get("onTime").asLong()).isEqualTo(2);
    assertThat(week47.get("rate").asDouble()).isEqualTo(2.0 / 6);
    assertThat(atpd.get("compliance")).hasSize(12);
    assertThat(atpd.get("compliance").get(0).get("week").asText()).isEqualTo("2026-W36");
    assertThat(atpd.get("compliance").get(10).get("rate").isNull()).isTrue();
    assertThat(atpd.get("escalations").get("supervisors").asLong()).isEqualTo(1);
    assertThat(atpd.get("escalations").get("coordinator").asLong()).isEqualTo(1);

    JsonNode coordinator = agency(figures, "coordinator");
    // The overdue triage's escalation (due 14:00 today) and the overlapping claims.
    assertThat(counts(coordinator)).containsExactly(2L, 0L, 1L, 0L);
    assertThat(coordinator.get("compliance").get(11).get("due").asLong()).isEqualTo(1);
    assertThat(coordinator.get("compliance").get(11).get("onTime").asLong()).isEqualTo(1);

    JsonNode late = figures.get("lateToday");
    assertThat(late.get("agency").asText()).isEqualTo("rtp-atpd");
    assertThat(late.get("overdueTasks").asLong()).isEqualTo(3);
    assertThat(late.get("becameOverdueToday").asLong()).isEqualTo(1);
    assertThat(figures.get("escalations").get("supervisors").asLong()).isEqualTo(1);
    assertThat(figures.get("escalations").get("coordinator").asLong()).isEqualTo(1);

    assertThat(stages(figures)).containsExactly(
        Map.entry("Task_TriageTip", 4L), Map.entry("Task_ConfirmLeadAgency", 0L),
        Map.entry("CallActivity_VictimIdentification", 1L),
        Map.entry("CallActivity_Investigation", 1L), Map.entry("CallActivity_DigitalEvidence", 1L),
        Map.entry("CallActivity_Charging", 0L), Map.entry("CallActivity_Litigation", 0L));

    JsonNode clocks = figures.get("clocksEnding");
    assertThat(clocks).hasSize(1);
    assertThat(clocks.get(0).get("caseId").asText()).isEqualTo(ledByImmigration);
    assertThat(clocks.get(0).get("clock").asText()).isEqualTo("screening-hold");
    assertThat(clocks.get(0).get("endsAt").asText())
        .isEqualTo(THURSDAY.plusHours(23).toInstant().toString());
    assertThat(clocks.get(0).get("passed").asBoolean()).isFalse();
    Task extension = work.openTask(ledByImmigration, "Task_RequestScreeningExtension");
    JsonNode link = clocks.get(0).get("tasks").get(0);
    assertThat(link.get("taskId").asText()).isEqualTo(extension.getId());
    assertThat(link.get("groups").toString()).isEqualTo("[\"immigration\"]");
    assertThat(link.get("link").asText())
        .endsWith("/camunda/app/tasklist/default/#/?task=" + extension.getId());

    JsonNode claims = figures.get("openClaims");
    assertThat(claims).hasSize(1);
    assertThat(claims.get(0).get("caseId").asText()).isEqualTo(claimedTwice);
    assertThat(claims.get(0).get("agencies").toString()).isEqualTo("[\"rtp-atpd\",\"rtp-ticac\"]");
    assertThat(claims.get(0).get("task").get("taskId").asText())
        .isEqualTo(work.openTask(claimedTwice, "Task_ResolveOverlappingClaim").getId());

    // Each count with the cases behind it (the ids run in the order the tips came).
    assertThat(ids(figures.get("openCaseIds")))
        .containsExactly(lateOnce, lateTwice, ledByImmigration, lateThisMorning, claimedTwice);
    assertThat(ids(atpd.get("openCaseIds")))
        .containsExactly(lateOnce, lateTwice, lateThisMorning, claimedTwice);
    assertThat(ids(atpd.get("overdueCaseIds")))
        .containsExactly(lateOnce, lateTwice, lateThisMorning);
    assertThat(ids(late.get("overdueCaseIds")))
        .containsExactly(lateOnce, lateTwice, lateThisMorning);
    assertThat(ids(atpd.get("escalations").get("supervisorsCaseIds"))).containsExactly(lateOnce);
    assertThat(ids(atpd.get("escalations").get("coordinatorCaseIds")))
        .containsExactly(lateTwice);
    assertThat(ids(figures.get("escalations").get("coordinatorCaseIds")))
        .containsExactly(lateTwice);
    assertThat(ids(stage(figures, "Task_TriageTip").get("caseIds")))
        .containsExactly(lateOnce, lateTwice, lateThisMorning, claimedTwice);
    assertThat(ids(stage(figures, "CallActivity_Investigation").get("caseIds")))
        .containsExactly(ledByImmigration);
    assertThat(ids(stage(figures, "CallActivity_Charging").get("caseIds"))).isEmpty();
    // The police's supervisors work on every one of these cases (their triage).
    assertThat(dashboard("rtp-atpd.supervisor")).isEqualTo(figures);

    // DSI's supervisors see every agency's counts, but none of these cases is theirs to open.
    JsonNode dsi = dashboard("dsi.supervisor");
    assertThat(dsi.get("openCases").asLong()).isEqualTo(5);
    assertThat(stage(dsi, "Task_TriageTip").get("cases").asLong()).isEqualTo(4);
    assertThat(dsi.get("openCaseIds")).isEmpty();
    assertThat(stage(dsi, "Task_TriageTip").get("caseIds")).isEmpty();
    assertThat(agency(dsi, "rtp-atpd").get("overdueTasks").asLong()).isEqualTo(3);
    assertThat(agency(dsi, "rtp-atpd").get("overdueCaseIds")).isEmpty();
    assertThat(dsi.get("escalations").get("coordinatorCaseIds")).isEmpty();
  }

  private static List<String> ids(JsonNode caseIds) {
    return StreamSupport.stream(caseIds.spliterator(), false).map(JsonNode::asText).toList();
  }

  private static JsonNode stage(JsonNode figures, String stage) {
    return StreamSupport.stream(figures.get("casesByStage").spliterator(), false)
        .filter(node -> node.get("stage").asText().equals(stage)).findFirst().orElseThrow();
  }

  private void at(OffsetDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.toInstant()));
  }

  private String newCase() throws Exception {
    OffsetDateTime now = ClockUtil.getCurrentTime().toInstant().atOffset(MONDAY.getOffset());
    return api.read(api.postTip(TipRequests.aTip()
        .with("receivedAt", now.minusHours(1).toInstant().toString()))).get("caseId").asText();
  }

  private void triage(String caseId, String outcome) {
    work.complete(caseId, "Task_TriageTip", "rtp-atpd", DashboardForms.triage(outcome));
  }

  private JsonNode dashboard(String user) throws Exception {
    return json.readTree(mvc.perform(get("/api/dashboard/sla").with(httpBasic(user, "demo")))
        .andReturn().getResponse().getContentAsString());
  }

  private static JsonNode agency(JsonNode figures, String agency) {
    return StreamSupport.stream(figures.get("agencies").spliterator(), false)
        .filter(node -> node.get("agency").asText().equals(agency)).findFirst().orElseThrow();
  }

  private static List<Long> counts(JsonNode agency) {
    return List.of(agency.get("openTasks").asLong(), agency.get("overdueTasks").asLong(),
        agency.get("dueToday").asLong(), agency.get("becameOverdueToday").asLong());
  }

  private static List<Map.Entry<String, Long>> stages(JsonNode figures) {
    return StreamSupport.stream(figures.get("casesByStage").spliterator(), false)
        .map(stage -> Map.entry(stage.get("stage").asText(), stage.get("cases").asLong()))
        .toList();
  }
}
