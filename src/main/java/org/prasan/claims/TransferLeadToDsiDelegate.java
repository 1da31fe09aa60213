package org.prasan.claims;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Transfers the lead of an accepted special case to DSI and hands over the old lead's tasks. */
@Component
public class TransferLeadToDsiDelegate implements JavaDelegate {

  private final SpecialCaseService specialCases;

  public TransferLeadToDsiDelegate(SpecialCaseService specialCases) {
    this.specialCases = specialCases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    specialCases.accept(
        ProcessVariables.longOf(execution, DsiSpecialCaseProcess.VAR_SPECIAL_CASE_REQUEST_ID),
        BoardVotes.of(execution),
        ProcessVariables.stringOf(execution, DsiSpecialCaseProcess.VAR_BOARD_RESOLUTION_REF));
  }
}
