package org.prasan.casefile;

/**
 * Names shared by {@code processes/joint-case.bpmn}, its forms, delegates, REST code and tests.
 * Variables named here travel into every called process ({@code camunda:in variables="all"}).
 */
public final class JointCaseProcess {

  public static final String PROCESS_KEY = "joint-case";
  /** The agency that leads a case only by the Board of Special Cases' resolution. */
  public static final String DSI = "dsi";

  // Elements
  public static final String START_EVENT = "StartEvent_TipReceived";
  /** SOP stage 1: the agency that received the tip (by its source) triages it within 24 h. */
  public static final String TASK_TRIAGE_TIP = "Task_TriageTip";
  public static final String FORM_TRIAGE_TIP = "triage-tip";
  /**
   * Where a case begun on a joint-case deployed before 2026-12-07 waits for its triage: the
   * triage was then a process of its own ({@code tip-triage}) that joint-case called, at the
   * cost of a second process start per tip. Counted as {@link #TASK_TRIAGE_TIP}.
   */
  public static final String CALL_TIP_TRIAGE = "CallActivity_TipTriage";
  public static final String DECIDE_LEAD_AGENCY = "BusinessRuleTask_ProposeLeadAgency";
  public static final String TASK_CONFIRM_LEAD_AGENCY = "Task_ConfirmLeadAgency";
  public static final String CALL_VICTIM_IDENTIFICATION = "CallActivity_VictimIdentification";
  /** Victim identification called at the reception into care (s.29), whatever the stage. */
  public static final String CALL_SCREEN_PERSONS_IN_CARE = "CallActivity_ScreenPersonsInCare";
  public static final String CALL_INVESTIGATION = "CallActivity_Investigation";
  public static final String CALL_DIGITAL_EVIDENCE = "CallActivity_DigitalEvidence";
  public static final String CALL_CHARGING = "CallActivity_Charging";
  public static final String CALL_LITIGATION = "CallActivity_Litigation";
  public static final String END_JUDGED = "EndEvent_Judged";
  public static final String END_NO_TRAFFICKING = "EndEvent_NoTraffickingFound";
  public static final String END_OTHER_OFFENCE = "EndEvent_ReferredAsOtherOffence";
  public static final String END_NOT_PROSECUTED = "EndEvent_NotProsecuted";
  public static final String END_CLOSED_EARLY = "EndEvent_ClosedEarly";
  public static final String GATEWAY_TRIAGE_OUTCOME = "Gateway_TriageOutcome";
  public static final String GATEWAY_CHARGING_DECISION = "Gateway_ChargingDecision";

  // Watches beside the stages: event subprocesses started by the stages' messages
  public static final String CALL_REMAND_CUSTODY = "CallActivity_RemandCustody";
  public static final String TASK_DECIDE_SEIZED_ASSETS = "Task_DecideSeizedAssets";
  public static final String TIMER_PRESERVATION_ENDING = "Timer_PreservationEnding";
  public static final String TASK_RENEW_DATA_PRESERVATION = "Task_RenewDataPreservation";
  public static final String END_DATA_OBTAINED = "EndEvent_DataObtained";
  public static final String END_SEIZED_ASSETS_DECIDED = "EndEvent_SeizedAssetsDecided";

  // Charging on the file at hand before the remand cap (CPC s.87; issue 16, item 11)
  /** From the remand watch: the coordinators decided to charge now, before the cap. */
  public static final String MESSAGE_CHARGE_BEFORE_REMAND_CAP = "Message_ChargeBeforeRemandCap";
  public static final String CALL_CHARGE_ON_FILE_AT_HAND = "CallActivity_ChargeOnFileAtHand";
  public static final String CALL_LITIGATE_ON_FILE_AT_HAND = "CallActivity_LitigateOnFileAtHand";
  public static final String END_CHARGING_ALREADY_UNDER_WAY = "EndEvent_ChargingAlreadyUnderWay";
  public static final String END_JUDGED_ON_FILE_AT_HAND = "EndEvent_JudgedOnFileAtHand";
  public static final String END_NOT_PROSECUTED_ON_FILE_AT_HAND =
      "EndEvent_NotProsecutedOnFileAtHand";
  /** The parallel stages' results after charging on the file at hand: no second charging. */
  public static final String TASK_JOIN_LATER_EVIDENCE = "Task_JoinLaterEvidence";
  public static final String END_LATER_EVIDENCE_JOINED = "EndEvent_LaterEvidenceJoined";
  public static final String END_NOTHING_MORE_TO_CHARGE = "EndEvent_NothingMoreToCharge";
  public static final String FORM_JOIN_LATER_EVIDENCE = "join-later-evidence";
  /** Set when either charging starts: charging is never started a second time. */
  public static final String VAR_CHARGING_STARTED = "chargingStarted";
  /** Set when charging started on the file at hand, before the parallel stages ended. */
  public static final String VAR_CHARGED_ON_FILE_AT_HAND = "chargedOnFileAtHand";
  public static final String VAR_LATER_EVIDENCE_SUMMARY = "laterEvidenceSummary";
  public static final String VAR_LATER_EVIDENCE_JOINED_AT = "laterEvidenceJoinedAt";

  // Messages
  public static final String MESSAGE_CLOSE_CASE = "Message_CloseCase";
  /** From the investigation: a suspect is remanded, the remand custody is watched. */
  public static final String MESSAGE_SUSPECT_REMANDED = "Message_SuspectRemanded";
  /** From the investigation: AMLO seized assets provisionally. */
  public static final String MESSAGE_ASSETS_SEIZED = "Message_AssetsSeized";
  /** From the digital evidence: providers were asked to preserve data. */
  public static final String MESSAGE_DATA_PRESERVED = "Message_DataPreserved";
  /** From the digital evidence: the evidence is handed over, preservation is done. */
  public static final String MESSAGE_DIGITAL_EVIDENCE_HANDED_OVER =
      "Message_DigitalEvidenceHandedOver";

  // Legal clocks the watches stop
  public static final String CLOCK_ASSET_SEIZURE = "asset-seizure";
  public static final String CLOCK_DATA_PRESERVATION = "data-preservation";

  // Variables of the watches' forms
  public static final String VAR_SEIZED_ASSETS_DECISION = "seizedAssetsDecision";
  public static final String VAR_SEIZED_ASSETS_DECISION_NOTE = "seizedAssetsDecisionNote";
  public static final String VAR_PRESERVATION_RENEWAL = "preservationRenewal";
  public static final String VAR_PRESERVATION_RENEWED_UNTIL = "preservationRenewedUntil";
  public static final String FORM_DECIDE_SEIZED_ASSETS = "decide-seized-assets";
  public static final String FORM_RENEW_DATA_PRESERVATION = "renew-data-preservation";

  // Variables set at intake
  public static final String VAR_CASE_ID = "caseId";
  public static final String VAR_TIP_SOURCE = "tipSource";
  public static final String VAR_EXTERNAL_REF = "externalRef";
  public static final String VAR_RECEIVED_AT = "receivedAt";
  public static final String VAR_PROVINCE = "province";
  public static final String VAR_TIP_SUMMARY = "tipSummary";
  public static final String VAR_TRIAGE_AGENCY = "triageAgency";

  // Indicators (booleans, set at intake, confirmed at triage, read by lead-agency.dmn)
  public static final String VAR_CHILD_VICTIM = "childVictim";
  public static final String VAR_ONLINE = "online";
  public static final String VAR_SEXUAL_EXPLOITATION = "sexualExploitation";
  public static final String VAR_FORCED_LABOUR = "forcedLabour";
  public static final String VAR_FORCED_CRIMINALITY = "forcedCriminality";
  public static final String VAR_TRANSNATIONAL = "transnational";
  public static final String VAR_ORGANISED = "organised";

  // Triage (the fields of triage-tip.form besides the indicators and closureReason)
  public static final String VAR_TRIAGE_OUTCOME = "triageOutcome";
  public static final String VAR_TRIAGE_NOTES = "triageNotes";

  // Values of triageOutcome
  public static final String TRAFFICKING_SUSPECTED = "TRAFFICKING_SUSPECTED";
  public static final String OTHER_OFFENCE = "OTHER_OFFENCE";
  public static final String NO_TRAFFICKING = "NO_TRAFFICKING";

  // Lead agency (proposed by lead-agency.dmn, confirmed by a coordinator)
  public static final String VAR_PROPOSED_LEAD_AGENCY = "proposedLeadAgency";
  public static final String VAR_PROPOSED_SUPPORTING_AGENCIES = "proposedSupportingAgencies";
  public static final String VAR_DSI_SPECIAL_CASE_PROPOSED = "dsiSpecialCaseProposed";
  public static final String VAR_LEAD_AGENCY = "leadAgency";
  public static final String VAR_SUPPORTING_AGENCIES = "supportingAgencies";
  public static final String VAR_LEAD_DECISION_REASON = "leadDecisionReason";

  // Outcome: each end event sets caseOutcome and caseClosureReason as its input parameters
  public static final String VAR_CASE_OUTCOME = "caseOutcome";
  public static final String VAR_CASE_CLOSURE_REASON = "caseClosureReason";
  /** The officer's reason for closing at triage, or the coordinator's for closing early. */
  public static final String VAR_CLOSURE_REASON = "closureReason";
  /** Set when the case is closed early by {@link #MESSAGE_CLOSE_CASE} (for example MERGED). */
  public static final String VAR_EARLY_CLOSURE_OUTCOME = "earlyClosureOutcome";
  public static final String VAR_CHARGING_DECISION = "chargingDecision";
  public static final String VAR_NON_PROSECUTION_REASON = "nonProsecutionReason";
  public static final String VAR_VERDICT = "verdict";

  // Values of caseOutcome
  public static final String OUTCOME_JUDGED = "JUDGED";
  public static final String OUTCOME_NO_TRAFFICKING_FOUND = "NO_TRAFFICKING_FOUND";
  public static final String OUTCOME_REFERRED_AS_OTHER_OFFENCE = "REFERRED_AS_OTHER_OFFENCE";
  public static final String OUTCOME_NOT_PROSECUTED = "NOT_PROSECUTED";
  public static final String OUTCOME_MERGED = "MERGED";

  // Delegates
  public static final String DELEGATE_RECORD_LEAD_AGENCY = "recordLeadAgencyDelegate";
  public static final String DELEGATE_RECORD_CASE_OUTCOME = "recordCaseOutcomeDelegate";
  public static final String DELEGATE_NOTE_CHARGING_UNDER_WAY = "noteChargingUnderWayDelegate";
  public static final String SERVICE_TASK_RECORD_LEAD_AGENCY = "ServiceTask_RecordLeadAgency";
  public static final String DECISION_LEAD_AGENCY = "lead-agency";
  public static final String FORM_CONFIRM_LEAD_AGENCY = "confirm-lead-agency";

  private JointCaseProcess() {
  }
}
