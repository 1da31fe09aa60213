package org.prasan.modellint;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * ML02: every user task has a Camunda Form ({@code camunda:formRef}) that exists among the
 * forms, bound to its deployment, so the Tasklist shows the form the model was tested with.
 */
public class FormRefRule implements LintRule {

  static final String DEPLOYMENT_BINDING = "deployment";

  @Override
  public String code() {
    return "ML02";
  }

  @Override
  public String name() {
    return "form-ref";
  }

  @Override
  public List<Finding> checkProcess(ModelFile.Bpmn file, LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (UserTask task : Elements.sorted(file.model().getModelElementsByType(UserTask.class))) {
      String formRef = task.getCamundaFormRef();
      if (Elements.isBlank(formRef)) {
        findings.add(missing(file, task));
      } else if (context.models().form(formRef).isEmpty()) {
        findings.add(unknown(file, task.getId(), "User task " + Elements.describe(task), formRef,
            context));
      } else if (!DEPLOYMENT_BINDING.equals(task.getCamundaFormRefBinding())) {
        findings.add(warning(file, task.getId(), "User task " + Elements.describe(task)
                + " binds its form '" + formRef + "' by '" + task.getCamundaFormRefBinding()
                + "', so a later form change reaches cases started on this version.",
            "Set Binding (camunda:formRefBinding) to deployment."));
      }
    }
    for (StartEvent start : Elements.sorted(file.model().getModelElementsByType(StartEvent.class))) {
      String formRef = start.getCamundaFormRef();
      if (!Elements.isBlank(formRef) && context.models().form(formRef).isEmpty()) {
        findings.add(unknown(file, start.getId(), "Start event " + Elements.describe(start),
            formRef, context));
      }
    }
    return findings;
  }

  private Finding missing(ModelFile.Bpmn file, UserTask task) {
    String formKey = task.getCamundaFormKey();
    String how = Elements.isBlank(formKey) ? "has no form"
        : "uses the form key '" + formKey + "' instead of a Camunda Form reference";
    return error(file, task.getId(), "User task " + Elements.describe(task) + " " + how
            + ", so officers cannot complete it in the Tasklist.",
        "Under Forms choose type Camunda Forms (linked), Form ID <form-id>, binding deployment; "
            + "the form lives in forms/<form-id>.form.");
  }

  private Finding unknown(ModelFile.Bpmn file, String elementId, String what, String formRef,
                          LintContext context) {
    return error(file, elementId, what + " refers to the form '" + formRef
            + "', but no form has that id"
            + Elements.didYouMean(formRef, context.models().formIds()) + ".",
        "Add forms/" + formRef + ".form with \"id\": \"" + formRef
            + "\" (and deploy it together with the process), or correct the Form ID.");
  }
}
