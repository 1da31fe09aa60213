package org.prasan.statistics;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.prasan.agency.DemoMode;
import org.prasan.casefile.AccessRule;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Creates the group {@code statistics} (those who compile the reports: they read figures, work
 * no task) at every start, and with demo users on its demo member {@code statistics.analyst}
 * (password {@code demo}). Administrators add the real analysts in the Admin webapp.
 */
@Component
public class StatisticsGroupInitializer {

  static final String DEMO_USER = "statistics.analyst";

  private final IdentityService identityService;
  private final boolean demo;

  public StatisticsGroupInitializer(IdentityService identityService, Environment environment) {
    this.identityService = identityService;
    // The same decision as the other demo users' (PRASAN_DEMO, or "auto" on the H2 default).
    this.demo = DemoMode.on(environment);
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(2)
  public void ensureGroup() {
    String groupId = AccessRule.STATISTICS_GROUP;
    if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
      Group group = identityService.newGroup(groupId);
      group.setName("Statistics / สถิติ");
      group.setType("WORKFLOW");
      identityService.saveGroup(group);
    }
    if (!demo) {
      return;
    }
    if (identityService.createUserQuery().userId(DEMO_USER).count() == 0) {
      User user = identityService.newUser(DEMO_USER);
      user.setFirstName("Analyst");
      user.setLastName("Statistics");
      user.setEmail(DEMO_USER + "@prasan.invalid");
      user.setPassword("demo");
      identityService.saveUser(user);
    }
    if (identityService.createUserQuery().userId(DEMO_USER).memberOfGroup(groupId)
        .count() == 0) {
      identityService.createMembership(DEMO_USER, groupId);
    }
  }
}
