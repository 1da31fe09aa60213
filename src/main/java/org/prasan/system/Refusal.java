package org.prasan.system;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;

/**
 * A request Prasan refuses, with why in Thai and English: mapped once, by {@link ApiProblems},
 * to {@code application/problem+json} with its status. Throw one of the subclasses from a
 * controller or service; rules the engine enforces in delegates and listeners throw
 * {@link RuleViolationException} instead, which also reaches {@code /engine-rest} as a 400.
 */
public abstract class Refusal extends RuntimeException {

  private final transient HttpStatus status;
  private final transient Bilingual title;
  private final transient Bilingual detail;
  private final transient List<FieldProblem> fields;

  protected Refusal(HttpStatus status, Bilingual title, Bilingual detail,
                    List<FieldProblem> fields) {
    this(status, title, detail, fields, detail.en());
  }

  /** With a message for logs other than the detail (every finding of refused models). */
  protected Refusal(HttpStatus status, Bilingual title, Bilingual detail,
                    List<FieldProblem> fields, String message) {
    super(message);
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.fields = List.copyOf(fields);
  }

  public HttpStatus status() {
    return status;
  }

  public Bilingual title() {
    return title;
  }

  public Bilingual detail() {
    return detail;
  }

  /** The fields the refusal names; empty when it is about the whole request. */
  public List<FieldProblem> fields() {
    return fields;
  }

  /** Further members of the problem document (the lint's findings of refused models). */
  public Map<String, Object> extensions() {
    return Map.of();
  }

  /** Every field's problem in one text: {@code field: message; field: message}. */
  static Bilingual describe(List<FieldProblem> fields) {
    return Bilingual.of(
        fields.stream().map(field -> field.describe().th()).collect(Collectors.joining("; ")),
        fields.stream().map(field -> field.describe().en()).collect(Collectors.joining("; ")));
  }
}
