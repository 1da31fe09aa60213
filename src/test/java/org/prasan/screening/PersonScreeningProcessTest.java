package org.prasan.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.externalTaskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.prasan.screening.PersonScreeningProcess.END_HOLD_ENDED;
import static org.prasan.screening.PersonScreeningProcess.END_SCREENED;
import static org.prasan.screening.PersonScreeningProcess.TASK_ARRANGE_MORE_TIME;
import static org.prasan.screening.PersonScreeningProcess.TASK_CONSIDER_NON_PUNISHMENT;
import static org.prasan.screening.PersonScreeningProcess.TASK_INFORM_RIGHTS;
import static org.prasan.screening.PersonScreeningProcess.TASK_RECORD_IMMIGRATION_STATUS;
import static org.prasan.screening.PersonScreeningProcess.TASK_RECORD_WARRANT_CHECK;
import static org.prasan.screening.PersonScreeningProcess.TASK_RELEASE_FROM_HOLD;
import static org.prasan.screening.PersonScreeningProcess.TASK_SCREEN_CHILD;
import static org.prasan.screening.PersonScreeningProcess.TASK_SCREEN_PERSON;
import static org.prasan.screening.PersonScreeningProcess.TOPIC_IMMIGRATION_STATUS;
import static org.prasan.screening.PersonScreeningProcess.TOPIC_POLICE_WARRANTS;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.prasan.ProcessTestEngine;
import org.prasan.system.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * person-screening at its instants: the s.29 hold 24 h after reception (one second before and
 * after, with the configured hold), the checks' fall-back to officers (one second before and
 * after {@code check-fallback-after}), a court's extension, and each screening outcome.
 */
@Deployment(resources = {
    "processes/person-screening.bpmn",
    "forms/inform-screened-person-rights.form",
    "forms/record-immigration-status.form",
    "forms/record-warrant-check.form",
    "forms/screen-person.form",
    "forms/screen-child-person.form",
    "forms/arrange-more-screening-time.form",
    "forms/consider-non-punishment.form",
    "forms/release-from-hold.form",
    "forms/hand-over-to-immigration.form",
    "forms/take-screened-victim-testimony.form",
    "forms/arrange-screened-victim-repatriation.form"})
@Tag("mariadb")
class PersonScreeningProcessTest {

  /** The levels' defaults, which application.yaml (prasan.screening) states too: 24 h, 7 d, 2 h. */
  static final ScreeningProperties CONFIGURED = new ScreeningProperties(null, null, null, null,
      0, 0, 0, 0, 0, 0, 0, null, null, null, null, null);
  static final Instant RECEIVED = Instant.parse("2026-02-20T02:00:00Z");
  static final Instant HOLD_ENDS = RECEIVED.plus(CONFIGURED.hold());
  static final String WORKER = "immigration.system";

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTestEngine.extension();

  JdbcClient jdbc = ProcessTestEngine.jdbc();
  String personRef;

  @BeforeEach
  void beansClockAndAPersonOnTheList() {
    ProcessTestEngine.registerStandardBeans();
    PersonRecords records = new PersonRecords(jdbc, ProcessTestEngine.CLOCK);
    Mocks.register("recordRightsInformedDelegate", new RecordRightsInformedDelegate(records));
    Mocks.register("recordImmigrationStatusDelegate",
        new RecordImmigrationStatusDelegate(records));
    Mocks.register("recordWarrantCheckDelegate", new RecordWarrantCheckDelegate(records));
    Mocks.register("recordScreeningOutcomeDelegate", new RecordScreeningOutcomeDelegate(records));
    Mocks.register("recordHoldEndedDelegate", new RecordHoldEndedDelegate(records));
    Mocks.register("recordImmigrationHandoverDelegate",
        new RecordImmigrationHandoverDelegate(records));
    Mocks.register("recordPretrialTestimonyDelegate", new RecordPretrialTestimonyDelegate(records));
    Mocks.register("recordRepatriationDelegate", new RecordRepatriationDelegate(records));
    ClockUtil.setCurrentTime(Date.from(RECEIVED.plus(Duration.ofMinutes(30))));
    personRef = new ScreeningRefs().person();
    String operationId = new ScreeningRefs().operation();
    jdbc.sql("INSERT INTO screening_operation (operation_id, name, site, received_at, "
            + "handed_over_by, created_by, created_at) VALUES (?, 'Test handover', 'ตาก', ?, "
            + "'Test', 'test', ?)")
        .params(operationId, Timestamp.from(RECEIVED), Timestamp.from(RECEIVED)).update();
    jdbc.sql("INSERT INTO screening_person (person_ref, operation_id, list_ref, sex, age_band, "
            + "child, youth_interview, nationality, languages, hold_starts_at, hold_ends_at, "
            + "status, key_id, identity_ciphertext, updated_at) VALUES (?, ?, 'T-1', 'F', "
            + "'ADULT', FALSE, FALSE, 'MM', 'my;th', ?, ?, 'CHECKING', 'k', ?, ?)")
        .params(personRef, operationId, Timestamp.from(RECEIVED), Timestamp.from(HOLD_ENDS),
            new byte[] {1}, Timestamp.from(RECEIVED)).update();
  }

  @AfterEach
  void resetTheClock() {
    ClockUtil.reset();
  }

  @Test
  void anAdultIsInformedCheckedByTheAgenciesSystemsAndScreenedAsAVictim() {
    ProcessInstance person = start(false);

    Task rights = task(person, TASK_INFORM_RIGHTS);
    assertThat(taskService().getIdentityLinksForTask(rights.getId()))
        .anyMatch(link -> "rtp-atpd".equals(link.getGroupId()));
    informRights(person, "th");
    completeCheck(TOPIC_IMMIGRATION_STATUS, Map.of("immigrationStatus", "FOREIGN_UNDOCUMENTED"));
    completeCheck(TOPIC_POLICE_WARRANTS, Map.of("warrantHit", false));
    screen(person, TASK_SCREEN_PERSON, Map.of("screeningOutcome", "VICTIM",
        "exploitationSector", "ONLINE_FRAUD", "indicatorConfinement", true,
        "indicatorForcedQuotas", true));

    BpmnAwareTests.assertThat(person).isEnded().hasPassed(END_SCREENED);
    Map<String, Object> row = row();
    assertThat(row.get("OUTCOME")).isEqualTo("VICTIM");
    assertThat(row.get("STATUS")).isEqualTo("SCREENED");
    assertThat(row.get("IMMIGRATION_STATUS")).isEqualTo("FOREIGN_UNDOCUMENTED");
    assertThat(row.get("WARRANT_HIT")).isEqualTo(false);
    assertThat(row.get("INTERPRETER_LANGUAGE")).isEqualTo("th");
    assertThat(row.get("INDICATORS")).isEqualTo("indicatorConfinement;indicatorForcedQuotas");
  }

  @Test
  void theInterpreterMustSpeakOneOfThePersonsLanguages() {
    ProcessInstance person = start(false);
    Task rights = task(person, TASK_INFORM_RIGHTS);

    assertThatThrownBy(() -> taskService().complete(rights.getId(), Map.of(
        "interpreterLanguage", "en", "rightsInformedAt", "2026-02-20T09:20:00+07:00")))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("interpreter must speak one of the person's languages");
    BpmnAwareTests.assertThat(person).isWaitingAt(TASK_INFORM_RIGHTS);
  }

  @Test
  void aWarrantReferenceOver100CharactersIsRefusedAsOnTheForm() {
    ProcessInstance person = start(false);
    informRights(person, "my");
    completeCheck(TOPIC_IMMIGRATION_STATUS, Map.of("immigrationStatus", "LEFT_LEGALLY"));
    List<LockedExternalTask> locked = externalTaskService().fetchAndLock(1, WORKER)
        .topic(TOPIC_POLICE_WARRANTS, 60_000).execute();

    assertThatThrownBy(() -> externalTaskService().complete(locked.get(0).getId(), WORKER,
        Map.of("warrantHit", true, "warrantReference", "W".repeat(101))))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("at most 100 characters");
    assertThat(externalTaskService().createExternalTaskQuery().processInstanceId(person.getId())
        .topicName(TOPIC_POLICE_WARRANTS).count()).isEqualTo(1);
    externalTaskService().complete(locked.get(0).getId(), WORKER,
        Map.of("warrantHit", true, "warrantReference", "W".repeat(100)));
    assertThat(row().get("WARRANT_HIT")).isEqualTo(true);
    BpmnAwareTests.assertThat(person).isWaitingAt(TASK_SCREEN_PERSON);
  }

  @Test
  void eachCheckFallsBackToItsAgencysOfficersWhenNoSystemTookItInTime() {
    ProcessInstance person = start(false);
    informRights(person, "my");
    Instant checkCreated = ClockUtil.getCurrentTime().toInstant();
    Instant fallback = checkCreated.plus(CONFIGURED.checkFallbackAfter());

    ClockUtil.setCurrentTime(Date.from(fallback.minusSeconds(1)));
    assertThat(executableTimers(person)).isEmpty();
    ClockUtil.setCurrentTime(Date.from(fallback.plusSeconds(1)));
    runTimers(person);

    Task status = task(person, TASK_RECORD_IMMIGRATION_STATUS);
    assertThat(taskService().getIdentityLinksForTask(status.getId()))
        .anyMatch(link -> "immigration".equals(link.getGroupId()));
    assertThat(externalTaskService().createExternalTaskQuery().processInstanceId(person.getId())
        .count()).isZero();
    taskService().complete(status.getId(), Map.of("immigrationStatus", "LEFT_IRREGULARLY"));
    Instant warrantCreated = ClockUtil.getCurrentTime().toInstant();
    ClockUtil.setCurrentTime(Date.from(warrantCreated.plus(CONFIGURED.checkFallbackAfter())
        .plusSeconds(1)));
    runTimers(person);
    Task warrants = task(person, TASK_RECORD_WARRANT_CHECK);
    assertThat(taskService().getIdentityLinksForTask(warrants.getId()))
        .anyMatch(link -> "rtp-atpd".equals(link.getGroupId()));
    taskService().complete(warrants.getId(), Map.of("warrantHit", "true"));
    assertThat(row().get("WARRANT_HIT")).isEqualTo(true);
    BpmnAwareTests.assertThat(person).isWaitingAt(TASK_SCREEN_PERSON);
  }

  /**
   * Issue 17: a screening task names its queue (site and the language the rights were told
   * in) as one more candidate group, for the Tasklist queues to find it by an index.
   */
  @Test
  void theScreeningTaskIsLinkedToTheQueueOfItsSiteAndTheInterpretersLanguage() {
    ProcessInstance person = start(false);
    informRights(person, "th");
    completeCheck(TOPIC_IMMIGRATION_STATUS, Map.of("immigrationStatus", "LEFT_LEGALLY"));
    completeCheck(TOPIC_POLICE_WARRANTS, Map.of("warrantHit", false));

    Task screening = task(person, TASK_SCREEN_PERSON);
    assertThat(taskService().getIdentityLinksForTask(screening.getId()))
        .extracting(link -> link.getGroupId())
        .containsExactlyInAnyOrder("mdt", "msdhs", "screening-queue:" + SITE + ":th");
    assertThat(taskService().createTaskQuery()
        .taskCandidateGroup(ScreeningQueues.group(SITE, "th")).singleResult().getId())
        .isEqualTo(screening.getId());
    String longSite = "ด่านตรวจคนเข้าเมืองชั่วคราวทดสอบ".repeat(4);
    assertThat(ScreeningQueues.group(longSite, "my")).hasSizeLessThanOrEqualTo(64)
        .startsWith("screening-queue:ด่าน")
        .isNotEqualTo(ScreeningQueues.group(longSite + "x", "my"));
  }

  @Test
  void aPersonOf18OrUnderIsScreenedTheChildsWayWithItsSafeguards() {
    ProcessInstance person = start(true);
    passChecks(person);
    Task screening = task(person, TASK_SCREEN_CHILD);

    Map<String, Object> outcome = new HashMap<>(Map.of("screeningOutcome", "VICTIM",
        "exploitationSector", "ONLINE_FRAUD"));
    assertThatThrownBy(() -> taskService().complete(screening.getId(), outcome))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("s.133 bis");
    outcome.putAll(Map.of("childSuitableRoom", true, "psychologistOrSocialWorkerPresent", true,
        "prosecutorPresent", true));
    taskService().complete(screening.getId(), outcome);

    BpmnAwareTests.assertThat(person).isEnded().hasPassed(END_SCREENED);
  }

  @Test
  void aVictimCompelledToCommitOffencesGoesToTheProsecutorWithTheRecommendation() {
    ProcessInstance person = start(false);
    passChecks(person);
    Task screening = task(person, TASK_SCREEN_PERSON);
    Map<String, Object> outcome = new HashMap<>(Map.of("screeningOutcome", "VICTIM_COMPELLED",
        "exploitationSector", "ONLINE_FRAUD"));

    assertThatThrownBy(() -> taskService().complete(screening.getId(), outcome))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("offences");
    outcome.put("compelledOffences", List.of("ONLINE_FRAUD", "ILLEGAL_ENTRY"));
    outcome.put("nonPunishmentRecommendation", "Forced by quota and beatings; do not charge.");
    taskService().complete(screening.getId(), outcome);

    Task prosecutor = task(person, TASK_CONSIDER_NON_PUNISHMENT);
    assertThat(taskService().getIdentityLinksForTask(prosecutor.getId()))
        .anyMatch(link -> "oag-tip".equals(link.getGroupId()));
    assertThat(row().get("COMPELLED_OFFENCES")).isEqualTo("ONLINE_FRAUD;ILLEGAL_ENTRY");
    taskService().complete(prosecutor.getId(), Map.of("nonPunishmentDecision", "NOT_PROSECUTED",
        "nonPunishmentReason", "s.41 does not cover it; compelled."));
    BpmnAwareTests.assertThat(person).isEnded().hasPassed(END_SCREENED);
  }

  @Test
  void needsMoreTimeAsksMsdhsToArrangeItAndScreensAgain() {
    ProcessInstance person = start(false);
    passChecks(person);
    screen(person, TASK_SCREEN_PERSON, Map.of("screeningOutcome", "NEEDS_MORE_TIME",
        "exploitationSector", "NONE"));

    assertThat(row().get("STATUS")).isEqualTo("MORE_TIME");
    Task arrange = task(person, TASK_ARRANGE_MORE_TIME);
    assertThat(taskService().getIdentityLinksForTask(arrange.getId()))
        .anyMatch(link -> "msdhs".equals(link.getGroupId()));
    taskService().complete(arrange.getId(), Map.of("moreTimeArrangement", "NRM_SHELTER",
        "shelterConsent", true));
    screen(person, TASK_SCREEN_PERSON, Map.of("screeningOutcome", "VICTIM",
        "exploitationSector", "FISHING"));
    BpmnAwareTests.assertThat(person).isEnded().hasPassed(END_SCREENED);
  }

  @Test
  void aPersonFoundNotAVictimIsHandedToImmigrationsOfficersByRefNotByName() {
    ProcessInstance person = start(false);
    passChecks(person);
    screen(person, TASK_SCREEN_PERSON, Map.of("screeningOutcome", "NOT_VICTIM",
        "exploitationSector", "NONE"));

    Task handover = task(person, PersonScreeningProcess.TASK_HAND_OVER_TO_IMMIGRATION);
    assertThat(taskService().getIdentityLinksForTask(handover.getId()))
        .anyMatch(link -> "immigration".equals(link.getGroupId()))
        .noneMatch(link -> "mdt".equals(link.getGroupId()));
    assertThat(handover.getName()).isEqualTo("Hand over to Immigration's procedure");
    assertThat(handover.getFollowUpDate()).isEqualTo(Date.from(HOLD_ENDS));
    assertThat(runtimeService().getVariable(person.getId(), "personRef")).isEqualTo(personRef);
    assertThatThrownBy(() -> taskService().complete(handover.getId(), Map.of(
        "immigrationProcedure", "DEPORTED_SOMEWHERE",
        "handedToImmigrationAt", "2026-02-20T10:00:00+07:00")))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("REMOVAL");
    taskService().complete(handover.getId(), Map.of("immigrationProcedure", "REMOVAL",
        "handedToImmigrationAt", "2026-02-20T09:29:00+07:00"));

    BpmnAwareTests.assertThat(person).isEnded()
        .hasPassed(PersonScreeningProcess.END_HANDED_TO_IMMIGRATION);
    assertThat(holdTimers(person)).isEmpty();
    Map<String, Object> row = row();
    assertThat(row.get("OUTCOME")).isEqualTo("NOT_VICTIM");
    assertThat(row.get("IMMIGRATION_PROCEDURE")).isEqualTo("REMOVAL");
    assertThat(((Timestamp) row.get("HANDED_TO_IMMIGRATION_AT")).toInstant())
        .isEqualTo(Instant.parse("2026-02-20T02:29:00Z"));
  }

  @Test
  void aForeignVictimGoesHomeOnlyAfterTheTestimonyOrTheProsecutorsReasonAsTheHomeGovernmentArranged() {
    ProcessInstance person = start(false, true);
    passChecks(person);
    screen(person, TASK_SCREEN_PERSON, Map.of("screeningOutcome", "VICTIM",
        "exploitationSector", "ONLINE_FRAUD"));

    Task testimony = task(person, PersonScreeningProcess.TASK_TAKE_TESTIMONY);
    assertThat(taskService().getIdentityLinksForTask(testimony.getId()))
        .anyMatch(link -> "oag-tip".equals(link.getGroupId()));
    // Identified: the s.29 hold no longer applies; its end asks for no release.
    ClockUtil.setCurrentTime(Date.from(HOLD_ENDS.plusSeconds(1)));
    holdTimers(person).forEach(job -> managementService().executeJob(job.getId()));
    assertThat(taskService().createTaskQuery().processInstanceId(person.getId())
        .taskDefinitionKey(TASK_RELEASE_FROM_HOLD).count()).isZero();
    BpmnAwareTests.assertThat(person).hasPassed(PersonScreeningProcess.END_HOLD_NO_LONGER_APPLIES)
        .isWaitingAt(PersonScreeningProcess.TASK_TAKE_TESTIMONY);
    assertThatThrownBy(() -> taskService().complete(testimony.getId(), Map.of(
        "pretrialTestimonyOutcome", "NOT_TAKEN")))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("reason");
    taskService().complete(testimony.getId(), Map.of("pretrialTestimonyOutcome", "NOT_TAKEN",
        "pretrialTestimonyReason", "The victim's statement was recorded on video; no case yet."));
    assertThat(row().get("PRETRIAL_TESTIMONY")).isEqualTo("NOT_TAKEN");

    Task repatriation = task(person, PersonScreeningProcess.TASK_ARRANGE_REPATRIATION);
    assertThat(taskService().getIdentityLinksForTask(repatriation.getId()))
        .anyMatch(link -> "msdhs".equals(link.getGroupId()));
    assertThatThrownBy(() -> taskService().complete(repatriation.getId(), Map.of(
        "homeGovernmentArrangedAt", "2026-02-21T08:00:00+07:00",
        "homeGovernmentArrangedBy", "Embassy of the Union of Myanmar (synthetic)",
        "repatriatedAt", "2026-02-20T08:00:00+07:00")))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("home government");
    taskService().complete(repatriation.getId(), Map.of(
        "homeGovernmentArrangedAt", "2026-02-21T08:00:00+07:00",
        "homeGovernmentArrangedBy", "Embassy of the Union of Myanmar (synthetic)",
        "repatriatedAt", "2026-02-21T09:00:00+07:00"));

    BpmnAwareTests.assertThat(person).isEnded().hasPassed(PersonScreeningProcess.END_REPATRIATED);
    Map<String, Object> row = row();
    assertThat(row.get("HOME_ARRANGED_BY")).isEqualTo("Embassy of the Union of Myanmar (synthetic)");
    assertThat(((Timestamp) row.get("REPATRIATED_AT")).toInstant())
        .isEqualTo(Instant.parse("2026-02-21T02:00:00Z"));
  }

  @Test
  void aThaiVictimIsNotRepatriated() {
    ProcessInstance thai = start(false, false);
    passChecks(thai);
    screen(thai, TASK_SCREEN_PERSON, Map.of("screeningOutcome", "VICTIM",
        "exploitationSector", "ONLINE_FRAUD"));
    BpmnAwareTests.assertThat(thai).isEnded().hasPassed(END_SCREENED)
        .hasNotPassed(PersonScreeningProcess.TASK_TAKE_TESTIMONY);
  }

  @Test
  void theScreeningTasksAreForMdtAndMsdhsAndFollowUpAtTheHoldsEnd() {
    ProcessInstance person = start(false);
    passChecks(person);

    Task screening = task(person, TASK_SCREEN_PERSON);
    assertThat(screening.getFollowUpDate()).isEqualTo(Date.from(HOLD_ENDS));
    assertThat(taskService().getIdentityLinksForTask(screening.getId()))
        .anyMatch(link -> "mdt".equals(link.getGroupId()))
        .anyMatch(link -> "msdhs".equals(link.getGroupId()));
    assertThat(runtimeService().getVariable(person.getId(),
        PersonScreeningProcess.VAR_SCREENING_LANGUAGE)).isEqualTo("my");
  }

  @Test
  void theHoldEnds24HoursAfterReceptionToTheSecondAndAsksForTheRelease() {
    ProcessInstance person = start(false);

    ClockUtil.setCurrentTime(Date.from(HOLD_ENDS.minusSeconds(1)));
    assertThat(holdTimers(person)).isEmpty();
    ClockUtil.setCurrentTime(Date.from(HOLD_ENDS.plusSeconds(1)));
    holdTimers(person).forEach(job -> managementService().executeJob(job.getId()));

    Task release = task(person, TASK_RELEASE_FROM_HOLD);
    assertThat(taskService().getIdentityLinksForTask(release.getId()))
        .anyMatch(link -> "rtp-atpd".equals(link.getGroupId()));
    taskService().complete(release.getId(), Map.of("holdEndAction", "RELEASED"));
    BpmnAwareTests.assertThat(person).hasPassed(END_HOLD_ENDED).isNotEnded();
    assertThat(row().get("HOLD_END_ACTION")).isEqualTo("RELEASED");
  }

  @Test
  void aCourtsExtensionRecordedBeforeTheEndMovesItToTheExtendedEnd() {
    ProcessInstance person = start(false);
    Instant extended = RECEIVED.plus(CONFIGURED.maxHold());
    runtimeService().setVariable(person.getId(), PersonScreeningProcess.VAR_HOLD_ENDS_AT,
        Date.from(extended));

    ClockUtil.setCurrentTime(Date.from(HOLD_ENDS.plusSeconds(1)));
    holdTimers(person).forEach(job -> managementService().executeJob(job.getId()));
    assertThat(taskService().createTaskQuery().processInstanceId(person.getId())
        .taskDefinitionKey(TASK_RELEASE_FROM_HOLD).count()).isZero();
    ClockUtil.setCurrentTime(Date.from(extended.minusSeconds(1)));
    assertThat(holdTimers(person)).isEmpty();
    ClockUtil.setCurrentTime(Date.from(extended.plusSeconds(1)));
    holdTimers(person).forEach(job -> managementService().executeJob(job.getId()));

    task(person, TASK_RELEASE_FROM_HOLD);
  }

  private static final String SITE = "ตาก";

  private ProcessInstance start(boolean youth) {
    return start(youth, false);
  }

  private ProcessInstance start(boolean youth, boolean foreign) {
    Map<String, Object> variables = new HashMap<>(Map.of(
        PersonScreeningProcess.VAR_PERSON_REF, personRef,
        PersonScreeningProcess.VAR_FOREIGN, foreign,
        PersonScreeningProcess.VAR_HOLD_APPLIES, true,
        PersonScreeningProcess.VAR_OPERATION_ID, "SO-TEST-0001",
        PersonScreeningProcess.VAR_AGE_BAND, youth ? "15_TO_17" : "ADULT",
        PersonScreeningProcess.VAR_CHILD, youth,
        PersonScreeningProcess.VAR_YOUTH_INTERVIEW, youth,
        PersonScreeningProcess.VAR_PERSON_LANGUAGES, "my;th",
        PersonScreeningProcess.VAR_HOLD_ENDS_AT, Date.from(HOLD_ENDS),
        PersonScreeningProcess.VAR_CHECK_FALLBACK_AFTER,
        CONFIGURED.checkFallbackAfter().toString()));
    variables.put(PersonScreeningProcess.VAR_SCREENING_SITE, SITE);
    variables.put(PersonScreeningProcess.VAR_SCREENING_LANGUAGE, "my");
    variables.put(PersonScreeningProcess.VAR_SCREENING_QUEUE, ScreeningQueues.group(SITE, "my"));
    return runtimeService().startProcessInstanceByKey(PersonScreeningProcess.KEY, personRef,
        variables);
  }

  private void informRights(ProcessInstance person, String language) {
    taskService().complete(task(person, TASK_INFORM_RIGHTS).getId(), Map.of(
        "interpreterLanguage", language, "rightsInformedAt", "2026-02-20T09:20:00+07:00"));
  }

  private void passChecks(ProcessInstance person) {
    informRights(person, "my");
    completeCheck(TOPIC_IMMIGRATION_STATUS, Map.of("immigrationStatus", "LEFT_LEGALLY"));
    completeCheck(TOPIC_POLICE_WARRANTS, Map.of("warrantHit", false));
  }

  private void completeCheck(String topic, Map<String, Object> result) {
    List<LockedExternalTask> locked = externalTaskService().fetchAndLock(10, WORKER)
        .topic(topic, 60_000).execute();
    assertThat(locked).hasSize(1);
    externalTaskService().complete(locked.get(0).getId(), WORKER, result);
  }

  private void screen(ProcessInstance person, String taskKey, Map<String, Object> outcome) {
    taskService().complete(task(person, taskKey).getId(), outcome);
  }

  private Task task(ProcessInstance person, String taskKey) {
    Task task = taskService().createTaskQuery().processInstanceId(person.getId())
        .taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as(taskKey).isNotNull();
    return task;
  }

  private List<Job> executableTimers(ProcessInstance person) {
    List<Job> timers = new java.util.ArrayList<>();
    for (String boundary : List.of("BoundaryEvent_NoImmigrationSystem",
        "BoundaryEvent_NoPoliceSystem")) {
      timers.addAll(managementService().createJobQuery().processInstanceId(person.getId())
          .timers().executable().activityId(boundary).list());
    }
    return timers;
  }

  private List<Job> holdTimers(ProcessInstance person) {
    return managementService().createJobQuery().processInstanceId(person.getId()).timers()
        .executable().activityId(PersonScreeningProcess.TIMER_HOLD_ENDS).list();
  }

  private void runTimers(ProcessInstance person) {
    executableTimers(person).forEach(job -> managementService().executeJob(job.getId()));
  }

  private Map<String, Object> row() {
    return jdbc.sql("SELECT * FROM screening_person WHERE person_ref = ?").param(personRef)
        .query().singleRow();
  }
}
