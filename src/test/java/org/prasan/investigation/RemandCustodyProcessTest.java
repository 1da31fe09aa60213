package org.prasan.investigation;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.prasan.investigation.InvestigationProcess.BAIL_GRANTED;
import static org.prasan.investigation.InvestigationProcess.CLOCK_REMAND_CAP;
import static org.prasan.investigation.InvestigationProcess.CLOCK_REMAND_PERIOD;
import static org.prasan.investigation.InvestigationProcess.REMAND_GRANTED;
import static org.prasan.investigation.InvestigationProcess.VAR_ARRESTED_AT;
import static org.prasan.investigation.InvestigationProcess.VAR_MAX_PENALTY_YEARS;
import static org.prasan.investigation.InvestigationProcess.VAR_REMAND_GRANTED_UNTIL;
import static org.prasan.investigation.InvestigationProcess.VAR_REMAND_OUTCOME;
import static org.prasan.investigation.RemandCustodyProcess.END_CHARGED;
import static org.prasan.investigation.RemandCustodyProcess.END_SUSPECT_OUT_OF_REMAND;
import static org.prasan.investigation.RemandCustodyProcess.FORM_PETITION_REMAND_RENEWAL;
import static org.prasan.investigation.RemandCustodyProcess.FORM_REVIEW_REMAND_CAP;
import static org.prasan.investigation.RemandCustodyProcess.TASK_PETITION_REMAND_RENEWAL;
import static org.prasan.investigation.RemandCustodyProcess.TASK_REVIEW_REMAND_CAP;
import static org.prasan.investigation.RemandCustodyProcess.TIMER_REMAND_CAP_NEARS;
import static org.prasan.investigation.RemandCustodyProcess.TIMER_RENEWAL_DUE;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.prasan.FormSubmission;
import org.prasan.ProcessTestEngine;
import org.prasan.casefile.JointCaseProcess;
import org.prasan.sla.LegalClock;
import org.prasan.system.BangkokTime;

@Deployment(resources = {"processes/remand-custody.bpmn", "forms/petition-remand-renewal.form",
    "forms/review-remand-cap.form"})
class RemandCustodyProcessTest {

  private static final String CASE_ID = "TIP-2026-000314";
  private static final String LEAD_AGENCY = "dsi";
  private static final Instant ARRESTED_AT = Instant.parse("2026-03-02T01:00:00Z");
  /** The first remand is ordered a day after the arrest, for twelve days. */
  private static final Instant ORDERED_AT = ARRESTED_AT.plus(Duration.ofDays(1));
  private static final Instant FIRST_PERIOD_ENDS = ORDERED_AT.plus(Duration.ofDays(12));

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTestEngine.extension();

  @BeforeEach
  void registerBeansAndFixTheClock() {
    ProcessTestEngine.registerStandardBeans();
    registerDecisionCheck();
    ClockUtil.setCurrentTime(Date.from(ORDERED_AT));
  }

  @AfterEach
  void resetTheClock() {
    ClockUtil.reset();
  }

  @Test
  void asksForTheRenewalTwoDaysBeforeTheRemandPeriodEnds() throws IOException {
    ProcessInstance watch = remanded(12);

    Assertions.assertThat(job(TIMER_RENEWAL_DUE, watch).getDuedate())
        .isEqualTo(Date.from(FIRST_PERIOD_ENDS.minus(Duration.ofDays(2))));
    renewalDue(watch);

    assertThat(watch).isWaitingAt(TASK_PETITION_REMAND_RENEWAL);
    FormSubmission.submitForm(watch, TASK_PETITION_REMAND_RENEWAL, LEAD_AGENCY,
        FORM_PETITION_REMAND_RENEWAL, FIRST_PERIOD_ENDS, Map.of(
            VAR_REMAND_OUTCOME, REMAND_GRANTED,
            VAR_REMAND_GRANTED_UNTIL, "2026-03-25T01:00Z"));
    Assertions.assertThat(clock(CLOCK_REMAND_PERIOD).endsAt())
        .isEqualTo(Instant.parse("2026-03-25T01:00:00Z"));
    Assertions.assertThat(job(TIMER_RENEWAL_DUE, watch).getDuedate())
        .isEqualTo(Date.from(Instant.parse("2026-03-23T01:00:00Z")));
  }

  @Test
  void countsARenewalFromItsRealFirstDayToTwelveDaysAtTheSecondEvenEnteredLate() {
    ProcessInstance watch = remanded(12);
    renewalDue(watch);
    Instant twelveDays = FIRST_PERIOD_ENDS.plus(Duration.ofDays(12));
    ClockUtil.setCurrentTime(Date.from(FIRST_PERIOD_ENDS.plus(Duration.ofDays(2))));

    Assertions.assertThatThrownBy(() -> complete(task(TASK_PETITION_REMAND_RENEWAL, watch),
            Map.of(VAR_REMAND_OUTCOME, REMAND_GRANTED,
                RemandCustodyProcess.VAR_REMAND_RENEWED_FROM, FIRST_PERIOD_ENDS.toString(),
                VAR_REMAND_GRANTED_UNTIL, twelveDays.plusSeconds(1).toString())))
        .hasMessageContaining("Remand period cannot end after");
    complete(task(TASK_PETITION_REMAND_RENEWAL, watch), Map.of(
        VAR_REMAND_OUTCOME, REMAND_GRANTED,
        RemandCustodyProcess.VAR_REMAND_RENEWED_FROM, FIRST_PERIOD_ENDS.toString(),
        VAR_REMAND_GRANTED_UNTIL, twelveDays.toString()));

    Assertions.assertThat(clock(CLOCK_REMAND_PERIOD))
        .extracting(LegalClock::startedAt, LegalClock::endsAt)
        .containsExactly(FIRST_PERIOD_ENDS, twelveDays);
    Assertions.assertThat(runtimeService().getVariable(watch.getId(),
        RemandCustodyProcess.VAR_REMAND_RENEWED_FROM)).isNull();
  }

  @Test
  void refusesARenewalThatReachesPastTheRemandCap() {
    ProcessInstance watch = remanded(5);
    renewalDue(watch);

    Instant cap = ARRESTED_AT.plus(Duration.ofDays(48));
    Assertions.assertThat(clock(CLOCK_REMAND_CAP).endsAt()).isEqualTo(cap);
    ClockUtil.setCurrentTime(Date.from(cap.minus(Duration.ofDays(3))));
    Assertions.assertThatThrownBy(() -> complete(task(TASK_PETITION_REMAND_RENEWAL, watch),
            Map.of(VAR_REMAND_OUTCOME, REMAND_GRANTED,
                VAR_REMAND_GRANTED_UNTIL, cap.plus(Duration.ofHours(1)).toString())))
        .hasMessageContaining("Remand period cannot end after " + BangkokTime.en(cap));
    assertThat(watch).isWaitingAt(TASK_PETITION_REMAND_RENEWAL);
  }

  @Test
  void escalatesToCoordinatorWhenRemandCapNears() throws IOException {
    ProcessInstance watch = remanded(10);
    Instant cap = ARRESTED_AT.plus(Duration.ofDays(84));

    Assertions.assertThat(job(TIMER_REMAND_CAP_NEARS, watch).getDuedate())
        .isEqualTo(Date.from(cap.minus(Duration.ofDays(7))));
    Instant aWeekBefore = cap.minus(Duration.ofDays(7));
    ClockUtil.setCurrentTime(Date.from(aWeekBefore));
    execute(job(TIMER_REMAND_CAP_NEARS, watch));

    FormSubmission.submitForm(watch, TASK_REVIEW_REMAND_CAP, "coordinator",
        FORM_REVIEW_REMAND_CAP, aWeekBefore.plus(ProcessTestEngine.TEST_SERVICE_LEVEL), Map.of(
            RemandCustodyProcess.VAR_REMAND_CAP_DECISION, "CHARGE_NOW",
            RemandCustodyProcess.VAR_REMAND_CAP_ARRANGEMENT,
            "OAG files the indictment on Monday; DSI brings the suspect to court"));
    assertThat(watch).isNotEnded().hasPassed(TASK_REVIEW_REMAND_CAP)
        .hasPassed(RemandCustodyProcess.EVENT_CHARGE_BEFORE_CAP)
        .isWaitingAt(TIMER_RENEWAL_DUE);
  }

  @Test
  void asksTheCoordinatorsForTheirDecisionOneSecondIntoTheWeekBeforeTheCapWithTheConfiguredLevel() {
    ProcessTestEngine.registerConfiguredServiceLevels();
    registerDecisionCheck();
    ProcessInstance watch = remandedByOrder(Instant.parse("2026-03-03T01:00:00Z"), 12);
    // 84 days from the first order: 2026-05-26 08:00 Bangkok; a week before is a Tuesday.
    Instant cap = Instant.parse("2026-05-26T01:00:00Z");
    Instant aWeekBefore = Instant.parse("2026-05-19T01:00:00Z");
    Assertions.assertThat(clock(CLOCK_REMAND_CAP).endsAt()).isEqualTo(cap);

    ClockUtil.setCurrentTime(Date.from(aWeekBefore.minusSeconds(1)));
    Assertions.assertThat(capTimerDue()).isZero();
    ClockUtil.setCurrentTime(Date.from(aWeekBefore.plusSeconds(1)));
    Assertions.assertThat(capTimerDue()).isOne();
    execute(job(TIMER_REMAND_CAP_NEARS, watch));

    // sop.yaml: 1 working day, from the office's opening at 08:30 to 16:30 the same Tuesday;
    // the cap itself is later, so the service level decides.
    Assertions.assertThat(task(TASK_REVIEW_REMAND_CAP, watch).getDueDate().toInstant())
        .isEqualTo(Instant.parse("2026-05-19T09:30:00Z"));
  }

  @Test
  void chargesNowOnTheFileAtHandAndTellsTheCaseWhileTheRemandIsStillWatched() throws IOException {
    ProcessInstance watch = remanded(12);
    capReviewDue(watch, 12);

    FormSubmission.submitForm(watch, TASK_REVIEW_REMAND_CAP, "coordinator",
        FORM_REVIEW_REMAND_CAP, task(TASK_REVIEW_REMAND_CAP, watch).getDueDate().toInstant(),
        Map.of(RemandCustodyProcess.VAR_REMAND_CAP_DECISION, RemandCustodyProcess.CHARGE_NOW));

    assertThat(watch).hasPassed(RemandCustodyProcess.EVENT_CHARGE_BEFORE_CAP,
        RemandCustodyProcess.END_CHARGING_BEFORE_CAP).isWaitingAt(TIMER_RENEWAL_DUE);
    Assertions.assertThat(clock(CLOCK_REMAND_CAP).status()).isEqualTo(LegalClock.Status.RUNNING);
  }

  @Test
  void recordsAnotherDecisionOnlyWithWhatWillBeDoneAndWhy() throws IOException {
    ProcessInstance watch = remanded(12);
    capReviewDue(watch, 12);

    Assertions.assertThatThrownBy(() -> complete(task(TASK_REVIEW_REMAND_CAP, watch),
            Map.of(RemandCustodyProcess.VAR_REMAND_CAP_DECISION, RemandCustodyProcess.OTHER)))
        .hasMessageContaining(RemandCustodyProcess.VAR_REMAND_CAP_OTHER_REASON)
        .hasMessageContaining("เมื่อเลือก \"อื่น ๆ\" ต้องระบุ")
        .hasMessageContaining("with \"other\", write what will be done");
    Assertions.assertThatThrownBy(() -> complete(task(TASK_REVIEW_REMAND_CAP, watch),
            Map.of(RemandCustodyProcess.VAR_REMAND_CAP_DECISION, RemandCustodyProcess.OTHER,
                RemandCustodyProcess.VAR_REMAND_CAP_OTHER_REASON, "  ")))
        .hasMessageContaining(RemandCustodyProcess.VAR_REMAND_CAP_OTHER_REASON);
    assertThat(watch).isWaitingAt(TASK_REVIEW_REMAND_CAP);

    FormSubmission.submitForm(watch, TASK_REVIEW_REMAND_CAP, "coordinator",
        FORM_REVIEW_REMAND_CAP, task(TASK_REVIEW_REMAND_CAP, watch).getDueDate().toInstant(),
        Map.of(RemandCustodyProcess.VAR_REMAND_CAP_DECISION, RemandCustodyProcess.OTHER,
            RemandCustodyProcess.VAR_REMAND_CAP_OTHER_REASON,
            "The court hears the prosecutor's petition to add a charge on Friday"));

    assertThat(watch).hasPassed(RemandCustodyProcess.END_REMAND_CAP_REVIEWED)
        .hasNotPassed(RemandCustodyProcess.EVENT_CHARGE_BEFORE_CAP)
        .isWaitingAt(TIMER_RENEWAL_DUE);
  }

  @Test
  void refusesTheReviewWithoutADecisionOrWithOneThatIsNotOnTheForm() {
    ProcessInstance watch = remanded(12);
    capReviewDue(watch, 12);

    Assertions.assertThatThrownBy(() -> complete(task(TASK_REVIEW_REMAND_CAP, watch),
            Map.of(RemandCustodyProcess.VAR_REMAND_CAP_ARRANGEMENT, "Talked to OAG")))
        .hasMessageContaining(RemandCustodyProcess.VAR_REMAND_CAP_DECISION)
        .hasMessageContaining("ป.วิ.อ. มาตรา 87").hasMessageContaining("CPC s.87");
    Assertions.assertThatThrownBy(() -> complete(task(TASK_REVIEW_REMAND_CAP, watch),
            Map.of(RemandCustodyProcess.VAR_REMAND_CAP_DECISION, "WAIT_FOR_FORENSICS")))
        .hasMessageContaining(RemandCustodyProcess.VAR_REMAND_CAP_DECISION);
    assertThat(watch).isWaitingAt(TASK_REVIEW_REMAND_CAP);
  }

  @Test
  void endsTheWatchAndItsClocksWhenTheCoordinatorsReleaseTheSuspectBeforeTheCap() {
    ProcessInstance watch = remanded(10);
    Instant aWeekBefore = ARRESTED_AT.plus(Duration.ofDays(84)).minus(Duration.ofDays(7));
    ClockUtil.setCurrentTime(Date.from(aWeekBefore.minusSeconds(1)));
    Assertions.assertThat(job(TIMER_REMAND_CAP_NEARS, watch).getDuedate())
        .isAfter(Date.from(aWeekBefore.minusSeconds(1)));
    ClockUtil.setCurrentTime(Date.from(aWeekBefore.plusSeconds(1)));
    execute(job(TIMER_REMAND_CAP_NEARS, watch));

    complete(task(TASK_REVIEW_REMAND_CAP, watch), Map.of(
        RemandCustodyProcess.VAR_REMAND_CAP_DECISION, "RELEASE",
        RemandCustodyProcess.VAR_REMAND_CAP_ARRANGEMENT, "No evidence yet to charge"));

    assertThat(watch).isEnded().hasPassed(RemandCustodyProcess.END_RELEASED_BEFORE_CAP);
    Assertions.assertThat(ProcessTestEngine.legalClocks().ofCase(CASE_ID))
        .extracting(LegalClock::status).containsOnly(LegalClock.Status.STOPPED);
  }

  @Test
  void endsTheWatchAndItsClocksWhenChargesAreFiled() {
    ProcessInstance watch = remanded(12);

    runtimeService().createMessageCorrelation(RemandCustodyProcess.MESSAGE_CHARGES_FILED)
        .processInstanceBusinessKey(CASE_ID).correlateAll();

    assertThat(watch).isEnded().hasPassed(END_CHARGED);
    Assertions.assertThat(ProcessTestEngine.legalClocks().find(CASE_ID, CLOCK_REMAND_CAP))
        .isEmpty();
    Assertions.assertThat(ProcessTestEngine.legalClocks().find(CASE_ID, CLOCK_REMAND_PERIOD))
        .isEmpty();
  }

  @Test
  void endsTheWatchAndItsClocksWhenBailIsGranted() throws IOException {
    ProcessInstance watch = remanded(12);
    renewalDue(watch);

    FormSubmission.submitForm(watch, TASK_PETITION_REMAND_RENEWAL, LEAD_AGENCY,
        FORM_PETITION_REMAND_RENEWAL, FIRST_PERIOD_ENDS,
        Map.of(VAR_REMAND_OUTCOME, BAIL_GRANTED));

    assertThat(watch).isEnded().hasPassed(END_SUSPECT_OUT_OF_REMAND);
    Assertions.assertThat(ProcessTestEngine.legalClocks().ofCase(CASE_ID))
        .extracting(LegalClock::status).containsOnly(LegalClock.Status.STOPPED);
  }

  /** The first remand order's real first day starts the cap; its period runs twelve days. */
  private static ProcessInstance remandedByOrder(Instant orderedAt, int maxPenaltyYears) {
    String until = orderedAt.plus(Duration.ofDays(12)).toString();
    Map<String, Object> recorded = Map.of(InvestigationProcess.VAR_REMAND_ORDERED_AT,
        orderedAt.toString(), VAR_MAX_PENALTY_YEARS, maxPenaltyYears,
        VAR_REMAND_GRANTED_UNTIL, until);
    ClockUtil.setCurrentTime(Date.from(orderedAt));
    ProcessTestEngine.legalClocks().start(CASE_ID, CLOCK_REMAND_CAP, recorded::get, "test");
    ProcessTestEngine.legalClocks().start(CASE_ID, CLOCK_REMAND_PERIOD, recorded::get, "test");
    Map<String, Object> variables = new java.util.HashMap<>(recorded);
    variables.put(JointCaseProcess.VAR_CASE_ID, CASE_ID);
    variables.put(JointCaseProcess.VAR_LEAD_AGENCY, LEAD_AGENCY);
    return runtimeService().startProcessInstanceByKey(RemandCustodyProcess.PROCESS_KEY, CASE_ID,
        variables);
  }

  /** The cap's timer, as the job executor would see it at the engine clock's now. */
  private static long capTimerDue() {
    return managementService().createJobQuery().activityId(TIMER_REMAND_CAP_NEARS).executable()
        .count();
  }

  /** A week before the cap (counted from the arrest, as remanded() records it). */
  private static void capReviewDue(ProcessInstance watch, int maxPenaltyYears) {
    Instant cap = ARRESTED_AT.plus(Duration.ofDays(maxPenaltyYears >= 10 ? 84 : 48));
    ClockUtil.setCurrentTime(Date.from(cap.minus(Duration.ofDays(7))));
    execute(job(TIMER_REMAND_CAP_NEARS, watch));
  }

  /** The refusal on completing the review, as the application registers it. */
  private static void registerDecisionCheck() {
    org.camunda.bpm.engine.test.mock.Mocks.register(
        RemandCustodyProcess.DELEGATE_CHECK_REMAND_CAP_DECISION,
        new CheckRemandCapDecisionDelegate());
  }

  /** The investigation started both remand clocks and reported the remand to the case. */
  private static ProcessInstance remanded(int maxPenaltyYears) {
    Map<String, Object> recorded = Map.of(VAR_ARRESTED_AT, "2026-03-02T01:00Z",
        VAR_MAX_PENALTY_YEARS, maxPenaltyYears,
        VAR_REMAND_GRANTED_UNTIL, "2026-03-15T01:00Z");
    ProcessTestEngine.legalClocks().start(CASE_ID, CLOCK_REMAND_CAP, recorded::get, "test");
    ProcessTestEngine.legalClocks().start(CASE_ID, CLOCK_REMAND_PERIOD, recorded::get, "test");
    return runtimeService().startProcessInstanceByKey(RemandCustodyProcess.PROCESS_KEY, CASE_ID,
        Map.of(JointCaseProcess.VAR_CASE_ID, CASE_ID, JointCaseProcess.VAR_LEAD_AGENCY,
            LEAD_AGENCY, VAR_ARRESTED_AT, "2026-03-02T01:00Z", VAR_MAX_PENALTY_YEARS,
            maxPenaltyYears, VAR_REMAND_GRANTED_UNTIL, "2026-03-15T01:00Z"));
  }

  private static void renewalDue(ProcessInstance watch) {
    ClockUtil.setCurrentTime(Date.from(FIRST_PERIOD_ENDS.minus(Duration.ofDays(2))));
    execute(job(TIMER_RENEWAL_DUE, watch));
  }

  private static LegalClock clock(String clock) {
    return ProcessTestEngine.legalClocks().find(CASE_ID, clock).orElseThrow();
  }
}
