package org.prasan.system;

/**
 * {@link CaseVariableGuard}'s refusal: the variables a person may not set, as a rule's
 * refusal names them. Not a {@code ProcessEngineException} on purpose: Camunda's REST answers
 * an engine exception met while setting variables ({@code PUT /task/{id}/variables/x}) with
 * 500 "Cannot put task variable"; this type passes those resources untouched and
 * {@link EngineRefusals} answers it 400 with each variable named, in Thai and English.
 */
public class CaseVariablesRefused extends RuntimeException {

  private final transient RuleViolationException violation;

  public CaseVariablesRefused(RuleViolationException violation) {
    super(violation.getMessage(), null, false, false);
    this.violation = violation;
  }

  public RuleViolationException violation() {
    return violation;
  }
}
