package org.prasan.modellint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prasan.modellint.LintFixtures.bpmn;
import static org.prasan.modellint.LintFixtures.findings;
import static org.prasan.modellint.LintFixtures.goodProcess;
import static org.prasan.modellint.LintFixtures.process;

import java.util.List;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.junit.jupiter.api.Test;

class CallActivityRuleTest {

  private static final String CALL = "CallActivity_Charging";

  private final CallActivityRule rule = new CallActivityRule();

  /** joint-case calling {@code called} with the given mappings. */
  private static BpmnModelInstance jointCase(String called, boolean businessKey, boolean allIn,
                                             boolean allOut) {
    BpmnModelInstance model = process("joint-case").startEvent("StartEvent_Tip").name("Tip")
        .callActivity(CALL).name("Decide charging").calledElement(called)
        .camundaCalledElementBinding("latest")
        .endEvent("EndEvent_Judged").name("Judged").done();
    CallActivity call = model.getModelElementById(CALL);
    ExtensionElements extensions = model.newInstance(ExtensionElements.class);
    call.setExtensionElements(extensions);
    if (businessKey) {
      extensions.addExtensionElement(CamundaIn.class)
          .setCamundaBusinessKey("#{execution.processBusinessKey}");
    }
    if (allIn) {
      extensions.addExtensionElement(CamundaIn.class).setCamundaVariables("all");
    }
    if (allOut) {
      extensions.addExtensionElement(CamundaOut.class).setCamundaVariables("all");
    }
    return model;
  }

  @Test
  void acceptsACallThatPassesTheCaseIdAndItsVariablesByName() {
    assertThat(findings(rule, bpmn(jointCase("charging", true, false, false)), bpmn(goodProcess())))
        .isEmpty();
  }

  @Test
  void acceptsACallToAProcessAlreadyDeployed() {
    LintReport report = new ModelLinter(LintFixtures.environment(), List.of(rule))
        .lint(List.of(bpmn(jointCase("charging", true, false, false))), List.of(bpmn(goodProcess())));

    assertThat(report.findings()).isEmpty();
  }

  @Test
  void reportsACallToAnUnknownProcessAndSuggestsTheClosest() {
    var found = LintFixtures.lint(rule, bpmn(jointCase("chargng", true, false, false)),
        bpmn(goodProcess()));

    assertThat(found).extracting(finding -> finding.severity() + " " + finding.elementId())
        .containsExactly("ERROR " + CALL);
    assertThat(found.get(0).message()).contains("'chargng'").contains("did you mean 'charging'");
  }

  @Test
  void reportsACallWithoutCalledElement() {
    BpmnModelInstance model = jointCase("charging", true, false, false);
    model.<CallActivity>getModelElementById(CALL).setCalledElement(null);

    assertThat(findings(rule, bpmn(model))).containsExactly("ERROR ML08 " + CALL);
  }

  @Test
  void reportsACallThatDoesNotPassTheBusinessKey() {
    var found = LintFixtures.lint(rule, bpmn(jointCase("charging", false, false, false)),
        bpmn(goodProcess()));

    assertThat(found).singleElement().satisfies(finding -> {
      assertThat(finding.severity()).isEqualTo(Severity.ERROR);
      assertThat(finding.fix()).contains("#{execution.processBusinessKey}");
    });
  }

  @Test
  void warnsOfACallThatPassesAllVariablesInsteadOfByName() {
    assertThat(findings(rule, bpmn(jointCase("charging", true, true, false)), bpmn(goodProcess())))
        .containsExactly("WARNING ML08 " + CALL);
    assertThat(findings(rule, bpmn(jointCase("charging", true, false, true)), bpmn(goodProcess())))
        .containsExactly("WARNING ML08 " + CALL);
  }
}
