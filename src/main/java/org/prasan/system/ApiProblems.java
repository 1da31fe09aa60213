package org.prasan.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every rejected request to {@code /api} answers {@code application/problem+json} with one
 * {@code errors} entry per invalid field, so an agency system can show its user what to fix.
 */
@RestControllerAdvice(basePackages = "org.prasan")
// Before Spring Boot's generic problem details handler (order 0), which would answer the same
// exceptions without the field list; after the model endpoints' own (ModelProblems).
@Order(-1)
public class ApiProblems {

  static final String ERRORS = "errors";
  static final String BODY = "body";

  @ExceptionHandler(MethodArgumentNotValidException.class)
  public ProblemDetail invalidFields(MethodArgumentNotValidException exception) {
    List<FieldProblem> errors = exception.getBindingResult().getFieldErrors().stream()
        .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
        .sorted(Comparator.comparing(FieldProblem::field))
        .toList();
    return badRequest("The request has invalid fields", errors);
  }

  @ExceptionHandler(HandlerMethodValidationException.class)
  public ProblemDetail invalidParameters(HandlerMethodValidationException exception) {
    List<FieldProblem> errors = exception.getParameterValidationResults().stream()
        .flatMap(result -> result.getResolvableErrors().stream()
            .map(error -> new FieldProblem(result.getMethodParameter().getParameterName(),
                error.getDefaultMessage())))
        .toList();
    return badRequest("The request has invalid parameters", errors);
  }

  @ExceptionHandler(ConstraintViolationException.class)
  public ProblemDetail constraintViolations(ConstraintViolationException exception) {
    List<FieldProblem> errors = exception.getConstraintViolations().stream()
        .map(violation -> new FieldProblem(fieldOf(violation), violation.getMessage()))
        .sorted(Comparator.comparing(FieldProblem::field))
        .toList();
    return badRequest("The request has invalid fields", errors);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ProblemDetail unreadable(HttpMessageNotReadableException exception) {
    return badRequest("The request body cannot be read", List.of(describe(exception.getCause())));
  }

  @ExceptionHandler(RequestBodyTooLargeException.class)
  public ProblemDetail tooLarge(RequestBodyTooLargeException exception) {
    return badRequest("The request body is too large",
        List.of(new FieldProblem(BODY, exception.getMessage())));
  }

  /** The engine refused the caller (engine authorizations): 403, not a server error. */
  @ExceptionHandler(AuthorizationException.class)
  public ProblemDetail engineRefusal(AuthorizationException exception) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.FORBIDDEN);
    problem.setTitle("Not allowed");
    problem.setDetail("Your groups do not allow this on the engine");
    return problem;
  }

  @ExceptionHandler(ResponseStatusException.class)
  public ProblemDetail status(ResponseStatusException exception) {
    ProblemDetail problem = ProblemDetail.forStatus(exception.getStatusCode());
    problem.setDetail(exception.getReason());
    return problem;
  }

  /**
   * Two requests changed the same case at the same moment (on one node or two) and this one
   * lost: nothing of it was stored, and sending it again is safe.
   */
  @ExceptionHandler({OptimisticLockingException.class, ConcurrencyFailureException.class})
  public ProblemDetail concurrentChange(RuntimeException exception) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
    problem.setTitle("Changed by another request at the same time");
    problem.setDetail("Nothing of this request was stored; reload and send it again.");
    return problem;
  }

  public static ProblemDetail badRequest(String title, List<FieldProblem> errors) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setTitle(title);
    problem.setDetail(errors.stream()
        .map(error -> error.field() + ": " + error.message())
        .collect(Collectors.joining("; ")));
    problem.setProperty(ERRORS, errors);
    return problem;
  }

  private static FieldProblem describe(Throwable cause) {
    if (cause instanceof UnrecognizedPropertyException unknown) {
      return new FieldProblem(path(unknown), "is not a known field");
    }
    if (cause instanceof InvalidFormatException invalid) {
      return new FieldProblem(path(invalid), "has an invalid value" + allowedValues(invalid));
    }
    if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      return new FieldProblem(path(mapping), "has the wrong type or shape");
    }
    if (cause instanceof JsonProcessingException) {
      return new FieldProblem(BODY, "is not well-formed JSON");
    }
    return new FieldProblem(BODY, "is missing or not JSON");
  }

  /** The parameter or property path, without the method name method validation puts first. */
  private static String fieldOf(ConstraintViolation<?> violation) {
    StringBuilder field = new StringBuilder();
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
        continue;
      }
      if (!field.isEmpty()) {
        field.append('.');
      }
      field.append(node.getName());
    }
    return field.toString();
  }

  private static String allowedValues(InvalidFormatException invalid) {
    Class<?> target = invalid.getTargetType();
    if (target != null && target.isEnum()) {
      return "; allowed: " + Arrays.stream(target.getEnumConstants())
          .map(Object::toString)
          .collect(Collectors.joining(", "));
    }
    return "";
  }

  private static String path(JsonMappingException exception) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : exception.getPath()) {
      if (reference.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? BODY : path.toString();
  }

  /** One invalid field and why. */
  public record FieldProblem(String field, String message) {
  }
}
