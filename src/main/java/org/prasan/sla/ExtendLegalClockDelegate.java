package org.prasan.sla;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.prasan.agency.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * Moves the end of the running legal clock named by {@code legalClock} to the end the form
 * recorded (a court's extension, a renewed preservation), within the law's latest end.
 */
@Component
public class ExtendLegalClockDelegate implements JavaDelegate {

  private final LegalClocks clocks;
  private final CurrentActor actor;

  public ExtendLegalClockDelegate(LegalClocks clocks, CurrentActor actor) {
    this.clocks = clocks;
    this.actor = actor;
  }

  @Override
  public void execute(DelegateExecution execution) {
    clocks.extend(execution.getProcessBusinessKey(),
        (String) execution.getVariableLocal(LegalClocks.INPUT_CLOCK), execution::getVariable,
        actor.name());
  }
}
