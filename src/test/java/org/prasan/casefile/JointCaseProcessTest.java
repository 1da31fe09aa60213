package org.prasan.casefile;

import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.prasan.casefile.JointCaseProcess.CALL_CHARGING;
import static org.prasan.casefile.JointCaseProcess.CALL_DIGITAL_EVIDENCE;
import static org.prasan.casefile.JointCaseProcess.CALL_INVESTIGATION;
import static org.prasan.casefile.JointCaseProcess.CALL_LITIGATION;
import static org.prasan.casefile.JointCaseProcess.CALL_SCREEN_PERSONS_IN_CARE;
import static org.prasan.casefile.JointCaseProcess.CALL_VICTIM_IDENTIFICATION;
import static org.prasan.casefile.JointCaseProcess.TASK_CONFIRM_LEAD_AGENCY;
import static org.prasan.casefile.JointCaseProcess.TASK_TRIAGE_TIP;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.prasan.ProcessTestEngine;
import org.prasan.sla.LegalClock;

/**
 * The main process with its triage and the real lead-agency decision, and stand-ins for the
 * stage processes (each waits at one task, so the test decides what the stage hands back).
 */
@Deployment(resources = {"processes/joint-case.bpmn", "processes/lead-agency.dmn",
    "forms/triage-tip.form", "forms/confirm-lead-agency.form",
    "forms/decide-seized-assets.form", "forms/renew-data-preservation.form",
    "forms/join-later-evidence.form"})
@Tag("mariadb")
class JointCaseProcessTest {

  static final String CASE_ID = "TIP-2026-000042";
  static final String STAND_IN_TASK = "Task_StandIn";

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTestEngine.extension();

  private final List<String> recordedOutcomes = new ArrayList<>();
  private final List<String> recordedLeads = new ArrayList<>();
  private String standInDeploymentId;

  @BeforeEach
  void registerBeansAndStandIns() {
    ProcessTestEngine.registerStandardBeans();
    registerStageDelegates();
    var deployment = repositoryService().createDeployment().name("stage stand-ins");
    for (String stage : List.of("victim-identification", "investigation", "digital-evidence",
        "charging", "litigation", "remand-custody")) {
      deployment.addModelInstance(stage + ".bpmn", Bpmn.createExecutableProcess(stage)
          .camundaHistoryTimeToLive(1)
          .startEvent().userTask(STAND_IN_TASK).camundaCandidateGroups("coordinator").endEvent()
          .done());
    }
    standInDeploymentId = deployment.deploy().getId();
  }

  /** The case's own delegates record what they were asked; the standard beans stay real. */
  private void registerStageDelegates() {
    Mocks.register(JointCaseProcess.DELEGATE_NOTE_CHARGING_UNDER_WAY,
        new NoteChargingUnderWayDelegate());
    Mocks.register(JointCaseProcess.DELEGATE_RECORD_LEAD_AGENCY, (JavaDelegate) execution ->
        recordedLeads.add(execution.getProcessBusinessKey() + ":"
            + execution.getVariable(JointCaseProcess.VAR_LEAD_AGENCY)));
    Mocks.register(JointCaseProcess.DELEGATE_RECORD_CASE_OUTCOME, (ExecutionListener) execution ->
        recordedOutcomes.add(execution.getVariableLocal(JointCaseProcess.VAR_CASE_OUTCOME) + ": "
            + execution.getVariableLocal(JointCaseProcess.VAR_CASE_CLOSURE_REASON)));
  }

  @AfterEach
  void removeStandIns() {
    ClockUtil.reset();
    repositoryService().deleteDeployment(standInDeploymentId, true);
  }

  @Test
  void givesTheTriageToTheAgencyOfTheTipsSourceWithItsFormAndServiceLevel() throws IOException {
    ProcessInstance jointCase = startCase(Map.of(JointCaseProcess.VAR_TRIAGE_AGENCY, "rtp-ticac"));

    assertThat(jointCase).isWaitingAtExactly(TASK_TRIAGE_TIP);
    assertThat(task(jointCase)).hasCandidateGroup("rtp-ticac");
    try (InputStream form = formService().getDeployedTaskForm(task(jointCase).getId())) {
      Assertions.assertThat(new ObjectMapper().readTree(form).get("id").asText())
          .isEqualTo(JointCaseProcess.FORM_TRIAGE_TIP);
    }
    Assertions.assertThat(task(jointCase).getDueDate().toInstant()).isCloseTo(
        ClockUtil.getCurrentTime().toInstant().plus(ProcessTestEngine.TEST_SERVICE_LEVEL),
        within(1, ChronoUnit.SECONDS));
  }

  @Test
  void closesAsNoTraffickingWithTheTriageOfficersReason() {
    ProcessInstance jointCase = startCase(Map.of());

    completeTriage(jointCase, JointCaseProcess.NO_TRAFFICKING, "Lawful employment confirmed");

    assertThat(jointCase).isEnded().hasPassed(JointCaseProcess.END_NO_TRAFFICKING);
    Assertions.assertThat(recordedOutcomes)
        .containsExactly("NO_TRAFFICKING_FOUND: Lawful employment confirmed");
  }

  @Test
  void closesAsAnotherOffenceWithTheTriageOfficersReason() {
    ProcessInstance jointCase = startCase(Map.of());

    completeTriage(jointCase, JointCaseProcess.OTHER_OFFENCE, "Referred to provincial police");

    assertThat(jointCase).isEnded().hasPassed(JointCaseProcess.END_OTHER_OFFENCE);
    Assertions.assertThat(recordedOutcomes)
        .containsExactly("REFERRED_AS_OTHER_OFFENCE: Referred to provincial police");
  }

  @Test
  void asksTheCoordinatorToConfirmTheLeadAgencyTheDecisionProposes() {
    ProcessInstance jointCase = startCase(Map.of(JointCaseProcess.VAR_ONLINE, true,
        JointCaseProcess.VAR_CHILD_VICTIM, true));

    completeTriage(jointCase, JointCaseProcess.TRAFFICKING_SUSPECTED, null);

    assertThat(jointCase).isWaitingAt(TASK_CONFIRM_LEAD_AGENCY)
        .variables()
        .containsEntry(JointCaseProcess.VAR_PROPOSED_LEAD_AGENCY, "rtp-ticac")
        .containsEntry(JointCaseProcess.VAR_LEAD_AGENCY, "rtp-ticac")
        .containsEntry(JointCaseProcess.VAR_PROPOSED_SUPPORTING_AGENCIES, "rtp-ccib,msdhs")
        .containsEntry(JointCaseProcess.VAR_DSI_SPECIAL_CASE_PROPOSED, false);
    assertThat(task(jointCase)).hasCandidateGroup("coordinator");
  }

  @Test
  void proposesAPoliceLeadAndTheBoardRequestForATransnationalCaseNeverDsiAsLead() {
    ProcessInstance jointCase = startCase(Map.of(JointCaseProcess.VAR_TRANSNATIONAL, true));

    completeTriage(jointCase, JointCaseProcess.TRAFFICKING_SUSPECTED, null);

    assertThat(jointCase).isWaitingAt(TASK_CONFIRM_LEAD_AGENCY).variables()
        .containsEntry(JointCaseProcess.VAR_PROPOSED_LEAD_AGENCY, "rtp-atpd")
        .containsEntry(JointCaseProcess.VAR_LEAD_AGENCY, "rtp-atpd")
        .containsEntry(JointCaseProcess.VAR_PROPOSED_SUPPORTING_AGENCIES,
            "dsi,immigration,msdhs")
        .containsEntry(JointCaseProcess.VAR_DSI_SPECIAL_CASE_PROPOSED, true);
  }

  @Test
  void startsVictimInvestigationAndDigitalEvidenceWorkTogetherUnderTheConfirmedLead() {
    ProcessInstance jointCase = startCase(Map.of());
    completeTriage(jointCase, JointCaseProcess.TRAFFICKING_SUSPECTED, null);

    complete(task(jointCase), withVariables(JointCaseProcess.VAR_LEAD_AGENCY, "rtp-ticac",
        JointCaseProcess.VAR_SUPPORTING_AGENCIES, "rtp-atpd,msdhs",
        JointCaseProcess.VAR_LEAD_DECISION_REASON, "Network spans three provinces"));

    assertThat(jointCase).isWaitingAt(CALL_VICTIM_IDENTIFICATION, CALL_INVESTIGATION,
        CALL_DIGITAL_EVIDENCE);
    Assertions.assertThat(recordedLeads).containsExactly(CASE_ID + ":rtp-ticac");
    assertThat(calledProcessInstance("investigation", jointCase)).hasBusinessKey(CASE_ID)
        .variables().containsEntry(JointCaseProcess.VAR_LEAD_AGENCY, "rtp-ticac");
  }

  @Test
  void waitsForEveryAgencyBeforeCharging() {
    ProcessInstance jointCase = caseWithConfirmedLead();

    finishStage(jointCase, "victim-identification", Map.of());
    finishStage(jointCase, "investigation", Map.of());

    assertThat(jointCase).isWaitingAt(CALL_DIGITAL_EVIDENCE).isNotWaitingAt(CALL_CHARGING);
    finishStage(jointCase, "digital-evidence", Map.of());
    assertThat(jointCase).isWaitingAt(CALL_CHARGING);
  }

  @Test
  void endsJudgedWithTheVerdictAfterLitigation() {
    ProcessInstance jointCase = caseWithConfirmedLead();
    finishAgencyWork(jointCase);

    finishStage(jointCase, "charging", Map.of(JointCaseProcess.VAR_CHARGING_DECISION, "APPROVE"));
    assertThat(jointCase).isWaitingAt(CALL_LITIGATION);
    finishStage(jointCase, "litigation", Map.of(JointCaseProcess.VAR_VERDICT, "CONVICTED"));

    assertThat(jointCase).isEnded().hasPassed(JointCaseProcess.END_JUDGED);
    Assertions.assertThat(recordedOutcomes).containsExactly("JUDGED: Verdict: CONVICTED");
  }

  @Test
  void endsNotProsecutedWithTheProsecutorsReason() {
    ProcessInstance jointCase = caseWithConfirmedLead();
    finishAgencyWork(jointCase);

    finishStage(jointCase, "charging", Map.of(
        JointCaseProcess.VAR_CHARGING_DECISION, "NOT_PROSECUTE",
        JointCaseProcess.VAR_NON_PROSECUTION_REASON, "Insufficient evidence of exploitation"));

    assertThat(jointCase).isEnded().hasPassed(JointCaseProcess.END_NOT_PROSECUTED)
        .hasNotPassed(CALL_LITIGATION);
    Assertions.assertThat(recordedOutcomes)
        .containsExactly("NOT_PROSECUTED: Insufficient evidence of exploitation");
  }

  @Test
  void closesEarlyAsMergedAndCancelsEveryAgencysOpenWork() {
    ProcessInstance jointCase = caseWithConfirmedLead();

    runtimeService().createMessageCorrelation(JointCaseProcess.MESSAGE_CLOSE_CASE)
        .processInstanceBusinessKey(CASE_ID)
        .setVariable(JointCaseProcess.VAR_EARLY_CLOSURE_OUTCOME, JointCaseProcess.OUTCOME_MERGED)
        .setVariable(JointCaseProcess.VAR_CLOSURE_REASON, "Merged into TIP-2026-000007")
        .correlate();

    assertThat(jointCase).isEnded().hasPassed(JointCaseProcess.END_CLOSED_EARLY);
    Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
    Assertions.assertThat(recordedOutcomes).containsExactly("MERGED: Merged into TIP-2026-000007");
  }

  @Test
  void watchesTheRemandCustodyBesideTheAgenciesWorkOnceASuspectIsRemanded() {
    ProcessInstance jointCase = caseWithConfirmedLead();

    runtimeService().createMessageCorrelation(JointCaseProcess.MESSAGE_SUSPECT_REMANDED)
        .processInstanceBusinessKey(CASE_ID)
        .setVariable("remandGrantedUntil", "2026-03-14T01:00Z").correlateAll();

    assertThat(jointCase).isWaitingAt(JointCaseProcess.CALL_REMAND_CUSTODY, CALL_INVESTIGATION,
        CALL_VICTIM_IDENTIFICATION, CALL_DIGITAL_EVIDENCE);
    assertThat(calledProcessInstance("remand-custody", jointCase)).hasBusinessKey(CASE_ID)
        .variables().containsEntry("remandGrantedUntil", "2026-03-14T01:00Z")
        .containsEntry(JointCaseProcess.VAR_LEAD_AGENCY, "rtp-atpd");
  }

  @Test
  void chargesOnTheFileAtHandBeforeTheCapWhileForensicsStillRunsAndJoinsTheLaterEvidence()
      throws Exception {
    ProcessInstance jointCase = caseWithConfirmedLead();
    String realWatch = deployTheRealRemandWatch();
    try {
      Instant ordered = Instant.parse("2026-03-03T01:00:00Z");
      ClockUtil.setCurrentTime(Date.from(ordered));
      suspectRemanded(ordered);
      finishStage(jointCase, "victim-identification", Map.of());
      finishStage(jointCase, "investigation", Map.of());

      // A week before the 48-day cap; forensics (digital evidence) is still running.
      ProcessInstance watch = calledProcessInstance("remand-custody", jointCase);
      ClockUtil.setCurrentTime(Date.from(ordered.plus(Duration.ofDays(41))));
      execute(job("Timer_RemandCapNears", watch));
      org.prasan.FormSubmission.submitForm(watch, "Task_ReviewRemandCap", "coordinator",
          "review-remand-cap", task("Task_ReviewRemandCap", watch).getDueDate().toInstant(),
          Map.of("remandCapDecision", "CHARGE_NOW",
              "remandCapArrangement", "OAG decides on the file at hand by Friday"));

      assertThat(jointCase).isWaitingAt(JointCaseProcess.CALL_CHARGE_ON_FILE_AT_HAND,
          CALL_DIGITAL_EVIDENCE, JointCaseProcess.CALL_REMAND_CUSTODY)
          .isNotWaitingAt(CALL_CHARGING);
      // The forms of the charging on the file at hand say so to the officer and the prosecutor.
      assertThat(calledProcessInstance("charging", jointCase)).hasBusinessKey(CASE_ID)
          .variables().containsEntry(JointCaseProcess.VAR_CHARGED_ON_FILE_AT_HAND, true);
      finishStage(jointCase, "charging", Map.of(JointCaseProcess.VAR_CHARGING_DECISION, "APPROVE",
          "chargesApproved", "Anti-TIP Act s.6, s.52"));
      assertThat(jointCase).isWaitingAt(JointCaseProcess.CALL_LITIGATE_ON_FILE_AT_HAND,
          CALL_DIGITAL_EVIDENCE);

      // Forensics ends after the charge: its results join the trial file, no second charging.
      finishStage(jointCase, "digital-evidence", Map.of());
      assertThat(jointCase).isWaitingAt(JointCaseProcess.TASK_JOIN_LATER_EVIDENCE)
          .isNotWaitingAt(CALL_CHARGING).hasNotPassed(CALL_CHARGING);
      Assertions.assertThat(chargingsStarted()).isOne();
      Task join = task(JointCaseProcess.TASK_JOIN_LATER_EVIDENCE, jointCase);
      org.prasan.FormSubmission.submitForm(jointCase, JointCaseProcess.TASK_JOIN_LATER_EVIDENCE,
          "oag-tip", JointCaseProcess.FORM_JOIN_LATER_EVIDENCE, join.getDueDate().toInstant(),
          Map.of(JointCaseProcess.VAR_LATER_EVIDENCE_SUMMARY,
              "Forensic report on the recruiters' phones, 41 chats with the victims",
              JointCaseProcess.VAR_LATER_EVIDENCE_JOINED_AT, "2026-04-20T03:00Z"));
      finishStage(jointCase, "litigation", Map.of(JointCaseProcess.VAR_VERDICT, "CONVICTED"));
      runtimeService().createMessageCorrelation("Message_ChargesFiled")
          .processInstanceBusinessKey(CASE_ID).correlateAll();

      assertThat(jointCase).isEnded().hasPassed(JointCaseProcess.END_LATER_EVIDENCE_JOINED,
          JointCaseProcess.END_JUDGED_ON_FILE_AT_HAND).hasNotPassed(JointCaseProcess.END_JUDGED);
      Assertions.assertThat(recordedOutcomes).containsExactly("JUDGED: Verdict: CONVICTED");
      Assertions.assertThat(chargingsStarted()).isOne();
    } finally {
      repositoryService().deleteDeployment(realWatch, true);
    }
  }

  @Test
  void startsNoSecondChargingWhenTheCapDecisionComesWhileChargingIsUnderWay() {
    ProcessInstance jointCase = caseWithConfirmedLead();
    finishAgencyWork(jointCase);
    assertThat(jointCase).isWaitingAt(CALL_CHARGING);

    chargeBeforeTheCap();

    assertThat(jointCase).hasPassed(JointCaseProcess.END_CHARGING_ALREADY_UNDER_WAY)
        .isWaitingAtExactly(CALL_CHARGING);
    Assertions.assertThat(chargingsStarted()).isOne();
    finishStage(jointCase, "charging", Map.of(JointCaseProcess.VAR_CHARGING_DECISION, "APPROVE"));
    assertThat(jointCase).isWaitingAtExactly(CALL_LITIGATION);
  }

  @Test
  void startsNoSecondChargingInACaseMovedFromAVersionThatDidNotNoteChargingStarts() {
    ProcessInstance jointCase = caseWithConfirmedLead();
    finishAgencyWork(jointCase);
    runtimeService().removeVariable(jointCase.getId(), JointCaseProcess.VAR_CHARGING_STARTED);

    chargeBeforeTheCap();

    assertThat(jointCase).hasPassed(JointCaseProcess.END_CHARGING_ALREADY_UNDER_WAY)
        .isWaitingAtExactly(CALL_CHARGING);
    Assertions.assertThat(chargingsStarted()).isOne();
  }

  @Test
  void startsNoSecondChargingWhenTheCapDecisionIsRepeated() {
    ProcessInstance jointCase = caseWithConfirmedLead();

    chargeBeforeTheCap();
    chargeBeforeTheCap();

    assertThat(jointCase).hasPassed(JointCaseProcess.END_CHARGING_ALREADY_UNDER_WAY);
    Assertions.assertThat(chargingsStarted()).isOne();
  }

  @Test
  void endsWithoutASecondChargingWhenTheFileAtHandWasNotProsecuted() {
    ProcessInstance jointCase = caseWithConfirmedLead();
    chargeBeforeTheCap();

    finishStage(jointCase, "charging", Map.of(
        JointCaseProcess.VAR_CHARGING_DECISION, "NOT_PROSECUTE",
        JointCaseProcess.VAR_NON_PROSECUTION_REASON, "The victims' statements do not hold"));
    assertThat(jointCase).hasPassed(JointCaseProcess.END_NOT_PROSECUTED_ON_FILE_AT_HAND)
        .hasNotPassed(JointCaseProcess.CALL_LITIGATE_ON_FILE_AT_HAND);
    finishAgencyWork(jointCase);

    assertThat(jointCase).isEnded().hasPassed(JointCaseProcess.END_NOTHING_MORE_TO_CHARGE)
        .hasNotPassed(CALL_CHARGING, JointCaseProcess.TASK_JOIN_LATER_EVIDENCE);
    Assertions.assertThat(chargingsStarted()).isOne();
    Assertions.assertThat(recordedOutcomes)
        .containsExactly("NOT_PROSECUTED: The victims' statements do not hold");
  }

  @Test
  void givesTheStagesResultsToTheProsecutorWhileTheDecisionOnTheFileAtHandIsStillOpen() {
    ProcessInstance jointCase = caseWithConfirmedLead();
    chargeBeforeTheCap();

    finishAgencyWork(jointCase);

    assertThat(jointCase).isWaitingAt(JointCaseProcess.TASK_JOIN_LATER_EVIDENCE,
        JointCaseProcess.CALL_CHARGE_ON_FILE_AT_HAND).isNotWaitingAt(CALL_CHARGING);
    assertThat(task(JointCaseProcess.TASK_JOIN_LATER_EVIDENCE, jointCase))
        .hasCandidateGroup("oag-tip");
    Assertions.assertThat(chargingsStarted()).isOne();
  }

  @Test
  void givesAmloItsDecisionOnSeizedAssetsBeforeTheNinetyDaysRunOut() {
    ProcessTestEngine.registerServiceLevels(Map.of(JointCaseProcess.TASK_DECIDE_SEIZED_ASSETS,
        Duration.ofDays(120)));
    registerStageDelegates();
    ProcessInstance jointCase = caseWithConfirmedLead();
    Map<String, Object> seizure = Map.of("seizedAt", "2026-03-01T03:00Z");
    ProcessTestEngine.legalClocks().start(CASE_ID, JointCaseProcess.CLOCK_ASSET_SEIZURE,
        seizure::get, "amlo.officer");

    runtimeService().createMessageCorrelation(JointCaseProcess.MESSAGE_ASSETS_SEIZED)
        .processInstanceBusinessKey(CASE_ID).setVariables(seizure).correlateAll();

    Task decision = task(JointCaseProcess.TASK_DECIDE_SEIZED_ASSETS, jointCase);
    assertThat(decision).hasCandidateGroup("amlo");
    Assertions.assertThat(decision.getDueDate().toInstant())
        .isEqualTo(Instant.parse("2026-03-01T03:00:00Z").plus(Duration.ofDays(90)));
    complete(decision, withVariables(JointCaseProcess.VAR_SEIZED_ASSETS_DECISION,
        "FORFEITURE_PETITION", JointCaseProcess.VAR_SEIZED_ASSETS_DECISION_NOTE,
        "Referred to the prosecutor"));
    assertThat(jointCase).hasPassed(JointCaseProcess.END_SEIZED_ASSETS_DECIDED);
    Assertions.assertThat(ProcessTestEngine.legalClocks()
        .find(CASE_ID, JointCaseProcess.CLOCK_ASSET_SEIZURE)).isEmpty();
  }

  @Test
  void asksTheCyberCrimeBureauToRenewPreservationTwoWeeksBeforeItEnds() {
    ProcessInstance jointCase = caseWithConfirmedLead();
    Instant requested = Instant.parse("2026-03-01T03:00:00Z");
    preservationRequested(requested);

    Assertions.assertThat(job(JointCaseProcess.TIMER_PRESERVATION_ENDING, jointCase).getDuedate())
        .isEqualTo(Date.from(requested.plus(Duration.ofDays(76))));
    execute(job(JointCaseProcess.TIMER_PRESERVATION_ENDING, jointCase));
    Task renewal = task(JointCaseProcess.TASK_RENEW_DATA_PRESERVATION, jointCase);
    assertThat(renewal).hasCandidateGroup("rtp-ccib");
    complete(renewal, withVariables(JointCaseProcess.VAR_PRESERVATION_RENEWAL, "RENEWED",
        JointCaseProcess.VAR_PRESERVATION_RENEWED_UNTIL, "2026-08-28T03:00Z"));

    Assertions.assertThat(ProcessTestEngine.legalClocks()
            .find(CASE_ID, JointCaseProcess.CLOCK_DATA_PRESERVATION)).get()
        .extracting(LegalClock::endsAt).isEqualTo(Instant.parse("2026-08-28T03:00:00Z"));
    Assertions.assertThat(job(JointCaseProcess.TIMER_PRESERVATION_ENDING, jointCase).getDuedate())
        .isEqualTo(Date.from(Instant.parse("2026-08-14T03:00:00Z")));
  }

  @Test
  void stopsWatchingThePreservationOnceTheEvidenceIsHandedOver() {
    ProcessInstance jointCase = caseWithConfirmedLead();
    preservationRequested(Instant.parse("2026-03-01T03:00:00Z"));

    runtimeService().createMessageCorrelation(
        JointCaseProcess.MESSAGE_DIGITAL_EVIDENCE_HANDED_OVER).processInstanceBusinessKey(CASE_ID)
        .correlateAll();

    assertThat(jointCase).hasPassed(JointCaseProcess.END_DATA_OBTAINED)
        .isNotWaitingAt(JointCaseProcess.TIMER_PRESERVATION_ENDING);
    Assertions.assertThat(ProcessTestEngine.legalClocks()
        .find(CASE_ID, JointCaseProcess.CLOCK_DATA_PRESERVATION)).isEmpty();
  }

  @Test
  void opensTheScreeningAtTheReceptionIntoCareBeforeTriageAndScreensOnlyOnce() {
    Instant received = Instant.parse("2026-03-02T01:00:00Z");
    // Recorded exactly at the configured limit (1 h): on time.
    ClockUtil.setCurrentTime(Date.from(received.plus(Duration.ofHours(1))));
    ProcessInstance jointCase = startCase(Map.of());

    receivedIntoCare("2026-03-02T08:00+07:00", null);

    assertThat(jointCase).isWaitingAt(TASK_TRIAGE_TIP, CALL_SCREEN_PERSONS_IN_CARE);
    assertThat(calledProcessInstance("victim-identification", jointCase))
        .hasBusinessKey(CASE_ID).variables()
        .containsEntry(JointCaseProcess.VAR_LEAD_AGENCY, "immigration")
        .containsEntry("receivedIntoCareAt", "2026-03-02T08:00+07:00");
    Assertions.assertThat(ProcessTestEngine.legalClocks().find(CASE_ID, "screening-hold"))
        .get().extracting(LegalClock::startedAt, LegalClock::endsAt)
        .containsExactly(received, received.plus(Duration.ofHours(24)));

    completeTriage(jointCase, JointCaseProcess.TRAFFICKING_SUSPECTED, null);
    complete(task(jointCase), withVariables(JointCaseProcess.VAR_LEAD_AGENCY, "rtp-atpd"));
    assertThat(jointCase).isWaitingAt(CALL_SCREEN_PERSONS_IN_CARE, CALL_INVESTIGATION,
        CALL_DIGITAL_EVIDENCE).isNotWaitingAt(CALL_VICTIM_IDENTIFICATION);
  }

  @Test
  void refusesAReceptionRecordedOneSecondPastTheHourWithoutAReasonAndStoresNothing() {
    Instant received = Instant.parse("2026-03-02T01:00:00Z");
    ClockUtil.setCurrentTime(Date.from(received.plus(Duration.ofHours(1)).plusSeconds(1)));
    ProcessInstance jointCase = startCase(Map.of());

    Assertions.assertThatThrownBy(() -> receivedIntoCare("2026-03-02T08:00+07:00", null))
        .hasMessageContaining("lateRecordingReason");

    assertThat(jointCase).isWaitingAtExactly(TASK_TRIAGE_TIP);
    Assertions.assertThat(ProcessTestEngine.legalClocks().ofCase(CASE_ID)).isEmpty();
    receivedIntoCare("2026-03-02T08:00+07:00", "Rescue at a remote pier, no signal");
    assertThat(jointCase).isWaitingAt(CALL_SCREEN_PERSONS_IN_CARE);
  }

  /** What the remand watch sends when the coordinators decide CHARGE_NOW. */
  private static void chargeBeforeTheCap() {
    runtimeService().createMessageCorrelation(JointCaseProcess.MESSAGE_CHARGE_BEFORE_REMAND_CAP)
        .processInstanceBusinessKey(CASE_ID).correlateAll();
  }

  private static long chargingsStarted() {
    return historyService().createHistoricProcessInstanceQuery().processDefinitionKey("charging")
        .processInstanceBusinessKey(CASE_ID).count();
  }

  /** The investigation's report of a remand order: both remand clocks run from its first day. */
  private static void suspectRemanded(Instant orderedAt) {
    Map<String, Object> order = Map.of("remandOrderedAt", orderedAt.toString(),
        "maxPenaltyYears", 8,
        "remandGrantedUntil", orderedAt.plus(Duration.ofDays(12)).toString());
    ProcessTestEngine.legalClocks().start(CASE_ID, "remand-cap", order::get, "test");
    ProcessTestEngine.legalClocks().start(CASE_ID, "remand-period", order::get, "test");
    runtimeService().createMessageCorrelation(JointCaseProcess.MESSAGE_SUSPECT_REMANDED)
        .processInstanceBusinessKey(CASE_ID).setVariables(order).correlateAll();
  }

  /** The real remand-custody, deployed after the stand-ins so that the case calls it. */
  private static String deployTheRealRemandWatch() {
    Mocks.register("checkRemandCapDecisionDelegate",
        new org.prasan.investigation.CheckRemandCapDecisionDelegate());
    return repositoryService().createDeployment().name("the real remand watch")
        .addClasspathResource("processes/remand-custody.bpmn")
        .addClasspathResource("forms/review-remand-cap.form").deploy().getId();
  }

  private static void receivedIntoCare(String at, String lateReason) {
    runtimeService().createMessageCorrelation("Message_PersonsReceivedIntoCare")
        .processInstanceBusinessKey(CASE_ID)
        .setVariable("receivedIntoCareAt", at)
        .setVariable("potentialVictimCount", 9)
        .setVariable("lateRecordingReason", lateReason)
        .setVariable("receivingAgency", "immigration").correlate();
  }

  private void preservationRequested(Instant requested) {
    Map<String, Object> request = Map.of("preservationRequestedAt", requested.toString());
    ProcessTestEngine.legalClocks().start(CASE_ID, JointCaseProcess.CLOCK_DATA_PRESERVATION,
        request::get, "rtp-ccib.officer");
    runtimeService().createMessageCorrelation(JointCaseProcess.MESSAGE_DATA_PRESERVED)
        .processInstanceBusinessKey(CASE_ID).setVariables(request).correlateAll();
  }

  private ProcessInstance caseWithConfirmedLead() {
    ProcessInstance jointCase = startCase(Map.of());
    completeTriage(jointCase, JointCaseProcess.TRAFFICKING_SUSPECTED, null);
    complete(task(jointCase), withVariables(JointCaseProcess.VAR_LEAD_AGENCY, "rtp-atpd"));
    return jointCase;
  }

  private static void finishAgencyWork(ProcessInstance jointCase) {
    for (String stage : List.of("victim-identification", "investigation", "digital-evidence")) {
      finishStage(jointCase, stage, Map.of());
    }
  }

  private static void finishStage(ProcessInstance jointCase, String stage,
                                  Map<String, Object> handedBack) {
    ProcessInstance stageInstance = calledProcessInstance(stage, jointCase);
    complete(task(STAND_IN_TASK, stageInstance), handedBack);
  }

  private static void completeTriage(ProcessInstance jointCase, String outcome, String reason) {
    assertThat(jointCase).isWaitingAt(TASK_TRIAGE_TIP);
    Map<String, Object> answers = new HashMap<>();
    answers.put(JointCaseProcess.VAR_TRIAGE_OUTCOME, outcome);
    answers.put(JointCaseProcess.VAR_TRIAGE_NOTES, "Checked against the hotline log");
    if (reason != null) {
      answers.put(JointCaseProcess.VAR_CLOSURE_REASON, reason);
    }
    complete(task(TASK_TRIAGE_TIP, jointCase), answers);
  }

  private static ProcessInstance startCase(Map<String, Object> given) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(JointCaseProcess.VAR_CASE_ID, CASE_ID);
    variables.put(JointCaseProcess.VAR_TRIAGE_AGENCY,
        given.getOrDefault(JointCaseProcess.VAR_TRIAGE_AGENCY, "rtp-atpd"));
    for (String indicator : List.of(JointCaseProcess.VAR_CHILD_VICTIM, JointCaseProcess.VAR_ONLINE,
        JointCaseProcess.VAR_SEXUAL_EXPLOITATION, JointCaseProcess.VAR_FORCED_LABOUR,
        JointCaseProcess.VAR_FORCED_CRIMINALITY, JointCaseProcess.VAR_TRANSNATIONAL,
        JointCaseProcess.VAR_ORGANISED)) {
      variables.put(indicator, given.getOrDefault(indicator, false));
    }
    return runtimeService().startProcessInstanceByKey(JointCaseProcess.PROCESS_KEY, CASE_ID,
        variables);
  }
}
