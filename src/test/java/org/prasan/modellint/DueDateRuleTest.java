package org.prasan.modellint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prasan.modellint.LintFixtures.TASK;
import static org.prasan.modellint.LintFixtures.bpmn;
import static org.prasan.modellint.LintFixtures.findings;
import static org.prasan.modellint.LintFixtures.goodTask;
import static org.prasan.modellint.LintFixtures.process;

import java.util.function.UnaryOperator;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.UserTaskBuilder;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

class DueDateRuleTest {

  private final DueDateRule rule = new DueDateRule();

  private static BpmnModelInstance withTask(String taskId, UnaryOperator<UserTaskBuilder> change) {
    return change.apply(goodTask(process("charging").startEvent("StartEvent_Start").name("Start")
        .userTask(taskId))).endEvent("EndEvent_End").name("End").done();
  }

  @Test
  void acceptsTheServiceLevelExpressionOfATaskWithAServiceLevel() {
    assertThat(findings(rule, bpmn(withTask(TASK, task -> task)))).isEmpty();
    assertThat(findings(rule, bpmn(withTask(TASK,
        task -> task.camundaDueDate(" ${ sla.due( execution ) } "))))).isEmpty();
  }

  @Test
  void reportsAUserTaskWithoutDueDate() {
    BpmnModelInstance model = withTask(TASK, task -> task);
    model.<UserTask>getModelElementById(TASK).setCamundaDueDate(null);

    assertThat(findings(rule, bpmn(model))).containsExactly("ERROR ML04 " + TASK);
  }

  @Test
  void reportsADueDateThatBypassesTheServiceLevels() {
    var found = LintFixtures.lint(rule, bpmn(withTask(TASK,
        task -> task.camundaDueDate("${dateTime().plusDays(7).toDate()}"))));

    assertThat(found).extracting(Finding::severity, Finding::elementId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.ERROR, TASK));
    assertThat(found.get(0).fix()).contains("prasan.sla.service-levels");
  }

  @Test
  void warnsOfATaskWithoutAServiceLevelOfItsOwn() {
    var found = LintFixtures.lint(rule, bpmn(withTask("Task_RecordHearing", task -> task)));

    assertThat(found).extracting(Finding::severity, Finding::elementId).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "Task_RecordHearing"));
    assertThat(found.get(0).fix()).contains("serviceLevel", "2 working days");
  }

  @Test
  void acceptsATaskWhoseModelGivesItsServiceLevel() {
    BpmnModelInstance model = withTask("Task_RecordHearing", task -> task);
    LintFixtures.serviceLevel(model, "Task_RecordHearing", "30d");

    assertThat(findings(rule, bpmn(model))).isEmpty();
  }
}
