package org.prasan.screening;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The MDT's structured screening: indicators, sector and outcome. */
@Component
public class RecordScreeningOutcomeDelegate implements JavaDelegate {

  private final PersonRecords records;

  public RecordScreeningOutcomeDelegate(PersonRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> indicators = PersonScreeningProcess.INDICATORS.stream()
        .filter(indicator -> Boolean.TRUE.equals(execution.getVariable(indicator)))
        .toList();
    boolean youth = Boolean.TRUE.equals(execution.getVariable(PersonScreeningProcess.VAR_YOUTH_INTERVIEW));
    boolean safeguards = Boolean.TRUE.equals(execution.getVariable("childSuitableRoom"))
        && Boolean.TRUE.equals(execution.getVariable("psychologistOrSocialWorkerPresent"))
        && Boolean.TRUE.equals(execution.getVariable("prosecutorPresent"));
    records.outcome((String) execution.getVariable(PersonScreeningProcess.VAR_PERSON_REF),
        new PersonRecords.Screening(execution.getVariable(PersonScreeningProcess.VAR_SCREENING_OUTCOME),
            (String) execution.getVariable(PersonScreeningProcess.VAR_EXPLOITATION_SECTOR), indicators,
            execution.getVariable(PersonScreeningProcess.VAR_COMPELLED_OFFENCES),
            (String) execution.getVariable(PersonScreeningProcess.VAR_NON_PUNISHMENT_RECOMMENDATION), youth,
            safeguards));
    // An identified victim is no longer held for screening (s.29): the hold's branch ends.
    Object outcome = execution.getVariable(PersonScreeningProcess.VAR_SCREENING_OUTCOME);
    if (VictimGroupings.IDENTIFIED.contains(String.valueOf(outcome))) {
      execution.setVariable(PersonScreeningProcess.VAR_HOLD_APPLIES, false);
    }
  }
}
