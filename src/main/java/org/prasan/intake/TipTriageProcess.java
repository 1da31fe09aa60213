package org.prasan.intake;

/** Names shared by {@code processes/tip-triage.bpmn}, {@code forms/triage-tip.form} and tests. */
public final class TipTriageProcess {

  public static final String PROCESS_KEY = "tip-triage";
  public static final String FORM_TRIAGE_TIP = "triage-tip";

  // Elements
  public static final String TASK_TRIAGE_TIP = "Task_TriageTip";
  public static final String END_TRAFFICKING_SUSPECTED = "EndEvent_TraffickingSuspected";
  public static final String END_OTHER_OFFENCE = "EndEvent_OtherOffence";
  public static final String END_NO_TRAFFICKING = "EndEvent_NoTrafficking";

  // Variables (form field keys)
  public static final String VAR_TRIAGE_OUTCOME = "triageOutcome";
  public static final String VAR_TRIAGE_NOTES = "triageNotes";

  // Values of triageOutcome
  public static final String TRAFFICKING_SUSPECTED = "TRAFFICKING_SUSPECTED";
  public static final String OTHER_OFFENCE = "OTHER_OFFENCE";
  public static final String NO_TRAFFICKING = "NO_TRAFFICKING";

  private TipTriageProcess() {
  }
}
