package org.prasan.intake;

import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.prasan.intake.TipTriageProcess.END_NO_TRAFFICKING;
import static org.prasan.intake.TipTriageProcess.END_OTHER_OFFENCE;
import static org.prasan.intake.TipTriageProcess.END_TRAFFICKING_SUSPECTED;
import static org.prasan.intake.TipTriageProcess.TASK_TRIAGE_TIP;
import static org.prasan.intake.TipTriageProcess.VAR_TRIAGE_NOTES;
import static org.prasan.intake.TipTriageProcess.VAR_TRIAGE_OUTCOME;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.prasan.ProcessTestEngine;
import org.prasan.casefile.JointCaseProcess;

@Deployment(resources = {"processes/tip-triage.bpmn", "forms/triage-tip.form"})
@Tag("mariadb")
class TipTriageProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTestEngine.extension();

  @BeforeEach
  void registerBeans() {
    ProcessTestEngine.registerStandardBeans();
  }

  @Test
  void givesTheTriageTaskToTheAgencyOfTheTipsSourceWithItsFormAndServiceLevel() throws IOException {
    ProcessInstance triage = startTriage("rtp-ticac");

    assertThat(triage).isWaitingAt(TASK_TRIAGE_TIP);
    assertThat(task(triage)).hasCandidateGroup("rtp-ticac");
    Assertions.assertThat(deployedFormIdOf(task(triage))).isEqualTo(TipTriageProcess.FORM_TRIAGE_TIP);
    Assertions.assertThat(task(triage).getDueDate().toInstant()).isCloseTo(
        ClockUtil.getCurrentTime().toInstant().plus(ProcessTestEngine.TEST_SERVICE_LEVEL),
        within(1, ChronoUnit.SECONDS));
  }

  @Test
  void endsAsSuspectedTraffickingWhenTheOfficerSuspectsIt() {
    ProcessInstance triage = startTriage("rtp-atpd");

    complete(task(triage), withVariables(VAR_TRIAGE_OUTCOME, TipTriageProcess.TRAFFICKING_SUSPECTED,
        VAR_TRIAGE_NOTES, "Recruiter's phone matches the hotline report"));

    assertThat(triage).isEnded().hasPassed(END_TRAFFICKING_SUSPECTED);
  }

  @Test
  void endsAsAnotherOffenceWithTheOfficersReason() {
    ProcessInstance triage = startTriage("rtp-atpd");

    complete(task(triage), withVariables(VAR_TRIAGE_OUTCOME, TipTriageProcess.OTHER_OFFENCE,
        VAR_TRIAGE_NOTES, "Fraud, no exploitation",
        JointCaseProcess.VAR_CLOSURE_REASON, "Referred to the local station as fraud"));

    assertThat(triage).isEnded().hasPassed(END_OTHER_OFFENCE)
        .variables().containsEntry(JointCaseProcess.VAR_CLOSURE_REASON,
            "Referred to the local station as fraud");
  }

  @Test
  void endsAsNoTraffickingWithTheOfficersReason() {
    ProcessInstance triage = startTriage("mol-dlpw");

    complete(task(triage), withVariables(VAR_TRIAGE_OUTCOME, TipTriageProcess.NO_TRAFFICKING,
        VAR_TRIAGE_NOTES, "Inspection found lawful contracts",
        JointCaseProcess.VAR_CLOSURE_REASON, "Workers hold valid contracts and documents"));

    assertThat(triage).isEnded().hasPassed(END_NO_TRAFFICKING);
  }

  private static String deployedFormIdOf(Task task) throws IOException {
    try (InputStream form = formService().getDeployedTaskForm(task.getId())) {
      return new ObjectMapper().readTree(form).get("id").asText();
    }
  }

  private static ProcessInstance startTriage(String triageAgency) {
    return runtimeService().startProcessInstanceByKey(TipTriageProcess.PROCESS_KEY,
        "TIP-2026-000001", Map.of(JointCaseProcess.VAR_CASE_ID, "TIP-2026-000001",
            JointCaseProcess.VAR_TRIAGE_AGENCY, triageAgency));
  }
}
