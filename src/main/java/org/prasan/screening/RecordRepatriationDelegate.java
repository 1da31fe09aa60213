package org.prasan.screening;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A foreign victim's return, as their home government arranged it. */
@Component
public class RecordRepatriationDelegate implements JavaDelegate {

  private final PersonRecords records;

  public RecordRepatriationDelegate(PersonRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    records.repatriated(
        (String) execution.getVariable(PersonScreeningProcess.VAR_PERSON_REF),
        execution.getVariable(PersonScreeningProcess.VAR_HOME_GOVERNMENT_ARRANGED_AT),
        execution.getVariable(PersonScreeningProcess.VAR_HOME_GOVERNMENT_ARRANGED_BY),
        execution.getVariable(PersonScreeningProcess.VAR_REPATRIATED_AT));
  }
}
