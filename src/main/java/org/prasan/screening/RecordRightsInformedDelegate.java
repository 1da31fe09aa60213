package org.prasan.screening;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** s.34 rights at first contact, through an interpreter of the person's language. */
@Component
public class RecordRightsInformedDelegate implements JavaDelegate {

  private final PersonRecords records;

  public RecordRightsInformedDelegate(PersonRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    records.rightsInformed((String) execution.getVariable(PersonScreeningProcess.VAR_PERSON_REF),
        (String) execution.getVariable(PersonScreeningProcess.VAR_PERSON_LANGUAGES),
        (String) execution.getVariable(PersonScreeningProcess.VAR_INTERPRETER_LANGUAGE),
        execution.getVariable(PersonScreeningProcess.VAR_RIGHTS_INFORMED_AT));
    // The person is screened in the language they were told their rights in: their queue.
    String language = (String) execution.getVariable(
        PersonScreeningProcess.VAR_INTERPRETER_LANGUAGE);
    execution.setVariable(PersonScreeningProcess.VAR_SCREENING_LANGUAGE, language);
    execution.setVariable(PersonScreeningProcess.VAR_SCREENING_QUEUE, ScreeningQueues.group(
        (String) execution.getVariable(PersonScreeningProcess.VAR_SCREENING_SITE), language));
  }
}
