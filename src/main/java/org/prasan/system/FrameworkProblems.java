package org.prasan.system;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The refusals Spring MVC makes before any controller of Prasan is chosen: no such path (404),
 * a method the path does not take (405), a body type it does not read (415) or an answer type it
 * cannot write (406), an upload over the limit (413). {@link ApiProblems} is limited to Prasan's
 * controllers, and Spring only consults such advice once a controller was found, so without
 * this class these answers came from Boot's generic handler in English only.
 */
@RestControllerAdvice
// Before Boot's generic problem details handler (order 0); it shares no exception type with
// ApiProblems, so the two never compete.
@Order(-1)
public class FrameworkProblems {

  static final Bilingual NO_SUCH_PATH = Bilingual.of("ไม่พบที่อยู่นี้", "No such path");
  static final Bilingual METHOD_NOT_ALLOWED = Bilingual.of("ที่อยู่นี้ไม่รับคำขอแบบนี้",
      "This path does not take this method");
  static final Bilingual UNSUPPORTED_TYPE = Bilingual.of("ไม่รับข้อมูลชนิดนี้",
      "This body type is not accepted");
  static final Bilingual NOT_ACCEPTABLE = Bilingual.of("ตอบเป็นชนิดที่ขอไม่ได้",
      "Cannot answer in the requested type");

  @ExceptionHandler(NoResourceFoundException.class)
  public ProblemDetail noSuchPath(NoResourceFoundException exception) {
    return ApiProblems.problem(HttpStatus.NOT_FOUND, NO_SUCH_PATH, Bilingual.of(
        "ไม่มี /" + exception.getResourcePath(), "There is no /" + exception.getResourcePath()),
        List.of());
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  public ResponseEntity<ProblemDetail> methodNotAllowed(
      HttpRequestMethodNotSupportedException exception) {
    String allowed = exception.getSupportedHttpMethods() == null ? ""
        : exception.getSupportedHttpMethods().stream().map(Object::toString)
            .collect(Collectors.joining(", "));
    ProblemDetail problem = ApiProblems.problem(HttpStatus.METHOD_NOT_ALLOWED,
        METHOD_NOT_ALLOWED, Bilingual.of(
            exception.getMethod() + " ใช้ไม่ได้ ใช้ได้: " + allowed,
            exception.getMethod() + " is not allowed; allowed: " + allowed), List.of());
    HttpHeaders headers = new HttpHeaders();
    if (exception.getSupportedHttpMethods() != null) {
      headers.setAllow(exception.getSupportedHttpMethods());
    }
    return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers(headers).body(problem);
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  public ProblemDetail unsupportedType(HttpMediaTypeNotSupportedException exception) {
    String supported = MediaType.toString(exception.getSupportedMediaTypes());
    String sent = exception.getContentType() == null ? "none"
        : exception.getContentType().toString();
    return ApiProblems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, UNSUPPORTED_TYPE,
        Bilingual.of("Content-Type " + sent + " ใช้ไม่ได้ ใช้ได้: " + supported,
            "Content-Type " + sent + " is not accepted; accepted: " + supported),
        List.of(FieldProblem.of("Content-Type", Bilingual.of("ไม่ใช่ชนิดที่รับ: " + supported,
            "is not one of: " + supported))));
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  public ProblemDetail notAcceptable(HttpMediaTypeNotAcceptableException exception) {
    String supported = MediaType.toString(exception.getSupportedMediaTypes());
    return ApiProblems.problem(HttpStatus.NOT_ACCEPTABLE, NOT_ACCEPTABLE,
        Bilingual.of("ตอบได้เป็น: " + supported, "Answers come as: " + supported), List.of());
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  public ProblemDetail missingParameter(MissingServletRequestParameterException exception) {
    return ApiProblems.badRequest(List.of(FieldProblem.of(exception.getParameterName(),
        Bilingual.of("ต้องระบุ", "must be given"))));
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  public ProblemDetail tooLarge(MaxUploadSizeExceededException exception) {
    String limit = exception.getMaxUploadSize() < 0 ? ""
        : " (" + exception.getMaxUploadSize() + " bytes)";
    return ApiProblems.problem(HttpStatus.PAYLOAD_TOO_LARGE, PayloadTooLargeException.TITLE,
        Bilingual.of("ขนาดเกินที่ตั้งไว้" + limit, "Larger than the configured limit" + limit),
        List.of());
  }
}
