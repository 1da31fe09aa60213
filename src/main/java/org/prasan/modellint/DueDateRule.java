package org.prasan.modellint;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.prasan.sla.ModelServiceLevel;
import org.prasan.sla.ServiceLevels;

/**
 * ML04: every user task is due by its service level: {@code camunda:dueDate="${sla.due(
 * execution)}"}, with a level of its own: the model's extension property {@code serviceLevel}
 * (checked by {@link ServiceLevelRule}) or an entry for its id under
 * {@code prasan.sla.service-levels} (without either the default level applies: a warning).
 */
public class DueDateRule implements LintRule {

  @Override
  public String code() {
    return "ML04";
  }

  @Override
  public String name() {
    return "due-date";
  }

  @Override
  public List<Finding> checkProcess(ModelFile.Bpmn file, LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (UserTask task : Elements.sorted(file.model().getModelElementsByType(UserTask.class))) {
      String dueDate = task.getCamundaDueDate();
      if (Elements.isBlank(dueDate)) {
        findings.add(error(file, task.getId(), "User task " + Elements.describe(task)
                + " has no due date, so nobody is warned when it is late.",
            "Set Due date (camunda:dueDate) to " + ServiceLevels.DUE_DATE_EXPRESSION
                + " and its service level under prasan.sla.service-levels."));
      } else if (!isServiceLevelExpression(dueDate)) {
        findings.add(error(file, task.getId(), "User task " + Elements.describe(task)
                + " has the due date '" + dueDate + "' instead of its configured service level.",
            "Set Due date to " + ServiceLevels.DUE_DATE_EXPRESSION
                + " and put the time allowed under prasan.sla.service-levels.\"["
                + task.getId() + "]\"."));
      } else if (!context.environment().serviceLevelTaskIds().contains(task.getId())
          && ModelServiceLevel.text(task).isEmpty()) {
        findings.add(warning(file, task.getId(), "User task " + Elements.describe(task)
                + " has no service level of its own; the default level applies.",
            "Add the extension property " + ModelServiceLevel.PROPERTY + " with the time "
                + "allowed, such as '2 working days' or '12h' (Extension properties in the "
                + "properties panel), or \"[" + task.getId() + "]\": <duration> under "
                + "prasan.sla.service-levels in sop.yaml."));
      }
    }
    return findings;
  }

  private static boolean isServiceLevelExpression(String dueDate) {
    return dueDate.replaceAll("\\s", "").equals(ServiceLevels.DUE_DATE_EXPRESSION);
  }
}
