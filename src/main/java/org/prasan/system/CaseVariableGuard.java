package org.prasan.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstanceModificationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.SignalEventReceivedBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractInstantiationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractProcessInstanceModificationCommand;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * Prasan's case variables are set by the engine and Prasan's own code, and by a person only
 * as the fields of the form of a task they work (issue 15, item 5). Completing a task is
 * {@link CompletionFields}' part; this is every other way the engine takes variables from a
 * caller: a task's variables ({@code /task/{id}/variables}, set, changed or deleted: only the
 * form's fields, a read-only one only unchanged) and its local variables (none: a local
 * variable would hide the case's own, such as the escalation a late task carries), and, with
 * no form to speak for them, none at all through an execution's or process instance's
 * variables, a start (but a start form's own fields) or modification of a process instance, a message correlation, a message
 * or signal trigger, a signal, a BPMN error or escalation thrown from a task, or a variables
 * batch. Refused with 400 naming each variable, whoever the person is (administrators too).
 *
 * <p>Who passes: the engine (no user: the job executor) and Prasan's code acting as the
 * system, which runs with authorization checks off ({@link EngineAccess#asSystem}, and any
 * delegate or listener, since the engine turns the checks off for custom code); no request
 * can turn them off. The Tasklist keeps a form's draft in the browser and needs none of these.
 */
@Component
public class CaseVariableGuard extends AbstractProcessEnginePlugin {

  static final Bilingual NOT_FROM_OUTSIDE = Bilingual.of(
      "เป็นตัวแปรของคดี บันทึกได้โดยระบบหรือผ่านแบบฟอร์มของงานเท่านั้น",
      "is a case variable: only the engine or a task's form sets it");
  static final Bilingual NO_LOCAL = Bilingual.of(
      "ตั้งเป็นตัวแปรเฉพาะงานไม่ได้ บันทึกผ่านแบบฟอร์มของงานเท่านั้น",
      "cannot be set as a task-local variable: only the task's form sets it");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PostCommandGuards.append(configuration, new Guard());
  }

  static final class Guard extends CommandInterceptor {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public <T> T execute(Command<T> command) {
      if (personActs()) {
        List<FieldProblem> problems = problems(command);
        if (!problems.isEmpty()) {
          throw new CaseVariablesRefused(new RuleViolationException(problems));
        }
      }
      return next.execute(command);
    }

    /** A signed-in person with the engine's checks on: a request, not Prasan's own code. */
    private static boolean personActs() {
      CommandContext context = Context.getCommandContext();
      if (context == null || !context.isAuthorizationCheckEnabled()) {
        return false;
      }
      Authentication caller = context.getAuthentication();
      return caller != null && caller.getUserId() != null;
    }

    static List<FieldProblem> problems(Command<?> command) {
      if (command instanceof SetTaskVariablesCmd || command instanceof RemoveTaskVariablesCmd) {
        return onTask((String) read(command, AbstractVariableCmd.class, "entityId"),
            (Boolean) read(command, AbstractVariableCmd.class, "isLocal"), changes(command));
      }
      if (command instanceof PatchTaskVariablesCmd) {
        return onTask((String) read(command, AbstractPatchVariablesCmd.class, "entityId"),
            (Boolean) read(command, AbstractPatchVariablesCmd.class, "isLocal"),
            changes(command));
      }
      Set<String> names = namesWithoutForm(command);
      List<FieldProblem> problems = new ArrayList<>();
      names.forEach(name -> problems.add(FieldProblem.of(name, NOT_FROM_OUTSIDE)));
      return problems;
    }

    /** The variables set (with their values) or deleted (as null) by a task variable call. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> changes(Command<?> command) {
      Map<String, Object> changes = new LinkedHashMap<>();
      if (command instanceof AbstractSetVariableCmd) {
        putAll(changes, (Map<String, ?>) read(command, AbstractSetVariableCmd.class,
            "variables"));
      } else if (command instanceof AbstractRemoveVariableCmd) {
        removals(changes, (Collection<String>) read(command, AbstractRemoveVariableCmd.class,
            "variableNames"));
      } else if (command instanceof AbstractPatchVariablesCmd) {
        putAll(changes, (Map<String, ?>) read(command, AbstractPatchVariablesCmd.class,
            "variables"));
        removals(changes, (Collection<String>) read(command, AbstractPatchVariablesCmd.class,
            "deletions"));
      }
      return changes;
    }

    private static List<FieldProblem> onTask(String taskId, boolean local,
                                             Map<String, Object> changes) {
      if (changes.isEmpty()) {
        return List.of();
      }
      if (local) {
        return changes.keySet().stream().map(name -> FieldProblem.of(name, NO_LOCAL)).toList();
      }
      TaskEntity task = taskId == null ? null
          : Context.getCommandContext().getTaskManager().findTaskById(taskId);
      if (task == null) {
        // No such task: the engine answers that itself.
        return List.of();
      }
      return CompletionFields.Guard.problems(task, changes);
    }

    /** The fields of a process definition's deployed start form (none without one). */
    private static Set<String> startFormFields(String processDefinitionId) {
      if (processDefinitionId == null) {
        return Set.of();
      }
      return Context.getCommandContext().runWithoutAuthorization(() -> {
        try (InputStream form = new GetDeployedStartFormCmd(processDefinitionId)
            .execute(Context.getCommandContext())) {
          return CompletionFields.fields(JSON.readTree(form)).keySet();
        } catch (ProcessEngineException | IOException noForm) {
          return Set.<String>of();
        }
      });
    }

    /** Variables a command takes where no form speaks for them. */
    @SuppressWarnings("unchecked")
    private static Set<String> namesWithoutForm(Command<?> command) {
      Set<String> names = new LinkedHashSet<>();
      if (command instanceof AbstractSetVariableCmd) {
        addNames(names, (Map<String, ?>) read(command, AbstractSetVariableCmd.class,
            "variables"));
      } else if (command instanceof AbstractRemoveVariableCmd) {
        Collection<String> removed = (Collection<String>) read(command,
            AbstractRemoveVariableCmd.class, "variableNames");
        if (removed != null) {
          names.addAll(removed);
        }
      } else if (command instanceof AbstractPatchVariablesCmd) {
        addNames(names, (Map<String, ?>) read(command, AbstractPatchVariablesCmd.class,
            "variables"));
        Collection<String> deleted = (Collection<String>) read(command,
            AbstractPatchVariablesCmd.class, "deletions");
        if (deleted != null) {
          names.addAll(deleted);
        }
      } else if (command instanceof StartProcessInstanceCmd
          || command instanceof StartProcessInstanceAtActivitiesCmd) {
        ProcessInstantiationBuilderImpl builder = (ProcessInstantiationBuilderImpl) read(command,
            command.getClass(), "instantiationBuilder");
        addNames(names, builder.getVariables());
        addModification(names, builder.getModificationBuilder());
      } else if (command instanceof SubmitStartFormCmd) {
        // A start form speaks for its own fields, as a task's form does for its task.
        Map<String, ?> submitted = (Map<String, ?>) read(command, SubmitStartFormCmd.class,
            "variables");
        Set<String> fields = startFormFields(
            (String) read(command, SubmitStartFormCmd.class, "processDefinitionId"));
        if (submitted != null) {
          submitted.keySet().stream().filter(name -> !fields.contains(name))
              .forEach(names::add);
        }
      } else if (command instanceof ModifyProcessInstanceCmd) {
        addModification(names, (ProcessInstanceModificationBuilderImpl) read(command,
            ModifyProcessInstanceCmd.class, "builder"));
      } else if (command instanceof ModifyProcessInstanceAsyncCmd) {
        addModification(names, (ProcessInstanceModificationBuilderImpl) read(command,
            ModifyProcessInstanceAsyncCmd.class, "builder"));
      } else if (command instanceof AbstractCorrelateMessageCmd) {
        MessageCorrelationBuilderImpl builder = (MessageCorrelationBuilderImpl) read(command,
            AbstractCorrelateMessageCmd.class, "builder");
        addNames(names, builder.getPayloadProcessInstanceVariables());
        addNames(names, builder.getPayloadProcessInstanceVariablesLocal());
        addNames(names, builder.getPayloadProcessInstanceVariablesToTriggeredScope());
      } else if (command instanceof MessageEventReceivedCmd) {
        for (String field : List.of("processVariables", "processVariablesLocal",
            "processVariablesToTriggeredScope")) {
          addNames(names, (Map<String, ?>) read(command, MessageEventReceivedCmd.class, field));
        }
      } else if (command instanceof SignalEventReceivedCmd) {
        addNames(names, ((SignalEventReceivedBuilderImpl) read(command,
            SignalEventReceivedCmd.class, "builder")).getVariables());
      } else if (command instanceof SignalCmd) {
        addNames(names, (Map<String, ?>) read(command, SignalCmd.class, "processVariables"));
      } else if (command instanceof HandleTaskBpmnErrorCmd) {
        addNames(names, (Map<String, ?>) read(command, HandleTaskBpmnErrorCmd.class,
            "variables"));
      } else if (command instanceof HandleTaskEscalationCmd) {
        addNames(names, (Map<String, ?>) read(command, HandleTaskEscalationCmd.class,
            "variables"));
      } else if (command instanceof SetVariablesToProcessInstancesBatchCmd) {
        addNames(names, (Map<String, ?>) read(command,
            SetVariablesToProcessInstancesBatchCmd.class, "variables"));
      }
      return names;
    }

    @SuppressWarnings("unchecked")
    private static void addModification(Set<String> names,
                                        ProcessInstanceModificationBuilderImpl builder) {
      if (builder == null) {
        return;
      }
      addNames(names, builder.getProcessVariables());
      for (AbstractProcessInstanceModificationCommand operation
          : builder.getModificationOperations()) {
        if (operation instanceof AbstractInstantiationCmd) {
          addNames(names, (Map<String, ?>) read(operation, AbstractInstantiationCmd.class,
              "variables"));
          addNames(names, (Map<String, ?>) read(operation, AbstractInstantiationCmd.class,
              "variablesLocal"));
        }
      }
    }

    private static void addNames(Set<String> names, Map<String, ?> variables) {
      if (variables != null) {
        names.addAll(variables.keySet());
      }
    }

    private static void putAll(Map<String, Object> changes, Map<String, ?> variables) {
      if (variables != null) {
        changes.putAll(variables);
      }
    }

    private static void removals(Map<String, Object> changes, Collection<String> names) {
      if (names != null) {
        names.forEach(name -> changes.put(name, null));
      }
    }

    private static Object read(Object command, Class<?> type, String name) {
      return EngineCommandFields.read(command, type, name);
    }
  }
}
