package org.prasan.modellint;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaConnector;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * ML06: Java code is called through a Spring bean, {@code camunda:delegateExpression=
 * "${beanName}"}, and the bean exists. {@code camunda:class} bypasses dependency injection and
 * transactions; a missing bean fails only when a case reaches the task.
 */
public class DelegateRule implements LintRule {

  @Override
  public String code() {
    return "ML06";
  }

  @Override
  public String name() {
    return "delegate-expression";
  }

  @Override
  public List<Finding> checkProcess(ModelFile.Bpmn file, LintContext context) {
    List<Finding> findings = new ArrayList<>();
    var model = file.model();
    for (ServiceTask task : Elements.sorted(model.getModelElementsByType(ServiceTask.class))) {
      check(file, task, task.getCamundaClass(), task.getCamundaDelegateExpression(), context, findings);
      if (Elements.isBlank(task.getCamundaClass()) && Elements.isBlank(task.getCamundaDelegateExpression())
          && Elements.isBlank(task.getCamundaExpression()) && Elements.isBlank(task.getCamundaType())
          && !hasConnector(task)) {
        findings.add(error(file, task.getId(), "Service task " + Elements.describe(task)
                + " has no implementation; the engine refuses to deploy it.",
            "Set Implementation to Delegate expression ${<verbObject>Delegate}."));
      }
    }
    for (SendTask task : Elements.sorted(model.getModelElementsByType(SendTask.class))) {
      check(file, task, task.getCamundaClass(), task.getCamundaDelegateExpression(), context, findings);
    }
    for (BusinessRuleTask task : Elements.sorted(model.getModelElementsByType(BusinessRuleTask.class))) {
      check(file, task, task.getCamundaClass(), task.getCamundaDelegateExpression(), context, findings);
    }
    for (MessageEventDefinition message : model.getModelElementsByType(MessageEventDefinition.class)) {
      check(file, message, message.getCamundaClass(), message.getCamundaDelegateExpression(),
          context, findings);
    }
    for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
      check(file, listener, listener.getCamundaClass(), listener.getCamundaDelegateExpression(),
          context, findings);
    }
    for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
      check(file, listener, listener.getCamundaClass(), listener.getCamundaDelegateExpression(),
          context, findings);
    }
    return findings;
  }

  private void check(ModelFile.Bpmn file, ModelElementInstance element, String javaClass,
                     String delegateExpression, LintContext context, List<Finding> findings) {
    String elementId = Elements.idOf(element);
    String what = what(element, elementId);
    if (!Elements.isBlank(javaClass)) {
      findings.add(error(file, elementId, what + " names the Java class '" + javaClass
              + "' (camunda:class) instead of a delegate bean.",
          "Make the class a Spring @Component named <verbObject>Delegate and set Implementation "
              + "to Delegate expression ${<verbObject>Delegate}."));
    }
    if (Elements.isBlank(delegateExpression)) {
      return;
    }
    var beanName = Expressions.singleName(delegateExpression);
    DelegateCatalog delegates = context.environment().delegates();
    if (beanName.isEmpty()) {
      findings.add(error(file, elementId, what + " has the delegate expression '"
              + delegateExpression + "', which is not a bean name.",
          "Write the delegate expression as ${beanName}, naming one @Component."));
    } else if (!delegates.exists(beanName.get())) {
      findings.add(error(file, elementId, what + " calls the bean '" + beanName.get()
              + "', which does not exist.",
          "Correct the bean name, or add a @Component named " + beanName.get()
              + " in the feature's package (new Java code needs a new release)."));
    }
  }

  private static boolean hasConnector(ServiceTask task) {
    return task.getExtensionElements() != null && task.getExtensionElements().getElementsQuery()
        .filterByType(CamundaConnector.class).count() > 0;
  }

  private static String what(ModelElementInstance element, String elementId) {
    if (element instanceof CamundaExecutionListener) {
      return "An execution listener on " + elementId;
    }
    if (element instanceof CamundaTaskListener) {
      return "A task listener on " + elementId;
    }
    if (element instanceof MessageEventDefinition) {
      return "The message event " + elementId;
    }
    String label = element instanceof SendTask ? "Send task"
        : element instanceof BusinessRuleTask ? "Business rule task" : "Service task";
    return label + " " + Elements.describe((FlowElement) element);
  }
}
