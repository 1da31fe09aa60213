package org.prasan.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.prasan.sla.SlaEvent;
import org.springframework.stereotype.Component;

/**
 * One rung of the ladder: records the escalation and tells the level named by the service
 * task's extension property {@code escalationLevel} (SUPERVISORS or COORDINATOR). A property,
 * not an input parameter (issue 20): an input parameter made the service task a scope of its
 * own, so every escalation wrote and removed a child execution and a local variable, with
 * its history, only to carry a constant the model already holds.
 */
@Component
public class RecordEscalationDelegate implements JavaDelegate {

  private final EscalationLadder ladder;

  public RecordEscalationDelegate(EscalationLadder ladder) {
    this.ladder = ladder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ladder.recordLevel(execution, SlaEvent.Level.valueOf(levelOf(execution)));
  }

  /** The {@code escalationLevel} property of the service task the execution is at. */
  public static String levelOf(DelegateExecution execution) {
    FlowElement element = execution.getBpmnModelElementInstance();
    if (element != null) {
      ExtensionElements extensions = element.getExtensionElements();
      if (extensions != null) {
        for (CamundaProperties properties : extensions.getElementsQuery()
            .filterByType(CamundaProperties.class).list()) {
          for (CamundaProperty property : properties.getCamundaProperties()) {
            if (TaskEscalationProcess.PROPERTY_LEVEL.equals(property.getCamundaName())) {
              return property.getCamundaValue();
            }
          }
        }
      }
    }
    throw new IllegalStateException("No " + TaskEscalationProcess.PROPERTY_LEVEL
        + " property on " + execution.getCurrentActivityId());
  }
}
