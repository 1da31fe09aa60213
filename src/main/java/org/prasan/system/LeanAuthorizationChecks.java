package org.prasan.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantCommandChecker;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheckBuilder;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * The engine's authorization checks, asked with fewer statements and the same answers
 * (issue 20). Two statements of every checked command went on finding out what the check
 * already knew:
 *
 * <ul>
 *   <li>Before its first check, each command read every group that holds any authorization
 *   ({@code SELECT distinct GROUP_ID_ FROM ACT_RU_AUTHORIZATION}) only to drop the user's
 *   other groups from the check. A group with no authorization matches no row of the check
 *   (grants only: {@code authorization-check-revokes: never}), so the check is asked with all
 *   the user's groups instead, sorted (the same SQL text for the same user, so the driver's
 *   prepared statement is reused), and answers the same.</li>
 *   <li>Checking a task (READ on the task or READ_TASK on its process definition: opening
 *   its form, reading its links or variables) read the task's execution only to learn the
 *   key of its process definition, which the task names itself ({@code PROC_DEF_ID_}) and the
 *   deployment cache holds ({@link DeployedDefinitions}).</li>
 * </ul>
 *
 * Each check is then asked as one plain statement ({@link GrantChecks}) instead of the
 * statement MyBatis builds anew per check. Every other check is the engine's own.
 */
@Component
public class LeanAuthorizationChecks extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCommandCheckers() == null) {
      List<CommandChecker> checkers = new ArrayList<>();
      checkers.add(new TenantCommandChecker());
      checkers.add(new TaskChecks());
      configuration.setCommandCheckers(checkers);
    }
    List<SessionFactory> factories = new ArrayList<>();
    if (configuration.getCustomSessionFactories() != null) {
      factories.addAll(configuration.getCustomSessionFactories());
    }
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new AllGroups();
      }
    });
    configuration.setCustomSessionFactories(factories);
  }

  /** The engine's checker, but a task's process definition is taken from the task. */
  static final class TaskChecks extends AuthorizationCommandChecker {

    @Override
    protected void checkTaskPermission(TaskEntity task, Permission processDefinitionPermission,
                                       Permission taskPermission) {
      ProcessDefinitionEntity definition = task.getExecutionId() == null ? null
          : task.getProcessDefinition();
      if (definition == null) {
        super.checkTaskPermission(task, processDefinitionPermission, taskPermission);
        return;
      }
      CompositePermissionCheck check = new PermissionCheckBuilder()
          .disjunctive()
          .atomicCheckForResourceId(Resources.TASK, task.getId(), taskPermission)
          .atomicCheckForResourceId(Resources.PROCESS_DEFINITION, definition.getKey(),
              processDefinitionPermission)
          .build();
      getAuthorizationManager().checkAuthorization(check);
    }
  }

  /**
   * The engine's authorization manager, checking with all the user's groups, each check one
   * plain statement where {@link GrantChecks} can ask it.
   */
  static final class AllGroups extends AuthorizationManager {

    @Override
    public boolean isAuthorized(String userId, List<String> groupIds, PermissionCheck check) {
      if (!isAuthorizationEnabled()) {
        return true;
      }
      CompositePermissionCheck single = new CompositePermissionCheck();
      single.addAtomicCheck(check);
      return isAuthorized(userId, groupIds, single);
    }

    @Override
    public boolean isAuthorized(String userId, List<String> groupIds,
                                CompositePermissionCheck check) {
      List<String> groups = filterAuthenticatedGroupIds(groupIds);
      if (check.getAllPermissionChecks().stream().anyMatch(
          permission -> !isResourceValidForPermission(permission))
          || isRevokeAuthCheckEnabled(userId, groups)) {
        return super.isAuthorized(userId, groupIds, check);
      }
      ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
      GrantChecks.Statement statement = GrantChecks.statementFor(
          configuration.getDatabaseType(), configuration.getDatabaseTablePrefix(), userId,
          groups, check);
      if (statement == null) {
        return super.isAuthorized(userId, groupIds, check);
      }
      return statement.ask(getDbSqlSession().getSqlSession().getConnection());
    }

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
        return new ArrayList<>();
      }
      TreeSet<String> groups = new TreeSet<>();
      authenticatedGroupIds.stream().filter(Objects::nonNull).forEach(groups::add);
      return new ArrayList<>(groups);
    }
  }
}
