package org.prasan.claims;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Reading what the forms and the starting service left in a process, for delegates. */
final class ProcessVariables {

  private ProcessVariables() {
  }

  static long longOf(DelegateExecution execution, String name) {
    return ((Number) execution.getVariable(name)).longValue();
  }

  static String stringOf(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? null : value.toString();
  }
}
