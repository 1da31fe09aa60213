package org.prasan.claims;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.prasan.claims.DsiSpecialCaseProcess.TASK_RECORD_BOARD_DECISION;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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

@Deployment(resources = {"processes/dsi-special-case.bpmn", "forms/record-board-decision.form"})
@Tag("mariadb")
class DsiSpecialCaseProcessTest {

  static final String CASE_ID = "TIP-2026-000303";

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
    Mocks.register(DsiSpecialCaseProcess.DELEGATE_CHECK_BOARD_VOTE, new CheckBoardVoteDelegate());
    Mocks.register(DsiSpecialCaseProcess.DELEGATE_TRANSFER_LEAD_TO_DSI,
        (JavaDelegate) execution -> calls.add("transfer:" + BoardVotes.of(execution)));
    Mocks.register(DsiSpecialCaseProcess.DELEGATE_RECORD_REJECTION,
        (JavaDelegate) execution -> calls.add("reject:" + BoardVotes.of(execution)));
  }

  @Test
  void givesDsiTheTaskOfRecordingTheBoardsDecision() throws IOException {
    ProcessInstance request = startRequest();

    assertThat(request).isWaitingAt(TASK_RECORD_BOARD_DECISION);
    assertThat(task(request)).hasCandidateGroup("dsi");
    Assertions.assertThat(deployedFormIdOf(task(request)))
        .isEqualTo(DsiSpecialCaseProcess.FORM_RECORD_BOARD_DECISION);
    Assertions.assertThat(task(request).getDueDate()).isNotNull();
  }

  @Test
  void transfersTheLeadWhenTwoThirdsOfTheBoardsMembersAccept() {
    ProcessInstance request = startRequest();

    complete(task(request), boardDecision(DsiSpecialCaseProcess.ACCEPTED, 15, 10, 3, 1));

    assertThat(request).isEnded().hasPassed(DsiSpecialCaseProcess.END_SPECIAL_CASE_ACCEPTED);
    Assertions.assertThat(calls).containsExactly("transfer:" + new BoardVote(15, 10, 3, 1));
  }

  @Test
  void recordsTheRefusalWhenFewerThanTwoThirdsAccept() {
    ProcessInstance request = startRequest();

    complete(task(request), boardDecision(DsiSpecialCaseProcess.REJECTED, 15, 9, 6, 0));

    assertThat(request).isEnded().hasPassed(DsiSpecialCaseProcess.END_SPECIAL_CASE_REJECTED);
    Assertions.assertThat(calls).containsExactly("reject:" + new BoardVote(15, 9, 6, 0));
  }

  @Test
  void refusesAnAcceptanceShortOfTwoThirdsOfTheMembersAndKeepsTheTaskOpen() {
    ProcessInstance request = startRequest();
    Task boardTask = task(request);

    Assertions.assertThatThrownBy(() -> complete(boardTask,
            boardDecision(DsiSpecialCaseProcess.ACCEPTED, 15, 9, 0, 0)))
        .hasMessageContaining("less than two thirds");

    assertThat(request).isWaitingAt(TASK_RECORD_BOARD_DECISION);
    Assertions.assertThat(calls).isEmpty();
  }

  private static Map<String, Object> boardDecision(String resolution, int members, int votesFor,
                                                   int against, int abstained) {
    Map<String, Object> answers = new HashMap<>();
    answers.put(DsiSpecialCaseProcess.VAR_BOARD_RESOLUTION, resolution);
    answers.put(DsiSpecialCaseProcess.VAR_BOARD_MEMBERS, members);
    answers.put(DsiSpecialCaseProcess.VAR_BOARD_VOTES_FOR, votesFor);
    answers.put(DsiSpecialCaseProcess.VAR_BOARD_VOTES_AGAINST, against);
    answers.put(DsiSpecialCaseProcess.VAR_BOARD_VOTES_ABSTAINED, abstained);
    answers.put(DsiSpecialCaseProcess.VAR_BOARD_RESOLUTION_REF, "BSC 12/2569");
    answers.put(DsiSpecialCaseProcess.VAR_BOARD_DECIDED_AT, new Date());
    return answers;
  }

  private static ProcessInstance startRequest() {
    return runtimeService().startProcessInstanceByKey(DsiSpecialCaseProcess.PROCESS_KEY, CASE_ID,
        Map.of(DsiSpecialCaseProcess.VAR_CASE_ID, CASE_ID,
            DsiSpecialCaseProcess.VAR_SPECIAL_CASE_REQUEST_ID, 5L,
            DsiSpecialCaseProcess.VAR_SPECIAL_CASE_GROUNDS, "Network recruits in three countries",
            DsiSpecialCaseProcess.VAR_CURRENT_LEAD_AGENCY, "rtp-atpd"));
  }

  private static String deployedFormIdOf(Task task) throws IOException {
    try (InputStream form = formService().getDeployedTaskForm(task.getId())) {
      return new ObjectMapper().readTree(form).get("id").asText();
    }
  }
}
