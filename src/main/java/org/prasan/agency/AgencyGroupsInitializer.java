package org.prasan.agency;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates every agency's group and supervisors' group at start-up. Idempotent, so a restart or
 * a second node sharing the database finds the groups there and leaves them alone.
 */
@Component
public class AgencyGroupsInitializer {

  private static final Logger LOG = LoggerFactory.getLogger(AgencyGroupsInitializer.class);
  static final String AGENCY_GROUP_TYPE = "AGENCY";
  static final String SUPERVISOR_GROUP_TYPE = "SUPERVISORS";
  static final String SYSTEM_GROUP_TYPE = "SYSTEMS";

  private final IdentityService identityService;
  private final AgencyRegistry registry;

  public AgencyGroupsInitializer(IdentityService identityService, AgencyRegistry registry) {
    this.identityService = identityService;
    this.registry = registry;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(0)
  public void createAgencyGroups() {
    for (Agency agency : registry.agencies()) {
      ensureGroup(agency.id(), agency.name(), AGENCY_GROUP_TYPE);
      ensureGroup(agency.supervisorGroupId(), agency.name() + " (supervisors)", SUPERVISOR_GROUP_TYPE);
      ensureGroup(agency.systemGroupId(), agency.name() + " (systems)", SYSTEM_GROUP_TYPE);
    }
  }

  private void ensureGroup(String id, String name, String type) {
    if (identityService.createGroupQuery().groupId(id).count() > 0) {
      return;
    }
    Group group = identityService.newGroup(id);
    group.setName(name);
    group.setType(type);
    identityService.saveGroup(group);
    LOG.info("Created group {}", id);
  }
}
