package org.prasan.casefile;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.springframework.stereotype.Component;

/**
 * Behind a message throw event of a stage: tells every process of the same case that waits
 * for the event's message (a watch in {@code joint-case}, the remand custody), with the
 * event's input parameters as the message's payload. Nobody waiting is not an error: a stage
 * can run on its own.
 */
@Component
public class SendCaseMessageDelegate implements JavaDelegate {

  private final RuntimeService runtimeService;

  public SendCaseMessageDelegate(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    runtimeService.createMessageCorrelation(messageOf(execution))
        .processInstanceBusinessKey(execution.getProcessBusinessKey())
        .setVariables(execution.getVariablesLocal())
        .correlateAllWithResult();
  }

  private static String messageOf(DelegateExecution execution) {
    ThrowEvent event = (ThrowEvent) execution.getBpmnModelElementInstance();
    return event.getEventDefinitions().stream()
        .filter(MessageEventDefinition.class::isInstance)
        .map(definition -> ((MessageEventDefinition) definition).getMessage().getName())
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(event.getId()
            + " throws no message: sendCaseMessageDelegate belongs on a message throw event"));
  }
}
