package org.prasan.litigation;

import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.prasan.litigation.LitigationProcess.ANOTHER_HEARING;
import static org.prasan.litigation.LitigationProcess.ACQUITTED;
import static org.prasan.litigation.LitigationProcess.APPEAL;
import static org.prasan.litigation.LitigationProcess.CONVICTED;
import static org.prasan.litigation.LitigationProcess.END_JUDGED;
import static org.prasan.litigation.LitigationProcess.JUDGMENT_DELIVERED;
import static org.prasan.litigation.LitigationProcess.NO;
import static org.prasan.litigation.LitigationProcess.NONE;
import static org.prasan.litigation.LitigationProcess.NO_APPEAL;
import static org.prasan.litigation.LitigationProcess.PARTLY_CONVICTED;
import static org.prasan.litigation.LitigationProcess.REINTEGRATION;
import static org.prasan.litigation.LitigationProcess.REPATRIATION;
import static org.prasan.litigation.LitigationProcess.TASK_DECIDE_APPEAL;
import static org.prasan.litigation.LitigationProcess.TASK_ENFORCE_COMPENSATION;
import static org.prasan.litigation.LitigationProcess.TASK_FILE_INDICTMENT;
import static org.prasan.litigation.LitigationProcess.TASK_PLAN_REINTEGRATION;
import static org.prasan.litigation.LitigationProcess.TASK_RECORD_HEARING;
import static org.prasan.litigation.LitigationProcess.TASK_RECORD_JUDGMENT;
import static org.prasan.litigation.LitigationProcess.TASK_REPATRIATE_VICTIM;
import static org.prasan.litigation.LitigationProcess.TASK_TAKE_PRETRIAL_TESTIMONY;
import static org.prasan.litigation.LitigationProcess.VAR_APPEAL_DECISION;
import static org.prasan.litigation.LitigationProcess.VAR_COMPENSATION_AWARDED;
import static org.prasan.litigation.LitigationProcess.VAR_COMPENSATION_PAID_AMOUNT;
import static org.prasan.litigation.LitigationProcess.VAR_COURT_CASE_NUMBER;
import static org.prasan.litigation.LitigationProcess.VAR_DESTINATION_COUNTRY;
import static org.prasan.litigation.LitigationProcess.VAR_ENFORCEMENT_NOTES;
import static org.prasan.litigation.LitigationProcess.VAR_HEARING_AT;
import static org.prasan.litigation.LitigationProcess.VAR_HEARING_NOTES;
import static org.prasan.litigation.LitigationProcess.VAR_INDICTMENT_FILED_AT;
import static org.prasan.litigation.LitigationProcess.VAR_JUDGMENT_AT;
import static org.prasan.litigation.LitigationProcess.VAR_NEXT_STEP;
import static org.prasan.litigation.LitigationProcess.VAR_REINTEGRATION_PLAN_SUMMARY;
import static org.prasan.litigation.LitigationProcess.VAR_REPATRIATED_AT;
import static org.prasan.litigation.LitigationProcess.VAR_TESTIMONY_TAKEN_AT;
import static org.prasan.litigation.LitigationProcess.VAR_VERDICT;
import static org.prasan.litigation.LitigationProcess.VAR_VICTIM_SUPPORT_PLAN;
import static org.prasan.litigation.LitigationProcess.YES;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.io.InputStream;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.prasan.ProcessTestEngine;
import org.prasan.casefile.JointCaseProcess;
import org.prasan.charging.ChargingProcess;
import org.prasan.sla.LegalClock;

@Deployment(resources = {"processes/litigation.bpmn", "forms/file-indictment.form",
    "forms/take-pretrial-testimony.form", "forms/repatriate-victim.form",
    "forms/plan-reintegration.form", "forms/record-hearing.form", "forms/record-judgment.form",
    "forms/decide-appeal.form", "forms/enforce-compensation.form",
    "forms/record-case-type-decision.form", "forms/prepare-compensation-claim.form"})
@Tag("mariadb")
class LitigationProcessTest {

  private static final String CASE_ID = "TIP-2026-000042";

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTestEngine.extension();

  @BeforeEach
  void registerBeans() {
    ProcessTestEngine.registerStandardBeans();
    org.camunda.bpm.engine.test.mock.Mocks.register("countAppealDelegate",
        new CountAppealDelegate());
  }

  @Test
  void givesEachTaskToItsAgencyWithItsFormAndServiceLevel() throws IOException {
    ProcessInstance litigation = startLitigation();
    assertAssigned(litigation, TASK_FILE_INDICTMENT, "oag-tip",
        LitigationProcess.FORM_FILE_INDICTMENT);
    fileIndictment(litigation, REPATRIATION);

    assertAssigned(litigation, TASK_TAKE_PRETRIAL_TESTIMONY, "oag-tip",
        LitigationProcess.FORM_TAKE_PRETRIAL_TESTIMONY);
    takeTestimony(litigation);
    assertAssigned(litigation, TASK_REPATRIATE_VICTIM, "msdhs",
        LitigationProcess.FORM_REPATRIATE_VICTIM);

    assertAssigned(litigation, TASK_RECORD_HEARING, "oag-tip", LitigationProcess.FORM_RECORD_HEARING);
    recordHearing(litigation, JUDGMENT_DELIVERED);
    assertAssigned(litigation, TASK_RECORD_JUDGMENT, "oag-tip",
        LitigationProcess.FORM_RECORD_JUDGMENT);
    recordJudgment(litigation, CONVICTED, YES);
    assertAssigned(litigation, TASK_DECIDE_APPEAL, "oag-tip", LitigationProcess.FORM_DECIDE_APPEAL);
    decideAppeal(litigation, NO_APPEAL);
    assertAssigned(litigation, TASK_ENFORCE_COMPENSATION, "oag-tip",
        LitigationProcess.FORM_ENFORCE_COMPENSATION);
  }

  @Test
  void givesTheReintegrationPlanToTheMinistryBesideTheTrial() throws IOException {
    ProcessInstance litigation = startLitigation();
    fileIndictment(litigation, REINTEGRATION);

    assertThat(litigation).isWaitingAt(TASK_RECORD_HEARING, TASK_PLAN_REINTEGRATION);
    assertAssigned(litigation, TASK_PLAN_REINTEGRATION, "msdhs",
        LitigationProcess.FORM_PLAN_REINTEGRATION);
    complete(task(TASK_PLAN_REINTEGRATION, litigation), withVariables(
        VAR_REINTEGRATION_PLAN_SUMMARY, "Return to family in Chiang Rai; vocational course"));
    recordHearing(litigation, JUDGMENT_DELIVERED);
    recordJudgment(litigation, CONVICTED, NO);
    decideAppeal(litigation, NO_APPEAL);

    assertThat(litigation).isEnded().hasPassed(TASK_PLAN_REINTEGRATION, END_JUDGED)
        .hasNotPassed(TASK_TAKE_PRETRIAL_TESTIMONY, TASK_REPATRIATE_VICTIM,
            TASK_ENFORCE_COMPENSATION)
        .variables().containsEntry(VAR_VERDICT, CONVICTED);
  }

  @Test
  void takesTheVictimsTestimonyBeforeRepatriation() {
    ProcessInstance litigation = startLitigation();
    fileIndictment(litigation, REPATRIATION);

    assertThat(litigation).isWaitingAt(TASK_RECORD_HEARING, TASK_TAKE_PRETRIAL_TESTIMONY)
        .isNotWaitingAt(TASK_REPATRIATE_VICTIM);
    takeTestimony(litigation);
    recordHearing(litigation, JUDGMENT_DELIVERED);
    recordJudgment(litigation, CONVICTED, NO);
    decideAppeal(litigation, NO_APPEAL);
    assertThat(litigation).isNotEnded().isWaitingAt(TASK_REPATRIATE_VICTIM);
    complete(task(TASK_REPATRIATE_VICTIM, litigation), withVariables(
        VAR_REPATRIATED_AT, "2026-04-20T02:00Z", VAR_DESTINATION_COUNTRY, "MM"));

    assertThat(litigation).isEnded().hasPassed(END_JUDGED)
        .variables().containsEntry(VAR_DESTINATION_COUNTRY, "MM");
    Assertions.assertThat(onlyRunOf(litigation, TASK_TAKE_PRETRIAL_TESTIMONY).getEndTime())
        .isBeforeOrEqualTo(onlyRunOf(litigation, TASK_REPATRIATE_VICTIM).getStartTime());
  }

  @Test
  void recordsHearingsUntilTheCourtDeliversItsJudgment() {
    ProcessInstance litigation = startLitigation();
    fileIndictment(litigation, NONE);

    recordHearing(litigation, ANOTHER_HEARING);
    recordHearing(litigation, ANOTHER_HEARING);
    assertThat(litigation).isWaitingAt(TASK_RECORD_HEARING).isNotWaitingAt(TASK_RECORD_JUDGMENT);
    recordHearing(litigation, JUDGMENT_DELIVERED);
    recordJudgment(litigation, CONVICTED, NO);
    decideAppeal(litigation, NO_APPEAL);

    assertThat(litigation).isEnded().hasPassed(END_JUDGED);
    Assertions.assertThat(runsOf(litigation, TASK_RECORD_HEARING)).isEqualTo(3);
    Assertions.assertThat(runsOf(litigation, TASK_RECORD_JUDGMENT)).isEqualTo(1);
  }

  @Test
  void returnsToHearingsOnAppealAndEndsWithTheFinalJudgment() {
    ProcessInstance litigation = startLitigation();
    fileIndictment(litigation, NONE);

    recordHearing(litigation, JUDGMENT_DELIVERED);
    recordJudgment(litigation, CONVICTED, YES);
    decideAppeal(litigation, APPEAL);
    assertThat(litigation).isWaitingAt(TASK_RECORD_HEARING);
    recordHearing(litigation, JUDGMENT_DELIVERED);
    recordJudgment(litigation, PARTLY_CONVICTED, NO);
    decideAppeal(litigation, NO_APPEAL);

    // The appeal court's judgment replaces the first one, award included.
    assertThat(litigation).isEnded().hasPassed(END_JUDGED)
        .hasNotPassed(TASK_ENFORCE_COMPENSATION)
        .variables().containsEntry(VAR_VERDICT, PARTLY_CONVICTED)
        .containsEntry(VAR_COMPENSATION_AWARDED, NO);
    Assertions.assertThat(runsOf(litigation, TASK_RECORD_JUDGMENT)).isEqualTo(2);
    Assertions.assertThat(runsOf(litigation, TASK_DECIDE_APPEAL)).isEqualTo(2);
  }

  @Test
  void endsWithTheSupremeCourtsJudgmentAfterTwoAppealsWithoutAskingForAThird() {
    ProcessInstance litigation = startLitigation();
    fileIndictment(litigation, NONE);

    recordHearing(litigation, JUDGMENT_DELIVERED);
    recordJudgment(litigation, CONVICTED, NO);
    decideAppeal(litigation, APPEAL);
    assertThat(litigation).variables()
        .containsEntry(LitigationProcess.VAR_COURT_LEVEL, LitigationProcess.COURT_OF_APPEAL);
    recordHearing(litigation, JUDGMENT_DELIVERED);
    recordJudgment(litigation, ACQUITTED, NO);
    decideAppeal(litigation, APPEAL);
    assertThat(litigation).variables()
        .containsEntry(LitigationProcess.VAR_COURT_LEVEL, LitigationProcess.SUPREME_COURT);
    recordHearing(litigation, JUDGMENT_DELIVERED);
    recordJudgment(litigation, CONVICTED, NO);

    assertThat(litigation).isEnded().hasPassed(END_JUDGED).variables()
        .containsEntry(VAR_VERDICT, CONVICTED)
        .containsEntry(LitigationProcess.VAR_APPEAL_COUNT, 2);
    Assertions.assertThat(runsOf(litigation, TASK_RECORD_JUDGMENT)).isEqualTo(3);
    Assertions.assertThat(runsOf(litigation, TASK_DECIDE_APPEAL)).isEqualTo(2);
  }

  @Test
  void recordsTheCourtOfAppealPresidentsFinalDecisionOnTheCaseTypeAndGoesOnInTheNamedCourt() {
    ProcessInstance litigation = startLitigation();
    fileIndictment(litigation, NONE);

    recordHearing(litigation, "CASE_TYPE_DISPUTED");
    assertThat(litigation).isWaitingAt("Task_RecordCaseTypeDecision");
    assertThat(task("Task_RecordCaseTypeDecision", litigation)).hasCandidateGroup("oag-tip");
    complete(task("Task_RecordCaseTypeDecision", litigation), withVariables(
        "caseTypeDecidedAt", "2026-04-01T03:00Z", "caseTypeDecision", "TRAFFICKING_CASE",
        "caseTypeCourt", "Central Criminal Court, Human Trafficking Division",
        "caseTypeDecisionReference", "CA-President 12/2569"));

    assertThat(litigation).isWaitingAt(TASK_RECORD_HEARING).variables()
        .containsEntry("caseTypeCourt", "Central Criminal Court, Human Trafficking Division");
  }

  @Test
  void asksForTheSection35ClaimBeforeTheHearingAtWhichJudgmentMayBeGiven() {
    ProcessTestEngine.registerConfiguredServiceLevels();
    org.camunda.bpm.engine.test.mock.Mocks.register("countAppealDelegate",
        new CountAppealDelegate());
    ProcessInstance litigation = runtimeService().startProcessInstanceByKey(
        LitigationProcess.PROCESS_KEY, CASE_ID, Map.of(JointCaseProcess.VAR_CASE_ID, CASE_ID,
            JointCaseProcess.VAR_LEAD_AGENCY, "rtp-atpd",
            ChargingProcess.VAR_CHARGING_DECISION, ChargingProcess.APPROVE,
            "victimWantsCompensation", YES));
    complete(task(TASK_FILE_INDICTMENT, litigation), withVariables(
        VAR_INDICTMENT_FILED_AT, "2026-03-02T03:00Z", VAR_COURT_CASE_NUMBER, "Kor.Mor. 12/2569",
        VAR_VICTIM_SUPPORT_PLAN, NONE));
    Instant hearing = java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC)
        .plusDays(2).withNano(0).toInstant();

    complete(task(TASK_RECORD_HEARING, litigation), withVariables(
        VAR_HEARING_AT, "2026-03-03T02:00Z", VAR_HEARING_NOTES, "Last defence witness heard",
        VAR_NEXT_STEP, "ANOTHER_HEARING", "nextHearingAt", hearing.toString(),
        "judgmentMayBeGiven", YES));

    Task claim = task("Task_FileCompensationClaimBeforeJudgment", litigation);
    assertThat(claim).hasCandidateGroup("oag-tip");
    Assertions.assertThat(claim.getDueDate()).isEqualTo(Date.from(hearing));
    LegalClock clock = ProcessTestEngine.legalClocks()
        .find(CASE_ID, "claim-before-judgment").orElseThrow();
    Assertions.assertThat(clock.deadlineAfter(hearing.minusSeconds(1)))
        .isAfter(hearing.minusSeconds(1));
    Assertions.assertThat(clock.deadlineAfter(hearing.plusSeconds(1))).isEqualTo(hearing);
    complete(claim, withVariables("compensationAmountClaimed", 120000.0,
        "compensationClaimBasis", "Unpaid wages for eight months"));
    assertThat(litigation).isWaitingAt(TASK_RECORD_HEARING);
    Assertions.assertThat(ProcessTestEngine.legalClocks()
        .find(CASE_ID, "claim-before-judgment")).isEmpty();
  }

  @Test
  void enforcesTheAwardedCompensationOnceTheJudgmentIsFinal() {
    ProcessInstance litigation = startLitigation();
    fileIndictment(litigation, NONE);

    recordHearing(litigation, JUDGMENT_DELIVERED);
    recordJudgment(litigation, CONVICTED, YES);
    decideAppeal(litigation, NO_APPEAL);
    assertThat(litigation).isWaitingAt(TASK_ENFORCE_COMPENSATION);
    complete(task(TASK_ENFORCE_COMPENSATION, litigation), withVariables(
        VAR_COMPENSATION_PAID_AMOUNT, 60000.0,
        VAR_ENFORCEMENT_NOTES, "Paid from assets AMLO had seized; remainder unpaid"));

    assertThat(litigation).isEnded().hasPassed(TASK_ENFORCE_COMPENSATION, END_JUDGED)
        .variables().containsEntry(VAR_VERDICT, CONVICTED)
        .containsEntry(VAR_COMPENSATION_PAID_AMOUNT, 60000.0);
  }

  @Test
  void givesTheCourtSixMonthsFromTheIndictmentAndAtMostAYear() {
    ProcessInstance litigation = startLitigation();

    fileIndictment(litigation, NONE);

    assertThat(litigation).hasPassed(LitigationProcess.EVENT_CHARGES_FILED);
    Assertions.assertThat(ProcessTestEngine.legalClocks()
            .find(CASE_ID, LitigationProcess.CLOCK_TRIAL)).get()
        .extracting(LegalClock::startedAt, LegalClock::endsAt, LegalClock::latestEndsAt)
        .containsExactly(Instant.parse("2026-03-02T03:00:00Z"),
            Instant.parse("2026-09-02T03:00:00Z"), Instant.parse("2027-03-02T03:00:00Z"));
  }

  @Test
  void endsTheTrialClockWithTheFirstJudgment() {
    ProcessInstance litigation = startLitigation();
    fileIndictment(litigation, NONE);

    recordHearing(litigation, JUDGMENT_DELIVERED);
    recordJudgment(litigation, CONVICTED, NO);

    Assertions.assertThat(ProcessTestEngine.legalClocks()
        .find(CASE_ID, LitigationProcess.CLOCK_TRIAL)).isEmpty();
    assertThat(litigation).isWaitingAt(TASK_DECIDE_APPEAL);
  }

  private static void fileIndictment(ProcessInstance litigation, String victimSupportPlan) {
    complete(task(TASK_FILE_INDICTMENT, litigation), withVariables(
        VAR_INDICTMENT_FILED_AT, "2026-03-02T03:00Z",
        VAR_COURT_CASE_NUMBER, "HT 12/2569",
        VAR_VICTIM_SUPPORT_PLAN, victimSupportPlan));
  }

  private static void takeTestimony(ProcessInstance litigation) {
    complete(task(TASK_TAKE_PRETRIAL_TESTIMONY, litigation), withVariables(
        VAR_TESTIMONY_TAKEN_AT, "2026-03-16T02:30Z"));
  }

  private static void recordHearing(ProcessInstance litigation, String nextStep) {
    complete(task(TASK_RECORD_HEARING, litigation), withVariables(
        VAR_HEARING_AT, "2026-05-11T02:00Z",
        VAR_HEARING_NOTES, "Prosecution witnesses heard; defence asked for time",
        VAR_NEXT_STEP, nextStep));
  }

  private static void recordJudgment(ProcessInstance litigation, String verdict,
      String compensationAwarded) {
    complete(task(TASK_RECORD_JUDGMENT, litigation), withVariables(
        VAR_JUDGMENT_AT, "2026-08-24T03:00Z",
        VAR_VERDICT, verdict,
        VAR_COMPENSATION_AWARDED, compensationAwarded));
  }

  private static void decideAppeal(ProcessInstance litigation, String appealDecision) {
    complete(task(TASK_DECIDE_APPEAL, litigation), withVariables(
        VAR_APPEAL_DECISION, appealDecision));
  }

  private static void assertAssigned(ProcessInstance litigation, String taskId, String group,
      String formId) throws IOException {
    assertThat(litigation).isWaitingAt(taskId);
    Task task = task(taskId, litigation);
    assertThat(task).hasCandidateGroup(group);
    Assertions.assertThat(deployedFormIdOf(task)).isEqualTo(formId);
    Assertions.assertThat(task.getDueDate().toInstant()).isCloseTo(
        ClockUtil.getCurrentTime().toInstant().plus(ProcessTestEngine.TEST_SERVICE_LEVEL),
        within(1, ChronoUnit.SECONDS));
  }

  private static long runsOf(ProcessInstance litigation, String taskId) {
    return historyService().createHistoricActivityInstanceQuery()
        .processInstanceId(litigation.getId()).activityId(taskId).count();
  }

  private static HistoricActivityInstance onlyRunOf(ProcessInstance litigation, String taskId) {
    return historyService().createHistoricActivityInstanceQuery()
        .processInstanceId(litigation.getId()).activityId(taskId).singleResult();
  }

  private static String deployedFormIdOf(Task task) throws IOException {
    try (InputStream form = formService().getDeployedTaskForm(task.getId())) {
      return new ObjectMapper().readTree(form).get("id").asText();
    }
  }

  private static ProcessInstance startLitigation() {
    return runtimeService().startProcessInstanceByKey(LitigationProcess.PROCESS_KEY, CASE_ID,
        Map.of(JointCaseProcess.VAR_CASE_ID, CASE_ID,
            JointCaseProcess.VAR_LEAD_AGENCY, "rtp-atpd",
            ChargingProcess.VAR_CHARGING_DECISION, ChargingProcess.APPROVE));
  }
}
