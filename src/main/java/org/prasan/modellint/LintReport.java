package org.prasan.modellint;

import java.util.Comparator;
import java.util.List;

/** The findings of one lint run over {@code files}, sorted by file, element and code. */
public record LintReport(List<String> files, List<Finding> findings) {

  private static final Comparator<Finding> ORDER = Comparator
      .comparing(Finding::file)
      .thenComparing(Finding::elementId, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(Finding::code)
      .thenComparing(Finding::message);

  public LintReport {
    files = List.copyOf(files);
    findings = findings.stream().sorted(ORDER).toList();
  }

  public boolean hasErrors() {
    return findings.stream().anyMatch(Finding::isError);
  }

  public List<Finding> errors() {
    return findings.stream().filter(Finding::isError).toList();
  }

  public List<Finding> warnings() {
    return findings.stream().filter(finding -> !finding.isError()).toList();
  }

  /** {@code 2 errors, 1 warning in 5 files}. */
  public String summary() {
    return count(errors().size(), "error") + ", " + count(warnings().size(), "warning")
        + " in " + count(files.size(), "file");
  }

  private static String count(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
