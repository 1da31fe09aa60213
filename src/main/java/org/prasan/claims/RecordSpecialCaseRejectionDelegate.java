package org.prasan.claims;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the Board's refusal to take a case, and tells DSI. */
@Component
public class RecordSpecialCaseRejectionDelegate implements JavaDelegate {

  private final SpecialCaseService specialCases;

  public RecordSpecialCaseRejectionDelegate(SpecialCaseService specialCases) {
    this.specialCases = specialCases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    specialCases.reject(
        ProcessVariables.longOf(execution, DsiSpecialCaseProcess.VAR_SPECIAL_CASE_REQUEST_ID),
        BoardVotes.of(execution),
        ProcessVariables.stringOf(execution, DsiSpecialCaseProcess.VAR_BOARD_RESOLUTION_REF));
  }
}
