package org.prasan.agency;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo officers and supervisors for every agency, all with the password {@code demo}. Only in a
 * demo ({@link DemoMode}: PRASAN_DEMO=true, or the embedded H2 default): production never gets
 * a known password.
 */
@Component
@Conditional(DemoMode.class)
public class DemoUsersInitializer {

  static final String DEMO_PASSWORD = "demo";
  static final String ADMIN_USER = "admin";

  private final IdentityService identityService;
  private final AgencyRegistry registry;
  private final java.util.List<String> systemUsers;

  /**
   * {@code systemUsers}: agency systems' users {@code <agency>.system}, members of the group
   * {@code <agency>-system} only (never officers): they take the agency's external tasks.
   */
  public DemoUsersInitializer(IdentityService identityService, AgencyRegistry registry,
      @org.springframework.beans.factory.annotation.Value("${prasan.demo.system-users:}")
      java.util.List<String> systemUsers) {
    this.identityService = identityService;
    this.registry = registry;
    this.systemUsers = systemUsers;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(1)
  // One transaction for the whole set-up: one commit, not one per user, membership or grant.
  @Transactional
  public void createDemoUsers() {
    for (Agency agency : registry.agencies()) {
      if (AgencyRegistry.COORDINATOR.equals(agency.id())) {
        ensureUser(AgencyRegistry.COORDINATOR, "Coordinator", "Joint task force");
        ensureMembership(AgencyRegistry.COORDINATOR, agency.id());
        // The first rung of the ladder for a coordinator's own late task.
        String head = AgencyRegistry.COORDINATOR + ".supervisor";
        ensureUser(head, "Head coordinator", "Joint task force");
        ensureMembership(head, agency.id());
        ensureMembership(head, agency.supervisorGroupId());
        continue;
      }
      String officer = agency.id() + ".officer";
      ensureUser(officer, "Officer", agency.name());
      ensureMembership(officer, agency.id());
      String supervisor = agency.id() + ".supervisor";
      ensureUser(supervisor, "Supervisor", agency.name());
      ensureMembership(supervisor, agency.id());
      ensureMembership(supervisor, agency.supervisorGroupId());
    }
    for (String system : systemUsers) {
      String agency = system.substring(0, Math.max(system.lastIndexOf('.'), 0));
      if (registry.isAgency(agency)) {
        ensureUser(system, "System", agency);
        ensureMembership(system, agency + Agency.SYSTEM_SUFFIX);
      }
    }
    ensureUser(ADMIN_USER, "Administrator", "Prasan");
    AdminGroup.ensure(identityService);
    ensureMembership(ADMIN_USER, Groups.CAMUNDA_ADMIN);
  }

  private void ensureUser(String id, String firstName, String lastName) {
    if (identityService.createUserQuery().userId(id).count() > 0) {
      return;
    }
    User user = identityService.newUser(id);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setEmail(id + "@prasan.invalid");
    user.setPassword(DEMO_PASSWORD);
    identityService.saveUser(user);
  }

  private void ensureMembership(String userId, String groupId) {
    if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identityService.createMembership(userId, groupId);
    }
  }
}
