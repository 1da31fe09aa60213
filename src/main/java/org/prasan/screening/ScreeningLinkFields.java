package org.prasan.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.prasan.system.Bilingual;
import org.prasan.system.EngineCommandFields;
import org.prasan.system.FieldProblem;
import org.prasan.system.RuleViolationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The screening forms' compound, recruiter and network fields ({@link PersonLinks#FIELDS})
 * never become process variables: completing a screening task (the Tasklist's form submit,
 * {@code /engine-rest} or Java), they are taken out of the completion before the engine sets
 * its variables (so neither the runtime nor the history tables, nor any log, hold them),
 * checked, and sealed on the person's row, in the completion's transaction: a completion the
 * process refuses stores none of them. Whoever completes (a person or the engine's own code).
 */
@Component
class ScreeningLinkFields extends AbstractProcessEnginePlugin {

  static final Set<String> SCREENING_TASKS = Set.of(PersonScreeningProcess.TASK_SCREEN_PERSON,
      PersonScreeningProcess.TASK_SCREEN_CHILD);

  static final Bilingual ONLY_ON_COMPLETION = Bilingual.of(
      "บันทึกได้เมื่อส่งผลการคัดแยกเท่านั้น (เก็บในคลังข้อมูลลับ ไม่เป็นตัวแปรของกระบวนการ)",
      "is recorded only by completing the screening (it goes to the vault, never into a "
          + "process variable)");

  private final ObjectProvider<PersonLinks> links;

  ScreeningLinkFields(ObjectProvider<PersonLinks> links) {
    this.links = links;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
    }
    interceptors.add(new Interceptor(links));
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }

  static final class Interceptor extends CommandInterceptor {

    private final ObjectProvider<PersonLinks> links;

    Interceptor(ObjectProvider<PersonLinks> links) {
      this.links = links;
    }

    @SuppressWarnings("unchecked")
    @Override
    public <T> T execute(Command<T> command) {
      if (command instanceof CompleteTaskCmd) {
        take(command, CompleteTaskCmd.class, "variables", false);
      } else if (command instanceof SubmitTaskFormCmd) {
        take(command, SubmitTaskFormCmd.class, "properties", true);
      } else if (command instanceof SetTaskVariablesCmd) {
        refuse(EngineCommandFields.read(command, AbstractVariableCmd.class, "entityId"),
            EngineCommandFields.read(command, AbstractSetVariableCmd.class, "variables"));
      } else if (command instanceof PatchTaskVariablesCmd) {
        refuse(EngineCommandFields.read(command, AbstractPatchVariablesCmd.class, "entityId"),
            EngineCommandFields.read(command, AbstractPatchVariablesCmd.class, "variables"));
      }
      return next.execute(command);
    }

    /** Set as a task's variables (a draft), they would be stored: only the completion takes them. */
    private static void refuse(Object taskId, Object variables) {
      if (!(variables instanceof Map<?, ?> map) || PersonLinks.FIELDS.keySet().stream()
          .noneMatch(map::containsKey)) {
        return;
      }
      TaskEntity task = taskId == null ? null
          : Context.getCommandContext().getTaskManager().findTaskById((String) taskId);
      if (task != null && SCREENING_TASKS.contains(task.getTaskDefinitionKey())) {
        throw new RuleViolationException(PersonLinks.FIELDS.keySet().stream()
            .filter(map::containsKey).map(field -> FieldProblem.of(field, ONLY_ON_COMPLETION))
            .toList());
      }
    }

    @SuppressWarnings("unchecked")
    private void take(Object command, Class<?> type, String variablesField, boolean variableMap) {
      Map<String, Object> variables =
          (Map<String, Object>) EngineCommandFields.read(command, type, variablesField);
      if (variables == null || PersonLinks.FIELDS.keySet().stream()
          .noneMatch(variables::containsKey)) {
        return;
      }
      String taskId = (String) EngineCommandFields.read(command, type, "taskId");
      CommandContext context = Context.getCommandContext();
      TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
      if (task == null || !SCREENING_TASKS.contains(task.getTaskDefinitionKey())
          || task.getProcessDefinitionId() == null
          || !task.getProcessDefinitionId().startsWith(PersonScreeningProcess.KEY + ":")) {
        // Another task's form has no such fields: CompletionFields refuses them there.
        return;
      }
      PersonLinks.Links found = PersonLinks.check(variables);
      Map<String, Object> rest = new LinkedHashMap<>(variables);
      PersonLinks.FIELDS.keySet().forEach(rest::remove);
      Object replacement = rest;
      if (variableMap) {
        VariableMap map = Variables.createVariables();
        map.putAll(rest);
        replacement = map;
      }
      EngineCommandFields.write(command, type, variablesField, replacement);
      links.getObject().record(
          (String) task.getVariable(PersonScreeningProcess.VAR_PERSON_REF),
          (String) task.getVariable(PersonScreeningProcess.VAR_OPERATION_ID), found);
    }
  }
}
