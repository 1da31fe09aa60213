package org.prasan.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * A person completing a task sets only the fields of its form (issue 15, item 5): a variable
 * the form does not have ({@code caseId}, {@code triageAgency} or {@code chargingDecision}
 * sent with the triage) is refused with 400 naming it, and so is a read-only field sent with
 * another value than the case holds (the Tasklist sends read-only fields back unchanged).
 * Whatever the route: {@code /engine-rest}, the Tasklist's own API, or Java code completing in
 * an officer's name. The engine's own completions (no user acting) are not concerned; a task
 * without a deployed form takes no variables from a person at all.
 */
@Component
public class CompletionFields extends AbstractProcessEnginePlugin {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PostCommandGuards.append(configuration, new Guard());
  }

  /** A form's fields: key to whether a person may change it. */
  static Map<String, Boolean> fields(JsonNode form) {
    Map<String, Boolean> fields = new HashMap<>();
    collect(form, fields);
    return fields;
  }

  private static void collect(JsonNode node, Map<String, Boolean> fields) {
    JsonNode components = node.path("components");
    for (JsonNode component : components) {
      if (component.hasNonNull("key")) {
        boolean locked = !component.path("readonly").asText("false").equals("false")
            || component.path("disabled").asBoolean(false);
        fields.merge(component.get("key").asText(), !locked, Boolean::logicalOr);
      }
      collect(component, fields);
    }
  }

  static final class Guard extends CommandInterceptor {

    /** Fields of forms bound to their deployment, by process definition and task key. */
    private static final Map<String, Map<String, Boolean>> DEPLOYED_FORMS =
        new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    @Override
    public <T> T execute(Command<T> command) {
      String taskId = null;
      Map<String, ?> variables = null;
      if (command instanceof CompleteTaskCmd) {
        taskId = (String) EngineCommandFields.read(command, CompleteTaskCmd.class, "taskId");
        variables = (Map<String, ?>) EngineCommandFields.read(command, CompleteTaskCmd.class,
            "variables");
      } else if (command instanceof SubmitTaskFormCmd) {
        taskId = (String) EngineCommandFields.read(command, SubmitTaskFormCmd.class, "taskId");
        variables = (Map<String, ?>) EngineCommandFields.read(command, SubmitTaskFormCmd.class,
            "properties");
      }
      if (taskId != null && variables != null && !variables.isEmpty() && personActs()) {
        check(taskId, variables);
      }
      return next.execute(command);
    }

    private static boolean personActs() {
      CommandContext context = Context.getCommandContext();
      Authentication caller = context == null ? null : context.getAuthentication();
      return caller != null && caller.getUserId() != null;
    }

    private static void check(String taskId, Map<String, ?> variables) {
      CommandContext context = Context.getCommandContext();
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      if (task == null) {
        return;
      }
      List<FieldProblem> problems = problems(task, variables);
      if (!problems.isEmpty()) {
        throw new RuleViolationException(problems);
      }
    }

    /**
     * What a person may not set of {@code variables} on the task: a name its form does not
     * have, or a read-only field with another value than the case holds. Inside a command.
     */
    static List<FieldProblem> problems(TaskEntity task, Map<String, ?> variables) {
      Map<String, Boolean> fields = fieldsOf(task, Context.getCommandContext());
      List<FieldProblem> problems = new ArrayList<>();
      for (Map.Entry<String, ?> variable : variables.entrySet()) {
        String name = variable.getKey();
        Boolean editable = fields.get(name);
        if (editable == null) {
          problems.add(FieldProblem.of(name, Bilingual.of(
              "ไม่ใช่ช่องของแบบฟอร์มงานนี้ จึงบันทึกไม่ได้",
              "is not a field of this task's form and cannot be set")));
        } else if (!editable && !same(task.getVariable(name), variable.getValue())) {
          problems.add(FieldProblem.of(name, Bilingual.of(
              "เป็นช่องอ่านอย่างเดียว เปลี่ยนค่าไม่ได้",
              "is read-only on this form and cannot be changed")));
        }
      }
      return problems;
    }

    /**
     * A form bound to the deployment of the task's process ({@code formRefBinding="deployment"})
     * never changes: its fields are read once per process definition and task, not with every
     * completion (a database read of the form and a JSON parse per task; 20 clerks recording
     * outcomes at once complete thousands). Other bindings are read every time.
     */
    private static Map<String, Boolean> fieldsOf(TaskEntity task, CommandContext context) {
      TaskDefinition definition = task.getTaskDefinition();
      boolean fixed = task.getProcessDefinitionId() != null && definition != null
          && "deployment".equals(definition.getCamundaFormDefinitionBinding())
          && definition.getCamundaFormDefinitionKey() != null
          && definition.getCamundaFormDefinitionKey().isLiteralText();
      if (!fixed) {
        return context.runWithoutAuthorization(() -> formFields(task.getId()));
      }
      String key = task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey();
      Map<String, Boolean> known = DEPLOYED_FORMS.get(key);
      if (known != null) {
        return known;
      }
      Map<String, Boolean> read = context.runWithoutAuthorization(() -> formFields(task.getId()));
      if (!read.isEmpty()) {
        DEPLOYED_FORMS.put(key, Map.copyOf(read));
      }
      return read;
    }

    private static Map<String, Boolean> formFields(String taskId) {
      try (InputStream form = new GetDeployedTaskFormCmd(taskId)
          .execute(Context.getCommandContext())) {
        return fields(JSON.readTree(form));
      } catch (ProcessEngineException | IOException noForm) {
        return Map.of();
      }
    }

    private static boolean same(Object current, Object submitted) {
      Object value = submitted instanceof TypedValue typed ? typed.getValue() : submitted;
      if (Objects.equals(current, value)) {
        return true;
      }
      if (current == null) {
        // An empty read-only field comes back empty, or unticked.
        return value == null || "".equals(value) || Boolean.FALSE.equals(value);
      }
      if (current instanceof java.util.Date date && value instanceof String text) {
        try {
          return date.toInstant().equals(java.time.OffsetDateTime.parse(text).toInstant());
        } catch (java.time.DateTimeException notTheSame) {
          return false;
        }
      }
      return value != null && String.valueOf(current).equals(String.valueOf(value));
    }
  }
}
