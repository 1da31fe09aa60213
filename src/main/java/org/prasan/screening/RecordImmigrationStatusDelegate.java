package org.prasan.screening;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Immigration's status of the person, from its system or its officer. */
@Component
public class RecordImmigrationStatusDelegate implements JavaDelegate {

  private final PersonRecords records;

  public RecordImmigrationStatusDelegate(PersonRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    records.immigrationStatus((String) execution.getVariable(PersonScreeningProcess.VAR_PERSON_REF),
        execution.getVariable(PersonScreeningProcess.VAR_IMMIGRATION_STATUS));
  }
}
