package org.prasan.modellint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/**
 * ML07: a decision (exclusive or inclusive gateway with more than one outgoing flow) gives each
 * flow a condition and a name. A flow with neither condition nor default is taken whenever the
 * flows before it are false, whatever the officer chose; a default flow (warning) can close a
 * case silently when a routing value is mistyped.
 */
public class GatewayFlowRule implements LintRule {

  @Override
  public String code() {
    return "ML07";
  }

  @Override
  public String name() {
    return "gateway-flow-condition";
  }

  @Override
  public List<Finding> checkProcess(ModelFile.Bpmn file, LintContext context) {
    List<Finding> findings = new ArrayList<>();
    var model = file.model();
    for (ExclusiveGateway gateway : Elements.sorted(model.getModelElementsByType(ExclusiveGateway.class))) {
      check(file, gateway, gateway.getDefault(), findings);
    }
    for (InclusiveGateway gateway : Elements.sorted(model.getModelElementsByType(InclusiveGateway.class))) {
      check(file, gateway, gateway.getDefault(), findings);
    }
    return findings;
  }

  private void check(ModelFile.Bpmn file, Gateway gateway, SequenceFlow defaultFlow,
                     List<Finding> findings) {
    Collection<SequenceFlow> outgoing = gateway.getOutgoing();
    if (outgoing.size() < 2) {
      return;
    }
    for (SequenceFlow flow : Elements.sorted(outgoing)) {
      ConditionExpression condition = flow.getConditionExpression();
      boolean isDefault = flow.equals(defaultFlow);
      if (condition == null || Elements.isBlank(condition.getTextContent())) {
        findings.add(isDefault ? defaultFlow(file, gateway, flow) : noCondition(file, gateway, flow));
      } else if (GatewayVariableRule.isJuel(condition)) {
        invalidCondition(file, flow, condition.getTextContent()).ifPresent(findings::add);
      }
      if (Elements.isBlank(flow.getName())) {
        findings.add(warning(file, flow.getId(), "Flow " + flow.getId() + " leaving gateway "
                + Elements.describe(gateway) + " has no name, so the diagram does not say when "
                + "it is taken.",
            "Name the flow after the decision it stands for, such as 'Charges approved'."));
      }
    }
  }

  private Finding noCondition(ModelFile.Bpmn file, Gateway gateway, SequenceFlow flow) {
    return error(file, flow.getId(), "Flow " + Elements.describe(flow) + " leaving gateway "
            + Elements.describe(gateway) + " has no condition and is not the default flow, so "
            + "the engine may take it whatever the officer decided.",
        "Give it a condition on the routing variable, such as ${chargingDecision == 'APPROVE'}.");
  }

  private Finding defaultFlow(ModelFile.Bpmn file, Gateway gateway, SequenceFlow flow) {
    return warning(file, flow.getId(), "Flow " + Elements.describe(flow) + " is the default flow "
            + "of gateway " + Elements.describe(gateway) + ": a mistyped routing value would "
            + "silently take it.",
        "Replace the default with a condition naming the value it stands for.");
  }

  private Optional<Finding> invalidCondition(ModelFile.Bpmn file, SequenceFlow flow,
                                                       String condition) {
    try {
      Expressions.identifiers(condition);
      return Optional.empty();
    } catch (IllegalArgumentException invalid) {
      return Optional.of(error(file, flow.getId(), "The condition '" + condition.strip()
              + "' of flow " + Elements.describe(flow) + " is not a valid expression: "
              + invalid.getMessage() + ".",
          "Write it as ${variable == 'VALUE'}."));
    }
  }
}
