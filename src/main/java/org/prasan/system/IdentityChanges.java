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
import org.springframework.stereotype.Component;

/**
 * Forgets the node's verified logins ({@link VerifiedLogins}) whenever a user (a new password
 * too), a group or a membership is saved or deleted through this node's engine, before the
 * change and again after its transaction, so a login checked in between cannot keep the old
 * groups either.
 */
@Component
public class IdentityChanges extends AbstractProcessEnginePlugin {

  private final VerifiedLogins logins;

  public IdentityChanges(VerifiedLogins logins) {
    this.logins = logins;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    interceptors.add(new Forget(logins));
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  static boolean changesIdentities(Command<?> command) {
    return command instanceof SaveUserCmd || command instanceof DeleteUserCmd
        || command instanceof SaveGroupCmd || command instanceof DeleteGroupCmd
        || command instanceof CreateMembershipCmd || command instanceof DeleteMembershipCmd
        || command instanceof UnlockUserCmd;
  }

  static final class Forget extends CommandInterceptor {

    private final VerifiedLogins logins;

    Forget(VerifiedLogins logins) {
      this.logins = logins;
    }

    @Override
    public <T> T execute(Command<T> command) {
      if (!changesIdentities(command)) {
        return next.execute(command);
      }
      logins.forgetAll();
      try {
        return next.execute(command);
      } finally {
        logins.forgetAll();
      }
    }
  }
}
