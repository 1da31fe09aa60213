package org.prasan.modellint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Every variable a candidate-group fix suggests is one a coordinator can look up in
 * docs/modelling-conventions.md: each project process is linted with the candidate groups of
 * all its user tasks removed, with the configuration of this build.
 */
class LintHintsDocumentedTest {

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)}");

  @Test
  void candidateGroupFixesNameOnlyDocumentedVariablesTheCaseHolds() throws IOException {
    LintEnvironment environment = ConfigurationFiles.environment(
        List.of(new ClassPathResource("application.yaml")), ClasspathDelegateCatalog.scan());
    List<ModelSource> models = new ArrayList<>(LintCommand.sources(Path.of("processes")));
    models.addAll(LintCommand.sources(Path.of("forms")));
    String conventions = Files.readString(Path.of("docs", "modelling-conventions.md"),
        StandardCharsets.UTF_8);

    Set<String> suggested = new TreeSet<>();
    Set<String> suggestedOutsideTheirProcess = new TreeSet<>();
    for (ModelSource process : models.stream().filter(ModelSource::isBpmn).toList()) {
      List<Finding> findings = new ModelLinter(environment, List.of(new CandidateGroupRule()))
          .lint(List.of(withoutCandidateGroups(process)), models).findings();
      assertThat(findings).as(process.name()).isNotEmpty();
      for (Finding finding : findings) {
        Matcher variable = VARIABLE.matcher(finding.fix());
        while (variable.find()) {
          suggested.add(variable.group(1));
          if (variable.group(1).equals("otherLeadAgency") && !process.name().endsWith("overlap-review.bpmn")
              || variable.group(1).equals("supervisorGroups")
              && !process.name().endsWith("task-escalation.bpmn")) {
            suggestedOutsideTheirProcess.add(process.name() + ": " + variable.group(1));
          }
        }
      }
    }

    assertThat(suggestedOutsideTheirProcess).isEmpty();
    assertThat(suggested).contains("leadAgency", "triageAgency")
        .allSatisfy(name -> assertThat(conventions).contains("${" + name + "}"));
  }

  private static ModelSource withoutCandidateGroups(ModelSource source) {
    BpmnModelInstance model = Bpmn.readModelFromStream(
        new java.io.ByteArrayInputStream(source.content()));
    model.getModelElementsByType(UserTask.class).forEach(task -> task.setCamundaCandidateGroups(null));
    return new ModelSource(source.name(),
        Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8));
  }
}
