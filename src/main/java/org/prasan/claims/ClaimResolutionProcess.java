package org.prasan.claims;

/**
 * Names shared by {@code processes/claim-resolution.bpmn}, its forms, delegates and tests. One
 * instance per open {@code claim_resolution}, business key the case id.
 */
public final class ClaimResolutionProcess {

  public static final String PROCESS_KEY = "claim-resolution";
  public static final String FORM_CONFIRM_LEAD_CLAIM = "confirm-lead-claim";
  public static final String FORM_RESOLVE_OVERLAPPING_CLAIM = "resolve-overlapping-claim";

  // Elements
  public static final String START_LEAD_CLAIMED = "StartEvent_LeadClaimed";
  public static final String START_CLAIMS_OVERLAP = "StartEvent_ClaimsOverlap";
  public static final String GATEWAY_CLAIM_CONFIRMATION = "Gateway_ClaimConfirmation";
  public static final String TASK_CONFIRM_LEAD_CLAIM = "Task_ConfirmLeadClaim";
  public static final String TASK_RESOLVE_OVERLAPPING_CLAIM = "Task_ResolveOverlappingClaim";
  public static final String BOUNDARY_CLAIM_ADDED = "BoundaryEvent_ClaimAdded";
  public static final String SERVICE_TASK_GRANT_LEAD_CLAIM = "ServiceTask_GrantLeadClaim";
  public static final String SERVICE_TASK_DECLINE_LEAD_CLAIM = "ServiceTask_DeclineLeadClaim";
  public static final String SERVICE_TASK_RECORD_CLAIM_DECISION = "ServiceTask_RecordClaimDecision";
  public static final String END_LEAD_CLAIM_GRANTED = "EndEvent_LeadClaimGranted";
  public static final String END_LEAD_CLAIM_DECLINED = "EndEvent_LeadClaimDeclined";
  public static final String END_CLAIMS_RESOLVED = "EndEvent_ClaimsResolved";

  // Messages
  /** Starts a confirmation: one claim on a case without a lead. */
  public static final String MESSAGE_LEAD_CLAIMED = "Message_LeadClaimed";
  /** Starts a resolution: a claim on a led case. */
  public static final String MESSAGE_CLAIMS_OVERLAP = "Message_ClaimsOverlap";
  /** Another agency claimed the case while a single claim waited for confirmation. */
  public static final String MESSAGE_CLAIM_ADDED = "Message_ClaimAdded";

  // Variables (set by ClaimService at start; the decisions are form field keys)
  public static final String VAR_CASE_ID = "caseId";
  public static final String VAR_CLAIM_RESOLUTION_ID = "claimResolutionId";
  public static final String VAR_CURRENT_LEAD_AGENCY = "currentLeadAgency";
  public static final String VAR_CLAIMANT_AGENCY = "claimantAgency";
  /** Every claim under resolution, one line each: agency, officer, basis. */
  public static final String VAR_OPEN_CLAIMS = "openClaims";
  public static final String VAR_CLAIM_CONFIRMATION = "claimConfirmation";
  public static final String VAR_CLAIM_LEAD_AGENCY = "claimLeadAgency";
  public static final String VAR_CLAIM_SUPPORTING_AGENCIES = "claimSupportingAgencies";
  public static final String VAR_CLAIM_DECISION_REASON = "claimDecisionReason";

  // Values of claimConfirmation
  public static final String CONFIRM = "CONFIRM";
  public static final String DECLINE = "DECLINE";

  // Delegates
  public static final String DELEGATE_GRANT_LEAD_CLAIM = "grantLeadClaimDelegate";
  public static final String DELEGATE_DECLINE_LEAD_CLAIM = "declineLeadClaimDelegate";
  public static final String DELEGATE_RECORD_CLAIM_DECISION = "recordClaimDecisionDelegate";

  private ClaimResolutionProcess() {
  }
}
