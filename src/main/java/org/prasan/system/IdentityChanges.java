package org.prasan.system;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CreateMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteGroupCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserCmd;
import org.camunda.bpm.engine.impl.cmd.SaveGroupCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.UnlockUserCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Empties the node's identity caches (the verified logins of {@link VerifiedLogins}, the
 * agencies' officers the escalation ladder lists) whenever a user (a new password too), a group
 * or a membership is saved or deleted through this node's engine, before the change and again
 * after its transaction, so a login checked in between cannot keep the old groups either. The
 * caches are looked up when a change comes: some of them need the engine this plugin helps
 * build.
 */
@Component
public class IdentityChanges extends AbstractProcessEnginePlugin {

  private final ObjectProvider<IdentityCache> caches;

  public IdentityChanges(ObjectProvider<IdentityCache> caches) {
    this.caches = caches;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    interceptors.add(new Forget(caches));
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  static boolean changesIdentities(Command<?> command) {
    return command instanceof SaveUserCmd || command instanceof DeleteUserCmd
        || command instanceof SaveGroupCmd || command instanceof DeleteGroupCmd
        || command instanceof CreateMembershipCmd || command instanceof DeleteMembershipCmd
        || command instanceof UnlockUserCmd;
  }

  static final class Forget extends CommandInterceptor {

    private final ObjectProvider<IdentityCache> caches;

    Forget(ObjectProvider<IdentityCache> caches) {
      this.caches = caches;
    }

    @Override
    public <T> T execute(Command<T> command) {
      if (!changesIdentities(command)) {
        return next.execute(command);
      }
      caches.forEach(IdentityCache::forgetAll);
      try {
        return next.execute(command);
      } finally {
        caches.forEach(IdentityCache::forgetAll);
      }
    }
  }
}
