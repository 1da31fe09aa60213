package org.prasan.modellint;

import java.util.List;
import java.util.stream.Collectors;

/** Models with lint errors were not deployed; the message lists every error. */
public class ModelsRefusedException extends RuntimeException {

  private final transient LintReport report;

  public ModelsRefusedException(LintReport report) {
    super("Refusing to deploy models with lint errors (" + report.summary() + "):\n"
        + report.errors().stream().map(Finding::format).collect(Collectors.joining("\n")));
    this.report = report;
  }

  public List<Finding> findings() {
    return report.findings();
  }
}
