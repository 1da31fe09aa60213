package org.prasan.models;

import java.util.List;
import org.prasan.system.ApiProblems;

/** Uploaded files that are not model files; answered with 400. */
class InvalidUploadException extends RuntimeException {

  private final transient List<ApiProblems.FieldProblem> problems;

  InvalidUploadException(List<ApiProblems.FieldProblem> problems) {
    super("Invalid upload");
    this.problems = List.copyOf(problems);
  }

  List<ApiProblems.FieldProblem> problems() {
    return problems;
  }
}
