package org.prasan.modellint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/**
 * ML03: every variable a gateway condition reads is written somewhere in the case: by a form
 * field, a DMN output, an output mapping, a delegate, or intake ({@code prasan.lint.provided-
 * variables}). A misspelt routing variable would otherwise strand or misroute every case.
 */
public class GatewayVariableRule implements LintRule {

  @Override
  public String code() {
    return "ML03";
  }

  @Override
  public String name() {
    return "gateway-variable-written";
  }

  @Override
  public List<Finding> checkProcess(ModelFile.Bpmn file, LintContext context) {
    List<Finding> findings = new ArrayList<>();
    Set<String> written = null;
    for (SequenceFlow flow : Elements.sorted(file.model().getModelElementsByType(SequenceFlow.class))) {
      if (!(flow.getSource() instanceof Gateway gateway) || !isJuel(flow.getConditionExpression())) {
        continue;
      }
      Set<String> read;
      try {
        read = Expressions.identifiers(flow.getConditionExpression().getTextContent());
      } catch (IllegalArgumentException invalid) {
        continue; // ML07 reports conditions that do not parse
      }
      for (String variable : read) {
        if (isEngineOrBean(variable, context)) {
          continue;
        }
        if (written == null) {
          written = CaseVariables.writtenIn(context.models().caseOf(file), context);
        }
        if (!written.contains(variable)) {
          findings.add(unwritten(file, flow, gateway, variable, written));
        }
      }
    }
    return findings;
  }

  private Finding unwritten(ModelFile.Bpmn file, SequenceFlow flow, Gateway gateway,
                            String variable, Set<String> written) {
    return error(file, flow.getId(), "The condition of flow " + Elements.describe(flow)
            + " leaving gateway " + Elements.describe(gateway) + " reads '" + variable
            + "', but no form field, DMN output, output mapping or delegate of this case writes it"
            + Elements.didYouMean(variable, written) + ".",
        "Give the form of the task before the gateway a radio or select with the key '"
            + variable + "', or correct the variable name in the condition.");
  }

  private static boolean isEngineOrBean(String name, LintContext context) {
    return Expressions.ENGINE_NAMES.contains(name)
        || context.environment().delegates().exists(name);
  }

  static boolean isJuel(ConditionExpression condition) {
    if (condition == null || Elements.isBlank(condition.getTextContent())) {
      return false;
    }
    String language = condition.getLanguage();
    return language == null || language.isBlank() || "juel".equalsIgnoreCase(language);
  }
}
