package org.prasan.modellint;

import java.util.List;
import org.camunda.bpm.model.bpmn.instance.Activity;

/**
 * ML10: every task, call activity and sub-process has a name; the Tasklist, Cockpit and the
 * case history show activities by name.
 */
public class ActivityNameRule implements LintRule {

  @Override
  public String code() {
    return "ML10";
  }

  @Override
  public String name() {
    return "named-activity";
  }

  @Override
  public List<Finding> checkProcess(ModelFile.Bpmn file, LintContext context) {
    return Elements.sorted(file.model().getModelElementsByType(Activity.class)).stream()
        .filter(activity -> Elements.isBlank(activity.getName()))
        .map(activity -> error(file, activity.getId(), "The "
                + activity.getElementType().getTypeName() + " " + activity.getId()
                + " has no name, so officers see a bare id in the Tasklist and the history.",
            "Name it in English with a verb and its object, such as 'Approve charging'."))
        .toList();
  }
}
