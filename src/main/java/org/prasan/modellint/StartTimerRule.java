package org.prasan.modellint;

import java.util.List;

/**
 * ML17: no timer start event: it would start processes by itself, with no case and
 * nobody acting. Processes start from a tip, a message or a call activity.
 * The engine refuses the same at deployment ({@link ModelCodeWall}).
 */
public class StartTimerRule implements LintRule {

  @Override
  public String code() {
    return "ML17";
  }

  @Override
  public String name() {
    return "no-start-timer";
  }

  @Override
  public List<Finding> checkProcess(ModelFile.Bpmn file, LintContext context) {
    return ModelCode.problems(file).stream()
        .filter(problem -> problem.kind() == ModelCode.Kind.START_TIMER)
        .map(problem -> error(file, problem.elementId(), problem.elementId() + " "
            + problem.message() + ".", "Start the process with a message or from a call activity of joint-case; a deadline inside a case is a boundary or intermediate timer."))
        .toList();
  }
}
