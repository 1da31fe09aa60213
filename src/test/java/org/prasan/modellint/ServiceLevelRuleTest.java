package org.prasan.modellint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prasan.modellint.LintFixtures.TASK;
import static org.prasan.modellint.LintFixtures.bpmn;
import static org.prasan.modellint.LintFixtures.findings;
import static org.prasan.modellint.LintFixtures.goodProcess;
import static org.prasan.modellint.LintFixtures.serviceLevel;

import org.junit.jupiter.api.Test;

class ServiceLevelRuleTest {

  private final ServiceLevelRule rule = new ServiceLevelRule();

  @Test
  void acceptsWorkingAndCalendarTimeInTheWordsOfTheConfiguration() {
    for (String level : new String[] {"2 working days", "4 working hours", "12h", "15d", "PT36H"}) {
      assertThat(findings(rule, bpmn(serviceLevel(goodProcess(), TASK, level)))).as(level).isEmpty();
    }
    assertThat(findings(rule, bpmn(goodProcess()))).isEmpty();
  }

  @Test
  void reportsAServiceLevelThatIsNoLengthOfTime() {
    var found = LintFixtures.lint(rule, bpmn(serviceLevel(goodProcess(), TASK, "two days")));

    assertThat(found).extracting(Finding::code, Finding::severity, Finding::elementId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ML14", Severity.ERROR, TASK));
    assertThat(found.get(0).message()).contains("'two days'");
    assertThat(found.get(0).fix()).contains("2 working days", "12h");
  }

  @Test
  void warnsOfAServiceLevelOnAnElementThatIsNoUserTask() {
    var model = goodProcess();
    String start = model.getModelElementsByType(
        org.camunda.bpm.model.bpmn.instance.StartEvent.class).iterator().next().getId();

    assertThat(findings(rule, bpmn(serviceLevel(model, start, "1d"))))
        .containsExactly("WARNING ML14 " + start);
  }
}
