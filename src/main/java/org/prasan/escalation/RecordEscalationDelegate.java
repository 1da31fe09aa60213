package org.prasan.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.prasan.sla.SlaEvent;
import org.springframework.stereotype.Component;

/**
 * One rung of the ladder: records the escalation and tells the level named by the service
 * task's input parameter {@code escalationLevel} (SUPERVISORS or COORDINATOR).
 */
@Component
public class RecordEscalationDelegate implements JavaDelegate {

  private final EscalationLadder ladder;

  public RecordEscalationDelegate(EscalationLadder ladder) {
    this.ladder = ladder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ladder.recordLevel(execution, SlaEvent.Level.valueOf(
        (String) execution.getVariableLocal(TaskEscalationProcess.INPUT_LEVEL)));
  }
}
