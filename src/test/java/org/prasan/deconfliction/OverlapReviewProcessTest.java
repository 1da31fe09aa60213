package org.prasan.deconfliction;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.prasan.deconfliction.OverlapReviewProcess.TASK_REVIEW_OVERLAP;
import static org.prasan.deconfliction.OverlapReviewProcess.VAR_MERGE_DIRECTION;
import static org.prasan.deconfliction.OverlapReviewProcess.VAR_OVERLAP_DECISION;
import static org.prasan.deconfliction.OverlapReviewProcess.VAR_OVERLAP_REASON;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
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

@Deployment(resources = {"processes/overlap-review.bpmn", "forms/review-overlap.form"})
@Tag("mariadb")
class OverlapReviewProcessTest {

  static final String CASE_ID = "TIP-2026-000202";
  static final String OTHER_CASE_ID = "TIP-2026-000017";

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
    register(OverlapReviewProcess.DELEGATE_LINK_CASES, "link");
    register(OverlapReviewProcess.DELEGATE_MERGE_CASES, "merge");
    register(OverlapReviewProcess.DELEGATE_DISMISS_OVERLAP, "dismiss");
  }

  private void register(String bean, String name) {
    Mocks.register(bean, (JavaDelegate) execution -> calls.add(name + ":"
        + execution.getVariable(VAR_OVERLAP_REASON)));
  }

  @Test
  void givesOnePossibleOverlapTaskToBothLeadAgenciesAndTheCoordinators() throws IOException {
    ProcessInstance review = startReview();

    assertThat(review).isWaitingAt(TASK_REVIEW_OVERLAP);
    assertThat(task(review)).hasName("Possible overlap with " + OTHER_CASE_ID)
        .hasCandidateGroup("coordinator").hasCandidateGroup("rtp-atpd")
        .hasCandidateGroup("rtp-ticac");
    Assertions.assertThat(deployedFormIdOf(task(review)))
        .isEqualTo(OverlapReviewProcess.FORM_REVIEW_OVERLAP);
    Assertions.assertThat(task(review).getDueDate()).isNotNull();
  }

  @Test
  void linksTheCasesWhenTheyAreRelated() {
    ProcessInstance review = startReview();

    complete(task(review), withVariables(VAR_OVERLAP_DECISION, OverlapReviewProcess.LINK,
        VAR_OVERLAP_REASON, "Same recruiter, different victims"));

    assertThat(review).isEnded().hasPassed(OverlapReviewProcess.END_CASES_LINKED);
    Assertions.assertThat(calls).containsExactly("link:Same recruiter, different victims");
  }

  @Test
  void mergesTheCasesWhenTheyAreTheSameMatter() {
    ProcessInstance review = startReview();

    complete(task(review), withVariables(VAR_OVERLAP_DECISION, OverlapReviewProcess.MERGE,
        VAR_MERGE_DIRECTION, OverlapReviewProcess.KEEP_OTHER_CASE,
        VAR_OVERLAP_REASON, "Second report of the same karaoke bar"));

    assertThat(review).isEnded().hasPassed(OverlapReviewProcess.END_CASES_MERGED);
    Assertions.assertThat(calls).containsExactly("merge:Second report of the same karaoke bar");
  }

  @Test
  void dismissesTheOverlapWithTheReviewersReason() {
    ProcessInstance review = startReview();

    complete(task(review), withVariables(VAR_OVERLAP_DECISION, OverlapReviewProcess.DISMISS,
        VAR_OVERLAP_REASON, "Shared number is a public hotline"));

    assertThat(review).isEnded().hasPassed(OverlapReviewProcess.END_OVERLAP_DISMISSED);
    Assertions.assertThat(calls).containsExactly("dismiss:Shared number is a public hotline");
  }

  private static ProcessInstance startReview() {
    return runtimeService().startProcessInstanceByKey(OverlapReviewProcess.PROCESS_KEY, CASE_ID,
        Map.of(OverlapReviewProcess.VAR_CASE_ID, CASE_ID,
            OverlapReviewProcess.VAR_OTHER_CASE_ID, OTHER_CASE_ID,
            OverlapReviewProcess.VAR_OVERLAP_ID, 3L,
            OverlapReviewProcess.VAR_MATCHED_IDENTIFIERS, "PHONE +66812345678",
            OverlapReviewProcess.VAR_LEAD_AGENCY, "rtp-atpd",
            OverlapReviewProcess.VAR_OTHER_LEAD_AGENCY, "rtp-ticac"));
  }

  private static String deployedFormIdOf(Task task) throws IOException {
    try (InputStream form = formService().getDeployedTaskForm(task.getId())) {
      return new ObjectMapper().readTree(form).get("id").asText();
    }
  }
}
