package org.prasan.models;

import java.util.List;
import org.prasan.modellint.ModelsRefusedException;
import org.prasan.system.ApiProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** The model endpoints' refusals as {@code application/problem+json}. */
@RestControllerAdvice(assignableTypes = {ModelDeploymentController.class, MigrationController.class,
    WorkbenchController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ModelProblems {

  static final String FINDINGS = "findings";

  @ExceptionHandler(ModelsRefusedException.class)
  public ProblemDetail refused(ModelsRefusedException refused) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_ENTITY);
    problem.setTitle("The models have lint errors; nothing was deployed");
    long errors = refused.findings().stream().filter(finding -> finding.isError()).count();
    problem.setDetail(errors + " error(s): fix each finding in Camunda Modeler and upload again");
    problem.setProperty(FINDINGS, refused.findings());
    return problem;
  }

  @ExceptionHandler(InvalidRequestException.class)
  public ProblemDetail invalidRequest(InvalidRequestException invalid) {
    return ApiProblems.badRequest("The request has invalid fields", invalid.problems());
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  public ProblemDetail missingFiles(MissingServletRequestPartException missing) {
    return ApiProblems.badRequest("The upload has no files", List.of(new ApiProblems.FieldProblem(
        missing.getRequestPartName(), "must hold at least one model file")));
  }

  @ExceptionHandler(ProcessVersionNotFoundException.class)
  public ProblemDetail unknownVersion(ProcessVersionNotFoundException unknown) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
    problem.setTitle("No such process version");
    problem.setDetail(unknown.getMessage());
    return problem;
  }

  @ExceptionHandler(ModelVersionNotFoundException.class)
  public ProblemDetail unknownModelVersion(ModelVersionNotFoundException unknown) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
    problem.setTitle("No such model version");
    problem.setDetail(unknown.getMessage());
    return problem;
  }

  @ExceptionHandler(AccessDeniedException.class)
  public ProblemDetail forbidden(AccessDeniedException denied) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.FORBIDDEN);
    problem.setTitle("Only coordinators change the procedure");
    problem.setDetail("Deploying models and migrating cases needs membership of the group "
        + "coordinator");
    return problem;
  }
}
