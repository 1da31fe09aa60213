package org.prasan.modellint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.prasan.sla.ModelServiceLevel;
import org.prasan.sla.ServiceLevel;

/**
 * ML14: a service level written in the model (the extension property {@code serviceLevel}) is
 * a service level in the words of {@code prasan.sla.service-levels} ({@code 2 working days},
 * {@code 4 working hours}, {@code 12h}, {@code 15d}), and stands on a user task, the only
 * element that is due at one. It wins over the configuration for that task from the
 * deployment on; legal clocks still cut it short.
 */
public class ServiceLevelRule implements LintRule {

  @Override
  public String code() {
    return "ML14";
  }

  @Override
  public String name() {
    return "service-level";
  }

  @Override
  public List<Finding> checkProcess(ModelFile.Bpmn file, LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (BaseElement element : Elements.sorted(file.model().getModelElementsByType(BaseElement.class))) {
      Optional<String> level = ModelServiceLevel.text(element);
      if (level.isEmpty()) {
        continue;
      }
      String what = element instanceof FlowElement flow ? Elements.describe(flow) : element.getId();
      if (!(element instanceof UserTask)) {
        findings.add(warning(file, element.getId(), what + " has the extension property "
                + ModelServiceLevel.PROPERTY + ", but only user tasks are due at a service level.",
            "Remove the property, or move it to the user task it is meant for."));
        continue;
      }
      try {
        ServiceLevel.valueOf(level.get());
      } catch (IllegalArgumentException invalid) {
        findings.add(error(file, element.getId(), "User task " + what + " has the service level '"
                + level.get() + "', which is not a length of time.",
            "Write working time ('2 working days', '4 working hours') or calendar time ('12h', "
                + "'15d') as the value of the extension property " + ModelServiceLevel.PROPERTY
                + "."));
      }
    }
    return findings;
  }
}
