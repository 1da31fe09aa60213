package org.prasan.system;

import java.util.List;
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
    super(fields.isEmpty() ? null : fields.get(0).field(), Refusal.describe(fields).text());
    this.fields = List.copyOf(fields);
    this.detail = Refusal.describe(fields);
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
