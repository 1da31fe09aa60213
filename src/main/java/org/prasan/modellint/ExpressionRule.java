package org.prasan.modellint;

import java.util.List;

/**
 * ML16: every expression is of a shape the SOP uses: {@code ${name}}, a comparison of
 * variables with values ({@code ${triageOutcome == 'NO_TRAFFICKING'}}), {@code ${sla.due(execution)}},
 * {@code ${legalClocks.warnAt(execution, 'clock')}}, a decision result's entry or
 * {@code #{execution.processBusinessKey}}. A method call or property of an object
 * ({@code ${execution.getProcessEngineServices()...}}) could run anything.
 * The engine refuses the same at deployment ({@link ModelCodeWall}).
 */
public class ExpressionRule implements LintRule {

  @Override
  public String code() {
    return "ML16";
  }

  @Override
  public String name() {
    return "plain-expression";
  }

  @Override
  public List<Finding> checkProcess(ModelFile.Bpmn file, LintContext context) {
    return ModelCode.problems(file).stream()
        .filter(problem -> problem.kind() == ModelCode.Kind.EXPRESSION)
        .map(problem -> error(file, problem.elementId(), problem.elementId() + " "
            + problem.message() + ".", "Compare variables with values only (${name == 'VALUE'}); call Java through a delegate bean (${<verbObject>Delegate}); due dates are ${sla.due(execution)}."))
        .toList();
  }
}
