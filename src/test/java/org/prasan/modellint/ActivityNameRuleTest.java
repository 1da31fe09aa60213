package org.prasan.modellint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prasan.modellint.LintFixtures.TASK;
import static org.prasan.modellint.LintFixtures.bpmn;
import static org.prasan.modellint.LintFixtures.findings;
import static org.prasan.modellint.LintFixtures.goodProcess;
import static org.prasan.modellint.LintFixtures.process;

import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

class ActivityNameRuleTest {

  private final ActivityNameRule rule = new ActivityNameRule();

  @Test
  void acceptsNamedActivities() {
    assertThat(findings(rule, bpmn(goodProcess()))).isEmpty();
  }

  @Test
  void reportsEveryUnnamedActivity() {
    var model = process("charging").startEvent("StartEvent_Start")
        .userTask(TASK).name("  ")
        .serviceTask("ServiceTask_Record")
        .callActivity("CallActivity_Litigation").name("Litigate").calledElement("litigation")
        .endEvent("EndEvent_End").done();
    // The fluent builder names some elements by their id; take that name away again.
    model.<ServiceTask>getModelElementById("ServiceTask_Record").setName(null);

    assertThat(findings(rule, bpmn(model)))
        .containsExactly("ERROR ML10 ServiceTask_Record", "ERROR ML10 " + TASK);
  }

  @Test
  void namesTheKindOfActivityInTheMessage() {
    var model = goodProcess();
    model.<UserTask>getModelElementById(TASK).setName(null);

    assertThat(LintFixtures.lint(rule, bpmn(model))).singleElement().satisfies(finding ->
        assertThat(finding.message()).startsWith("The userTask " + TASK + " has no name"));
  }
}
