package org.prasan.claims;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.prasan.claims.ClaimResolutionProcess.TASK_CONFIRM_LEAD_CLAIM;
import static org.prasan.claims.ClaimResolutionProcess.TASK_RESOLVE_OVERLAPPING_CLAIM;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.prasan.ProcessTestEngine;

@Deployment(resources = {"processes/claim-resolution.bpmn", "forms/confirm-lead-claim.form",
    "forms/resolve-overlapping-claim.form"})
@Tag("mariadb")
class ClaimResolutionProcessTest {

  static final String CASE_ID = "TIP-2026-000101";

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTestEngine.extension();

  private final List<String> calls = new ArrayList<>();

  @AfterEach
  void resetMocks() {
    Mocks.reset();
  }

  @BeforeEach
  void registerBeans() {
    ProcessTestEngine.registerStandardBeans();
    register(ClaimResolutionProcess.DELEGATE_GRANT_LEAD_CLAIM, "grant");
    register(ClaimResolutionProcess.DELEGATE_DECLINE_LEAD_CLAIM, "decline");
    register(ClaimResolutionProcess.DELEGATE_RECORD_CLAIM_DECISION, "decide");
  }

  private void register(String bean, String name) {
    Mocks.register(bean, (JavaDelegate) execution -> calls.add(name + ":"
        + execution.getVariable(ClaimResolutionProcess.VAR_CLAIM_LEAD_AGENCY) + ":"
        + execution.getVariable(ClaimResolutionProcess.VAR_CLAIM_DECISION_REASON)));
  }

  @Test
  void asksTheCoordinatorToConfirmASingleClaimOnACaseWithoutALeadWithin48Hours()
      throws IOException {
    ProcessInstance resolution = startByMessage(ClaimResolutionProcess.MESSAGE_LEAD_CLAIMED);

    assertThat(resolution).isWaitingAt(TASK_CONFIRM_LEAD_CLAIM);
    assertThat(task(resolution)).hasCandidateGroup("coordinator").hasName("Confirm lead claim");
    Assertions.assertThat(deployedFormIdOf(task(resolution)))
        .isEqualTo(ClaimResolutionProcess.FORM_CONFIRM_LEAD_CLAIM);
    Assertions.assertThat(task(resolution).getDueDate().toInstant()).isCloseTo(
        ClockUtil.getCurrentTime().toInstant().plus(ProcessTestEngine.TEST_SERVICE_LEVEL),
        Assertions.within(1, ChronoUnit.SECONDS));
  }

  @Test
  void grantsTheLeadWhenTheCoordinatorConfirmsTheClaim() {
    ProcessInstance resolution = startByMessage(ClaimResolutionProcess.MESSAGE_LEAD_CLAIMED);

    complete(task(resolution), withVariables(
        ClaimResolutionProcess.VAR_CLAIM_CONFIRMATION, ClaimResolutionProcess.CONFIRM,
        ClaimResolutionProcess.VAR_CLAIM_DECISION_REASON, "Online child exploitation: TICAC"));

    assertThat(resolution).isEnded().hasPassed(ClaimResolutionProcess.END_LEAD_CLAIM_GRANTED);
    Assertions.assertThat(calls).containsExactly("grant:rtp-ticac:Online child exploitation: TICAC");
  }

  @Test
  void declinesTheClaimWhenTheCoordinatorDeclinesIt() {
    ProcessInstance resolution = startByMessage(ClaimResolutionProcess.MESSAGE_LEAD_CLAIMED);

    complete(task(resolution), withVariables(
        ClaimResolutionProcess.VAR_CLAIM_CONFIRMATION, ClaimResolutionProcess.DECLINE,
        ClaimResolutionProcess.VAR_CLAIM_DECISION_REASON, "Triage not finished yet"));

    assertThat(resolution).isEnded().hasPassed(ClaimResolutionProcess.END_LEAD_CLAIM_DECLINED);
    Assertions.assertThat(calls).containsExactly("decline:rtp-ticac:Triage not finished yet");
  }

  @Test
  void turnsThePendingConfirmationIntoOneResolutionWhenAnotherAgencyClaims() throws IOException {
    ProcessInstance resolution = startByMessage(ClaimResolutionProcess.MESSAGE_LEAD_CLAIMED);

    runtimeService().createMessageCorrelation(ClaimResolutionProcess.MESSAGE_CLAIM_ADDED)
        .processInstanceId(resolution.getId())
        .setVariable(ClaimResolutionProcess.VAR_OPEN_CLAIMS, "rtp-ticac: ...\nrtp-atpd: ...")
        .correlate();

    assertThat(resolution).isWaitingAt(TASK_RESOLVE_OVERLAPPING_CLAIM)
        .isNotWaitingAt(TASK_CONFIRM_LEAD_CLAIM);
    assertThat(task(resolution)).hasCandidateGroup("coordinator")
        .hasName("Resolve overlapping claim");
    Assertions.assertThat(deployedFormIdOf(task(resolution)))
        .isEqualTo(ClaimResolutionProcess.FORM_RESOLVE_OVERLAPPING_CLAIM);
  }

  @Test
  void recordsTheCoordinatorsDecisionBetweenOverlappingClaimsOnALedCase() {
    ProcessInstance resolution = startByMessage(ClaimResolutionProcess.MESSAGE_CLAIMS_OVERLAP);
    assertThat(resolution).isWaitingAt(TASK_RESOLVE_OVERLAPPING_CLAIM);

    complete(task(resolution), withVariables(
        ClaimResolutionProcess.VAR_CLAIM_LEAD_AGENCY, "rtp-atpd",
        ClaimResolutionProcess.VAR_CLAIM_SUPPORTING_AGENCIES, "msdhs",
        ClaimResolutionProcess.VAR_CLAIM_DECISION_REASON, "ATPD holds the arrested suspects"));

    assertThat(resolution).isEnded().hasPassed(ClaimResolutionProcess.END_CLAIMS_RESOLVED);
    Assertions.assertThat(calls).containsExactly("decide:rtp-atpd:ATPD holds the arrested suspects");
  }

  private static ProcessInstance startByMessage(String message) {
    return runtimeService().startProcessInstanceByMessage(message, CASE_ID, Map.of(
        ClaimResolutionProcess.VAR_CASE_ID, CASE_ID,
        ClaimResolutionProcess.VAR_CLAIM_RESOLUTION_ID, 7L,
        ClaimResolutionProcess.VAR_CLAIMANT_AGENCY, "rtp-ticac",
        ClaimResolutionProcess.VAR_CLAIM_LEAD_AGENCY, "rtp-ticac",
        ClaimResolutionProcess.VAR_CURRENT_LEAD_AGENCY, "",
        ClaimResolutionProcess.VAR_OPEN_CLAIMS, "rtp-ticac (rtp-ticac.officer): NCMEC report"));
  }

  private static String deployedFormIdOf(Task task) throws IOException {
    try (InputStream form = formService().getDeployedTaskForm(task.getId())) {
      return new ObjectMapper().readTree(form).get("id").asText();
    }
  }
}
