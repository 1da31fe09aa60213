package org.prasan.modellint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prasan.modellint.LintFixtures.DELEGATE;
import static org.prasan.modellint.LintFixtures.LISTENER;
import static org.prasan.modellint.LintFixtures.TASK;
import static org.prasan.modellint.LintFixtures.bpmn;
import static org.prasan.modellint.LintFixtures.findings;
import static org.prasan.modellint.LintFixtures.goodTask;
import static org.prasan.modellint.LintFixtures.process;

import java.util.function.UnaryOperator;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.ServiceTaskBuilder;
import org.junit.jupiter.api.Test;

class DelegateRuleTest {

  private static final String SERVICE_TASK = "ServiceTask_RecordCharging";

  private final DelegateRule rule = new DelegateRule();

  private static BpmnModelInstance withServiceTask(UnaryOperator<ServiceTaskBuilder> change) {
    return change.apply(process("charging").startEvent("StartEvent_Start").name("Start")
        .serviceTask(SERVICE_TASK).name("Record charging"))
        .endEvent("EndEvent_End").name("End").done();
  }

  @Test
  void acceptsAnExistingDelegateBean() {
    assertThat(findings(rule, bpmn(withServiceTask(task ->
        task.camundaDelegateExpression("${" + DELEGATE + "}"))))).isEmpty();
  }

  @Test
  void reportsAJavaClassInsteadOfADelegate() {
    var found = LintFixtures.lint(rule, bpmn(withServiceTask(task ->
        task.camundaClass("org.prasan.charging.RecordCharging"))));

    assertThat(found).extracting(finding -> finding.severity() + " " + finding.elementId())
        .containsExactly("ERROR " + SERVICE_TASK);
    assertThat(found.get(0).message()).contains("'org.prasan.charging.RecordCharging'");
  }

  @Test
  void reportsABeanThatDoesNotExist() {
    var found = LintFixtures.lint(rule, bpmn(withServiceTask(task ->
        task.camundaDelegateExpression("${recordChargeDelegate}"))));

    assertThat(found).singleElement().satisfies(finding -> {
      assertThat(finding.elementId()).isEqualTo(SERVICE_TASK);
      assertThat(finding.message()).contains("'recordChargeDelegate', which does not exist");
    });
  }

  @Test
  void reportsADelegateExpressionThatIsNotABeanName() {
    assertThat(findings(rule, bpmn(withServiceTask(task ->
        task.camundaDelegateExpression("${beans.get('recordChargingDelegate')}")))))
        .containsExactly("ERROR ML06 " + SERVICE_TASK);
  }

  @Test
  void reportsAServiceTaskWithoutImplementation() {
    assertThat(findings(rule, bpmn(withServiceTask(task -> task))))
        .containsExactly("ERROR ML06 " + SERVICE_TASK);
  }

  @Test
  void checksListenersOnTheirTask() {
    BpmnModelInstance model = goodTask(process("charging").startEvent("StartEvent_Start")
        .name("Start").userTask(TASK))
        .camundaExecutionListenerDelegateExpression("start", "${" + LISTENER + "}")
        .camundaExecutionListenerClass("end", "org.prasan.charging.Audit")
        .camundaTaskListenerDelegateExpression("complete", "${checkVoteDelegate}")
        .endEvent("EndEvent_End").name("End").done();

    var found = LintFixtures.lint(rule, bpmn(model));

    assertThat(found).extracting(Finding::elementId).containsExactly(TASK, TASK);
    assertThat(found).extracting(Finding::message).containsExactlyInAnyOrder(
        "An execution listener on " + TASK
            + " names the Java class 'org.prasan.charging.Audit' (camunda:class) instead of a "
            + "delegate bean.",
        "A task listener on " + TASK + " calls the bean 'checkVoteDelegate', which does not exist.");
  }
}
