package org.prasan.screening;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The police warrant check of the person, from its system or its officer. */
@Component
public class RecordWarrantCheckDelegate implements JavaDelegate {

  private final PersonRecords records;

  public RecordWarrantCheckDelegate(PersonRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    records.warrantCheck((String) execution.getVariable(PersonScreeningProcess.VAR_PERSON_REF),
        execution.getVariable(PersonScreeningProcess.VAR_WARRANT_HIT),
        execution.getVariable(PersonScreeningProcess.VAR_WARRANT_REFERENCE));
  }
}
