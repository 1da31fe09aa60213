package org.prasan.system;

import com.fasterxml.jackson.annotation.JsonInclude;
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
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.server.ResponseStatusException;

/**
 * The one place where a refusal of {@code /api} becomes {@code application/problem+json}
 * (RFC 9457), in Thai and English:
 *
 * <pre>
 * {"type": "about:blank", "status": 400, "instance": "/api/tips",
 *  "title": "The request has invalid fields", "titleTh": "คำขอมีข้อมูลที่ไม่ถูกต้อง",
 *  "detail": "receivedAt: must not lie in the future", "detailTh": "receivedAt: ...",
 *  "errors": [{"field": "receivedAt", "label": "...", "labelTh": "...",
 *              "message": "must not lie in the future", "messageTh": "..."}]}
 * </pre>
 *
 * {@code title}, {@code detail} and {@code message} are English (what RFC 9457 clients read);
 * each has its Thai twin with the suffix {@code Th}; {@code errors} names every field, and
 * {@code label} appears when the field has one. Times in texts are local time in Thailand
 * ({@link BangkokTime}). Services throw a {@link Refusal} or, inside the engine, a
 * {@link RuleViolationException}; the framework's own refusals (invalid JSON, bean validation,
 * a path variable that does not convert) are translated here.
 */
@RestControllerAdvice(basePackages = "org.prasan")
// Before Spring Boot's generic problem details handler (order 0), which would answer the same
// exceptions without the field list.
@Order(-1)
public class ApiProblems {

  static final String ERRORS = "errors";
  static final String TITLE_TH = "titleTh";
  static final String DETAIL_TH = "detailTh";
  static final String BODY = "body";

  static final Bilingual INVALID_BODY = Bilingual.of("อ่านข้อมูลที่ส่งมาไม่ได้",
      "The request body cannot be read");
  static final Bilingual INVALID_PARAMETERS = Bilingual.of("คำขอมีพารามิเตอร์ที่ไม่ถูกต้อง",
      "The request has invalid parameters");

  @ExceptionHandler(Refusal.class)
  public ProblemDetail refused(Refusal refusal) {
    ProblemDetail problem = problem(refusal.status(), refusal.title(), refusal.detail(),
        refusal.fields());
    refusal.extensions().forEach(problem::setProperty);
    return problem;
  }

  /** A rule the engine enforces, met through {@code /api} (a service steering a process). */
  @ExceptionHandler(RuleViolationException.class)
  public ProblemDetail ruleViolated(RuleViolationException violation) {
    return problem(HttpStatus.BAD_REQUEST, InvalidFieldException.TITLE, violation.detail(),
        violation.fields());
  }

  /** Case variables a person may not set ({@link CaseVariableGuard}), met through {@code /api}. */
  @ExceptionHandler(CaseVariablesRefused.class)
  public ProblemDetail caseVariablesRefused(CaseVariablesRefused refused) {
    return ruleViolated(refused.violation());
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  public ProblemDetail invalidFields(MethodArgumentNotValidException exception) {
    List<FieldProblem> errors = exception.getBindingResult().getFieldErrors().stream()
        .map(error -> FieldProblem.of(error.getField(), texts(error)))
        .sorted(Comparator.comparing(FieldProblem::field))
        .toList();
    return badRequest(errors);
  }

  @ExceptionHandler(HandlerMethodValidationException.class)
  public ProblemDetail invalidParameters(HandlerMethodValidationException exception) {
    List<FieldProblem> errors = exception.getParameterValidationResults().stream()
        .flatMap(result -> result.getResolvableErrors().stream()
            .map(error -> {
              ConstraintViolation<?> violation = result.unwrap(error, ConstraintViolation.class);
              String message = error.getDefaultMessage();
              return FieldProblem.of(result.getMethodParameter().getParameterName(),
                  violation == null ? Bilingual.of(message, message)
                      : ValidationTexts.of(violation));
            }))
        .toList();
    return problem(HttpStatus.BAD_REQUEST, INVALID_PARAMETERS, Refusal.describe(errors),
        errors);
  }

  @ExceptionHandler(ConstraintViolationException.class)
  public ProblemDetail constraintViolations(ConstraintViolationException exception) {
    List<FieldProblem> errors = exception.getConstraintViolations().stream()
        .map(violation -> FieldProblem.of(fieldOf(violation), ValidationTexts.of(violation)))
        .sorted(Comparator.comparing(FieldProblem::field))
        .toList();
    return badRequest(errors);
  }

  /** A path or query parameter that does not convert, such as a malformed {@code CaseId}. */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  public ProblemDetail mismatch(MethodArgumentTypeMismatchException exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidFieldException invalid) {
        return refused(invalid);
      }
    }
    return badRequest(List.of(FieldProblem.of(exception.getName(),
        Bilingual.of("มีค่าที่ไม่ถูกต้อง", "has an invalid value"))));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ProblemDetail unreadable(HttpMessageNotReadableException exception) {
    List<FieldProblem> errors = List.of(describe(exception.getCause()));
    return problem(HttpStatus.BAD_REQUEST, INVALID_BODY, Refusal.describe(errors), errors);
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  public ProblemDetail missingPart(MissingServletRequestPartException missing) {
    return badRequest(List.of(FieldProblem.of(missing.getRequestPartName(),
        Bilingual.of("ต้องแนบมาด้วย", "must be sent"))));
  }

  /** The engine refused the caller (engine authorizations): 403, not a server error. */
  @ExceptionHandler(AuthorizationException.class)
  public ProblemDetail engineRefusal(AuthorizationException exception) {
    return problem(HttpStatus.FORBIDDEN, NotPermittedException.TITLE, Bilingual.of(
        "กลุ่มของท่านไม่มีสิทธิ์ทำรายการนี้ในระบบงาน",
        "Your groups do not allow this on the engine"), List.of());
  }

  /** Method security ({@code @PreAuthorize}) refused the caller. */
  @ExceptionHandler(AccessDeniedException.class)
  public ProblemDetail denied(AccessDeniedException exception) {
    return problem(HttpStatus.FORBIDDEN, NotPermittedException.TITLE, Bilingual.of(
        "กลุ่มของท่านไม่มีสิทธิ์ทำรายการนี้", "Your groups do not allow this request"),
        List.of());
  }

  /** A status some library chose; Prasan's own code throws a {@link Refusal} instead. */
  @ExceptionHandler(ResponseStatusException.class)
  public ProblemDetail status(ResponseStatusException exception) {
    HttpStatusCode status = exception.getStatusCode();
    String reason = exception.getReason() == null ? "" : exception.getReason();
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setDetail(reason);
    problem.setProperty(DETAIL_TH, reason);
    problem.setProperty(TITLE_TH, "คำขอไม่สำเร็จ");
    return problem;
  }

  /**
   * Two requests changed the same case at the same moment (on one node or two) and this one
   * lost: nothing of it was stored, and sending it again is safe.
   */
  @ExceptionHandler({OptimisticLockingException.class, ConcurrencyFailureException.class})
  public ProblemDetail concurrentChange(RuntimeException exception) {
    return problem(HttpStatus.CONFLICT, Bilingual.of("มีคำขออื่นแก้ไขข้อมูลเดียวกันในเวลาเดียวกัน",
            "Changed by another request at the same time"),
        Bilingual.of("คำขอนี้ไม่ได้ถูกบันทึก โปรดโหลดข้อมูลใหม่แล้วส่งอีกครั้ง",
            "Nothing of this request was stored; reload and send it again."), List.of());
  }

  public static ProblemDetail badRequest(List<FieldProblem> errors) {
    return problem(HttpStatus.BAD_REQUEST, InvalidFieldException.TITLE, Refusal.describe(errors),
        errors);
  }

  /** The problem document every refusal of {@code /api} answers with. */
  public static ProblemDetail problem(HttpStatusCode status, Bilingual title, Bilingual detail,
                                      List<FieldProblem> fields) {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setTitle(title.en());
    problem.setDetail(detail.en());
    problem.setProperty(TITLE_TH, title.th());
    problem.setProperty(DETAIL_TH, detail.th());
    if (!fields.isEmpty()) {
      problem.setProperty(ERRORS, fields.stream().map(ProblemField::of).toList());
    }
    return problem;
  }

  private static Bilingual texts(FieldError error) {
    if (error.contains(ConstraintViolation.class)) {
      return ValidationTexts.of(error.unwrap(ConstraintViolation.class));
    }
    String message = error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
    return Bilingual.of(message, message);
  }

  private static FieldProblem describe(Throwable cause) {
    if (cause instanceof UnrecognizedPropertyException unknown) {
      return FieldProblem.of(path(unknown), Bilingual.of("ไม่ใช่ช่องข้อมูลที่รู้จัก",
          "is not a known field"));
    }
    if (cause instanceof InvalidFormatException invalid) {
      String allowed = allowedValues(invalid);
      return FieldProblem.of(path(invalid), Bilingual.of(
          "มีค่าที่ไม่ถูกต้อง" + (allowed.isEmpty() ? "" : "; ค่าที่ใช้ได้: " + allowed),
          "has an invalid value" + (allowed.isEmpty() ? "" : "; allowed: " + allowed)));
    }
    if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      return FieldProblem.of(path(mapping), Bilingual.of("มีชนิดหรือรูปแบบข้อมูลไม่ถูกต้อง",
          "has the wrong type or shape"));
    }
    if (cause instanceof JsonProcessingException) {
      return FieldProblem.of(BODY, Bilingual.of("ไม่ใช่ JSON ที่ถูกต้อง",
          "is not well-formed JSON"));
    }
    return FieldProblem.of(BODY, Bilingual.of("ไม่มีข้อมูล หรือไม่ใช่ JSON",
        "is missing or not JSON"));
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
      return Arrays.stream(target.getEnumConstants())
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

  /** One entry of {@code errors}, as JSON. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ProblemField(String field, String label, String labelTh, String message,
                             String messageTh) {

    static ProblemField of(FieldProblem problem) {
      Bilingual label = problem.label();
      return new ProblemField(problem.field(), label == null ? null : label.en(),
          label == null ? null : label.th(), problem.message().en(), problem.message().th());
    }
  }
}
