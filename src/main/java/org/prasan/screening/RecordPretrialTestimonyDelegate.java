package org.prasan.screening;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A foreign victim's testimony before the charge, or the prosecutor's reason for none. */
@Component
public class RecordPretrialTestimonyDelegate implements JavaDelegate {

  private final PersonRecords records;

  public RecordPretrialTestimonyDelegate(PersonRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    records.pretrialTestimony(
        (String) execution.getVariable(PersonScreeningProcess.VAR_PERSON_REF),
        execution.getVariable(PersonScreeningProcess.VAR_PRETRIAL_TESTIMONY_OUTCOME),
        execution.getVariable(PersonScreeningProcess.VAR_TESTIMONY_TAKEN_AT),
        execution.getVariable(PersonScreeningProcess.VAR_PRETRIAL_TESTIMONY_REASON));
  }
}
