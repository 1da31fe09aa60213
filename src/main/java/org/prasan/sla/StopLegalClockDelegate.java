package org.prasan.sla;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.prasan.agency.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * Stops the legal clocks named by {@code legalClock} (comma-separated), with the reason
 * {@code clockStopReason}: the work they guarded is done. Stopping a clock that is not running
 * does nothing.
 */
@Component
public class StopLegalClockDelegate implements JavaDelegate {

  private final LegalClocks clocks;
  private final CurrentActor actor;

  public StopLegalClockDelegate(LegalClocks clocks, CurrentActor actor) {
    this.clocks = clocks;
    this.actor = actor;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object reason = execution.getVariableLocal(LegalClocks.INPUT_STOP_REASON);
    String why = reason == null ? "Done: " + execution.getCurrentActivityName()
        : reason.toString();
    for (String clock : ((String) execution.getVariableLocal(LegalClocks.INPUT_CLOCK)).split(",")) {
      clocks.stop(execution.getProcessBusinessKey(), clock.strip(), why,
          actor.name());
    }
  }
}
