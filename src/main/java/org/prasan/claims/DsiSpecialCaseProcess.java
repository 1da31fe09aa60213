package org.prasan.claims;

/**
 * Names shared by {@code processes/dsi-special-case.bpmn}, its form, delegates and tests. DSI
 * asks the Board of Special Cases to take a case as a special case (Special Case Investigation
 * Act B.E. 2547); a resolution of at least two thirds of the Board's members transfers the lead
 * to DSI.
 */
public final class DsiSpecialCaseProcess {

  public static final String PROCESS_KEY = "dsi-special-case";
  public static final String FORM_RECORD_BOARD_DECISION = "record-board-decision";
  public static final String DSI = "dsi";

  // Elements
  public static final String TASK_RECORD_BOARD_DECISION = "Task_RecordBoardDecision";
  public static final String GATEWAY_BOARD_RESOLUTION = "Gateway_BoardResolution";
  public static final String SERVICE_TASK_TRANSFER_LEAD_TO_DSI = "ServiceTask_TransferLeadToDsi";
  public static final String SERVICE_TASK_RECORD_REJECTION = "ServiceTask_RecordSpecialCaseRejection";
  public static final String END_SPECIAL_CASE_ACCEPTED = "EndEvent_SpecialCaseAccepted";
  public static final String END_SPECIAL_CASE_REJECTED = "EndEvent_SpecialCaseRejected";

  // Variables (set when DSI asks; the Board's decision fields are form field keys)
  public static final String VAR_CASE_ID = "caseId";
  public static final String VAR_SPECIAL_CASE_REQUEST_ID = "specialCaseRequestId";
  public static final String VAR_SPECIAL_CASE_GROUNDS = "specialCaseGrounds";
  public static final String VAR_CURRENT_LEAD_AGENCY = "currentLeadAgency";
  public static final String VAR_BOARD_RESOLUTION = "boardResolution";
  public static final String VAR_BOARD_MEMBERS = "boardMembers";
  public static final String VAR_BOARD_VOTES_FOR = "boardVotesFor";
  public static final String VAR_BOARD_VOTES_AGAINST = "boardVotesAgainst";
  public static final String VAR_BOARD_VOTES_ABSTAINED = "boardVotesAbstained";
  public static final String VAR_BOARD_RESOLUTION_REF = "boardResolutionRef";
  public static final String VAR_BOARD_DECIDED_AT = "boardDecidedAt";

  // Values of boardResolution
  public static final String ACCEPTED = "ACCEPTED";
  public static final String REJECTED = "REJECTED";

  // Delegates
  public static final String DELEGATE_CHECK_BOARD_VOTE = "checkBoardVoteDelegate";
  public static final String DELEGATE_TRANSFER_LEAD_TO_DSI = "transferLeadToDsiDelegate";
  public static final String DELEGATE_RECORD_REJECTION = "recordSpecialCaseRejectionDelegate";

  private DsiSpecialCaseProcess() {
  }
}
