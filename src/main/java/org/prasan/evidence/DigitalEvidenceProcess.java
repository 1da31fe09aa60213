package org.prasan.evidence;

/**
 * Names shared by {@code processes/digital-evidence.bpmn}, its forms and tests. The process
 * runs as {@code CallActivity_DigitalEvidence} of the joint case, beside the investigation, so
 * its variable names must not clash with the investigation's. Instants ({@code ...At}) are
 * ISO-8601 strings as the form's datetime fields submit them, normalised to UTC.
 */
public final class DigitalEvidenceProcess {

  public static final String PROCESS_KEY = "digital-evidence";

  // Forms
  public static final String FORM_ASSESS_DIGITAL_EVIDENCE = "assess-digital-evidence";
  public static final String FORM_REQUEST_DATA_PRESERVATION = "request-data-preservation";
  public static final String FORM_REQUEST_MUTUAL_LEGAL_ASSISTANCE =
      "request-mutual-legal-assistance";
  public static final String FORM_EXAMINE_DIGITAL_EVIDENCE = "examine-digital-evidence";
  public static final String FORM_HAND_OVER_DIGITAL_EVIDENCE = "hand-over-digital-evidence";

  // Elements
  public static final String TASK_ASSESS_DIGITAL_EVIDENCE = "Task_AssessDigitalEvidence";
  public static final String TASK_REQUEST_DATA_PRESERVATION = "Task_RequestDataPreservation";
  /** Tells the case providers were asked to preserve data: its renewal is watched. */
  public static final String EVENT_DATA_PRESERVED = "Event_DataPreserved";
  /** After the hand-over task: the exhibits pass to the lead agency in the custody chain. */
  public static final String SERVICE_TASK_RECORD_EVIDENCE_HANDOVER =
      "ServiceTask_RecordEvidenceHandover";
  /** Tells the case the evidence is handed over: preservation is no longer watched. */
  public static final String EVENT_DIGITAL_EVIDENCE_HANDED_OVER =
      "Event_DigitalEvidenceHandedOver";
  /** 90 days at Thai providers; one US renewal of 90 more (18 U.S.C. 2703(f)). */
  public static final String CLOCK_DATA_PRESERVATION = "data-preservation";
  public static final String TASK_REQUEST_MUTUAL_LEGAL_ASSISTANCE =
      "Task_RequestMutualLegalAssistance";
  public static final String TASK_EXAMINE_DIGITAL_EVIDENCE = "Task_ExamineDigitalEvidence";
  public static final String TASK_HAND_OVER_DIGITAL_EVIDENCE = "Task_HandOverDigitalEvidence";
  public static final String END_NO_DIGITAL_EVIDENCE = "EndEvent_NoDigitalEvidence";
  public static final String END_DIGITAL_EVIDENCE_HANDED_OVER =
      "EndEvent_DigitalEvidenceHandedOver";

  // Candidate groups
  public static final String RTP_CCIB = "rtp-ccib";
  /** OAG is Thailand's central authority for mutual legal assistance. */
  public static final String OAG_TIP = "oag-tip";

  // Variables (form field keys)
  public static final String VAR_DIGITAL_EVIDENCE_SCOPE = "digitalEvidenceScope";
  public static final String VAR_DEVICES_SEIZED = "devicesSeized";
  /** Start of the providers' preservation (CCA s.26: 90 days; 18 U.S.C. 2703(f): 90 + 90). */
  public static final String VAR_PRESERVATION_REQUESTED_AT = "preservationRequestedAt";
  public static final String VAR_PROVIDER_NAMES = "providerNames";
  public static final String VAR_MLA_REQUESTED_AT = "mlaRequestedAt";
  public static final String VAR_MLA_REFERENCE = "mlaReference";
  public static final String VAR_FORENSIC_REPORT_SUMMARY = "forensicReportSummary";
  public static final String VAR_FORENSIC_REPORT_AT = "forensicReportAt";
  public static final String VAR_HANDED_OVER_AT = "handedOverAt";
  public static final String VAR_EXHIBIT_REFERENCES = "exhibitReferences";

  // Chain of custody (EvidenceRegistry), for the hand-over and the check before charging
  /** Set by {@code handOverEvidenceDelegate}: each exhibit handed over, with its chain head. */
  public static final String VAR_CUSTODY_HANDED_OVER = "custodyHandedOver";
  /** Set by {@code verifyEvidenceDelegate}: true when every exhibit of the case is intact. */
  public static final String VAR_EVIDENCE_INTACT = "evidenceIntact";
  /** Set by {@code verifyEvidenceDelegate}: exhibits whose chain or file fails, comma-separated. */
  public static final String VAR_BROKEN_EXHIBITS = "brokenExhibits";
  public static final String VAR_EXHIBIT_COUNT = "exhibitCount";
  public static final String DELEGATE_HAND_OVER_EVIDENCE = "handOverEvidenceDelegate";
  public static final String DELEGATE_VERIFY_EVIDENCE = "verifyEvidenceDelegate";

  // Values of digitalEvidenceScope
  public static final String NONE = "NONE";
  public static final String DOMESTIC_PROVIDERS = "DOMESTIC_PROVIDERS";
  public static final String FOREIGN_PROVIDERS = "FOREIGN_PROVIDERS";

  private DigitalEvidenceProcess() {
  }
}
