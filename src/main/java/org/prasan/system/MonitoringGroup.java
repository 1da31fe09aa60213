package org.prasan.system;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The group whose members read the nodes' metrics ({@link DocsAndMetricsSecurity}): a
 * Prometheus server's user, say. Created empty at start-up; administrators add members in the
 * Admin webapp.
 */
@Component
public class MonitoringGroup {

  public static final String ID = "monitoring";

  private final IdentityService identityService;

  public MonitoringGroup(IdentityService identityService) {
    this.identityService = identityService;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void ensure() {
    if (identityService.createGroupQuery().groupId(ID).count() == 0) {
      var group = identityService.newGroup(ID);
      group.setName("Monitoring (metrics)");
      group.setType(Groups.GROUP_TYPE_SYSTEM);
      identityService.saveGroup(group);
    }
  }
}
