package org.prasan.statistics;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * Copies the facts a completed task recorded into the reporting store. The tasks are named by
 * their process and activity ids in the SOP's models (a model's ids are its interface: the
 * models are not edited for this); any other task records nothing.
 */
@Service
public class RecordedFacts {

  static final String SUBMIT_CASE_FILE = "charging:Task_SubmitCaseFile";
  static final String APPROVE_CHARGING = "charging:Task_ApproveCharging";
  static final String PREPARE_COMPENSATION_CLAIM = "charging:Task_PrepareCompensationClaim";
  static final String PLAN_INVESTIGATION = "investigation:Task_PlanInvestigation";
  static final String SEIZE_ASSETS = "investigation:Task_SeizeAssets";
  static final String DECIDE_SEIZED_ASSETS = "joint-case:Task_DecideSeizedAssets";
  static final String FILE_INDICTMENT = "litigation:Task_FileIndictment";
  static final String RECORD_JUDGMENT = "litigation:Task_RecordJudgment";
  static final String ENFORCE_COMPENSATION = "litigation:Task_EnforceCompensation";
  static final String IDENTIFY_VICTIMS = "victim-identification:Task_IdentifyVictims";

  /** The tasks that record facts, as {@code processKey:activityId}. */
  public static final Set<String> TASKS = Set.of(SUBMIT_CASE_FILE, APPROVE_CHARGING,
      PREPARE_COMPENSATION_CLAIM, PLAN_INVESTIGATION, SEIZE_ASSETS, DECIDE_SEIZED_ASSETS,
      FILE_INDICTMENT, RECORD_JUDGMENT, ENFORCE_COMPENSATION, IDENTIFY_VICTIMS);

  private final ReportingStore store;
  private final Clock clock;

  public RecordedFacts(ReportingStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * Checks and stores what the task {@code taskKey} ({@code processKey:activityId}) of the case
   * recorded; refuses (RuleViolationException) a form missing or contradicting a fact.
   */
  public void taskCompleted(String taskKey, String taskId, String caseId,
                            Function<String, Object> variables) {
    var now = clock.instant();
    switch (taskKey) {
      case PLAN_INVESTIGATION -> store.investigationStarted(caseId, now);
      case SUBMIT_CASE_FILE ->
          store.caseFileSubmitted(caseId, now, FormFacts.suspects(variables));
      case APPROVE_CHARGING -> store.chargingDecided(caseId, now, FormFacts.charging(variables));
      case PREPARE_COMPENSATION_CLAIM -> store.compensationClaimed(caseId,
          FormFacts.amount(variables, "compensationAmountClaimed"));
      case FILE_INDICTMENT -> store.indictmentFiled(caseId, FormFacts.indictment(variables));
      case RECORD_JUDGMENT -> store.judged(caseId, FormFacts.judgment(variables));
      case ENFORCE_COMPENSATION -> store.compensationPaid(caseId,
          FormFacts.amount(variables, "compensationPaidAmount"));
      case SEIZE_ASSETS -> store.assetsSeized(taskId, caseId, FormFacts.seizure(variables));
      case DECIDE_SEIZED_ASSETS ->
          store.seizureDecided(caseId, FormFacts.seizureDecision(variables));
      case IDENTIFY_VICTIMS -> {
        FormFacts.VictimGroup group = FormFacts.victims(variables);
        if (group != null) {
          store.victimsIdentified(taskId, caseId, now, group);
        }
      }
      default -> {
        // Not a task that records reported facts.
      }
    }
  }

  /** For tests and tools: the same as a task completion with these variables. */
  void record(String taskKey, String taskId, String caseId, Map<String, Object> variables) {
    taskCompleted(taskKey, taskId, caseId, variables::get);
  }
}
