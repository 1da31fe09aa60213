package org.prasan.modellint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelReaderTest {

  private static List<Finding> read(ModelSource... sources) {
    return new ModelLinter(LintFixtures.environment(), List.of()).lint(List.of(sources)).findings();
  }

  private static ModelSource text(String name, String content) {
    return new ModelSource(name, content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsAProcessADecisionAndAFormWithoutFindings() {
    assertThat(read(LintFixtures.bpmn(LintFixtures.goodProcess()),
        LintFixtures.dmn("lead-agency", "P3650D"),
        LintFixtures.form(LintFixtures.FORM, "chargingDecision"))).isEmpty();
  }

  @Test
  void reportsXmlThatIsNotWellFormedWithItsLine() {
    List<Finding> findings = read(text("processes/charging.bpmn",
        "<?xml version=\"1.0\"?>\n<bpmn:definitions xmlns:bpmn=\"x\">\n<bpmn:process>\n"));

    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.code()).isEqualTo("ML00");
      assertThat(finding.severity()).isEqualTo(Severity.ERROR);
      assertThat(finding.file()).isEqualTo("processes/charging.bpmn");
      assertThat(finding.elementId()).isNull();
      assertThat(finding.message()).startsWith("The file is not well-formed XML (line 4");
      assertThat(finding.fix()).contains("Camunda Modeler");
    });
  }

  @Test
  void reportsXmlThatIsNotBpmn() {
    List<Finding> findings = read(text("processes/charging.bpmn",
        "<?xml version=\"1.0\"?><note><to>Somchai</to></note>"));

    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.code()).isEqualTo("ML00");
      assertThat(finding.message()).startsWith("The file is not a BPMN 2.0 process model: ");
    });
  }

  @Test
  void reportsABpmnFileGivenAsDecision() {
    List<Finding> findings = read(new ModelSource("processes/charging.dmn",
        LintFixtures.bpmn(LintFixtures.goodProcess()).content()));

    assertThat(findings).singleElement().satisfies(finding ->
        assertThat(finding.message()).startsWith("The file is not a DMN decision model: "));
  }

  @Test
  void neverResolvesAnExternalEntity(@TempDir Path folder) throws Exception {
    Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP-SECRET-VALUE");
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE definitions [<!ENTITY leak SYSTEM \""
        + secret.toUri() + "\">]>\n<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
        + " id=\"D\" targetNamespace=\"x\"><process id=\"p\" name=\"&leak;\"/></definitions>";

    List<Finding> findings = read(text("processes/p.bpmn", xml));

    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.code()).isEqualTo("ML00");
      assertThat(finding.message()).contains("declares a DOCTYPE")
          .doesNotContain("TOP-SECRET-VALUE");
    });
  }

  @Test
  void reportsAFormThatIsNotJson() {
    List<Finding> findings = read(text("forms/approve-charging.form", "{\"id\": \"approve-charging\","));

    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.code()).isEqualTo("ML00");
      assertThat(finding.message()).startsWith("The file is not well-formed JSON (line 1");
    });
  }

  @Test
  void reportsJsonThatIsNotAForm() {
    List<Finding> findings = read(text("forms/approve-charging.form", "{\"components\": []}"));

    assertThat(findings).singleElement().satisfies(finding ->
        assertThat(finding.message()).startsWith("The file is not a Camunda form"));
  }

  @Test
  void reportsAFileOfAnotherKind() {
    assertThat(read(text("processes/notes.txt", "hello"))).extracting(Finding::code)
        .containsExactly("ML00");
  }
}
