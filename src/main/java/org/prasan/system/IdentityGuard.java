package org.prasan.system;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.NativeUserQueryImpl;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CheckPassword;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Who may look at other users (issue 15, item 8), in the engine whatever the route: only
 * administrators test a password ({@code POST /engine-rest/identity/verify}) other than their
 * own; an officer's user list holds the users of their own agency (what reassigning a task
 * needs), a coordinator's everyone's (they resolve escalations of every agency). Logins run
 * with no caller and pass.
 */
@Component
public class IdentityGuard extends AbstractProcessEnginePlugin {

  static final String COORDINATOR = "coordinator";
  private static final String SUPERVISORS = "-sup";
  static final Bilingual REFUSED = Bilingual.of(
      "การตรวจรหัสผ่านและรายชื่อผู้ใช้ทั้งหมดสำหรับผู้ดูแลระบบเท่านั้น",
      "Checking passwords and listing every user are for administrators only");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    interceptors.add(new Guard(configuration));
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  /** The agencies of the caller's groups (a supervisors' group counts as its agency). */
  static Set<String> agencies(List<String> groups) {
    Set<String> agencies = new LinkedHashSet<>();
    for (String group : groups) {
      if (!Groups.CAMUNDA_ADMIN.equals(group)) {
        agencies.add(group.endsWith(SUPERVISORS)
            ? group.substring(0, group.length() - SUPERVISORS.length()) : group);
      }
    }
    return agencies;
  }

  static final class Guard extends CommandInterceptor {

    private final ProcessEngineConfigurationImpl engine;

    Guard(ProcessEngineConfigurationImpl engine) {
      this.engine = engine;
    }

    @Override
    public <T> T execute(Command<T> command) {
      Authentication caller = engine.getIdentityService().getCurrentAuthentication();
      if (caller == null || caller.getUserId() == null) {
        return next.execute(command);
      }
      List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
      if (groups.contains(Groups.CAMUNDA_ADMIN)) {
        return next.execute(command);
      }
      if (command instanceof CheckPassword check && !caller.getUserId().equals(userOf(check))
          || command instanceof NativeUserQueryImpl) {
        throw new AuthorizationException(REFUSED.text());
      }
      if (command instanceof UserQueryImpl users && !groups.contains(COORDINATOR)
          && !caller.getUserId().equals(users.getId())) {
        limit(users, agencies(groups));
      }
      return next.execute(command);
    }

    /** An officer's query keeps to their agency; another agency's group answers nobody. */
    private static void limit(UserQueryImpl users, Set<String> agencies) {
      String asked = users.getGroupId();
      String askedAgency = asked == null ? null : agencies(List.of(asked)).stream()
          .findFirst().orElse(null);
      if (asked != null && agencies.contains(askedAgency)) {
        return;
      }
      if (asked == null && agencies.size() == 1) {
        users.memberOfGroup(agencies.iterator().next());
        return;
      }
      throw new AuthorizationException(REFUSED.text());
    }

    private static String userOf(CheckPassword check) {
      try {
        var field = CheckPassword.class.getDeclaredField("userId");
        field.setAccessible(true);
        return (String) field.get(check);
      } catch (ReflectiveOperationException engineChanged) {
        throw new IllegalStateException("Camunda's CheckPassword changed: IdentityGuard needs "
            + "a look", engineChanged);
      }
    }
  }
}
