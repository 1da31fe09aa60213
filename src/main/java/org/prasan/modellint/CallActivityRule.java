package org.prasan.modellint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;

/**
 * ML08: a call activity calls a process that exists (in the models or already deployed) and
 * passes the case id as business key; variables travel by name, each stage getting what it
 * needs and handing back what it recorded, never {@code variables="all"} (warning): with all,
 * every stage could overwrite any variable of the case.
 */
public class CallActivityRule implements LintRule {

  static final String BUSINESS_KEY = "#{execution.processBusinessKey}";

  @Override
  public String code() {
    return "ML08";
  }

  @Override
  public String name() {
    return "call-activity";
  }

  @Override
  public List<Finding> checkProcess(ModelFile.Bpmn file, LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (CallActivity call : Elements.sorted(file.model().getModelElementsByType(CallActivity.class))) {
      checkCalledElement(file, call, context).ifPresent(findings::add);
      checkMappings(file, call, findings);
    }
    return findings;
  }

  private Optional<Finding> checkCalledElement(ModelFile.Bpmn file, CallActivity call,
                                                          LintContext context) {
    String called = call.getCalledElement();
    if (Elements.isBlank(called)) {
      return Optional.of(error(file, call.getId(), "Call activity "
              + Elements.describe(call) + " calls no process.",
          "Set Called element to the id of the process to call, such as charging."));
    }
    if (Expressions.isExpression(called) || context.models().process(called).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(error(file, call.getId(), "Call activity "
            + Elements.describe(call) + " calls the process '" + called
            + "', which is neither among these models nor deployed"
            + Elements.didYouMean(called, context.models().processIds()) + ".",
        "Correct Called element, or deploy processes/" + called + ".bpmn with this change."));
  }

  private void checkMappings(ModelFile.Bpmn file, CallActivity call, List<Finding> findings) {
    List<CamundaIn> ins = call.getExtensionElements() == null ? List.of()
        : call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list();
    List<CamundaOut> outs = call.getExtensionElements() == null ? List.of()
        : call.getExtensionElements().getElementsQuery().filterByType(CamundaOut.class).list();
    var businessKey = ins.stream().map(CamundaIn::getCamundaBusinessKey)
        .filter(key -> !Elements.isBlank(key)).findFirst();
    if (businessKey.isEmpty()) {
      findings.add(error(file, call.getId(), "Call activity " + Elements.describe(call)
              + " does not pass the business key, so the called process loses the case id.",
          "Add In mapping Business key " + BUSINESS_KEY + "."));
    } else if (!businessKey.get().contains("execution.processBusinessKey")) {
      findings.add(error(file, call.getId(), "Call activity " + Elements.describe(call)
              + " passes '" + businessKey.get() + "' as business key instead of the case id.",
          "Set the business key In mapping to " + BUSINESS_KEY + "."));
    }
    boolean allIn = ins.stream().anyMatch(in -> "all".equals(in.getCamundaVariables()));
    boolean allOut = outs.stream().anyMatch(out -> "all".equals(out.getCamundaVariables()));
    if (allIn || allOut) {
      findings.add(warning(file, call.getId(), "Call activity " + Elements.describe(call)
              + " passes all variables " + (allIn && allOut ? "in and out" : allIn ? "in"
              : "back out") + ", so any stage may overwrite any variable of the case.",
          "Replace variables=\"all\" by <camunda:in source=\"name\" target=\"name\" /> for "
              + "each variable the stage reads and <camunda:out .../> for each it records."));
    }
  }
}
