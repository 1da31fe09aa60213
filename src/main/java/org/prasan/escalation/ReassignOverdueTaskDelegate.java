package org.prasan.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.prasan.sla.Actors;
import org.springframework.stereotype.Component;

/** The escalation form chose REASSIGN: the overdue task goes to the officer named. */
@Component
public class ReassignOverdueTaskDelegate implements JavaDelegate {

  private final OverdueTaskActions actions;

  public ReassignOverdueTaskDelegate(OverdueTaskActions actions) {
    this.actions = actions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    actions.reassign((String) execution.getVariable(TaskEscalationProcess.VAR_OVERDUE_TASK_ID),
        (String) execution.getVariable(TaskEscalationProcess.VAR_REASSIGN_TO),
        Actors.current(execution));
  }
}
