package org.prasan.modellint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {

  @TempDir
  Path folder;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int lint(String... args) {
    return LintCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String output() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private void write(Path file, ModelSource source) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, source.content());
  }

  @Test
  void exitsZeroAndSaysSoForCleanModels() throws IOException {
    write(folder.resolve("processes/charging.bpmn"), LintFixtures.bpmn(LintFixtures.goodProcess()));
    write(folder.resolve("forms/approve-charging.form"), LintFixtures.form(LintFixtures.FORM));

    int exit = lint(folder.resolve("processes").toString(), folder.resolve("forms").toString());

    assertThat(exit).isZero();
    assertThat(output()).isEqualTo("0 errors, 0 warnings in 2 files" + System.lineSeparator());
  }

  @Test
  void printsEachFindingWithFileElementAndFixAndExitsOneOnAnError() throws IOException {
    var model = LintFixtures.goodProcess();
    model.<UserTask>getModelElementById(LintFixtures.TASK).setCamundaCandidateGroups("prosecutors");
    Path file = folder.resolve("charging.bpmn");
    write(file, LintFixtures.bpmn(model));
    write(folder.resolve("approve-charging.form"), LintFixtures.form(LintFixtures.FORM));

    int exit = lint(folder.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(output().lines().toList()).containsExactly(
        file + ": Task_ApproveCharging: ERROR ML01 candidate-group: User task 'Approve charging'"
            + " (Task_ApproveCharging) has the candidate group 'prosecutors', which is not in the"
            + " agency registry. Fix: Use an agency id from prasan.agencies in sop.yaml"
            + " (such as rtp-atpd, oag-tip, msdhs, coordinator, or <agency>-sup for supervisors).",
        "1 error, 0 warnings in 2 files");
  }

  @Test
  void reportsAFileThatIsNotXmlInsteadOfFailing() throws IOException {
    Files.writeString(folder.resolve("broken.bpmn"), "<bpmn:definitions");

    assertThat(lint(folder.toString())).isEqualTo(1);
    assertThat(output()).contains("broken.bpmn: -: ERROR ML00 readable-model: The file is not "
        + "well-formed XML");
  }

  @Test
  void resolvesReferencesAgainstThePackagedModels() throws IOException {
    // The form triage-tip is not in the folder, but packaged with the application.
    var model = LintFixtures.goodProcess();
    UserTask task = model.getModelElementById(LintFixtures.TASK);
    task.setCamundaFormRef("triage-tip");
    write(folder.resolve("charging.bpmn"), LintFixtures.bpmn(model));

    assertThat(lint(folder.toString())).isZero();
  }

  @Test
  void readsAnExtraConfigurationFile() throws IOException {
    var model = LintFixtures.goodProcess();
    model.<UserTask>getModelElementById(LintFixtures.TASK).setCamundaCandidateGroups("ecpat");
    write(folder.resolve("charging.bpmn"), LintFixtures.bpmn(model));
    write(folder.resolve("approve-charging.form"), LintFixtures.form(LintFixtures.FORM));
    Path config = Files.writeString(folder.resolve("extra.yaml"), """
        prasan:
          agencies:
            - id: ecpat
              name: ECPAT
              name-th: ECPAT
            - id: oag-tip
              name: OAG
              name-th: OAG
        """);

    assertThat(lint("--config", config.toString(), folder.resolve("charging.bpmn").toString(),
        folder.resolve("approve-charging.form").toString())).isZero();
  }

  @Test
  void exitsTwoWithUsageForNoFilesOrAMissingPath() {
    assertThat(lint()).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Usage: java -jar prasan.jar lint");
    assertThat(lint(folder.resolve("nowhere").toString())).isEqualTo(2);
    assertThat(lint(folder.toString())).isEqualTo(2);
  }
}
