package org.prasan.investigation;

/**
 * Names shared by {@code processes/remand-custody.bpmn}, its forms and tests. The process is
 * called by {@code joint-case} when the investigation reports a remand, and watches the remand
 * periods and the remand cap until charges are filed or the suspect is out of remand. Its
 * variables are the investigation's ({@link InvestigationProcess}).
 */
public final class RemandCustodyProcess {

  public static final String PROCESS_KEY = "remand-custody";

  // Elements
  public static final String SUBPROCESS_REMAND_PERIODS = "SubProcess_RemandPeriods";
  public static final String TIMER_RENEWAL_DUE = "Timer_RenewalDue";
  public static final String TASK_PETITION_REMAND_RENEWAL = "Task_PetitionRemandRenewal";
  public static final String TIMER_REMAND_CAP_NEARS = "Timer_RemandCapNears";
  public static final String TASK_REVIEW_REMAND_CAP = "Task_ReviewRemandCap";
  public static final String END_SUSPECT_OUT_OF_REMAND = "EndEvent_SuspectOutOfRemand";
  public static final String END_CHARGED = "EndEvent_Charged";

  // Messages
  /** Thrown by litigation when the indictment is filed: the watch ends. */
  public static final String MESSAGE_CHARGES_FILED = "Message_ChargesFiled";
  /**
   * Thrown when the coordinators decide CHARGE_NOW: joint-case charges on the file at hand while
   * the parallel stages go on.
   */
  public static final String MESSAGE_CHARGE_BEFORE_REMAND_CAP = "Message_ChargeBeforeRemandCap";

  // Forms
  public static final String FORM_PETITION_REMAND_RENEWAL = "petition-remand-renewal";
  public static final String FORM_REVIEW_REMAND_CAP = "review-remand-cap";

  // Variables (form field keys) besides the investigation's
  public static final String VAR_REMAND_CAP_ARRANGEMENT = "remandCapArrangement";
  /** The coordinators' decision a week before the cap: CHARGE_NOW, RELEASE or OTHER. */
  public static final String VAR_REMAND_CAP_DECISION = "remandCapDecision";
  /** With OTHER, what will be done before the cap and why (required then). */
  public static final String VAR_REMAND_CAP_OTHER_REASON = "remandCapOtherReason";
  public static final String CHARGE_NOW = "CHARGE_NOW";
  public static final String RELEASE = "RELEASE";
  public static final String OTHER = "OTHER";
  public static final String END_RELEASED_BEFORE_CAP = "EndEvent_ReleasedBeforeCap";
  /** CHARGE_NOW: joint-case is told to charge on the file at hand. */
  public static final String EVENT_CHARGE_BEFORE_CAP = "Event_ChargeBeforeCap";
  public static final String END_CHARGING_BEFORE_CAP = "EndEvent_ChargingBeforeCap";
  public static final String END_REMAND_CAP_REVIEWED = "EndEvent_RemandCapReviewed";
  public static final String DELEGATE_CHECK_REMAND_CAP_DECISION = "checkRemandCapDecisionDelegate";
  /** A renewal's real first day; removed once its period started, so the next is asked. */
  public static final String VAR_REMAND_RENEWED_FROM = "remandRenewedFrom";

  private RemandCustodyProcess() {
  }
}
