package org.prasan.modellint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The build lints the models in {@code processes/} and {@code forms/} as they are, with the
 * agency registry, service levels and delegate beans of this build: a model that breaks a
 * convention fails the build with every finding, file and element named.
 */
class ProjectModelsLintTest {

  @Test
  void modelsInProcessesAndFormsHaveNoLintErrors() throws IOException {
    List<ModelSource> models = new ArrayList<>(LintCommand.sources(Path.of("processes")));
    models.addAll(LintCommand.sources(Path.of("forms")));
    LintEnvironment environment = ConfigurationFiles.environment(
        List.of(new ClassPathResource("application.yaml")), ClasspathDelegateCatalog.scan());

    LintReport report = new ModelLinter(environment).lint(models);

    report.warnings().forEach(warning -> System.out.println(warning.format()));
    assertThat(models).as("models in processes/ and forms/").isNotEmpty();
    if (report.hasErrors()) {
      fail(report.summary() + ":\n" + report.errors().stream().map(Finding::format)
          .collect(Collectors.joining("\n")));
    }
  }
}
