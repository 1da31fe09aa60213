package org.prasan.claims;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

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

  /** The officer who completed the task before this service task, when the engine knows. */
  static String currentUser(DelegateExecution execution) {
    Authentication authentication = execution.getProcessEngineServices().getIdentityService()
        .getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
