package org.prasan.modellint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prasan.modellint.LintFixtures.bpmn;
import static org.prasan.modellint.LintFixtures.findings;
import static org.prasan.modellint.LintFixtures.process;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.ServiceTaskBuilder;
import org.junit.jupiter.api.Test;

class LegalClockRuleTest {

  private static final String START = "ServiceTask_StartCustodyClock";
  private static final String TIMER = "Timer_CustodyEnds";

  private final LegalClockRule rule = new LegalClockRule();

  private static BpmnModelInstance clockTask(String delegate, String clocks) {
    ServiceTaskBuilder task = process("investigation").startEvent("StartEvent_Start").name("Start")
        .serviceTask(START).name("Start custody clock").camundaDelegateExpression(delegate);
    if (clocks != null) {
      task = task.camundaInputParameter("legalClock", clocks);
    }
    return task.endEvent("EndEvent_End").name("End").done();
  }

  private static BpmnModelInstance timerOn(String expression) {
    return process("investigation").startEvent("StartEvent_Start").name("Start")
        .intermediateCatchEvent(TIMER).name("Custody ends").timerWithDate(expression)
        .endEvent("EndEvent_End").name("End").done();
  }

  @Test
  void acceptsClocksTheConfigurationDefines() {
    assertThat(findings(rule, bpmn(clockTask("${startLegalClockDelegate}", "police-custody"))))
        .isEmpty();
    assertThat(findings(rule, bpmn(clockTask("${stopLegalClockDelegate}",
        "police-custody, remand-cap")))).isEmpty();
    assertThat(findings(rule, bpmn(timerOn("${legalClocks.warnAt(execution, 'remand-cap')}"))))
        .isEmpty();
  }

  @Test
  void reportsAClockDelegateThatNamesNoClock() {
    assertThat(findings(rule, bpmn(clockTask("${startLegalClockDelegate}", null))))
        .containsExactly("ERROR ML13 " + START);
  }

  @Test
  void reportsAnUnknownClockWithTheClosestKnownOne() {
    var found = LintFixtures.lint(rule, bpmn(clockTask("${startLegalClockDelegate}",
        "police-custdy")));

    assertThat(found).extracting(Finding::elementId).containsExactly(START);
    assertThat(found.get(0).message()).contains("'police-custdy'").contains("police-custody");
  }

  @Test
  void reportsATimerThatReadsAnUnknownClock() {
    assertThat(findings(rule, bpmn(timerOn("${legalClocks.endsAt(execution, 'remand')}"))))
        .containsExactly("ERROR ML13 " + TIMER);
  }

  @Test
  void ignoresServiceTasksOfOtherDelegates() {
    assertThat(findings(rule, bpmn(clockTask("${recordChargingDelegate}", null)))).isEmpty();
  }
}
