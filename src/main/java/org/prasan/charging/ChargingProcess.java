package org.prasan.charging;

/**
 * Names shared by {@code processes/charging.bpmn}, its forms and tests. The main process
 * {@code joint-case} reads {@link #VAR_CHARGING_DECISION} (APPROVE or NOT_PROSECUTE when this
 * process ends) and records {@link #VAR_NON_PROSECUTION_REASON} as the case's closure reason.
 */
public final class ChargingProcess {

  public static final String PROCESS_KEY = "charging";

  // Forms
  public static final String FORM_SUBMIT_CASE_FILE = "submit-case-file";
  public static final String FORM_APPROVE_CHARGING = "approve-charging";
  public static final String FORM_GATHER_ADDITIONAL_EVIDENCE = "gather-additional-evidence";
  public static final String FORM_PREPARE_COMPENSATION_CLAIM = "prepare-compensation-claim";

  // Elements
  public static final String START_EVENT = "StartEvent_CaseFileToCharge";
  public static final String TASK_SUBMIT_CASE_FILE = "Task_SubmitCaseFile";
  public static final String TASK_APPROVE_CHARGING = "Task_ApproveCharging";
  /** Between the case file and the approval: every exhibit and its custody are verified. */
  public static final String SERVICE_TASK_VERIFY_EVIDENCE = "ServiceTask_VerifyEvidence";
  public static final String TASK_GATHER_ADDITIONAL_EVIDENCE = "Task_GatherAdditionalEvidence";
  public static final String TASK_PREPARE_COMPENSATION_CLAIM = "Task_PrepareCompensationClaim";
  public static final String GATEWAY_CHARGING_DECISION = "Gateway_ChargingDecision";
  public static final String END_CHARGING_APPROVED = "EndEvent_ChargingApproved";
  public static final String END_NOT_PROSECUTED = "EndEvent_NotProsecuted";

  // Variables (form field keys)
  public static final String VAR_CASE_FILE_SUMMARY = "caseFileSummary";
  public static final String VAR_SUSPECT_DETAINED = "suspectDetained";
  public static final String VAR_COMPENSATION_CLAIM_REQUESTED = "compensationClaimRequested";
  public static final String VAR_CHARGING_DECISION = "chargingDecision";
  public static final String VAR_RETURN_REASON = "returnReason";
  public static final String VAR_NON_PROSECUTION_REASON = "nonProsecutionReason";
  public static final String VAR_CHARGES_APPROVED = "chargesApproved";
  public static final String VAR_ADDITIONAL_EVIDENCE_SUMMARY = "additionalEvidenceSummary";
  public static final String VAR_COMPENSATION_AMOUNT_CLAIMED = "compensationAmountClaimed";
  public static final String VAR_COMPENSATION_CLAIM_BASIS = "compensationClaimBasis";

  // Values of chargingDecision
  public static final String APPROVE = "APPROVE";
  public static final String RETURN_FOR_EVIDENCE = "RETURN_FOR_EVIDENCE";
  public static final String NOT_PROSECUTE = "NOT_PROSECUTE";

  // Values of suspectDetained and compensationClaimRequested
  public static final String YES = "YES";
  public static final String NO = "NO";

  private ChargingProcess() {
  }
}
