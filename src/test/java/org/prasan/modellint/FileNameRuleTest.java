package org.prasan.modellint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prasan.modellint.LintFixtures.bpmn;
import static org.prasan.modellint.LintFixtures.findings;
import static org.prasan.modellint.LintFixtures.form;
import static org.prasan.modellint.LintFixtures.goodProcess;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

class FileNameRuleTest {

  private final FileNameRule rule = new FileNameRule();

  @Test
  void acceptsAProcessAndAFormNamedLikeTheirFiles() {
    assertThat(findings(rule, bpmn("processes/charging.bpmn", goodProcess()),
        form("approve-charging"))).isEmpty();
  }

  @Test
  void reportsAProcessIdOtherThanTheFileName() {
    var found = LintFixtures.lint(rule, bpmn("processes/charges.bpmn", goodProcess()));

    assertThat(found).extracting(finding -> finding.severity() + " " + finding.elementId())
        .containsExactly("ERROR charging");
    assertThat(found.get(0).fix()).contains("Set the process ID to charges")
        .contains("charging.bpmn");
  }

  @Test
  void reportsAFileWithoutExecutableProcess() {
    var model = Bpmn.createProcess("charging").name("Charging").startEvent("StartEvent_Start")
        .name("Start").done();

    assertThat(findings(rule, bpmn("processes/charging.bpmn", model)))
        .containsExactly("ERROR ML05 null");
  }

  @Test
  void reportsTwoProcessesInOneFile() {
    String xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" \
        id="Definitions_Charging" targetNamespace="https://prasan.org/bpmn">
          <bpmn:process id="charging" name="Charging" isExecutable="true" />
          <bpmn:process id="litigation" name="Litigation" isExecutable="true" />
        </bpmn:definitions>
        """;

    assertThat(findings(rule, LintFixtures.bpmn("processes/charging.bpmn", xml)))
        .containsExactly("ERROR ML05 null", "ERROR ML05 litigation");
  }

  @Test
  void reportsAFormIdOtherThanTheFileName() {
    assertThat(findings(rule, LintFixtures.formFile("forms/approve.form", "approve-charging")))
        .containsExactly("ERROR ML05 approve-charging");
  }
}
