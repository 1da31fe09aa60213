package org.prasan.modellint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prasan.modellint.LintFixtures.bpmn;
import static org.prasan.modellint.LintFixtures.findings;
import static org.prasan.modellint.LintFixtures.process;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.Test;

class GatewayFlowRuleTest {

  private static final String GATEWAY = "Gateway_ChargingDecision";

  private final GatewayFlowRule rule = new GatewayFlowRule();

  /** A decision with two named, conditional flows: Flow_Approved and Flow_NotProsecuted. */
  private static BpmnModelInstance decision() {
    return process("charging").startEvent("StartEvent_Start").name("Start")
        .exclusiveGateway(GATEWAY).name("Charged?")
        .sequenceFlowId("Flow_Approved").condition("Approved", "${chargingDecision == 'APPROVE'}")
        .endEvent("EndEvent_Charged").name("Charged")
        .moveToLastGateway()
        .sequenceFlowId("Flow_NotProsecuted")
        .condition("Not prosecuted", "${chargingDecision == 'NOT_PROSECUTE'}")
        .endEvent("EndEvent_NotProsecuted").name("Not prosecuted")
        .done();
  }

  private static SequenceFlow flow(BpmnModelInstance model, String id) {
    return model.getModelElementById(id);
  }

  @Test
  void acceptsNamedFlowsWithConditions() {
    assertThat(findings(rule, bpmn(decision()))).isEmpty();
  }

  @Test
  void acceptsAJoiningGatewayWithOneUnconditionalFlow() {
    BpmnModelInstance model = process("charging").startEvent("StartEvent_Start").name("Start")
        .exclusiveGateway("Gateway_CaseFileToSubmit").name("Case file to submit")
        .endEvent("EndEvent_End").name("End").done();

    assertThat(findings(rule, bpmn(model))).isEmpty();
  }

  @Test
  void reportsAFlowWithoutConditionThatIsNotTheDefault() {
    BpmnModelInstance model = decision();
    flow(model, "Flow_NotProsecuted").removeConditionExpression();

    var found = LintFixtures.lint(rule, bpmn(model));

    assertThat(found).extracting(finding -> finding.severity() + " " + finding.elementId())
        .containsExactly("ERROR Flow_NotProsecuted");
    assertThat(found.get(0).message()).contains(GATEWAY).contains("no condition");
  }

  @Test
  void warnsOfADefaultFlow() {
    BpmnModelInstance model = decision();
    flow(model, "Flow_NotProsecuted").removeConditionExpression();
    model.<ExclusiveGateway>getModelElementById(GATEWAY).setDefault(flow(model, "Flow_NotProsecuted"));

    assertThat(findings(rule, bpmn(model))).containsExactly("WARNING ML07 Flow_NotProsecuted");
  }

  @Test
  void reportsAConditionThatIsNotAnExpression() {
    BpmnModelInstance model = decision();
    flow(model, "Flow_Approved").getConditionExpression()
        .setTextContent("${chargingDecision == }");

    var found = LintFixtures.lint(rule, bpmn(model));

    assertThat(found).extracting(Finding::elementId).containsExactly("Flow_Approved");
    assertThat(found.get(0).message()).contains("is not a valid expression");
  }

  @Test
  void warnsOfAnUnnamedFlow() {
    BpmnModelInstance model = decision();
    flow(model, "Flow_Approved").setName(null);

    assertThat(findings(rule, bpmn(model))).containsExactly("WARNING ML07 Flow_Approved");
  }
}
