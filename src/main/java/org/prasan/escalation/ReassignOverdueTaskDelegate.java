package org.prasan.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.prasan.agency.CurrentActor;
import org.springframework.stereotype.Component;

/** The escalation form chose REASSIGN: the overdue task goes to the officer named. */
@Component
public class ReassignOverdueTaskDelegate implements JavaDelegate {

  private final OverdueTaskActions actions;
  private final CurrentActor actor;

  public ReassignOverdueTaskDelegate(OverdueTaskActions actions, CurrentActor actor) {
    this.actions = actions;
    this.actor = actor;
  }

  @Override
  public void execute(DelegateExecution execution) {
    actions.reassign(OverdueTaskActions.overdueTaskOf(execution),
        (String) execution.getVariable(TaskEscalationProcess.VAR_REASSIGN_TO),
        actor.name());
  }
}
