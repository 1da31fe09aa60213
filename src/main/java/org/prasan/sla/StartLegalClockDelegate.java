package org.prasan.sla;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.prasan.agency.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * Starts the legal clock named by the service task's input parameter {@code legalClock}, from
 * the instant the form before it recorded. A recorded instant that breaks the law's limits is
 * refused, so the officer sees why in the Tasklist and the form stays open.
 */
@Component
public class StartLegalClockDelegate implements JavaDelegate {

  private final LegalClocks clocks;
  private final CurrentActor actor;

  public StartLegalClockDelegate(LegalClocks clocks, CurrentActor actor) {
    this.clocks = clocks;
    this.actor = actor;
  }

  @Override
  public void execute(DelegateExecution execution) {
    clocks.start(execution.getProcessBusinessKey(),
        (String) execution.getVariableLocal(LegalClocks.INPUT_CLOCK), execution::getVariable,
        actor.name());
  }
}
