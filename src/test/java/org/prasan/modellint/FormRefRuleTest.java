package org.prasan.modellint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prasan.modellint.LintFixtures.FORM;
import static org.prasan.modellint.LintFixtures.TASK;
import static org.prasan.modellint.LintFixtures.bpmn;
import static org.prasan.modellint.LintFixtures.findings;
import static org.prasan.modellint.LintFixtures.form;
import static org.prasan.modellint.LintFixtures.goodProcess;

import java.util.List;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

class FormRefRuleTest {

  private final FormRefRule rule = new FormRefRule();

  private static BpmnModelInstance withTask(java.util.function.Consumer<UserTask> change) {
    BpmnModelInstance model = goodProcess();
    change.accept(model.getModelElementById(TASK));
    return model;
  }

  @Test
  void acceptsAFormAmongTheModels() {
    assertThat(findings(rule, bpmn(goodProcess()), form(FORM, "chargingDecision"))).isEmpty();
  }

  @Test
  void acceptsAFormAlreadyInPlace() {
    LintReport report = new ModelLinter(LintFixtures.environment(), List.of(rule))
        .lint(List.of(bpmn(goodProcess())), List.of(form(FORM, "chargingDecision")));

    assertThat(report.findings()).isEmpty();
  }

  @Test
  void reportsAUserTaskWithoutForm() {
    assertThat(findings(rule, bpmn(withTask(task -> task.setCamundaFormRef(null))),
        form(FORM))).containsExactly("ERROR ML02 " + TASK);
  }

  @Test
  void reportsAFormKeyInsteadOfAFormReference() {
    var found = LintFixtures.lint(rule, bpmn(withTask(task -> {
      task.setCamundaFormRef(null);
      task.setCamundaFormKey("embedded:app:forms/approve.html");
    })), form(FORM));

    assertThat(found).singleElement().satisfies(finding -> {
      assertThat(finding.code()).isEqualTo("ML02");
      assertThat(finding.message()).contains("form key 'embedded:app:forms/approve.html'");
    });
  }

  @Test
  void reportsAnUnknownFormAndSuggestsTheClosest() {
    var found = LintFixtures.lint(rule, bpmn(goodProcess()), form("approve-chargin"));

    assertThat(found).extracting(Finding::elementId).containsExactly(TASK);
    assertThat(found.get(0).message()).contains("'approve-charging'")
        .contains("did you mean 'approve-chargin'");
    assertThat(found.get(0).fix()).contains("forms/approve-charging.form");
  }

  @Test
  void warnsOfABindingOtherThanDeployment() {
    assertThat(findings(rule, bpmn(withTask(task -> task.setCamundaFormRefBinding("latest"))),
        form(FORM))).containsExactly("WARNING ML02 " + TASK);
  }
}
