package org.prasan.charging;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Runs as {@code Task_ApproveCharging} starts. A {@code chargingDecision} that already exists
 * (an earlier round's RETURN_FOR_EVIDENCE, or a value carried in by {@code in variables="all"}
 * or set by another task's completion) must never route the case: only the prosecutor
 * completing this task decides. Removing it also keeps the form from pre-selecting an old
 * decision. The earlier value stays in the history.
 */
@Component("clearChargingDecisionDelegate")
public class ClearChargingDecisionDelegate implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    execution.removeVariable(ChargingProcess.VAR_CHARGING_DECISION);
  }
}
