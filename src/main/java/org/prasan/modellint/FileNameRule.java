package org.prasan.modellint;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.instance.Process;

/**
 * ML05: one executable process per file and its id is the file name
 * ({@code processes/charging.bpmn} holds {@code charging}); a form's JSON id is its file name.
 * Call activities and form references name these ids, so the files are where one looks.
 */
public class FileNameRule implements LintRule {

  @Override
  public String code() {
    return "ML05";
  }

  @Override
  public String name() {
    return "id-matches-file-name";
  }

  @Override
  public List<Finding> checkProcess(ModelFile.Bpmn file, LintContext context) {
    List<Process> processes = file.executableProcesses();
    String expected = file.source().baseName();
    if (processes.isEmpty()) {
      return List.of(error(file, null, "The file holds no executable process.",
          "Tick Executable on the process (isExecutable=\"true\") and give it the id "
              + expected + "."));
    }
    List<Finding> findings = new ArrayList<>();
    if (processes.size() > 1) {
      findings.add(error(file, null, "The file holds " + processes.size()
              + " executable processes; the convention is one process per file.",
          "Move each process into a file named by its id."));
    }
    for (Process process : processes) {
      if (!expected.equals(process.getId())) {
        findings.add(error(file, process.getId(), "The process id '" + process.getId()
                + "' differs from the file name '" + expected + "'.",
            "Set the process ID to " + expected + ", or rename the file to "
                + process.getId() + ".bpmn (and every call activity that calls it)."));
      }
    }
    return findings;
  }

  @Override
  public List<Finding> checkForm(ModelFile.Form file, LintContext context) {
    String expected = file.source().baseName();
    if (expected.equals(file.id())) {
      return List.of();
    }
    return List.of(error(file, file.id(), "The form id '" + file.id()
            + "' differs from the file name '" + expected + "'.",
        "Set the form's ID to " + expected + ", or rename the file to " + file.id()
            + ".form (and every Form ID that refers to it)."));
  }
}
