package org.prasan.escalation;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.prasan.escalation.TaskEscalationProcess.END_DUE_DATE_EXTENDED;
import static org.prasan.escalation.TaskEscalationProcess.END_ESCALATION_CLOSED;
import static org.prasan.escalation.TaskEscalationProcess.END_HOLDER_REMINDED;
import static org.prasan.escalation.TaskEscalationProcess.END_TASK_REASSIGNED;
import static org.prasan.escalation.TaskEscalationProcess.EXTEND;
import static org.prasan.escalation.TaskEscalationProcess.REASSIGN;
import static org.prasan.escalation.TaskEscalationProcess.REMIND;
import static org.prasan.escalation.TaskEscalationProcess.SERVICE_TASK_TELL_COORDINATOR;
import static org.prasan.escalation.TaskEscalationProcess.SERVICE_TASK_TELL_SUPERVISORS;
import static org.prasan.escalation.TaskEscalationProcess.TASK_RESOLVE_OVERDUE_TASK;
import static org.prasan.escalation.TaskEscalationProcess.TASK_REVIEW_OVERDUE_TASK;
import static org.prasan.escalation.TaskEscalationProcess.TIMER_GRACE_OVER;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.prasan.FormSubmission;
import org.prasan.ProcessTestEngine;

@Deployment(resources = {"processes/task-escalation.bpmn", "forms/handle-overdue-task.form"})
class TaskEscalationProcessTest {

  private static final String CASE_ID = "TIP-2026-000099";
  private static final Instant NOW = Instant.parse("2026-03-03T03:00:00Z");
  private static final Instant GRACE_OVER = NOW.plus(Duration.ofDays(1));

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTestEngine.extension();

  /** What the delegates were asked to do, in order: "SUPERVISORS", "EXTEND", ... */
  private final List<String> done = new ArrayList<>();

  @BeforeEach
  void registerBeansAndFixTheClock() {
    ProcessTestEngine.registerStandardBeans();
    Mocks.register(TaskEscalationProcess.DELEGATE_RECORD_ESCALATION, (JavaDelegate) execution ->
        done.add(RecordEscalationDelegate.levelOf(execution)));
    Mocks.register(TaskEscalationProcess.DELEGATE_EXTEND, recording(EXTEND));
    Mocks.register(TaskEscalationProcess.DELEGATE_REASSIGN, recording(REASSIGN));
    Mocks.register(TaskEscalationProcess.DELEGATE_REMIND, recording(REMIND));
    ClockUtil.setCurrentTime(Date.from(NOW));
  }

  @AfterEach
  void resetTheClock() {
    ClockUtil.reset();
  }

  @Test
  void tellsTheSupervisorsAtOnceAndTheCoordinatorsWhenTheirGraceIsOver() throws IOException {
    ProcessInstance ladder = startLadder();

    assertThat(ladder).hasPassed(SERVICE_TASK_TELL_SUPERVISORS)
        .isWaitingAtExactly(TASK_REVIEW_OVERDUE_TASK, TIMER_GRACE_OVER);
    assertThat(task(TASK_REVIEW_OVERDUE_TASK, ladder)).hasName("Escalation: Triage tip overdue")
        .hasCandidateGroup("rtp-atpd-sup");
    Assertions.assertThat(job(TIMER_GRACE_OVER, ladder).getDuedate()).isEqualTo(GRACE_OVER);
    Assertions.assertThat(done).containsExactly("SUPERVISORS");

    execute(job(TIMER_GRACE_OVER, ladder));

    assertThat(ladder).hasPassed(SERVICE_TASK_TELL_COORDINATOR)
        .isWaitingAtExactly(TASK_REVIEW_OVERDUE_TASK, TASK_RESOLVE_OVERDUE_TASK);
    assertThat(task(TASK_RESOLVE_OVERDUE_TASK, ladder))
        .hasName("Escalation: Triage tip still overdue").hasCandidateGroup("coordinator");
    Assertions.assertThat(done).containsExactly("SUPERVISORS", "COORDINATOR");
  }

  @Test
  void endsTheWholeLadderWhenTheSupervisorsExtendTheDueDate() throws IOException {
    ProcessInstance ladder = startLadder();

    act(ladder, TASK_REVIEW_OVERDUE_TASK, "rtp-atpd-sup", Map.of(
        TaskEscalationProcess.VAR_ESCALATION_ACTION, EXTEND,
        TaskEscalationProcess.VAR_EXTENDED_DUE_AT, "2026-03-05T10:00+07:00",
        TaskEscalationProcess.VAR_EXTENSION_REASON, "The hotline caller calls back on Thursday"));

    assertThat(ladder).isEnded().hasPassed(END_DUE_DATE_EXTENDED)
        .hasNotPassed(SERVICE_TASK_TELL_COORDINATOR);
    Assertions.assertThat(done).containsExactly("SUPERVISORS", EXTEND);
  }

  @Test
  void stillTellsTheCoordinatorsAfterAReassignmentWhileTheTaskStaysLate() throws IOException {
    ProcessInstance ladder = startLadder();

    act(ladder, TASK_REVIEW_OVERDUE_TASK, "rtp-atpd-sup", Map.of(
        TaskEscalationProcess.VAR_ESCALATION_ACTION, REASSIGN,
        TaskEscalationProcess.VAR_REASSIGN_TO, "rtp-atpd.supervisor"));

    assertThat(ladder).hasPassed(END_TASK_REASSIGNED).isWaitingAtExactly(TIMER_GRACE_OVER);
    execute(job(TIMER_GRACE_OVER, ladder));
    assertThat(ladder).isWaitingAtExactly(TASK_RESOLVE_OVERDUE_TASK);
    Assertions.assertThat(done).containsExactly("SUPERVISORS", REASSIGN, "COORDINATOR");
  }

  @Test
  void remindsTheHolderAndLetsTheLadderClimbOn() throws IOException {
    ProcessInstance ladder = startLadder();

    act(ladder, TASK_REVIEW_OVERDUE_TASK, "rtp-atpd-sup", Map.of(
        TaskEscalationProcess.VAR_ESCALATION_ACTION, REMIND,
        TaskEscalationProcess.VAR_ESCALATION_NOTE, "Please call the NGO back today"));

    assertThat(ladder).hasPassed(END_HOLDER_REMINDED).isWaitingAtExactly(TIMER_GRACE_OVER);
    Assertions.assertThat(done).containsExactly("SUPERVISORS", REMIND);
  }

  @Test
  void letsTheCoordinatorsExtendTooWhichEndsTheLadder() throws IOException {
    ProcessInstance ladder = startLadder();
    execute(job(TIMER_GRACE_OVER, ladder));

    act(ladder, TASK_RESOLVE_OVERDUE_TASK, "coordinator", Map.of(
        TaskEscalationProcess.VAR_ESCALATION_ACTION, EXTEND,
        TaskEscalationProcess.VAR_EXTENDED_DUE_AT, "2026-03-06T10:00+07:00",
        TaskEscalationProcess.VAR_EXTENSION_REASON, "Agreed with the lead agency's commander"));

    assertThat(ladder).isEnded().hasPassed(END_DUE_DATE_EXTENDED);
  }

  @Test
  void closesEveryEscalationWhenTheOverdueTaskIsDone() {
    ProcessInstance ladder = startLadder();
    execute(job(TIMER_GRACE_OVER, ladder));

    runtimeService().createMessageCorrelation(TaskEscalationProcess.MESSAGE_OVERDUE_TASK_DONE)
        .processInstanceId(ladder.getId()).correlate();

    assertThat(ladder).isEnded().hasPassed(END_ESCALATION_CLOSED);
    Assertions.assertThat(done).containsExactly("SUPERVISORS", "COORDINATOR");
  }

  private static ProcessInstance startLadder() {
    return runtimeService().createProcessInstanceByKey(TaskEscalationProcess.PROCESS_KEY)
        .businessKey(CASE_ID)
        .setVariable(TaskEscalationProcess.VAR_CASE_ID, CASE_ID)
        .setVariable(TaskEscalationProcess.VAR_OVERDUE_TASK_ID, "task-1")
        .setVariable(TaskEscalationProcess.VAR_OVERDUE_TASK_KEY, "Task_TriageTip")
        .setVariable(TaskEscalationProcess.VAR_OVERDUE_TASK_NAME, "Triage tip")
        .setVariable(TaskEscalationProcess.VAR_OVERDUE_AGENCY, "rtp-atpd")
        .setVariable(TaskEscalationProcess.VAR_SUPERVISOR_GROUPS, "rtp-atpd-sup")
        .setVariable(TaskEscalationProcess.VAR_OVERDUE_HOLDER, "rtp-atpd.officer")
        .setVariable(TaskEscalationProcess.VAR_OVERDUE_DUE_AT, Date.from(NOW))
        .setVariable(TaskEscalationProcess.VAR_OVERDUE_DUE_AT_TEXT, "2026-03-03 10:00")
        .setVariable(TaskEscalationProcess.VAR_COORDINATOR_ESCALATION_AT, Date.from(GRACE_OVER))
        .setVariable(TaskEscalationProcess.VAR_AGENCY_OFFICERS, "rtp-atpd.officer")
        .execute();
  }

  private static void act(ProcessInstance ladder, String taskKey, String group,
                          Map<String, Object> answers) throws IOException {
    FormSubmission.submitForm(ladder, taskKey, group,
        TaskEscalationProcess.FORM_HANDLE_OVERDUE_TASK,
        NOW.plus(ProcessTestEngine.TEST_SERVICE_LEVEL), answers);
  }

  private JavaDelegate recording(String action) {
    return execution -> done.add(action);
  }
}
