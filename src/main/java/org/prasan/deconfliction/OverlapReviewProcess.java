package org.prasan.deconfliction;

/**
 * Names shared by {@code processes/overlap-review.bpmn}, its form, delegates and tests. One
 * instance per case whose identifier (from a tip or an officer) found other cases, for all the
 * cases it found that no review covers yet (one {@code case_overlap} row per pair); business
 * key that case. {@code otherCaseId} is the first of them, {@code otherCaseCount} how many.
 */
public final class OverlapReviewProcess {

  public static final String PROCESS_KEY = "overlap-review";
  public static final String FORM_REVIEW_OVERLAP = "review-overlap";

  // Elements
  public static final String TASK_REVIEW_OVERLAP = "Task_ReviewOverlap";
  public static final String GATEWAY_OVERLAP_DECISION = "Gateway_OverlapDecision";
  public static final String SERVICE_TASK_LINK_CASES = "ServiceTask_LinkCases";
  public static final String SERVICE_TASK_MERGE_CASES = "ServiceTask_MergeCases";
  public static final String SERVICE_TASK_DISMISS_OVERLAP = "ServiceTask_DismissOverlap";
  public static final String END_CASES_LINKED = "EndEvent_CasesLinked";
  public static final String END_CASES_MERGED = "EndEvent_CasesMerged";
  public static final String END_OVERLAP_DISMISSED = "EndEvent_OverlapDismissed";

  // Variables (set when the review starts; the decision fields are form field keys)
  public static final String VAR_CASE_ID = "caseId";
  public static final String VAR_OTHER_CASE_ID = "otherCaseId";
  /** The first {@code case_overlap} row of the review; its rows share its process instance. */
  public static final String VAR_OVERLAP_ID = "overlapId";
  public static final String VAR_OTHER_CASE_COUNT = "otherCaseCount";
  public static final String VAR_MATCHED_IDENTIFIERS = "matchedIdentifiers";
  /** The lead (or, before one is confirmed, the triage agency) of each case. */
  public static final String VAR_LEAD_AGENCY = "leadAgency";
  public static final String VAR_OTHER_LEAD_AGENCY = "otherLeadAgency";
  public static final String VAR_OVERLAP_DECISION = "overlapDecision";
  public static final String VAR_MERGE_DIRECTION = "mergeDirection";
  public static final String VAR_OVERLAP_REASON = "overlapReason";

  // Values of overlapDecision
  public static final String LINK = "LINK";
  public static final String MERGE = "MERGE";
  public static final String DISMISS = "DISMISS";

  // Values of mergeDirection
  public static final String KEEP_THIS_CASE = "KEEP_THIS_CASE";
  public static final String KEEP_OTHER_CASE = "KEEP_OTHER_CASE";

  // Delegates
  public static final String DELEGATE_LINK_CASES = "linkCasesDelegate";
  public static final String DELEGATE_MERGE_CASES = "mergeCasesDelegate";
  public static final String DELEGATE_DISMISS_OVERLAP = "dismissOverlapDelegate";

  private OverlapReviewProcess() {
  }
}
