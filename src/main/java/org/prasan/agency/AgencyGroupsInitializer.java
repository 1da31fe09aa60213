package org.prasan.agency;

import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

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
  @Transactional
  public void createAgencyGroups() {
    // One pass: the groups there read in one query, the missing ones saved in this one
    // transaction (was a query and a commit per group).
    Set<String> existing = new HashSet<>();
    identityService.createGroupQuery().list().forEach(group -> existing.add(group.getId()));
    for (Agency agency : registry.agencies()) {
      ensureGroup(existing, agency.id(), agency.name(), AGENCY_GROUP_TYPE);
      ensureGroup(existing, agency.supervisorGroupId(), agency.name() + " (supervisors)",
          SUPERVISOR_GROUP_TYPE);
      ensureGroup(existing, agency.systemGroupId(), agency.name() + " (systems)",
          SYSTEM_GROUP_TYPE);
    }
  }

  private void ensureGroup(Set<String> existing, String id, String name, String type) {
    if (!existing.add(id)) {
      return;
    }
    Group group = identityService.newGroup(id);
    group.setName(name);
    group.setType(type);
    identityService.saveGroup(group);
    LOG.info("Created group {}", id);
  }
}
