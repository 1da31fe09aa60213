package org.prasan.system;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A rule of the procedure that the engine enforces (a delegate or task listener refusing what
 * a form recorded: "preservationRequestedAt lies in the future"), said in Thai and English and
 * naming the field. The task stays open and nothing of the completion is stored.
 *
 * <p>Why this type: Camunda's REST answers a task completion or form submission that fails
 * with any engine exception as 500, except a {@link FormFieldValidationException}, which it
 * answers as 400 with the exception's message (TaskResourceImpl.complete and submit); the
 * Tasklist shows that message to the officer. The engine wraps what a task listener throws in
 * a ProcessEngineException of its own, so {@link EngineRefusals} unwraps this type again at
 * the command's boundary, and answers it as 400 on every other {@code /engine-rest} path. In
 * {@code /api} it is a 400 problem like {@link InvalidFieldException} ({@link ApiProblems}).
 */
public class RuleViolationException extends FormFieldValidationException {

  private final transient List<FieldProblem> fields;
  private final transient Bilingual detail;

  public RuleViolationException(List<FieldProblem> fields) {
    super(fields.isEmpty() ? null : fields.get(0).field(), forPeople(fields).text());
    this.fields = List.copyOf(fields);
    this.detail = forPeople(fields);
  }

  /**
   * The same refusal with each field that has no label yet given the one {@code labels} knows
   * (a form's "ไทย / English" label), so the Tasklist names the field as the form shows it,
   * not by its variable.
   */
  public RuleViolationException labelled(Function<String, Bilingual> labels) {
    List<FieldProblem> named = fields.stream()
        .map(field -> field.label() != null ? field
            : new FieldProblem(field.field(), labels.apply(field.field()), field.message()))
        .toList();
    RuleViolationException labelled = new RuleViolationException(named);
    labelled.setStackTrace(getStackTrace());
    return labelled;
  }

  /**
   * {@code label (field): message} where a field has a label (the officer reads the label, an
   * agency system the variable), {@code field: message} otherwise.
   */
  private static Bilingual forPeople(List<FieldProblem> fields) {
    return Bilingual.of(
        fields.stream().map(field -> field.label() == null ? field.describe().th()
            : field.label().th() + " (" + field.field() + "): " + field.message().th())
            .collect(Collectors.joining("; ")),
        fields.stream().map(field -> field.label() == null ? field.describe().en()
            : field.label().en() + " (" + field.field() + "): " + field.message().en())
            .collect(Collectors.joining("; ")));
  }

  /** The rule names one field (a form field's key or a process variable). */
  public static RuleViolationException field(String field, Bilingual message) {
    return new RuleViolationException(List.of(FieldProblem.of(field, message)));
  }

  public static RuleViolationException field(String field, Bilingual label, Bilingual message) {
    return new RuleViolationException(List.of(new FieldProblem(field, label, message)));
  }

  public List<FieldProblem> fields() {
    return fields;
  }

  public Bilingual detail() {
    return detail;
  }
}
