package org.prasan.litigation;

/**
 * Names shared by {@code processes/litigation.bpmn}, its forms and tests. The main process
 * {@code joint-case} records {@link #VAR_VERDICT} once this process ends.
 */
public final class LitigationProcess {

  public static final String PROCESS_KEY = "litigation";

  // Forms
  public static final String FORM_FILE_INDICTMENT = "file-indictment";
  public static final String FORM_TAKE_PRETRIAL_TESTIMONY = "take-pretrial-testimony";
  public static final String FORM_REPATRIATE_VICTIM = "repatriate-victim";
  public static final String FORM_PLAN_REINTEGRATION = "plan-reintegration";
  public static final String FORM_RECORD_HEARING = "record-hearing";
  public static final String FORM_RECORD_JUDGMENT = "record-judgment";
  public static final String FORM_DECIDE_APPEAL = "decide-appeal";
  public static final String FORM_ENFORCE_COMPENSATION = "enforce-compensation";

  // Elements
  public static final String START_EVENT = "StartEvent_IndictmentToFile";
  public static final String TASK_FILE_INDICTMENT = "Task_FileIndictment";
  /** Tells the case the indictment is filed: the remand-custody watch ends. */
  public static final String EVENT_CHARGES_FILED = "Event_ChargesFiled";
  /** The court's target of six months from filing, at most one year. */
  public static final String CLOCK_TRIAL = "trial";
  public static final String TASK_TAKE_PRETRIAL_TESTIMONY = "Task_TakePretrialTestimony";
  public static final String TASK_REPATRIATE_VICTIM = "Task_RepatriateVictim";
  public static final String TASK_PLAN_REINTEGRATION = "Task_PlanReintegration";
  public static final String TASK_RECORD_HEARING = "Task_RecordHearing";
  public static final String TASK_RECORD_JUDGMENT = "Task_RecordJudgment";
  public static final String TASK_DECIDE_APPEAL = "Task_DecideAppeal";
  public static final String TASK_ENFORCE_COMPENSATION = "Task_EnforceCompensation";
  public static final String END_JUDGED = "EndEvent_Judged";

  // Variables (form field keys)
  public static final String VAR_INDICTMENT_FILED_AT = "indictmentFiledAt";
  public static final String VAR_COURT_CASE_NUMBER = "courtCaseNumber";
  public static final String VAR_VICTIM_SUPPORT_PLAN = "victimSupportPlan";
  public static final String VAR_TESTIMONY_TAKEN_AT = "testimonyTakenAt";
  public static final String VAR_REPATRIATED_AT = "repatriatedAt";
  public static final String VAR_DESTINATION_COUNTRY = "destinationCountry";
  public static final String VAR_REINTEGRATION_PLAN_SUMMARY = "reintegrationPlanSummary";
  public static final String VAR_HEARING_AT = "hearingAt";
  public static final String VAR_HEARING_NOTES = "hearingNotes";
  public static final String VAR_NEXT_STEP = "nextStep";
  public static final String VAR_JUDGMENT_AT = "judgmentAt";
  public static final String VAR_VERDICT = "verdict";
  public static final String VAR_COMPENSATION_AWARDED = "compensationAwarded";
  public static final String VAR_APPEAL_DECISION = "appealDecision";
  /** Appeals so far; at two the judgment is final (Court of Appeal, then Supreme Court). */
  public static final String VAR_APPEAL_COUNT = "appealCount";
  /** The court hearing the case now: FIRST_INSTANCE, COURT_OF_APPEAL, SUPREME_COURT. */
  public static final String VAR_COURT_LEVEL = "courtLevel";
  public static final String COURT_OF_APPEAL = "COURT_OF_APPEAL";
  public static final String SUPREME_COURT = "SUPREME_COURT";
  public static final String SERVICE_TASK_COUNT_APPEAL = "ServiceTask_CountAppeal";
  public static final String GATEWAY_APPEAL_LEFT = "Gateway_AppealLeft";
  public static final String VAR_COMPENSATION_PAID_AMOUNT = "compensationPaidAmount";
  public static final String VAR_ENFORCEMENT_NOTES = "enforcementNotes";

  // Values of victimSupportPlan
  public static final String REPATRIATION = "REPATRIATION";
  public static final String REINTEGRATION = "REINTEGRATION";
  public static final String NONE = "NONE";

  // Values of nextStep
  public static final String ANOTHER_HEARING = "ANOTHER_HEARING";
  public static final String JUDGMENT_DELIVERED = "JUDGMENT_DELIVERED";

  // Values of verdict
  public static final String CONVICTED = "CONVICTED";
  public static final String PARTLY_CONVICTED = "PARTLY_CONVICTED";
  public static final String ACQUITTED = "ACQUITTED";

  // Values of compensationAwarded
  public static final String YES = "YES";
  public static final String NO = "NO";

  // Values of appealDecision
  public static final String APPEAL = "APPEAL";
  public static final String NO_APPEAL = "NO_APPEAL";

  /** ISO 3166-1 alpha-2, as the repatriation form's pattern checks it. */
  public static final String COUNTRY_CODE_PATTERN = "^[A-Z]{2}$";

  private LitigationProcess() {
  }
}
