package org.prasan.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.springframework.stereotype.Component;

/**
 * A task's deployed form read once per process definition and task, not with every opening
 * (issue 20). A form bound to the deployment of its process ({@code formRefBinding=
 * "deployment"}, a literal key: every form of the SOP) never changes, but the engine looked
 * up its definition ({@code ACT_RE_CAMFORMDEF}), its deployment and its bytes
 * ({@code ACT_GE_BYTEARRAY}) each time an officer opened the task.
 *
 * <p>The opening is still the engine's command: the task is read and the engine's checks
 * ({@code checkReadTask}: READ on the task or READ_TASK on its process) run as before, and a
 * task that does not exist, has another kind of form or none goes to the engine unchanged.
 */
@Component
public class DeployedForms extends AbstractProcessEnginePlugin {

  /** At most this many forms are kept (the SOP has about 60). */
  private static final int MAX_FORMS = 2_000;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PostCommandGuards.append(configuration, new Kept());
  }

  static final class Kept extends CommandInterceptor {

    private final Map<String, byte[]> forms = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    @Override
    public <T> T execute(Command<T> command) {
      if (!(command instanceof GetDeployedTaskFormCmd)) {
        return next.execute(command);
      }
      CommandContext context = Context.getCommandContext();
      String taskId = (String) EngineCommandFields.read(command, GetDeployedTaskFormCmd.class,
          "taskId");
      TaskEntity task = context == null || taskId == null ? null
          : context.getTaskManager().findTaskById(taskId);
      String key = task == null ? null : fixedFormKey(task);
      if (key == null) {
        return next.execute(command);
      }
      for (CommandChecker checker : context.getProcessEngineConfiguration()
          .getCommandCheckers()) {
        checker.checkReadTask(task);
      }
      byte[] form = forms.get(key);
      if (form == null) {
        try (InputStream read = (InputStream) next.execute(command)) {
          form = read.readAllBytes();
        } catch (IOException unreadable) {
          throw new UncheckedIOException(unreadable);
        }
        if (forms.size() >= MAX_FORMS) {
          forms.clear();
        }
        forms.put(key, form);
      }
      return (T) new ByteArrayInputStream(form);
    }

    /** The process definition and task key of a form that cannot change, or null. */
    private static String fixedFormKey(TaskEntity task) {
      TaskDefinition definition = task.getTaskDefinition();
      boolean fixed = task.getProcessDefinitionId() != null && definition != null
          && "deployment".equals(definition.getCamundaFormDefinitionBinding())
          && definition.getCamundaFormDefinitionKey() != null
          && definition.getCamundaFormDefinitionKey().isLiteralText()
          && definition.getFormKey() == null;
      return fixed ? task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey() : null;
    }
  }
}
