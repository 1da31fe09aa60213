package org.prasan.modellint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prasan.modellint.LintFixtures.bpmn;
import static org.prasan.modellint.LintFixtures.findings;
import static org.prasan.modellint.LintFixtures.goodProcess;
import static org.prasan.modellint.LintFixtures.process;

import org.junit.jupiter.api.Test;

class GeneratedIdRuleTest {

  private final GeneratedIdRule rule = new GeneratedIdRule();

  @Test
  void acceptsIdsThatSayWhatAnElementIs() {
    var model = process("charging").startEvent("StartEvent_CaseFileToCharge").name("Start")
        .userTask("Task_Stage2Review").name("Review")
        .intermediateCatchEvent("Timer_48Hours").name("48 hours").timerWithDuration("PT48H")
        .endEvent("EndEvent_Charged").name("Charged").done();

    assertThat(findings(rule, bpmn(model), bpmn(goodProcess()))).isEmpty();
  }

  @Test
  void warnsOfEveryGeneratedId() {
    var model = process("charging").startEvent("StartEvent_1").name("Start")
        .userTask("Activity_0abc12x").name("Review")
        .sequenceFlowId("Flow_1k2j3h4")
        .exclusiveGateway("Gateway_0x8y7z6").name("Done?")
        .endEvent("Event_0abc12").name("End").done();

    assertThat(findings(rule, bpmn(model))).containsExactly(
        "WARNING ML11 Activity_0abc12x", "WARNING ML11 Event_0abc12", "WARNING ML11 Flow_1k2j3h4",
        "WARNING ML11 Gateway_0x8y7z6", "WARNING ML11 StartEvent_1");
  }
}
