package org.prasan.casefile;

/**
 * Names shared by {@code processes/joint-case.bpmn}, its forms, delegates, REST code and tests.
 * Variables named here travel into every called process ({@code camunda:in variables="all"}).
 */
public final class JointCaseProcess {

  public static final String PROCESS_KEY = "joint-case";

  // Elements
  public static final String START_EVENT = "StartEvent_TipReceived";
  public static final String CALL_TIP_TRIAGE = "CallActivity_TipTriage";
  public static final String DECIDE_LEAD_AGENCY = "BusinessRuleTask_ProposeLeadAgency";
  public static final String TASK_CONFIRM_LEAD_AGENCY = "Task_ConfirmLeadAgency";
  public static final String CALL_VICTIM_IDENTIFICATION = "CallActivity_VictimIdentification";
  public static final String CALL_INVESTIGATION = "CallActivity_Investigation";
  public static final String CALL_DIGITAL_EVIDENCE = "CallActivity_DigitalEvidence";
  public static final String CALL_CHARGING = "CallActivity_Charging";
  public static final String CALL_LITIGATION = "CallActivity_Litigation";
  public static final String END_JUDGED = "EndEvent_Judged";
  public static final String END_NO_TRAFFICKING = "EndEvent_NoTraffickingFound";
  public static final String END_OTHER_OFFENCE = "EndEvent_ReferredAsOtherOffence";
  public static final String END_NOT_PROSECUTED = "EndEvent_NotProsecuted";
  public static final String END_CLOSED_EARLY = "EndEvent_ClosedEarly";

  // Messages
  public static final String MESSAGE_CLOSE_CASE = "Message_CloseCase";

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

  // Lead agency (proposed by lead-agency.dmn, confirmed by a coordinator)
  public static final String VAR_PROPOSED_LEAD_AGENCY = "proposedLeadAgency";
  public static final String VAR_PROPOSED_SUPPORTING_AGENCIES = "proposedSupportingAgencies";
  public static final String VAR_DSI_SPECIAL_CASE_PROPOSED = "dsiSpecialCaseProposed";
  public static final String VAR_LEAD_AGENCY = "leadAgency";
  public static final String VAR_SUPPORTING_AGENCIES = "supportingAgencies";
  public static final String VAR_LEAD_DECISION_REASON = "leadDecisionReason";

  // Outcome
  public static final String VAR_CASE_OUTCOME = "caseOutcome";
  public static final String VAR_CLOSURE_REASON = "closureReason";

  private JointCaseProcess() {
  }
}
