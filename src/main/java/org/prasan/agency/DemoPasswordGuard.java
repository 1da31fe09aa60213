package org.prasan.agency;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Outside a demo ({@link DemoMode}) the application refuses to start while any user still has
 * the demo password: a database that once ran as a demo is not production. The check compares
 * the stored hashes, so it counts as no failed login and locks nobody out.
 */
@Component
public class DemoPasswordGuard {

  private final IdentityService identityService;
  private final ProcessEngine engine;
  private final Environment environment;

  public DemoPasswordGuard(IdentityService identityService, ProcessEngine engine,
                           Environment environment) {
    this.identityService = identityService;
    this.engine = engine;
    this.environment = environment;
  }

  @EventListener(ApplicationStartedEvent.class)
  public void refuseDemoPasswordsOutsideTheDemo() {
    if (DemoMode.on(environment)) {
      return;
    }
    List<String> users = usersWithDemoPassword();
    if (!users.isEmpty()) {
      throw new IllegalStateException("Users " + users + " have the demo password '"
          + DemoUsersInitializer.DEMO_PASSWORD + "' and this is no demo (PRASAN_DEMO is not "
          + "true): change their passwords (or delete them) in the Admin webapp of a demo "
          + "start, then start again.");
    }
  }

  /** The users whose password is {@code demo}. */
  public List<String> usersWithDemoPassword() {
    var passwords = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getPasswordManager();
    return identityService.createUserQuery().list().stream()
        .filter(user -> user instanceof UserEntity entity && entity.getPassword() != null
            && passwords.check(EncryptionUtil.saltPassword(DemoUsersInitializer.DEMO_PASSWORD,
                entity.getSalt()), entity.getPassword()))
        .map(User::getId)
        .toList();
  }
}
