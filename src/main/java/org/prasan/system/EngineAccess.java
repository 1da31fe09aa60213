package org.prasan.system;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Where our services call the engine for an officer, and with whose rights. An {@code /api}
 * request carries the officer's engine authentication ({@link EngineAuthenticationFilter}), so
 * by default the engine checks the officer's own authorizations: that is what the case view's
 * task list wants (an officer sees the tasks the engine lets them see). Services that have
 * already applied the API's own rule (who may post a tip, claim, request a special case) and
 * must start or steer processes the officer has no engine grant for use {@link #asSystem}.
 */
@Component
public class EngineAccess {

  private final ProcessEngine engine;

  public EngineAccess(ProcessEngine engine) {
    this.engine = engine;
  }

  /**
   * Runs one engine API call with authorization checks off, still in the caller's name: history
   * and the operation log record the officer. Keep it to one call (or calls that only read):
   * nested calls share one command context, whose writes are flushed when it closes.
   */
  public <T> T asSystem(Supplier<T> call) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      boolean checking = context.isAuthorizationCheckEnabled();
      context.disableAuthorizationCheck();
      try {
        return call.get();
      } finally {
        restore(context, checking);
      }
    });
  }

  public void asSystem(Runnable call) {
    asSystem(() -> {
      call.run();
      return null;
    });
  }

  /**
   * Runs a whole operation of several engine calls and transactions (a deployment, a
   * migration) as the system, without the caller's engine authentication. For operations the
   * API has already limited to coordinators.
   */
  public <T> T withoutCaller(Supplier<T> operation) {
    IdentityService identityService = engine.getIdentityService();
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return operation.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  private static void restore(CommandContext context, boolean checking) {
    if (checking) {
      context.enableAuthorizationCheck();
    }
  }
}
