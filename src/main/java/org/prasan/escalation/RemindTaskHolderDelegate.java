package org.prasan.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.prasan.agency.CurrentActor;
import org.springframework.stereotype.Component;

/** The escalation form chose REMIND: the overdue task's agency is reminded, with the note. */
@Component
public class RemindTaskHolderDelegate implements JavaDelegate {

  private final OverdueTaskActions actions;
  private final CurrentActor actor;

  public RemindTaskHolderDelegate(OverdueTaskActions actions, CurrentActor actor) {
    this.actions = actions;
    this.actor = actor;
  }

  @Override
  public void execute(DelegateExecution execution) {
    actions.remind(OverdueTaskActions.overdueTaskOf(execution),
        (String) execution.getVariable(TaskEscalationProcess.VAR_ESCALATION_NOTE),
        actor.name());
  }
}
