package org.prasan.screening;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** What was done when the s.29 hold ended before screening finished. */
@Component
public class RecordHoldEndedDelegate implements JavaDelegate {

  private final PersonRecords records;

  public RecordHoldEndedDelegate(PersonRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    records.holdEnded((String) execution.getVariable(PersonScreeningProcess.VAR_PERSON_REF),
        execution.getVariable(PersonScreeningProcess.VAR_HOLD_END_ACTION));
  }
}
