package org.prasan.agency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engine grants that come from the agency registry, created at start-up and completed when
 * a permission is missing (idempotent: a restart or a second node changes nothing). Tasks are
 * not granted here: each task's candidate groups get their grants from the engine as the task
 * is created ({@link AgencyTaskAuthorizations}). Every agency group (officers, supervisors,
 * coordinators) may open the Tasklist, read the process models and the names of
 * users and groups; coordinators also read every task and case and open Cockpit.
 * {@code camunda-admin} holds ALL on every resource, and alone administers; the engine holds
 * no victim identity to read.
 */
@Component
public class AgencyAuthorizationsInitializer {

  private static final Logger LOG = LoggerFactory.getLogger(AgencyAuthorizationsInitializer.class);
  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";

  private final AuthorizationService authorizations;
  private final AgencyRegistry registry;

  public AgencyAuthorizationsInitializer(AuthorizationService authorizations,
                                         AgencyRegistry registry) {
    this.authorizations = authorizations;
    this.registry = registry;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(3)
  @Transactional
  public void grant() {
    withdrawEveryFilterGrant();
    // One pass: the groups' grants read in one query, what is missing saved in this one
    // transaction (was a query and a commit per grant: about 270 statements and 130 commits
    // on an empty database, 130 queries on every restart).
    List<Grant> wanted = grants();
    Map<String, Authorization> existing = new HashMap<>();
    authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(wanted.stream().map(Grant::groupId).distinct().toArray(String[]::new))
        .list().forEach(grant -> existing.putIfAbsent(key(grant.getGroupId(),
            grant.getResourceType(), grant.getResourceId()), grant));
    // A group given two grants on one resource (the coordinators' definitions) gets one row.
    Map<String, Grant> merged = new java.util.LinkedHashMap<>();
    wanted.forEach(grant -> merged.merge(key(grant.groupId(), grant.resource().resourceType(),
        grant.resourceId()), grant, (first, second) -> new Grant(first.groupId(),
        first.resource(), first.resourceId(), java.util.stream.Stream.concat(
            java.util.Arrays.stream(first.permissions()),
            java.util.Arrays.stream(second.permissions())).toArray(Permission[]::new))));
    long changed = merged.entrySet().stream()
        .filter(entry -> ensure(entry.getValue(), existing.get(entry.getKey()))).count();
    if (changed > 0) {
      LOG.info("Granted or completed {} engine authorizations from the agency registry", changed);
    }
  }

  List<Grant> grants() {
    List<Grant> grants = new ArrayList<>();
    for (String group : registry.groupIds()) {
      grants.add(new Grant(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS));
      grants.add(new Grant(group, Resources.PROCESS_DEFINITION, Authorization.ANY,
          ProcessDefinitionPermissions.READ));
      grants.add(new Grant(group, Resources.USER, Authorization.ANY, Permissions.READ));
      grants.add(new Grant(group, Resources.GROUP, Authorization.ANY, Permissions.READ));
    }
    String coordinators = AgencyRegistry.COORDINATOR;
    grants.add(new Grant(coordinators, Resources.APPLICATION, COCKPIT, Permissions.ACCESS));
    grants.add(new Grant(coordinators, Resources.TASK, Authorization.ANY, TaskPermissions.READ));
    grants.add(new Grant(coordinators, Resources.PROCESS_INSTANCE, Authorization.ANY,
        ProcessInstancePermissions.READ));
    grants.add(new Grant(coordinators, Resources.PROCESS_DEFINITION, Authorization.ANY,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
        ProcessDefinitionPermissions.READ_HISTORY));
    grants.add(new Grant(coordinators, Resources.DECISION_DEFINITION, Authorization.ANY,
        Permissions.READ, Permissions.READ_HISTORY));
    grants.add(new Grant(coordinators, Resources.DEPLOYMENT, Authorization.ANY,
        Permissions.READ));
    // Administrators administer everything the engine holds, as Camunda's own first-user
    // set-up grants them; the victim vault, outside the engine, still refuses them.
    for (Resources resource : Resources.values()) {
      grants.add(new Grant(Groups.CAMUNDA_ADMIN, resource, Authorization.ANY, Permissions.ALL));
    }
    return grants;
  }

  /**
   * Agency groups once read every filter; now each filter is granted on its own
   * ({@link TasklistFilters}), so one agency's queues stay out of the others' Tasklists.
   */
  private void withdrawEveryFilterGrant() {
    authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .resourceType(Resources.FILTER).resourceId(Authorization.ANY).list().stream()
        .filter(grant -> grant.getGroupId() != null
            && registry.groupIds().contains(grant.getGroupId()))
        .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
  }

  private static String key(String groupId, int resourceType, String resourceId) {
    return groupId + "|" + resourceType + "|" + resourceId;
  }

  private boolean ensure(Grant grant, Authorization found) {
    Authorization authorization = found;
    boolean created = authorization == null;
    if (created) {
      authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(grant.groupId());
      authorization.setResource(grant.resource());
      authorization.setResourceId(grant.resourceId());
    }
    boolean changed = created;
    for (Permission permission : grant.permissions()) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(authorization);
      LOG.debug("Granted {} on {} {} to group {}", List.of(grant.permissions()),
          grant.resource().resourceName(), grant.resourceId(), grant.groupId());
    }
    return changed;
  }

  /** Permissions of one group on one resource (or {@code *}, every resource of the type). */
  record Grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
  }
}
