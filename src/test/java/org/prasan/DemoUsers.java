package org.prasan;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** The demo users of a shared test context, as each test wants to find them. */
public final class DemoUsers {

  private DemoUsers() {
  }

  /**
   * Unlocks every user: Camunda locks a user after failed logins, and tests that try wrong
   * passwords (the attackers', the throttle's) leave users locked in a context others share.
   */
  public static void unlockAll(IdentityService identityService) {
    for (User user : identityService.createUserQuery().list()) {
      identityService.unlockUser(user.getId());
    }
  }
}
