package org.prasan.casefile;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Records how a case ended. Each end event of {@code joint-case} declares its outcome and the
 * reason as the input parameters {@code caseOutcome} and {@code caseClosureReason}.
 */
@Component
public class RecordCaseOutcomeDelegate implements ExecutionListener {

  private final CaseRecords records;

  public RecordCaseOutcomeDelegate(CaseRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object reason = execution.getVariableLocal(JointCaseProcess.VAR_CASE_CLOSURE_REASON);
    records.recordOutcome(execution.getProcessBusinessKey(),
        (String) execution.getVariableLocal(JointCaseProcess.VAR_CASE_OUTCOME),
        reason == null ? null : reason.toString());
  }
}
