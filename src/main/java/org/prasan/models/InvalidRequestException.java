package org.prasan.models;

import java.util.List;
import org.prasan.system.ApiProblems;

/** A model request with invalid fields or files; answered with 400. */
class InvalidRequestException extends RuntimeException {

  private final transient List<ApiProblems.FieldProblem> problems;

  InvalidRequestException(List<ApiProblems.FieldProblem> problems) {
    super("Invalid request");
    this.problems = List.copyOf(problems);
  }

  List<ApiProblems.FieldProblem> problems() {
    return problems;
  }
}
