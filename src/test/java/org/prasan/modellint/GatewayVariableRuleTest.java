package org.prasan.modellint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prasan.modellint.LintFixtures.FORM;
import static org.prasan.modellint.LintFixtures.TASK;
import static org.prasan.modellint.LintFixtures.bpmn;
import static org.prasan.modellint.LintFixtures.findings;
import static org.prasan.modellint.LintFixtures.form;
import static org.prasan.modellint.LintFixtures.goodTask;
import static org.prasan.modellint.LintFixtures.process;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GatewayVariableRuleTest {

  private final GatewayVariableRule rule = new GatewayVariableRule();

  /** The decision after {@code before}: approve or not, read from {@code variable}. */
  private static BpmnModelInstance decision(AbstractFlowNodeBuilder<?, ?> before, String variable) {
    return before.exclusiveGateway("Gateway_ChargingDecision").name("Charged?")
        .sequenceFlowId("Flow_Approved").condition("Approved", "${" + variable + " == 'APPROVE'}")
        .endEvent("EndEvent_Charged").name("Charged")
        .moveToLastGateway()
        .sequenceFlowId("Flow_NotProsecuted")
        .condition("Not prosecuted", "${chargingDecision == 'NOT_PROSECUTE'}")
        .endEvent("EndEvent_NotProsecuted").name("Not prosecuted")
        .done();
  }

  private static ProcessBuilder charging() {
    return process("charging");
  }

  @Test
  void acceptsAVariableTheFormBeforeTheGatewayWrites() {
    BpmnModelInstance model = decision(goodTask(charging().startEvent("StartEvent_Start")
        .name("Start").userTask(TASK)), "chargingDecision");

    assertThat(findings(rule, bpmn(model), form(FORM, "chargingDecision"))).isEmpty();
  }

  @Test
  void reportsAVariableNothingWritesAndSuggestsTheClosest() {
    BpmnModelInstance model = decision(goodTask(charging().startEvent("StartEvent_Start")
        .name("Start").userTask(TASK)), "chargingDecison");

    var found = LintFixtures.lint(rule, bpmn(model), form(FORM, "chargingDecision"));

    assertThat(found).extracting(finding -> finding.severity() + " " + finding.elementId())
        .containsExactly("ERROR Flow_Approved");
    assertThat(found.get(0).message()).contains("reads 'chargingDecison'")
        .contains("Gateway_ChargingDecision").contains("did you mean 'chargingDecision'");
  }

  @Test
  void reportsAVariableOnlyAFormOfAnUnrelatedProcessWrites() {
    BpmnModelInstance charging = decision(charging().startEvent("StartEvent_Start").name("Start"),
        "chargingDecision");
    BpmnModelInstance other = goodTask(process("litigation").startEvent("StartEvent_Other")
        .name("Other").userTask("Task_Other")).endEvent("EndEvent_Other").name("Done").done();

    assertThat(findings(rule, bpmn(charging), bpmn(other), form(FORM, "chargingDecision")))
        .containsExactly("ERROR ML03 Flow_Approved", "ERROR ML03 Flow_NotProsecuted");
  }

  @Test
  void acceptsAVariableTheFormOfACalledProcessWrites() {
    BpmnModelInstance jointCase = decision(process("joint-case").startEvent("StartEvent_Tip")
        .name("Tip").callActivity("CallActivity_Charging").name("Decide charging")
        .calledElement("charging"), "chargingDecision");
    BpmnModelInstance charging = goodTask(charging().startEvent("StartEvent_Start").name("Start")
        .userTask(TASK)).endEvent("EndEvent_End").name("End").done();

    assertThat(findings(rule, bpmn(jointCase), bpmn(charging), form(FORM, "chargingDecision")))
        .isEmpty();
  }

  @Test
  void acceptsAVariableADelegateOfTheCaseWrites() {
    BpmnModelInstance model = decision(charging().startEvent("StartEvent_Start").name("Start")
        .serviceTask("ServiceTask_Record").name("Record")
        .camundaDelegateExpression("${" + LintFixtures.LISTENER + "}"), "chargingDecision");

    assertThat(findings(rule, bpmn(model))).isEmpty();
  }

  @Test
  void acceptsAVariableAnOutputMappingOrDecisionWrites() {
    BpmnModelInstance model = charging().startEvent("StartEvent_Start").name("Start")
        .businessRuleTask("BusinessRuleTask_ProposeLeadAgency").name("Propose")
        .camundaDecisionRef("lead-agency")
        .camundaOutputParameter("chargingDecision", "APPROVE")
        .exclusiveGateway("Gateway_Lead").name("Lead?")
        .sequenceFlowId("Flow_Dsi").condition("DSI", "${proposedLeadAgency == 'dsi' && caseId != null}")
        .endEvent("EndEvent_Dsi").name("DSI")
        .moveToLastGateway()
        .sequenceFlowId("Flow_Approved").condition("Approved", "${chargingDecision == 'APPROVE'}")
        .endEvent("EndEvent_Approved").name("Approved")
        .done();

    assertThat(findings(rule, bpmn(model), LintFixtures.dmn("lead-agency", "P3650D"))).isEmpty();
  }

  @Test
  void ignoresEngineNamesAndBeans() {
    BpmnModelInstance model = charging().startEvent("StartEvent_Start").name("Start")
        .exclusiveGateway("Gateway_Due").name("Due?")
        .sequenceFlowId("Flow_Due").condition("Due", "${sla.due(execution) != null}")
        .endEvent("EndEvent_Due").name("Due")
        .moveToLastGateway()
        .sequenceFlowId("Flow_NotDue").condition("Not due", "${execution.processBusinessKey == null}")
        .endEvent("EndEvent_NotDue").name("Not due")
        .done();
    LintEnvironment withSla = new LintEnvironment(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
        new LintFixtures.MapDelegateCatalog(java.util.Map.of("sla", Set.of())));

    assertThat(new ModelLinter(withSla, java.util.List.of(rule)).lint(java.util.List.of(bpmn(model)))
        .findings()).isEmpty();
  }
}
