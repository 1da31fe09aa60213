package org.prasan.modellint;

import java.util.List;

/**
 * One convention, checked by one class. {@code code} and {@code name} are stable: coordinators
 * look them up in docs/changing-the-procedure.md. A rule reports only for the file it is given
 * and may look at the rest of the {@link ModelSet} to resolve references.
 */
public interface LintRule {

  String code();

  String name();

  default List<Finding> checkProcess(ModelFile.Bpmn file, LintContext context) {
    return List.of();
  }

  default List<Finding> checkDecision(ModelFile.Dmn file, LintContext context) {
    return List.of();
  }

  default List<Finding> checkForm(ModelFile.Form file, LintContext context) {
    return List.of();
  }

  default Finding error(ModelFile file, String elementId, String message, String fix) {
    return new Finding(code(), name(), Severity.ERROR, file.name(), elementId, message, fix);
  }

  default Finding warning(ModelFile file, String elementId, String message, String fix) {
    return new Finding(code(), name(), Severity.WARNING, file.name(), elementId, message, fix);
  }
}
