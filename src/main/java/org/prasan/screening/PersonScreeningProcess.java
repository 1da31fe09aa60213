package org.prasan.screening;

/**
 * The names of {@code processes/person-screening.bpmn}: one process per listed person, its
 * business key the person's ref. It carries refs, the age band, flags, languages and clocks,
 * never a name or a document.
 */
public final class PersonScreeningProcess {

  public static final String KEY = "person-screening";

  public static final String VAR_PERSON_REF = "personRef";
  public static final String VAR_OPERATION_ID = "operationId";
  public static final String VAR_AGE_BAND = "ageBand";
  public static final String VAR_CHILD = "child";
  public static final String VAR_YOUTH_INTERVIEW = "youthInterview";
  /** The person's ISO 639 codes, {@code ;}-separated: the interpreter must speak one. */
  public static final String VAR_PERSON_LANGUAGES = "personLanguages";
  /** The end the screening tasks are due by, also their follow-up date: queues sort by it. */
  public static final String VAR_HOLD_ENDS_AT = "holdEndsAt";
  /** The operation's site: a Tasklist queue criterion. */
  public static final String VAR_SCREENING_SITE = "screeningSite";
  /**
   * The language the person is screened in: their first listed one, then the interpreter's
   * from the rights task. A Tasklist queue criterion.
   */
  public static final String VAR_SCREENING_LANGUAGE = "screeningLanguage";
  /**
   * The queue group of the site and the screening language ({@link ScreeningQueues#group}): the
   * screening tasks carry it as one more candidate group (the BPMN's {@code candidateGroups}),
   * so that a queue is an indexed identity-link lookup, not a search of process variables.
   */
  public static final String VAR_SCREENING_QUEUE = "screeningQueue";
  /** ISO 8601 duration: how long the agencies' systems have to take a check. */
  public static final String VAR_CHECK_FALLBACK_AFTER = "checkFallbackAfter";

  public static final String VAR_INTERPRETER_LANGUAGE = "interpreterLanguage";
  public static final String VAR_RIGHTS_INFORMED_AT = "rightsInformedAt";
  public static final String VAR_IMMIGRATION_STATUS = "immigrationStatus";
  public static final String VAR_WARRANT_HIT = "warrantHit";
  public static final String VAR_WARRANT_REFERENCE = "warrantReference";
  public static final String VAR_SCREENING_OUTCOME = "screeningOutcome";
  public static final String VAR_EXPLOITATION_SECTOR = "exploitationSector";
  public static final String VAR_COMPELLED_OFFENCES = "compelledOffences";
  public static final String VAR_NON_PUNISHMENT_RECOMMENDATION = "nonPunishmentRecommendation";
  public static final String VAR_HOLD_END_ACTION = "holdEndAction";
  /** A foreign national (not TH): an identified victim goes home after the testimony. */
  public static final String VAR_FOREIGN = "foreign";
  /**
   * True while the s.29 hold applies; false once the person is identified as a victim (the
   * hold's timer then ends its branch quietly instead of asking for a release).
   */
  public static final String VAR_HOLD_APPLIES = "holdApplies";
  public static final String VAR_PRETRIAL_TESTIMONY_OUTCOME = "pretrialTestimonyOutcome";
  public static final String VAR_TESTIMONY_TAKEN_AT = "testimonyTakenAt";
  public static final String VAR_PRETRIAL_TESTIMONY_REASON = "pretrialTestimonyReason";
  public static final String VAR_HOME_GOVERNMENT_ARRANGED_AT = "homeGovernmentArrangedAt";
  public static final String VAR_HOME_GOVERNMENT_ARRANGED_BY = "homeGovernmentArrangedBy";
  public static final String VAR_REPATRIATED_AT = "repatriatedAt";
  public static final String VAR_IMMIGRATION_PROCEDURE = "immigrationProcedure";
  public static final String VAR_HANDED_TO_IMMIGRATION_AT = "handedToImmigrationAt";

  public static final String TOPIC_IMMIGRATION_STATUS = "immigration-status-check";
  public static final String TOPIC_POLICE_WARRANTS = "police-warrant-check";

  public static final String TASK_INFORM_RIGHTS = "Task_InformScreenedPersonRights";
  public static final String TASK_CHECK_IMMIGRATION_STATUS = "ExternalTask_CheckImmigrationStatus";
  public static final String TASK_RECORD_IMMIGRATION_STATUS = "Task_RecordImmigrationStatus";
  public static final String TASK_CHECK_POLICE_WARRANTS = "ExternalTask_CheckPoliceWarrants";
  public static final String TASK_RECORD_WARRANT_CHECK = "Task_RecordWarrantCheck";
  public static final String TASK_SCREEN_PERSON = "Task_ScreenPerson";
  public static final String TASK_SCREEN_CHILD = "Task_ScreenChildPerson";
  public static final String TASK_ARRANGE_MORE_TIME = "Task_ArrangeMoreScreeningTime";
  public static final String TASK_CONSIDER_NON_PUNISHMENT = "Task_ConsiderNonPunishment";
  public static final String TASK_RELEASE_FROM_HOLD = "Task_ReleaseFromHold";
  public static final String TASK_HAND_OVER_TO_IMMIGRATION = "Task_HandOverToImmigration";
  public static final String TASK_TAKE_TESTIMONY = "Task_TakeScreenedVictimTestimony";
  public static final String TASK_ARRANGE_REPATRIATION = "Task_ArrangeScreenedVictimRepatriation";
  public static final String TIMER_HOLD_ENDS = "TimerEvent_HoldEnds";

  public static final String END_SCREENED = "EndEvent_Screened";
  public static final String END_HOLD_ENDED = "EndEvent_HoldEnded";
  public static final String END_HANDED_TO_IMMIGRATION = "EndEvent_HandedToImmigration";
  public static final String END_REPATRIATED = "EndEvent_Repatriated";
  public static final String END_HOLD_NO_LONGER_APPLIES = "EndEvent_HoldNoLongerApplies";

  /** The {@code indicator*} checkboxes of the screening forms, stored as a list. */
  public static final java.util.List<String> INDICATORS = java.util.List.of(
      "indicatorDeceptiveRecruitment", "indicatorDebt", "indicatorDocumentsConfiscated",
      "indicatorConfinement", "indicatorViolenceOrThreats", "indicatorForcedQuotas");

  private PersonScreeningProcess() {
  }
}
