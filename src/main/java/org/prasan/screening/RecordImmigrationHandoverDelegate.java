package org.prasan.screening;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A person found not a victim: Immigration's procedure and when it took them over. */
@Component
public class RecordImmigrationHandoverDelegate implements JavaDelegate {

  private final PersonRecords records;

  public RecordImmigrationHandoverDelegate(PersonRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    records.handedToImmigration(
        (String) execution.getVariable(PersonScreeningProcess.VAR_PERSON_REF),
        execution.getVariable(PersonScreeningProcess.VAR_IMMIGRATION_PROCEDURE),
        execution.getVariable(PersonScreeningProcess.VAR_HANDED_TO_IMMIGRATION_AT));
  }
}
