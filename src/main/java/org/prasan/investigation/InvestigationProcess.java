package org.prasan.investigation;

/**
 * Names shared by {@code processes/investigation.bpmn}, its forms and tests. The process runs
 * as {@code CallActivity_Investigation} of the joint case, so every variable here travels back
 * into the case: the charging stage reads the arrest and remand instants from these names.
 * Instants ({@code ...At}, {@code remandGrantedUntil}) are ISO-8601 strings as the form's
 * datetime fields submit them, normalised to UTC ({@code 2026-03-02T03:30Z}).
 */
public final class InvestigationProcess {

  public static final String PROCESS_KEY = "investigation";

  // Forms
  public static final String FORM_PLAN_INVESTIGATION = "plan-investigation";
  public static final String FORM_REPORT_WARRANTLESS_SEARCH = "report-warrantless-search";
  public static final String FORM_CONDUCT_INVESTIGATION = "conduct-investigation";
  public static final String FORM_RECORD_ARREST = "record-arrest";
  public static final String FORM_PETITION_REMAND = "petition-remand";
  public static final String FORM_SEIZE_ASSETS = "seize-assets";
  public static final String FORM_RECORD_ASSET_TRACE = "record-asset-trace";

  // Elements
  public static final String TASK_PLAN_INVESTIGATION = "Task_PlanInvestigation";
  public static final String TASK_REPORT_WARRANTLESS_SEARCH = "Task_ReportWarrantlessSearch";
  public static final String TASK_CONDUCT_INVESTIGATION = "Task_ConductInvestigation";
  public static final String TASK_RECORD_ARREST = "Task_RecordArrest";
  public static final String TASK_PETITION_REMAND = "Task_PetitionRemand";
  public static final String TASK_SEIZE_ASSETS = "Task_SeizeAssets";
  /** AMLO's system traces the assets found (topic {@link #TOPIC_ASSET_TRACE}). */
  public static final String EXTERNAL_TASK_TRACE_ASSETS = "ExternalTask_TraceAssets";
  /** No system took the trace within checkFallbackAfter: AMLO's officers do it. */
  public static final String TASK_RECORD_ASSET_TRACE = "Task_RecordAssetTrace";
  public static final String TOPIC_ASSET_TRACE = "amlo-asset-trace";
  public static final String END_INVESTIGATION_COMPLETE = "EndEvent_InvestigationComplete";
  public static final String GATEWAY_REMANDED = "Gateway_Remanded";
  /** Tells the joint case: its remand-custody watch starts. */
  public static final String EVENT_SUSPECT_REMANDED = "Event_SuspectRemanded";
  /** Tells the joint case: AMLO's decision on the seized assets is due within 90 days. */
  public static final String EVENT_ASSETS_SEIZED = "Event_AssetsSeized";

  // Legal clocks (prasan.sla.legal-clocks) this stage starts and stops
  public static final String CLOCK_POLICE_CUSTODY = "police-custody";
  public static final String CLOCK_REMAND_CAP = "remand-cap";
  /** Anti-TIP Act s.27: the written report is due 24 h (policy) after the search. */
  public static final String CLOCK_SEARCH_REPORT = "search-report";
  public static final String CLOCK_REMAND_PERIOD = "remand-period";
  public static final String CLOCK_ASSET_SEIZURE = "asset-seizure";

  // Candidate group of the seizure; the other tasks go to ${leadAgency}
  public static final String AMLO = "amlo";

  // Variables (form field keys)
  public static final String VAR_INVESTIGATION_MODE = "investigationMode";
  public static final String VAR_WARRANTLESS_SEARCH_CONDUCTED = "warrantlessSearchConducted";
  public static final String VAR_SEARCHED_AT = "searchedAt";
  public static final String VAR_SEARCH_REPORT_SUMMARY = "searchReportSummary";
  public static final String VAR_INVESTIGATION_FINDINGS = "investigationFindings";
  public static final String VAR_ARREST_OUTCOME = "arrestOutcome";
  public static final String VAR_ASSETS_FOUND = "assetsFound";
  /** Start of the 48-hour police custody (CPC s.87). */
  public static final String VAR_ARRESTED_AT = "arrestedAt";
  /** CPC s.87: police custody counts 48 h from the arrival at the inquiry official's office. */
  public static final String VAR_ARRIVED_AT_INQUIRY_OFFICE_AT = "arrivedAtInquiryOfficeAt";
  /** The real first day of a remand order; the remand cap counts from the first one. */
  public static final String VAR_REMAND_ORDERED_AT = "remandOrderedAt";
  public static final String VAR_SUSPECT_COUNT = "suspectCount";
  /** Under 10 years the remands are capped at 48 days in all, from 10 years at 84 (CPC s.87). */
  public static final String VAR_MAX_PENALTY_YEARS = "maxPenaltyYears";
  public static final String VAR_OFFENCE_DESCRIPTION = "offenceDescription";
  public static final String VAR_REMAND_OUTCOME = "remandOutcome";
  /** Set only when the remand was granted; one remand lasts at most 12 days. */
  public static final String VAR_REMAND_GRANTED_UNTIL = "remandGrantedUntil";
  /** Start of the 90-day provisional seizure (AML Act s.48). */
  public static final String VAR_SEIZED_AT = "seizedAt";
  public static final String VAR_SEIZURE_ORDER_REFERENCE = "seizureOrderReference";
  public static final String VAR_ASSET_DESCRIPTION = "assetDescription";
  /** AMLO's trace: YES when assets to seize were traced, then the seizure follows. */
  public static final String VAR_ASSETS_TRACED = "assetsTraced";
  public static final String VAR_ASSET_TRACE_SUMMARY = "assetTraceSummary";
  /** ISO-8601 duration the asset trace's boundary timer reads. */
  public static final String VAR_CHECK_FALLBACK_AFTER = "checkFallbackAfter";

  // Values of investigationMode
  public static final String PROACTIVE = "PROACTIVE";
  public static final String ONLINE = "ONLINE";
  public static final String REACTIVE = "REACTIVE";

  // Values of warrantlessSearchConducted and assetsFound
  public static final String YES = "YES";
  public static final String NO = "NO";

  // Values of arrestOutcome
  public static final String SUSPECT_ARRESTED = "SUSPECT_ARRESTED";
  public static final String NO_ARREST = "NO_ARREST";

  // Values of remandOutcome
  public static final String REMAND_GRANTED = "REMAND_GRANTED";
  public static final String BAIL_GRANTED = "BAIL_GRANTED";
  public static final String RELEASED = "RELEASED";

  private InvestigationProcess() {
  }
}
