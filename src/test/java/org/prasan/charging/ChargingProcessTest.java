package org.prasan.charging;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.prasan.charging.ChargingProcess.APPROVE;
import static org.prasan.charging.ChargingProcess.END_CHARGING_APPROVED;
import static org.prasan.charging.ChargingProcess.END_NOT_PROSECUTED;
import static org.prasan.charging.ChargingProcess.NO;
import static org.prasan.charging.ChargingProcess.NOT_PROSECUTE;
import static org.prasan.charging.ChargingProcess.RETURN_FOR_EVIDENCE;
import static org.prasan.charging.ChargingProcess.TASK_APPROVE_CHARGING;
import static org.prasan.charging.ChargingProcess.TASK_GATHER_ADDITIONAL_EVIDENCE;
import static org.prasan.charging.ChargingProcess.TASK_PREPARE_COMPENSATION_CLAIM;
import static org.prasan.charging.ChargingProcess.TASK_SUBMIT_CASE_FILE;
import static org.prasan.charging.ChargingProcess.VAR_ADDITIONAL_EVIDENCE_SUMMARY;
import static org.prasan.charging.ChargingProcess.VAR_CASE_FILE_SUMMARY;
import static org.prasan.charging.ChargingProcess.VAR_CHARGES_APPROVED;
import static org.prasan.charging.ChargingProcess.VAR_CHARGING_DECISION;
import static org.prasan.charging.ChargingProcess.VAR_COMPENSATION_AMOUNT_CLAIMED;
import static org.prasan.charging.ChargingProcess.VAR_COMPENSATION_CLAIM_BASIS;
import static org.prasan.charging.ChargingProcess.VAR_COMPENSATION_CLAIM_REQUESTED;
import static org.prasan.charging.ChargingProcess.VAR_NON_PROSECUTION_REASON;
import static org.prasan.charging.ChargingProcess.VAR_RETURN_REASON;
import static org.prasan.charging.ChargingProcess.VAR_SUSPECT_DETAINED;
import static org.prasan.charging.ChargingProcess.YES;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.prasan.ProcessTestEngine;
import org.prasan.evidence.DigitalEvidenceProcess;
import org.prasan.casefile.JointCaseProcess;

@Deployment(resources = {"processes/charging.bpmn", "forms/submit-case-file.form",
    "forms/approve-charging.form", "forms/gather-additional-evidence.form",
    "forms/prepare-compensation-claim.form"})
@Tag("mariadb")
class ChargingProcessTest {

  private static final String CASE_ID = "TIP-2026-000042";

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTestEngine.extension();

  @BeforeEach
  void registerBeans() {
    ProcessTestEngine.registerStandardBeans();
    Mocks.register("clearChargingDecisionDelegate", new ClearChargingDecisionDelegate());
    Mocks.register(DigitalEvidenceProcess.DELEGATE_VERIFY_EVIDENCE, (JavaDelegate) execution -> {
      execution.setVariable(DigitalEvidenceProcess.VAR_EVIDENCE_INTACT, brokenExhibits.isEmpty());
      execution.setVariable(DigitalEvidenceProcess.VAR_BROKEN_EXHIBITS, brokenExhibits);
      execution.setVariable(DigitalEvidenceProcess.VAR_EXHIBIT_COUNT, 3);
    });
  }

  /** What the evidence registry finds when the case file comes in; intact unless set. */
  private String brokenExhibits = "";

  @Test
  void putsABrokenChainOfCustodyBeforeTheProsecutorBeforeTheDecision() {
    brokenExhibits = "EX-2026-000017";
    ProcessInstance charging = startCharging("rtp-atpd", Map.of());

    submitCaseFile(charging, NO);

    assertThat(charging).hasPassed(ChargingProcess.SERVICE_TASK_VERIFY_EVIDENCE)
        .isWaitingAt(TASK_APPROVE_CHARGING).variables()
        .containsEntry(DigitalEvidenceProcess.VAR_EVIDENCE_INTACT, false)
        .containsEntry(DigitalEvidenceProcess.VAR_BROKEN_EXHIBITS, "EX-2026-000017");
  }

  @Test
  void givesEachTaskToItsAgencyWithItsFormAndServiceLevel() throws IOException {
    ProcessInstance charging = startCharging("dsi", Map.of());

    assertAssigned(charging, TASK_SUBMIT_CASE_FILE, "dsi", ChargingProcess.FORM_SUBMIT_CASE_FILE);
    submitCaseFile(charging, YES);
    assertAssigned(charging, TASK_APPROVE_CHARGING, "oag-tip", ChargingProcess.FORM_APPROVE_CHARGING);
    returnForEvidence(charging, "Statements of the two recruiters are missing");
    assertAssigned(charging, TASK_GATHER_ADDITIONAL_EVIDENCE, "dsi",
        ChargingProcess.FORM_GATHER_ADDITIONAL_EVIDENCE);
    gatherAdditionalEvidence(charging);
    assertAssigned(charging, TASK_SUBMIT_CASE_FILE, "dsi", ChargingProcess.FORM_SUBMIT_CASE_FILE);
    submitCaseFile(charging, YES);
    approve(charging);
    assertAssigned(charging, TASK_PREPARE_COMPENSATION_CLAIM, "oag-tip",
        ChargingProcess.FORM_PREPARE_COMPENSATION_CLAIM);
  }

  @Test
  void chargesWithoutAClaimWhenTheProsecutorApprovesAndNoCompensationIsRequested() {
    ProcessInstance charging = startCharging("rtp-atpd", Map.of());

    submitCaseFile(charging, NO);
    approve(charging);

    assertThat(charging).isEnded().hasPassed(TASK_APPROVE_CHARGING, END_CHARGING_APPROVED)
        .hasNotPassed(TASK_PREPARE_COMPENSATION_CLAIM)
        .variables().containsEntry(VAR_CHARGING_DECISION, APPROVE)
        .containsEntry(VAR_CHARGES_APPROVED, "Anti-TIP Act s.6, s.52: two counts");
  }

  @Test
  void preparesTheCompensationClaimAfterApprovalWhenTheVictimAsksForIt() {
    ProcessInstance charging = startCharging("rtp-atpd", Map.of());

    submitCaseFile(charging, YES);
    approve(charging);
    assertThat(charging).isWaitingAt(TASK_PREPARE_COMPENSATION_CLAIM);
    complete(task(charging), withVariables(VAR_COMPENSATION_AMOUNT_CLAIMED, 185000.0,
        VAR_COMPENSATION_CLAIM_BASIS, "Eleven months of unpaid wages and medical costs"));

    assertThat(charging).isEnded().hasPassed(END_CHARGING_APPROVED)
        .variables().containsEntry(VAR_CHARGING_DECISION, APPROVE)
        .containsEntry(VAR_COMPENSATION_AMOUNT_CLAIMED, 185000.0);
  }

  @Test
  void preparesTheSection35ClaimWhenTheVictimAskedForCompensationAtFirstContact() {
    ProcessInstance charging = startCharging("rtp-atpd",
        Map.of("victimWantsCompensation", YES));

    // The case file says no, but the victim's answer under s.34 is what counts.
    submitCaseFile(charging, NO);
    approve(charging);

    assertThat(charging).isWaitingAt(TASK_PREPARE_COMPENSATION_CLAIM);
  }

  @Test
  void returnsTheCaseFileToTheInvestigatorWhenTheProsecutorAsksForEvidence() {
    ProcessInstance charging = startCharging("dsi", Map.of());

    submitCaseFile(charging, NO);
    returnForEvidence(charging, "Bank records of the broker are missing");
    assertThat(charging).isWaitingAt(TASK_GATHER_ADDITIONAL_EVIDENCE);
    gatherAdditionalEvidence(charging);
    assertThat(charging).isWaitingAt(TASK_SUBMIT_CASE_FILE);
    submitCaseFile(charging, NO);
    assertThat(charging).isWaitingAt(TASK_APPROVE_CHARGING)
        .variables().doesNotContainKey(VAR_CHARGING_DECISION);
    approve(charging);

    assertThat(charging).isEnded().hasPassed(END_CHARGING_APPROVED);
    Assertions.assertThat(roundsOf(charging, TASK_SUBMIT_CASE_FILE)).isEqualTo(2);
    Assertions.assertThat(roundsOf(charging, TASK_APPROVE_CHARGING)).isEqualTo(2);
    Assertions.assertThat(roundsOf(charging, TASK_GATHER_ADDITIONAL_EVIDENCE)).isEqualTo(1);
  }

  @Test
  void endsNotProsecutedWithTheProsecutorsReason() {
    ProcessInstance charging = startCharging("rtp-ticac", Map.of());

    submitCaseFile(charging, YES);
    complete(task(charging), withVariables(VAR_CHARGING_DECISION, NOT_PROSECUTE,
        VAR_NON_PROSECUTION_REASON, "The only witness withdrew and no other evidence exists"));

    assertThat(charging).isEnded().hasPassed(END_NOT_PROSECUTED)
        .hasNotPassed(END_CHARGING_APPROVED, TASK_PREPARE_COMPENSATION_CLAIM)
        .variables().containsEntry(VAR_CHARGING_DECISION, NOT_PROSECUTE)
        .containsEntry(VAR_NON_PROSECUTION_REASON,
            "The only witness withdrew and no other evidence exists");
  }

  @Test
  void cannotReachApprovalWithoutTheProsecutorApprovingInTheApprovalTask() {
    // An APPROVE carried in from the case (in variables="all") must count for nothing.
    ProcessInstance charging = startCharging("rtp-atpd", Map.of(VAR_CHARGING_DECISION, APPROVE));

    assertThat(charging).isWaitingAt(TASK_SUBMIT_CASE_FILE);
    submitCaseFile(charging, NO);
    assertThat(charging).isWaitingAt(TASK_APPROVE_CHARGING)
        .variables().doesNotContainKey(VAR_CHARGING_DECISION);

    Task approval = task(charging);
    assertThatThrownBy(() -> complete(approval))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining(VAR_CHARGING_DECISION);
    assertThat(charging).isNotEnded().isWaitingAt(TASK_APPROVE_CHARGING)
        .hasNotPassed(END_CHARGING_APPROVED);
  }

  private static void submitCaseFile(ProcessInstance charging, String compensationRequested) {
    assertThat(charging).isWaitingAt(TASK_SUBMIT_CASE_FILE);
    complete(task(charging), withVariables(
        VAR_CASE_FILE_SUMMARY, "Victim V-07 recruited online, held at a Samut Sakhon fishery",
        VAR_SUSPECT_DETAINED, YES,
        VAR_COMPENSATION_CLAIM_REQUESTED, compensationRequested));
  }

  private static void approve(ProcessInstance charging) {
    assertThat(charging).isWaitingAt(TASK_APPROVE_CHARGING);
    complete(task(charging), withVariables(VAR_CHARGING_DECISION, APPROVE,
        VAR_CHARGES_APPROVED, "Anti-TIP Act s.6, s.52: two counts"));
  }

  private static void returnForEvidence(ProcessInstance charging, String reason) {
    assertThat(charging).isWaitingAt(TASK_APPROVE_CHARGING);
    complete(task(charging), withVariables(VAR_CHARGING_DECISION, RETURN_FOR_EVIDENCE,
        VAR_RETURN_REASON, reason));
  }

  private static void gatherAdditionalEvidence(ProcessInstance charging) {
    complete(task(charging), withVariables(VAR_ADDITIONAL_EVIDENCE_SUMMARY,
        "Bank statements obtained through AMLO; two recruiters' statements taken"));
  }

  private static void assertAssigned(ProcessInstance charging, String taskId, String group,
      String formId) throws IOException {
    assertThat(charging).isWaitingAt(taskId);
    Task task = task(charging);
    assertThat(task).hasCandidateGroup(group);
    Assertions.assertThat(deployedFormIdOf(task)).isEqualTo(formId);
    Assertions.assertThat(task.getDueDate().toInstant()).isCloseTo(
        ClockUtil.getCurrentTime().toInstant().plus(ProcessTestEngine.TEST_SERVICE_LEVEL),
        within(1, ChronoUnit.SECONDS));
  }

  private static long roundsOf(ProcessInstance charging, String taskId) {
    return historyService().createHistoricActivityInstanceQuery()
        .processInstanceId(charging.getId()).activityId(taskId).count();
  }

  private static String deployedFormIdOf(Task task) throws IOException {
    try (InputStream form = formService().getDeployedTaskForm(task.getId())) {
      return new ObjectMapper().readTree(form).get("id").asText();
    }
  }

  private static ProcessInstance startCharging(String leadAgency, Map<String, Object> carriedIn) {
    Map<String, Object> variables = new HashMap<>(carriedIn);
    variables.put(JointCaseProcess.VAR_CASE_ID, CASE_ID);
    variables.put(JointCaseProcess.VAR_LEAD_AGENCY, leadAgency);
    return runtimeService().startProcessInstanceByKey(ChargingProcess.PROCESS_KEY, CASE_ID,
        variables);
  }
}
