package org.prasan.modellint;

import java.util.List;

/**
 * ML15: a model holds no script: no script task, no {@code camunda:script} in a listener or
 * an input/output mapping, no scripted condition. A script would run any code on the server.
 * The engine refuses the same at deployment ({@link ModelCodeWall}).
 */
public class ScriptRule implements LintRule {

  @Override
  public String code() {
    return "ML15";
  }

  @Override
  public String name() {
    return "no-script";
  }

  @Override
  public List<Finding> checkProcess(ModelFile.Bpmn file, LintContext context) {
    return ModelCode.problems(file).stream()
        .filter(problem -> problem.kind() == ModelCode.Kind.SCRIPT)
        .map(problem -> error(file, problem.elementId(), problem.elementId() + " "
            + problem.message() + ".", "Remove the script; a step that computes something is a service task with Delegate expression ${<verbObject>Delegate} (new Java code needs a new release)."))
        .toList();
  }
}
