package org.prasan.litigation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Counts the appeals of the case and names the court that hears the next one: first instance,
 * then the Court of Appeal, then the Supreme Court only with its permission. After the second
 * appeal's judgment the model asks no more: the judgment is final (at most two appeals).
 */
@Component
public class CountAppealDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Object counted = execution.getVariable(LitigationProcess.VAR_APPEAL_COUNT);
    int appeals = (counted instanceof Number number ? number.intValue() : 0) + 1;
    execution.setVariable(LitigationProcess.VAR_APPEAL_COUNT, appeals);
    execution.setVariable(LitigationProcess.VAR_COURT_LEVEL, appeals == 1
        ? LitigationProcess.COURT_OF_APPEAL : LitigationProcess.SUPREME_COURT);
  }
}
