package org.prasan.agency;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's grants on a task, from its candidate groups. As the engine does by default, a
 * candidate group gets READ and the configured work permission (TASK_WORK: claim, fill in,
 * complete) on the task. Two rules are ours: an agency's supervisors ({@code <agency>-sup})
 * also get READ, TASK_ASSIGN and UPDATE, so they see their agency's work, reassign it and move
 * its due dates (not delete it); and a group
 * removed from a task (a lead hand-over) loses its grants, so the old lead no longer sees it.
 */
class AgencyTaskAuthorizations extends DefaultAuthorizationProvider {

  private final AgencyRegistry registry;

  AgencyTaskAuthorizations(AgencyRegistry registry) {
    this.registry = registry;
  }

  @Override
  public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
    List<AuthorizationEntity> grants = new ArrayList<>(
        List.of(super.newTaskGroupIdentityLink(task, groupId, type)));
    supervisorsOf(groupId).ifPresent(supervisors -> grants.add(supervisorsGrant(task,
        supervisors)));
    return grants.toArray(AuthorizationEntity[]::new);
  }

  private AuthorizationEntity supervisorsGrant(Task task, String supervisors) {
    AuthorizationEntity grant = getGrantAuthorizationByGroupId(supervisors, Resources.TASK,
        task.getId());
    if (grant == null) {
      grant = createGrantAuthorization(null, supervisors, Resources.TASK, task.getId());
      // Two candidate groups of one task may share supervisors' grant within one command.
      updateAuthorizationBasedOnCacheEntries(grant, null, supervisors, Resources.TASK,
          task.getId());
    }
    grant.addPermission(TaskPermissions.READ);
    grant.addPermission(TaskPermissions.TASK_ASSIGN);
    grant.addPermission(TaskPermissions.UPDATE);
    return grant;
  }

  /**
   * A group taken off a live task loses its grants (and its supervisors theirs). A task that
   * is being deleted (completed, or its process moved on) needs none of this: the engine
   * deletes every grant on it in one statement right after its links
   * ({@code TaskManager.deleteTask}), and looking each group's and supervisors' grant up first,
   * to delete it alone, cost four reads and four deletes per completed task of two candidate
   * groups (issue 17: 20 clerks recording screening outcomes).
   */
  @Override
  public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId,
                                                           String type) {
    if (task instanceof TaskEntity entity && entity.isDeleted()) {
      return new AuthorizationEntity[0];
    }
    List<AuthorizationEntity> revoked = new ArrayList<>();
    addExisting(revoked, groupId, task);
    supervisorsOf(groupId).ifPresent(supervisors -> addExisting(revoked, supervisors, task));
    return revoked.toArray(AuthorizationEntity[]::new);
  }

  private void addExisting(List<AuthorizationEntity> into, String groupId, Task task) {
    AuthorizationEntity existing = getGrantAuthorizationByGroupId(groupId, Resources.TASK,
        task.getId());
    if (existing != null) {
      into.add(existing);
    }
  }

  /**
   * A task created in this very command has no stored grant yet: the engine would still ask
   * the database, once per candidate group and once for its supervisors, for every new task
   * (two round trips a person when a screening list starts its thousands of processes). Grants
   * made earlier in the same command are merged from the command's cache as before.
   */
  @Override
  protected AuthorizationEntity getGrantAuthorizationByGroupId(String groupId, Resource resource,
                                                               String resourceId) {
    return isNewTask(resource, resourceId) ? null
        : super.getGrantAuthorizationByGroupId(groupId, resource, resourceId);
  }

  @Override
  protected AuthorizationEntity getGrantAuthorizationByUserId(String userId, Resource resource,
                                                              String resourceId) {
    return isNewTask(resource, resourceId) ? null
        : super.getGrantAuthorizationByUserId(userId, resource, resourceId);
  }

  private static boolean isNewTask(Resource resource, String resourceId) {
    CommandContext command = Context.getCommandContext();
    if (command == null || resourceId == null || (resource.resourceType()
        != Resources.TASK.resourceType()
        && resource.resourceType() != Resources.HISTORIC_TASK.resourceType())) {
      return false;
    }
    CachedDbEntity cached = command.getDbEntityManager().getDbEntityCache()
        .getCachedEntity(TaskEntity.class, resourceId);
    return cached != null && cached.getEntityState() == DbEntityState.TRANSIENT;
  }

  private java.util.Optional<String> supervisorsOf(String groupId) {
    return registry.find(groupId).map(Agency::supervisorGroupId);
  }
}
