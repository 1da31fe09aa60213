package org.prasan.agency;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;

/** Camunda's administrators' group, whose members may use the Admin webapp. */
final class AdminGroup {

  private AdminGroup() {
  }

  static void ensure(IdentityService identityService) {
    if (identityService.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
      var group = identityService.newGroup(Groups.CAMUNDA_ADMIN);
      group.setName("Camunda administrators");
      group.setType(Groups.GROUP_TYPE_SYSTEM);
      identityService.saveGroup(group);
    }
  }
}
