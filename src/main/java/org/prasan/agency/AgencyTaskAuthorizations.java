package org.prasan.agency;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
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

  @Override
  public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId,
                                                           String type) {
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

  private java.util.Optional<String> supervisorsOf(String groupId) {
    return registry.find(groupId).map(Agency::supervisorGroupId);
  }
}
