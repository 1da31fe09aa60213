package org.prasan.victim;

/**
 * Names shared by {@code processes/victim-identification.bpmn}, its forms in {@code forms/} and
 * tests. The process is called from {@code joint-case} with its variables in and out by name, so the
 * variables below come back into the case: other stages read them (compensation claim,
 * repatriation, pre-charge testimony of foreign victims).
 */
public final class VictimIdentificationProcess {

  public static final String PROCESS_KEY = "victim-identification";

  // Forms (JSON id = file name in forms/)
  public static final String FORM_SCREEN_POTENTIAL_VICTIMS = "screen-potential-victims";
  public static final String FORM_REQUEST_SCREENING_EXTENSION = "request-screening-extension";
  public static final String FORM_INTERVIEW_CHILD_VICTIM = "interview-child-victim";
  public static final String FORM_IDENTIFY_VICTIMS = "identify-victims";
  public static final String FORM_REFER_TO_SHELTER = "refer-to-shelter";
  public static final String FORM_INFORM_VICTIM_RIGHTS = "inform-victim-rights";

  // Elements
  public static final String START_EVENT = "StartEvent_PersonsToScreen";
  public static final String TASK_SCREEN_POTENTIAL_VICTIMS = "Task_ScreenPotentialVictims";
  public static final String GATEWAY_SCREENING_EXTENSION_NEEDED = "Gateway_ScreeningExtensionNeeded";
  public static final String TASK_REQUEST_SCREENING_EXTENSION = "Task_RequestScreeningExtension";
  public static final String GATEWAY_CHILD_VICTIM_PRESENT = "Gateway_ChildVictimPresent";
  public static final String TASK_INTERVIEW_CHILD_VICTIM = "Task_InterviewChildVictim";
  public static final String TASK_IDENTIFY_VICTIMS = "Task_IdentifyVictims";
  public static final String GATEWAY_IDENTIFICATION_OUTCOME = "Gateway_IdentificationOutcome";
  public static final String GATEWAY_SUPPORT_VICTIMS = "Gateway_SupportVictims";
  public static final String TASK_REFER_TO_SHELTER = "Task_ReferToShelter";
  public static final String TASK_INFORM_VICTIM_RIGHTS = "Task_InformVictimRights";
  public static final String GATEWAY_VICTIMS_SUPPORTED = "Gateway_VictimsSupported";
  public static final String END_VICTIMS_SUPPORTED = "EndEvent_VictimsSupported";
  public static final String END_NO_VICTIM_IDENTIFIED = "EndEvent_NoVictimIdentified";

  // Anti-TIP Act s.29: the legal clock starts when the persons are received into care
  // (รับตัวไว้); forms before issue 16 recorded screeningStartedAt, which running cases keep.
  public static final String VAR_RECEIVED_INTO_CARE_AT = "receivedIntoCareAt";
  public static final String VAR_SCREENING_STARTED_AT = "screeningStartedAt";
  /** The officer's reason when the reception is recorded late (a breach). */
  public static final String VAR_LATE_RECORDING_REASON = "lateRecordingReason";
  public static final String VAR_POTENTIAL_VICTIM_COUNT = "potentialVictimCount";
  public static final String VAR_CHILD_VICTIM_PRESENT = "childVictimPresent";
  public static final String VAR_FOREIGN_VICTIM_PRESENT = "foreignVictimPresent";
  public static final String VAR_SCREENING_EXTENSION_NEEDED = "screeningExtensionNeeded";
  public static final String VAR_SCREENING_EXTENDED_UNTIL = "screeningExtendedUntil";
  public static final String VAR_COURT_ORDER_REFERENCE = "courtOrderReference";

  // Child interview safeguards, CPC s.133 bis (the form requires each to be ticked)
  public static final String VAR_CHILD_INTERVIEW_ROOM_SUITABLE = "childInterviewRoomSuitable";
  public static final String VAR_CHILD_INTERVIEW_PSYCHOLOGIST_OR_SOCIAL_WORKER_PRESENT =
      "childInterviewPsychologistOrSocialWorkerPresent";
  public static final String VAR_CHILD_INTERVIEW_PROSECUTOR_PRESENT = "childInterviewProsecutorPresent";
  public static final String VAR_CHILD_INTERVIEWED_AT = "childInterviewedAt";
  /** The video recording of the questioning (s.133 bis), by its reference. */
  public static final String VAR_CHILD_INTERVIEW_VIDEO_RECORDED = "childInterviewVideoRecorded";
  public static final String VAR_CHILD_INTERVIEW_RECORDING_REF = "childInterviewRecordingRef";
  /** The person the child asked to be present, or that the child asked for nobody. */
  public static final String VAR_CHILD_INTERVIEW_CHOSEN_PERSON = "childInterviewChosenPerson";
  public static final String VAR_CHILD_INTERVIEW_INTERPRETER = "childInterviewInterpreter";
  public static final String VAR_CHILD_INTERVIEW_INQUIRY_OFFICIAL = "childInterviewInquiryOfficial";
  /** Set by {@code assessChildSignsDelegate}: any sign of a person aged 18 or under. */
  public static final String VAR_CHILD_INTERVIEW_REQUIRED = "childInterviewRequired";
  /** Set by {@code assessChildSignsDelegate}: a sign of a child and no questioning recorded. */
  public static final String VAR_CHILD_INTERVIEW_PENDING = "childInterviewPending";
  public static final String SERVICE_TASK_ASSESS_CHILD_SIGNS = "ServiceTask_AssessChildSigns";
  public static final String SERVICE_TASK_CHECK_CHILD_QUESTIONED = "ServiceTask_CheckChildQuestioned";

  // MDT identification (never names or document numbers: those belong in a separate vault)
  public static final String VAR_IDENTIFICATION_OUTCOME = "identificationOutcome";
  public static final String VAR_IDENTIFIED_VICTIM_COUNT = "identifiedVictimCount";
  public static final String VAR_VICTIM_AGE_BAND = "victimAgeBand";

  /**
   * Set on the case's joint-case process by the victim vault: how many victims it holds, how
   * many are children and how many foreign (counts, not a list: adding the 7,000th victim
   * costs what adding the first did). The refs and identities stay in the vault.
   */
  public static final String VAR_VICTIM_COUNT = "victimCount";
  public static final String VAR_CHILD_VICTIM_COUNT = "childVictimCount";
  public static final String VAR_FOREIGN_VICTIM_COUNT = "foreignVictimCount";

  // Shelter (the shelter's name, not the victim's)
  public static final String VAR_SHELTER_ADMITTED_AT = "shelterAdmittedAt";
  public static final String VAR_SHELTER_NAME = "shelterName";

  // Rights to compensation and legal aid, Anti-TIP Act s.34
  public static final String VAR_RIGHTS_INFORMED_AT = "rightsInformedAt";
  public static final String VAR_VICTIM_WANTS_COMPENSATION = "victimWantsCompensation";
  public static final String VAR_INTERPRETER_USED = "interpreterUsed";

  // Values of childVictimPresent, foreignVictimPresent, screeningExtensionNeeded,
  // victimWantsCompensation
  public static final String YES = "YES";
  public static final String NO = "NO";

  // Values of identificationOutcome
  public static final String VICTIMS_IDENTIFIED = "VICTIMS_IDENTIFIED";
  public static final String NO_VICTIM_IDENTIFIED = "NO_VICTIM_IDENTIFIED";

  // Values of victimAgeBand
  public static final String AGE_BAND_UNDER_15 = "UNDER_15";
  public static final String AGE_BAND_15_TO_17 = "15_TO_17";
  public static final String AGE_BAND_ADULT = "ADULT";
  public static final String AGE_BAND_MIXED = "MIXED";

  private VictimIdentificationProcess() {
  }
}
