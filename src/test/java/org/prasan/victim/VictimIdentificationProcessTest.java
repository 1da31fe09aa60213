package org.prasan.victim;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.prasan.victim.VictimIdentificationProcess.END_NO_VICTIM_IDENTIFIED;
import static org.prasan.victim.VictimIdentificationProcess.END_VICTIMS_SUPPORTED;
import static org.prasan.victim.VictimIdentificationProcess.NO;
import static org.prasan.victim.VictimIdentificationProcess.TASK_IDENTIFY_VICTIMS;
import static org.prasan.victim.VictimIdentificationProcess.TASK_INFORM_VICTIM_RIGHTS;
import static org.prasan.victim.VictimIdentificationProcess.TASK_INTERVIEW_CHILD_VICTIM;
import static org.prasan.victim.VictimIdentificationProcess.TASK_REFER_TO_SHELTER;
import static org.prasan.victim.VictimIdentificationProcess.TASK_REQUEST_SCREENING_EXTENSION;
import static org.prasan.victim.VictimIdentificationProcess.TASK_SCREEN_POTENTIAL_VICTIMS;
import static org.prasan.victim.VictimIdentificationProcess.YES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.prasan.ProcessTestEngine;
import org.prasan.casefile.JointCaseProcess;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.prasan.sla.LegalClock;
import org.prasan.sla.SlaEvent;
import org.prasan.system.FieldProblem;
import org.prasan.system.RuleViolationException;

@Deployment(resources = {
    "processes/victim-identification.bpmn",
    "forms/screen-potential-victims.form",
    "forms/request-screening-extension.form",
    "forms/interview-child-victim.form",
    "forms/identify-victims.form",
    "forms/refer-to-shelter.form",
    "forms/inform-victim-rights.form",
    "forms/take-pretrial-testimony.form",
    "forms/repatriate-victim.form"})
@Tag("mariadb")
class VictimIdentificationProcessTest {

  private static final String SCREENING_HOLD = "screening-hold";

  private static final String CASE_ID = "TIP-2026-000042";
  private static final Instant NOW = Instant.parse("2026-03-02T01:30:00Z");
  /** The screening hold starts at NOW (08:30 Thai time); the court's extension ends it here. */
  private static final Instant HOLD_ENDS = NOW.plus(Duration.ofHours(24));
  private static final Instant EXTENDED_HOLD_ENDS = Instant.parse("2026-03-06T01:30:00Z");

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTestEngine.extension();

  @BeforeEach
  void registerBeansAndFreezeTheClock() {
    ProcessTestEngine.registerStandardBeans();
    registerVictimBeans();
    ClockUtil.setCurrentTime(Date.from(NOW));
  }

  /** What the vault holds for the case: the delegate reads it, never the identities. */
  private static final java.util.List<VictimRecords.StoredVictim> VAULT =
      new java.util.ArrayList<>();

  private static void registerVictimBeans() {
    VAULT.clear();
    Mocks.register("assessChildSignsDelegate", new AssessChildSignsDelegate(
        new VictimRecords(ProcessTestEngine.jdbc()) {
          @Override
          public java.util.List<StoredVictim> ofCase(String caseId) {
            return java.util.List.copyOf(VAULT);
          }
        }));
    Mocks.register("checkChildInterviewSafeguardsDelegate",
        new CheckChildInterviewSafeguardsDelegate());
  }

  @AfterEach
  void resetTheClock() {
    ClockUtil.reset();
  }

  @Test
  void givesEveryTaskToItsAgencyWithItsFormAndItsOwnServiceLevel() {
    // Distinct service levels per task prove that each due date is looked up by its own task id.
    Map<String, Duration> serviceLevels = Map.of(
        TASK_SCREEN_POTENTIAL_VICTIMS, Duration.ofHours(12),
        TASK_REQUEST_SCREENING_EXTENSION, Duration.ofHours(6),
        TASK_INTERVIEW_CHILD_VICTIM, Duration.ofDays(2),
        TASK_IDENTIFY_VICTIMS, Duration.ofDays(15),
        TASK_REFER_TO_SHELTER, Duration.ofDays(1),
        TASK_INFORM_VICTIM_RIGHTS, Duration.ofHours(20));
    ProcessTestEngine.registerServiceLevels(serviceLevels);
    registerVictimBeans();
    ProcessInstance identification = startIdentification("dsi");

    assertAssigned(identification, TASK_SCREEN_POTENTIAL_VICTIMS, "dsi",
        VictimIdentificationProcess.FORM_SCREEN_POTENTIAL_VICTIMS, NOW.plus(serviceLevels.get(TASK_SCREEN_POTENTIAL_VICTIMS)));
    completeThroughForm(identification, TASK_SCREEN_POTENTIAL_VICTIMS, screening(YES, YES));
    assertAssigned(identification, TASK_REQUEST_SCREENING_EXTENSION, "dsi",
        VictimIdentificationProcess.FORM_REQUEST_SCREENING_EXTENSION, NOW.plus(serviceLevels.get(TASK_REQUEST_SCREENING_EXTENSION)));
    completeThroughForm(identification, TASK_REQUEST_SCREENING_EXTENSION, extension());
    assertAssigned(identification, TASK_INTERVIEW_CHILD_VICTIM, "mdt",
        VictimIdentificationProcess.FORM_INTERVIEW_CHILD_VICTIM, NOW.plus(serviceLevels.get(TASK_INTERVIEW_CHILD_VICTIM)));
    completeThroughForm(identification, TASK_INTERVIEW_CHILD_VICTIM, childInterview());
    // The court extended the s.29 hold to 6 March, before the team's 15 days run out.
    assertAssigned(identification, TASK_IDENTIFY_VICTIMS, "mdt",
        VictimIdentificationProcess.FORM_IDENTIFY_VICTIMS, EXTENDED_HOLD_ENDS);
    completeThroughForm(identification, TASK_IDENTIFY_VICTIMS,
        victimsIdentified(VictimIdentificationProcess.AGE_BAND_MIXED));
    assertAssigned(identification, TASK_REFER_TO_SHELTER, "msdhs",
        VictimIdentificationProcess.FORM_REFER_TO_SHELTER, NOW.plus(serviceLevels.get(TASK_REFER_TO_SHELTER)));
    // Explained at first contact: created with the screening, still waiting.
    assertAssigned(identification, TASK_INFORM_VICTIM_RIGHTS, "dsi",
        VictimIdentificationProcess.FORM_INFORM_VICTIM_RIGHTS, NOW.plus(serviceLevels.get(TASK_INFORM_VICTIM_RIGHTS)));
  }

  @Test
  void sheltersAndInformsAdultVictimsIdentifiedWithinTheTwentyFourHourHold() {
    ProcessInstance identification = startIdentification("rtp-atpd");

    completeThroughForm(identification, TASK_SCREEN_POTENTIAL_VICTIMS, screening(NO, NO));
    assertThat(identification).isWaitingAt(TASK_IDENTIFY_VICTIMS);
    completeThroughForm(identification, TASK_IDENTIFY_VICTIMS,
        victimsIdentified(VictimIdentificationProcess.AGE_BAND_ADULT));
    completeThroughForm(identification, TASK_REFER_TO_SHELTER, shelterAdmission());
    completeThroughForm(identification, TASK_INFORM_VICTIM_RIGHTS, rightsInformed());

    assertThat(identification).isEnded().hasPassed(END_VICTIMS_SUPPORTED)
        .hasNotPassed(TASK_REQUEST_SCREENING_EXTENSION, TASK_INTERVIEW_CHILD_VICTIM)
        .variables()
        .containsEntry(VictimIdentificationProcess.VAR_IDENTIFIED_VICTIM_COUNT, 12)
        .containsEntry(VictimIdentificationProcess.VAR_VICTIM_WANTS_COMPENSATION, YES)
        .containsEntry(VictimIdentificationProcess.VAR_SHELTER_NAME, "Kredtrakarn Protection Centre");
  }

  @Test
  void takesAForeignVictimsTestimonyBeforeTheChargeThenRepatriatesWithoutAnyIndictment() {
    ProcessInstance identification = startIdentification("rtp-atpd");
    Map<String, Object> foreign = new java.util.HashMap<>(screening(NO, NO));
    foreign.put(VictimIdentificationProcess.VAR_FOREIGN_VICTIM_PRESENT, YES);
    completeThroughForm(identification, TASK_SCREEN_POTENTIAL_VICTIMS, foreign);
    completeThroughForm(identification, TASK_IDENTIFY_VICTIMS,
        victimsIdentified(VictimIdentificationProcess.AGE_BAND_ADULT));
    completeThroughForm(identification, TASK_REFER_TO_SHELTER, shelterAdmission());
    completeThroughForm(identification, TASK_INFORM_VICTIM_RIGHTS, rightsInformed());

    assertThat(identification).isWaitingAt("Task_TakePretrialTestimony");
    assertThat(task("Task_TakePretrialTestimony", identification)).hasCandidateGroup("oag-tip");
    completeThroughForm(identification, "Task_TakePretrialTestimony", Map.of(
        "pretrialTestimonyOutcome", "TAKEN", "testimonyTakenAt", "2026-03-05T02:30Z"));
    assertThat(identification).isWaitingAt("Task_RepatriateVictim");
    assertThat(task("Task_RepatriateVictim", identification)).hasCandidateGroup("msdhs");
    completeThroughForm(identification, "Task_RepatriateVictim", Map.of(
        "repatriatedAt", "2026-03-20T03:00Z", "destinationCountry", "MM"));

    assertThat(identification).isEnded().hasPassed(END_VICTIMS_SUPPORTED);
  }

  @Test
  void asksTheCourtToExtendTheHoldWhenScreeningNeedsMoreThanTwentyFourHours() {
    ProcessInstance identification = startIdentification("rtp-atpd");

    completeThroughForm(identification, TASK_SCREEN_POTENTIAL_VICTIMS, screening(NO, YES));

    assertThat(identification).isWaitingAt(TASK_REQUEST_SCREENING_EXTENSION);
    completeThroughForm(identification, TASK_REQUEST_SCREENING_EXTENSION, extension());
    assertThat(identification).isWaitingAt(TASK_IDENTIFY_VICTIMS)
        .variables().containsEntry(VictimIdentificationProcess.VAR_COURT_ORDER_REFERENCE,
            "Criminal Court order 123/2569");
  }

  @Test
  void interviewsAChildUnderSection133BisBeforeIdentificationWhenScreeningFindsOne() {
    ProcessInstance identification = startIdentification("rtp-ticac", false);

    completeThroughForm(identification, TASK_SCREEN_POTENTIAL_VICTIMS, screening(YES, NO));

    assertThat(identification).isWaitingAt(TASK_INTERVIEW_CHILD_VICTIM);
    completeThroughForm(identification, TASK_INTERVIEW_CHILD_VICTIM, childInterview());
    assertThat(identification).isWaitingAt(TASK_IDENTIFY_VICTIMS)
        .hasPassed(TASK_INTERVIEW_CHILD_VICTIM);
  }

  @Test
  void questionsTheChildFirstWhenTheTipOrTriageSaysChildEvenIfScreeningAnswersNo() {
    ProcessInstance identification = startIdentification("rtp-ticac", true);

    completeThroughForm(identification, TASK_SCREEN_POTENTIAL_VICTIMS, screening(NO, NO));

    assertThat(identification).isWaitingAt(TASK_INTERVIEW_CHILD_VICTIM)
        .hasNotPassed(TASK_IDENTIFY_VICTIMS);
  }

  @Test
  void questionsTheChildFirstWhenTheVaultHoldsAPersonAgedEighteenOrUnder() {
    // Eighteen today: an adult by band, still questioned as a child (s.133 bis).
    VAULT.add(new VictimRecords.StoredVictim("VIC-TEST-1", CASE_ID, AgeBand.ADULT, true, true,
        "k", new byte[] {0}, "test", NOW));
    ProcessInstance identification = startIdentification("rtp-atpd");

    completeThroughForm(identification, TASK_SCREEN_POTENTIAL_VICTIMS, screening(NO, NO));

    assertThat(identification).isWaitingAt(TASK_INTERVIEW_CHILD_VICTIM);
  }

  @Test
  void sendsAChildTheTeamFindsOnlyAtIdentificationToTheQuestioningAndThenBack() {
    ProcessInstance identification = startIdentification("rtp-atpd");
    completeThroughForm(identification, TASK_SCREEN_POTENTIAL_VICTIMS, screening(NO, NO));

    completeThroughForm(identification, TASK_IDENTIFY_VICTIMS,
        victimsIdentified(VictimIdentificationProcess.AGE_BAND_15_TO_17));

    assertThat(identification).isWaitingAt(TASK_INTERVIEW_CHILD_VICTIM);
    completeThroughForm(identification, TASK_INTERVIEW_CHILD_VICTIM, childInterview());
    assertThat(identification).isWaitingAt(TASK_IDENTIFY_VICTIMS);
    completeThroughForm(identification, TASK_IDENTIFY_VICTIMS,
        victimsIdentified(VictimIdentificationProcess.AGE_BAND_15_TO_17));
    assertThat(identification).isWaitingAt(TASK_REFER_TO_SHELTER,
        TASK_INFORM_VICTIM_RIGHTS);
  }

  @Test
  void refusesTheQuestioningOnTheServerWithoutEverySafeguardNamingEachMissingField() {
    ProcessInstance identification = startIdentification("rtp-atpd", true);
    completeThroughForm(identification, TASK_SCREEN_POTENTIAL_VICTIMS, screening(YES, NO));
    Map<String, Object> withoutVideoOrProsecutor = new java.util.HashMap<>(childInterview());
    withoutVideoOrProsecutor.put(
        VictimIdentificationProcess.VAR_CHILD_INTERVIEW_PROSECUTOR_PRESENT, false);
    withoutVideoOrProsecutor.remove(VictimIdentificationProcess.VAR_CHILD_INTERVIEW_VIDEO_RECORDED);

    Throwable refusal = Assertions.catchThrowable(() -> complete(
        task(TASK_INTERVIEW_CHILD_VICTIM, identification), withoutVideoOrProsecutor));
    while (refusal != null && !(refusal instanceof RuleViolationException)) {
      refusal = refusal.getCause();
    }
    Assertions.assertThat(((RuleViolationException) refusal).fields())
        .extracting(FieldProblem::field).containsExactly(
            VictimIdentificationProcess.VAR_CHILD_INTERVIEW_PROSECUTOR_PRESENT,
            VictimIdentificationProcess.VAR_CHILD_INTERVIEW_VIDEO_RECORDED);
    assertThat(identification).isWaitingAt(TASK_INTERVIEW_CHILD_VICTIM);
  }

  @Test
  void endsWithoutShelterWhenTheTeamIdentifiesNoVictimOnceTheRightsWereExplained() {
    ProcessInstance identification = startIdentification("rtp-atpd");
    completeThroughForm(identification, TASK_SCREEN_POTENTIAL_VICTIMS, screening(NO, NO));
    completeThroughForm(identification, TASK_INFORM_VICTIM_RIGHTS, rightsInformed());

    completeThroughForm(identification, TASK_IDENTIFY_VICTIMS, Map.of(
        VictimIdentificationProcess.VAR_IDENTIFICATION_OUTCOME,
        VictimIdentificationProcess.NO_VICTIM_IDENTIFIED));

    assertThat(identification).isEnded().hasPassed(END_NO_VICTIM_IDENTIFIED)
        .hasNotPassed(TASK_REFER_TO_SHELTER, END_VICTIMS_SUPPORTED);
  }

  @Test
  void explainsTheRightsAtFirstContactWithinTheHoldBeforeAnyIdentification() {
    ProcessTestEngine.registerConfiguredServiceLevels();
    registerVictimBeans();
    ProcessInstance identification = startIdentification("rtp-atpd");

    completeThroughForm(identification, TASK_SCREEN_POTENTIAL_VICTIMS, screening(NO, NO));

    // At the reception, beside the screening: due by the end of the 24 h hold at the latest.
    assertThat(identification).isWaitingAtExactly(TASK_INFORM_VICTIM_RIGHTS,
        TASK_IDENTIFY_VICTIMS);
    Assertions.assertThat(task(TASK_INFORM_VICTIM_RIGHTS, identification).getDueDate())
        .isEqualTo(Date.from(HOLD_ENDS));
    completeThroughForm(identification, TASK_INFORM_VICTIM_RIGHTS, rightsInformed());
    completeThroughForm(identification, TASK_IDENTIFY_VICTIMS,
        victimsIdentified(VictimIdentificationProcess.AGE_BAND_ADULT));
    assertThat(identification).isWaitingAtExactly(TASK_REFER_TO_SHELTER);
    completeThroughForm(identification, TASK_REFER_TO_SHELTER, shelterAdmission());
    assertThat(identification).isEnded().hasPassed(END_VICTIMS_SUPPORTED)
        .variables().containsEntry(VictimIdentificationProcess.VAR_VICTIM_WANTS_COMPENSATION, YES);
  }


  @Test
  void givesTheTeamUntilTheEndOfTheTwentyFourHourHoldWhenNoExtensionIsNeeded() {
    ProcessInstance identification = startIdentification("rtp-atpd");

    completeThroughForm(identification, TASK_SCREEN_POTENTIAL_VICTIMS, screening(NO, NO));

    Assertions.assertThat(task(TASK_IDENTIFY_VICTIMS, identification).getDueDate())
        .isEqualTo(Date.from(HOLD_ENDS));
    Assertions.assertThat(ProcessTestEngine.legalClocks().find(CASE_ID, SCREENING_HOLD))
        .get().extracting(LegalClock::startedAt, LegalClock::endsAt, LegalClock::latestEndsAt)
        .containsExactly(NOW, HOLD_ENDS, NOW.plus(Duration.ofDays(7)));
  }

  @Test
  void givesTheTeamFifteenDaysOfConsentedNrmShelterInsteadOfTheHoldAtTheInstant() {
    ProcessTestEngine.registerConfiguredServiceLevels();
    registerVictimBeans();
    ProcessInstance identification = startIdentification("rtp-atpd");
    Instant consented = NOW.plus(Duration.ofMinutes(30));
    Instant due = consented.plus(Duration.ofDays(15));
    ClockUtil.setCurrentTime(Date.from(consented.plus(Duration.ofMinutes(20))));
    Map<String, Object> shelter = new java.util.HashMap<>(screening(NO, "NRM_SHELTER"));
    shelter.put("nrmShelterConsentAt", consented.toString());

    completeThroughForm(identification, TASK_SCREEN_POTENTIAL_VICTIMS, shelter);

    // The s.29 hold ended with the consent: the identification waits for the NRM's 15 days.
    Assertions.assertThat(ProcessTestEngine.legalClocks().find(CASE_ID, SCREENING_HOLD))
        .isEmpty();
    Assertions.assertThat(task(TASK_IDENTIFY_VICTIMS, identification).getDueDate())
        .isEqualTo(Date.from(due));
    LegalClock nrm = ProcessTestEngine.legalClocks().find(CASE_ID, "nrm-shelter").orElseThrow();
    Assertions.assertThat(nrm.deadlineAfter(due.minusSeconds(1))).isAfter(due.minusSeconds(1));
    Assertions.assertThat(nrm.deadlineAfter(due.plusSeconds(1))).isEqualTo(due)
        .isBefore(due.plusSeconds(1));
  }

  @Test
  void refusesAnExtensionOfTheHoldBeyondSevenDays() {
    ProcessInstance identification = startIdentification("rtp-atpd");
    completeThroughForm(identification, TASK_SCREEN_POTENTIAL_VICTIMS, screening(NO, YES));

    Map<String, Object> tooLong = Map.of(
        VictimIdentificationProcess.VAR_SCREENING_EXTENDED_UNTIL, "2026-03-09T08:31+07:00",
        VictimIdentificationProcess.VAR_COURT_ORDER_REFERENCE, "Criminal Court order 124/2569");

    Assertions.assertThatThrownBy(() ->
            completeThroughForm(identification, TASK_REQUEST_SCREENING_EXTENSION, tooLong))
        .hasMessageContaining("Screening hold cannot end after 2026-03-09 08:30 Bangkok time");
    assertThat(identification).isWaitingAt(TASK_REQUEST_SCREENING_EXTENSION);
    Assertions.assertThat(ProcessTestEngine.legalClocks().find(CASE_ID, SCREENING_HOLD))
        .get().extracting(LegalClock::endsAt).isEqualTo(HOLD_ENDS);
  }

  @Test
  void endsTheHoldOnceTheTeamHasIdentifiedTheVictims() {
    ProcessInstance identification = startIdentification("rtp-atpd");
    completeThroughForm(identification, TASK_SCREEN_POTENTIAL_VICTIMS, screening(NO, NO));

    completeThroughForm(identification, TASK_IDENTIFY_VICTIMS,
        victimsIdentified(VictimIdentificationProcess.AGE_BAND_ADULT));

    Assertions.assertThat(ProcessTestEngine.legalClocks().find(CASE_ID, SCREENING_HOLD)).isEmpty();
    Assertions.assertThat(ProcessTestEngine.legalClocks().ofCase(CASE_ID))
        .extracting(LegalClock::status, LegalClock::stopReason)
        .containsExactly(Assertions.tuple(LegalClock.Status.STOPPED, "MDT identification done"));
  }

  @Test
  void endsTheHoldTwentyFourHoursAfterTheReceptionWithoutACourtExtensionNeverAtSevenDays() {
    ProcessTestEngine.registerConfiguredServiceLevels();
    registerVictimBeans();
    ProcessInstance identification = startIdentification("rtp-atpd", true);
    completeThroughForm(identification, TASK_SCREEN_POTENTIAL_VICTIMS, screening(YES, NO));
    // The questioning (2 days configured) must beat the 24 h hold.
    Assertions.assertThat(task(TASK_INTERVIEW_CHILD_VICTIM, identification).getDueDate())
        .isEqualTo(Date.from(HOLD_ENDS));

    ClockUtil.setCurrentTime(Date.from(HOLD_ENDS.minusSeconds(1)));
    completeThroughForm(identification, TASK_INTERVIEW_CHILD_VICTIM, childInterview());
    Assertions.assertThat(task(TASK_IDENTIFY_VICTIMS, identification).getDueDate())
        .isEqualTo(Date.from(HOLD_ENDS));

    ClockUtil.setCurrentTime(Date.from(HOLD_ENDS.plusSeconds(1)));
    Assertions.assertThat(ProcessTestEngine.legalClocks()
            .deadlineFor(CASE_ID, TASK_IDENTIFY_VICTIMS, HOLD_ENDS.plusSeconds(1)))
        .get().extracting(clock -> clock.deadlineAfter(HOLD_ENDS.plusSeconds(1)))
        .isEqualTo(HOLD_ENDS);
  }

  @Test
  void acceptsAReceptionRecordedWithinTheHourAndRefusesOneSecondLaterWithoutAReason() {
    ProcessTestEngine.registerConfiguredServiceLevels();
    registerVictimBeans();
    ProcessInstance onTime = startIdentification("rtp-atpd");
    ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofHours(1))));
    completeThroughForm(onTime, TASK_SCREEN_POTENTIAL_VICTIMS, screening(NO, NO));
    Assertions.assertThat(ProcessTestEngine.slaEvents().ofCase(CASE_ID))
        .extracting(SlaEvent::kind).doesNotContain(SlaEvent.Kind.BREACHED);

    ProcessTestEngine.registerConfiguredServiceLevels();
    registerVictimBeans();
    ProcessInstance late = startIdentification("rtp-atpd");
    ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofHours(1)).plusSeconds(1)));
    Throwable refusal = Assertions.catchThrowable(() -> complete(
        task(TASK_SCREEN_POTENTIAL_VICTIMS, late), screening(NO, NO)));
    while (refusal != null && !(refusal instanceof RuleViolationException)) {
      refusal = refusal.getCause();
    }
    Assertions.assertThat(((RuleViolationException) refusal).fields())
        .extracting(FieldProblem::field)
        .containsExactly(VictimIdentificationProcess.VAR_LATE_RECORDING_REASON);
    assertThat(late).isWaitingAt(TASK_SCREEN_POTENTIAL_VICTIMS);
  }

  @Test
  void recordsAReceptionRecordedAfterTheHoldEndedAsABreachWithItsReasonCountingFromTheReception() {
    ProcessTestEngine.registerConfiguredServiceLevels();
    registerVictimBeans();
    ProcessInstance identification = startIdentification("rtp-atpd");
    ClockUtil.setCurrentTime(Date.from(HOLD_ENDS.plus(Duration.ofHours(3))));
    Map<String, Object> late = new java.util.HashMap<>(screening(NO, NO));
    late.put(VictimIdentificationProcess.VAR_LATE_RECORDING_REASON,
        "Rescue at sea; the boat reached port only today");

    completeThroughForm(identification, TASK_SCREEN_POTENTIAL_VICTIMS, late);

    Assertions.assertThat(ProcessTestEngine.legalClocks().find(CASE_ID, SCREENING_HOLD))
        .get().extracting(LegalClock::startedAt, LegalClock::endsAt)
        .containsExactly(NOW, HOLD_ENDS);
    Assertions.assertThat(ProcessTestEngine.slaEvents().ofCase(CASE_ID))
        .filteredOn(event -> event.kind() == SlaEvent.Kind.BREACHED)
        .singleElement().extracting(SlaEvent::detail).asString()
        .contains("Rescue at sea", "after its end");
    Assertions.assertThat(task(TASK_IDENTIFY_VICTIMS, identification).getDueDate())
        .isEqualTo(Date.from(HOLD_ENDS));
  }

  private static ProcessInstance startIdentification(String leadAgency) {
    return startIdentification(leadAgency, false);
  }

  private static ProcessInstance startIdentification(String leadAgency, boolean intakeChildVictim) {
    return runtimeService().startProcessInstanceByKey(VictimIdentificationProcess.PROCESS_KEY,
        CASE_ID, Map.of(JointCaseProcess.VAR_CASE_ID, CASE_ID,
            JointCaseProcess.VAR_LEAD_AGENCY, leadAgency,
            JointCaseProcess.VAR_CHILD_VICTIM, intakeChildVictim));
  }

  private static Map<String, Object> screening(String childVictimPresent, String extensionNeeded) {
    return Map.of(
        VictimIdentificationProcess.VAR_RECEIVED_INTO_CARE_AT, "2026-03-02T08:30+07:00",
        VictimIdentificationProcess.VAR_POTENTIAL_VICTIM_COUNT, 14,
        VictimIdentificationProcess.VAR_CHILD_VICTIM_PRESENT, childVictimPresent,
        VictimIdentificationProcess.VAR_FOREIGN_VICTIM_PRESENT, NO,
        VictimIdentificationProcess.VAR_SCREENING_EXTENSION_NEEDED, extensionNeeded);
  }

  private static Map<String, Object> extension() {
    return Map.of(
        VictimIdentificationProcess.VAR_SCREENING_EXTENDED_UNTIL, "2026-03-06T08:30+07:00",
        VictimIdentificationProcess.VAR_COURT_ORDER_REFERENCE, "Criminal Court order 123/2569");
  }

  private static Map<String, Object> childInterview() {
    return Map.of(
        VictimIdentificationProcess.VAR_CHILD_INTERVIEW_ROOM_SUITABLE, true,
        VictimIdentificationProcess.VAR_CHILD_INTERVIEW_PSYCHOLOGIST_OR_SOCIAL_WORKER_PRESENT, true,
        VictimIdentificationProcess.VAR_CHILD_INTERVIEW_PROSECUTOR_PRESENT, true,
        VictimIdentificationProcess.VAR_CHILD_INTERVIEW_CHOSEN_PERSON, "Ms Malee, aunt",
        VictimIdentificationProcess.VAR_CHILD_INTERVIEW_VIDEO_RECORDED, true,
        VictimIdentificationProcess.VAR_CHILD_INTERVIEW_RECORDING_REF, "VID-2569-0042",
        VictimIdentificationProcess.VAR_CHILD_INTERVIEW_INTERPRETER, "No interpreter needed",
        VictimIdentificationProcess.VAR_CHILD_INTERVIEW_INQUIRY_OFFICIAL,
        "Pol. Capt. Somchai, ATPD",
        VictimIdentificationProcess.VAR_CHILD_INTERVIEWED_AT, "2026-03-02T14:00+07:00");
  }

  private static Map<String, Object> victimsIdentified(String ageBand) {
    return Map.of(
        VictimIdentificationProcess.VAR_IDENTIFICATION_OUTCOME,
        VictimIdentificationProcess.VICTIMS_IDENTIFIED,
        VictimIdentificationProcess.VAR_IDENTIFIED_VICTIM_COUNT, 12,
        VictimIdentificationProcess.VAR_VICTIM_AGE_BAND, ageBand);
  }

  private static Map<String, Object> shelterAdmission() {
    return Map.of(
        VictimIdentificationProcess.VAR_SHELTER_ADMITTED_AT, "2026-03-03T10:00+07:00",
        VictimIdentificationProcess.VAR_SHELTER_NAME, "Kredtrakarn Protection Centre");
  }

  private static Map<String, Object> rightsInformed() {
    return Map.of(
        VictimIdentificationProcess.VAR_RIGHTS_INFORMED_AT, "2026-03-03T11:15+07:00",
        VictimIdentificationProcess.VAR_VICTIM_WANTS_COMPENSATION, YES,
        VictimIdentificationProcess.VAR_INTERPRETER_USED, true);
  }

  /** Completes the task only with answers its deployed form offers, as the Tasklist would. */
  private static void completeThroughForm(ProcessInstance instance, String taskId,
      Map<String, Object> answers) {
    Task task = task(taskId, instance);
    Assertions.assertThat(formFieldKeys(deployedForm(task)))
        .as("form fields of %s", taskId).containsAll(answers.keySet());
    complete(task, answers);
  }

  private static void assertAssigned(ProcessInstance instance, String taskId, String group,
      String formId, Instant due) {
    Task task = task(taskId, instance);
    assertThat(task).hasCandidateGroup(group);
    Assertions.assertThat(deployedForm(task).get("id").asText()).isEqualTo(formId);
    Assertions.assertThat(task.getDueDate()).isEqualTo(Date.from(due));
  }

  private static JsonNode deployedForm(Task task) {
    try (InputStream form = formService().getDeployedTaskForm(task.getId())) {
      return new ObjectMapper().readTree(form);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> formFieldKeys(JsonNode container) {
    Set<String> keys = new HashSet<>();
    for (JsonNode component : container.path("components")) {
      if (component.hasNonNull("key")) {
        keys.add(component.get("key").asText());
      }
      keys.addAll(formFieldKeys(component));
    }
    return keys;
  }
}
