package org.prasan.modellint;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One problem in one model file: which rule ({@code code}, stable across releases), where (the
 * file and the element id, or the file's own id when the whole file is concerned), what is
 * wrong and how to fix it.
 */
public record Finding(String code, String rule, Severity severity, String file, String elementId,
                      String message, String fix) {

  @JsonIgnore
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** One line for a terminal or a log: {@code file: element: ERROR ML01 rule: message Fix: ...}. */
  public String format() {
    return file + ": " + (elementId == null ? "-" : elementId) + ": " + severity + " " + code
        + " " + rule + ": " + message + " Fix: " + fix;
  }
}
