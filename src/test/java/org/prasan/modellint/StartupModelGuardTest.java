package org.prasan.modellint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.prasan.PrasanApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** The application, started on a folder of models, refuses a broken one and deploys a clean one. */
@ExtendWith(OutputCaptureExtension.class)
class StartupModelGuardTest {

  @TempDir
  Path models;

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(PrasanApplication.class)
        .profiles("test")
        .run("--prasan.lint.startup-guard=true", "--server.port=0",
            "--camunda.bpm.deployment-resource-pattern=file:" + models.toAbsolutePath() + "/*.*");
  }

  private void write(String name, ModelSource source) throws IOException {
    Files.write(models.resolve(name), source.content());
  }

  @Test
  void refusesToStartWithABrokenModelAndLogsWhatAndWhere(CapturedOutput log) throws IOException {
    var model = LintFixtures.goodProcess();
    model.<UserTask>getModelElementById(LintFixtures.TASK).setCamundaDueDate(null);
    write("charging.bpmn", LintFixtures.bpmn(model));
    write("approve-charging.form", LintFixtures.form(LintFixtures.FORM));

    assertThatThrownBy(this::start).hasRootCauseInstanceOf(ModelsRefusedException.class);
    assertThat(log.getOut()).contains("/charging.bpmn: Task_ApproveCharging: ERROR ML04"
        + " due-date: User task 'Approve charging' (Task_ApproveCharging) has no due date")
        .contains("nothing is deployed");
  }

  @Test
  void deploysCleanModelsAndLogsTheirWarnings(CapturedOutput log) throws IOException {
    var model = LintFixtures.goodProcess();
    model.<UserTask>getModelElementById(LintFixtures.TASK).setId("Task_Stage2Approval");
    write("charging.bpmn", LintFixtures.bpmn(model));
    write("approve-charging.form", LintFixtures.form(LintFixtures.FORM));

    try (ConfigurableApplicationContext application = start()) {
      assertThat(application.getBean(RepositoryService.class).createProcessDefinitionQuery()
          .processDefinitionKey("charging").count()).isEqualTo(1);
    }
    assertThat(log.getOut()).contains("WARNING ML04 due-date: User task 'Approve charging' "
        + "(Task_Stage2Approval) has no service level of its own");
  }
}
