package org.prasan.modellint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prasan.modellint.LintFixtures.bpmn;
import static org.prasan.modellint.LintFixtures.dmn;
import static org.prasan.modellint.LintFixtures.findings;
import static org.prasan.modellint.LintFixtures.goodProcess;

import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;

class HistoryTimeToLiveRuleTest {

  private final HistoryTimeToLiveRule rule = new HistoryTimeToLiveRule();

  @Test
  void acceptsDaysOrAnIsoPeriodOfDays() {
    var model = goodProcess();
    assertThat(findings(rule, bpmn(model), dmn("lead-agency", "P3650D"))).isEmpty();
    model.<Process>getModelElementById("charging").setCamundaHistoryTimeToLiveString("P3650D");
    assertThat(findings(rule, bpmn(model))).isEmpty();
  }

  @Test
  void reportsAProcessWithoutHistoryTimeToLive() {
    var model = goodProcess();
    model.<Process>getModelElementById("charging").setCamundaHistoryTimeToLiveString(null);

    assertThat(findings(rule, bpmn(model))).containsExactly("ERROR ML09 charging");
  }

  @Test
  void reportsADecisionWithoutHistoryTimeToLive() {
    assertThat(findings(rule, dmn("lead-agency", null))).containsExactly("ERROR ML09 lead-agency");
  }

  @Test
  void reportsATimeToLiveThatIsNotDays() {
    var model = goodProcess();
    model.<Process>getModelElementById("charging").setCamundaHistoryTimeToLiveString("10 years");

    assertThat(LintFixtures.lint(rule, bpmn(model))).singleElement().satisfies(finding ->
        assertThat(finding.message()).contains("'10 years', which is not a number of days"));
  }
}
