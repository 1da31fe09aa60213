package org.prasan.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.prasan.agency.CurrentActor;
import org.springframework.stereotype.Component;

/** The escalation form chose EXTEND: the overdue task gets the new due date and reason. */
@Component
public class ExtendOverdueTaskDelegate implements JavaDelegate {

  private final OverdueTaskActions actions;
  private final CurrentActor actor;

  public ExtendOverdueTaskDelegate(OverdueTaskActions actions, CurrentActor actor) {
    this.actions = actions;
    this.actor = actor;
  }

  @Override
  public void execute(DelegateExecution execution) {
    actions.extend(OverdueTaskActions.overdueTaskOf(execution),
        execution.getVariable(TaskEscalationProcess.VAR_EXTENDED_DUE_AT),
        (String) execution.getVariable(TaskEscalationProcess.VAR_EXTENSION_REASON),
        actor.name());
  }
}
