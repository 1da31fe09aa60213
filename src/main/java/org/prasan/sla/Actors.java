package org.prasan.sla;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is acting in the engine right now: the officer completing a form, or the system. */
public final class Actors {

  public static final String SYSTEM = "system";

  private Actors() {
  }

  public static String current(DelegateExecution execution) {
    Authentication authentication = execution.getProcessEngineServices().getIdentityService()
        .getCurrentAuthentication();
    return authentication == null || authentication.getUserId() == null ? SYSTEM
        : authentication.getUserId();
  }
}
