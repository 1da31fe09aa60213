package org.prasan.modellint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormField;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.dmn.instance.Output;

/**
 * The variables some part of a case may write: form fields of its user tasks and start events,
 * output mappings, result variables, DMN outputs of the decisions it evaluates, variables
 * copied out of called processes, the string constants of its delegates, and the variables
 * intake provides.
 */
final class CaseVariables {

  private final LintContext context;
  private final Set<String> written = new LinkedHashSet<>();

  private CaseVariables(LintContext context) {
    this.context = context;
  }

  static Set<String> writtenIn(Set<ModelFile.Bpmn> files, LintContext context) {
    CaseVariables variables = new CaseVariables(context);
    variables.written.addAll(context.environment().providedVariables());
    files.forEach(file -> variables.collect(file.model()));
    return variables.written;
  }

  private void collect(BpmnModelInstance model) {
    model.getModelElementsByType(UserTask.class).forEach(task -> addFormFields(task.getCamundaFormRef()));
    model.getModelElementsByType(StartEvent.class).forEach(start -> addFormFields(start.getCamundaFormRef()));
    model.getModelElementsByType(CamundaFormField.class).forEach(field -> add(field.getCamundaId()));
    model.getModelElementsByType(CamundaOutputParameter.class).forEach(out -> add(out.getCamundaName()));
    model.getModelElementsByType(CamundaOut.class).forEach(out -> add(out.getCamundaTarget()));
    for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
      add(task.getCamundaResultVariable());
      addDecisionOutputs(task.getCamundaDecisionRef());
      addDelegate(task.getCamundaDelegateExpression());
      addExpressionBeans(task.getCamundaExpression());
    }
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      add(task.getCamundaResultVariable());
      addDelegate(task.getCamundaDelegateExpression());
      addExpressionBeans(task.getCamundaExpression());
    }
    for (SendTask task : model.getModelElementsByType(SendTask.class)) {
      add(task.getCamundaResultVariable());
      addDelegate(task.getCamundaDelegateExpression());
      addExpressionBeans(task.getCamundaExpression());
    }
    model.getModelElementsByType(ScriptTask.class).forEach(task -> add(task.getCamundaResultVariable()));
    for (MessageEventDefinition message : model.getModelElementsByType(MessageEventDefinition.class)) {
      addDelegate(message.getCamundaDelegateExpression());
      addExpressionBeans(message.getCamundaExpression());
    }
    for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
      addDelegate(listener.getCamundaDelegateExpression());
      addExpressionBeans(listener.getCamundaExpression());
    }
    for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
      addDelegate(listener.getCamundaDelegateExpression());
      addExpressionBeans(listener.getCamundaExpression());
    }
  }

  private void addFormFields(String formRef) {
    if (formRef != null) {
      context.models().form(formRef).ifPresent(form -> addKeys(form.json().path("components")));
    }
  }

  private void addKeys(JsonNode node) {
    if (node.isObject() && node.path("key").isTextual()) {
      add(node.get("key").asText());
    }
    node.forEach(this::addKeys);
  }

  private void addDecisionOutputs(String decisionRef) {
    if (decisionRef == null) {
      return;
    }
    context.models().decision(decisionRef).ifPresent(dmn ->
        dmn.model().getModelElementsByType(Output.class).forEach(output -> add(output.getName())));
  }

  private void addDelegate(String delegateExpression) {
    Expressions.singleName(delegateExpression).ifPresent(this::addBeanConstants);
  }

  private void addExpressionBeans(String expression) {
    if (!Expressions.isExpression(expression)) {
      return;
    }
    try {
      Expressions.identifiers(expression).forEach(this::addBeanConstants);
    } catch (IllegalArgumentException invalid) {
      // An invalid expression writes nothing; the engine rejects it at deployment.
    }
  }

  private void addBeanConstants(String beanName) {
    DelegateCatalog delegates = context.environment().delegates();
    if (delegates.exists(beanName)) {
      written.addAll(delegates.stringConstants(beanName));
    }
  }

  private void add(String name) {
    if (name != null && !name.isBlank()) {
      written.add(name.strip());
    }
  }
}
