package org.prasan.agency;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Makes sure someone can administer Prasan before it serves anyone. The administrator named by
 * {@code PRASAN_ADMIN_USER} is created, in {@code camunda-admin}, if that user does not exist;
 * an existing user keeps the password set since then. Without demo users, a database with no
 * administrator and none given refuses to start: nobody could log in to create the agencies'
 * officers. Runs as soon as the application has started, before it reports ready and before the
 * other initializers (agency groups, demo users); the failure closes the application.
 */
@Component
public class FirstAdministrator {

  static final int MIN_PASSWORD_LENGTH = 12;
  private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

  private final IdentityService identityService;
  private final AdministratorProperties administrator;
  private final boolean demo;

  public FirstAdministrator(IdentityService identityService, AdministratorProperties administrator,
                            Environment environment) {
    this.identityService = identityService;
    this.administrator = administrator;
    this.demo = DemoMode.on(environment);
  }

  @EventListener(ApplicationStartedEvent.class)
  public void ensureAnAdministrator() {
    if (administrator.given()) {
      ensureAdministrator(checked(administrator));
    } else if (!demo && !administratorExists()) {
      throw new IllegalStateException("No administrator: set PRASAN_ADMIN_USER and "
          + "PRASAN_ADMIN_PASSWORD (at least " + MIN_PASSWORD_LENGTH + " characters) to create "
          + "the first one, a member of " + Groups.CAMUNDA_ADMIN + ". PRASAN_DEMO=true creates "
          + "demo users with a known password instead: never in production.");
    }
  }

  private static AdministratorProperties checked(AdministratorProperties given) {
    if (AdministratorProperties.isBlank(given.user())) {
      throw new IllegalStateException("PRASAN_ADMIN_PASSWORD is set but PRASAN_ADMIN_USER is "
          + "not: set both to create the first administrator.");
    }
    if (given.password() == null || given.password().length() < MIN_PASSWORD_LENGTH) {
      throw new IllegalStateException("PRASAN_ADMIN_PASSWORD must have at least "
          + MIN_PASSWORD_LENGTH + " characters to create administrator '" + given.user() + "'.");
    }
    return given;
  }

  private boolean administratorExists() {
    return identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0;
  }

  private void ensureAdministrator(AdministratorProperties given) {
    String userId = given.user().strip();
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      User user = identityService.newUser(userId);
      user.setFirstName("Administrator");
      user.setLastName("Prasan");
      user.setPassword(given.password());
      identityService.saveUser(user);
      LOG.info("Created administrator {}", userId);
    }
    AdminGroup.ensure(identityService);
    if (identityService.createUserQuery().userId(userId).memberOfGroup(Groups.CAMUNDA_ADMIN)
        .count() == 0) {
      identityService.createMembership(userId, Groups.CAMUNDA_ADMIN);
    }
  }
}
