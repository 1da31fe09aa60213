package org.prasan;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** Completes a user task in a process test the way an officer filling its form would. */
public final class FormSubmission {

  private FormSubmission() {
  }

  /**
   * Checks the candidate group, the due date and the deployed form, that every variable is a
   * field of that form (a radio or select with one of its values) and that every
   * always-required field is filled; then completes the task.
   */
  public static void submitForm(ProcessInstance instance, String taskKey, String candidateGroup,
      String formId, Instant expectedDue, Map<String, Object> variables) throws IOException {
    Task task = task(taskKey, instance);
    assertThat(task).hasCandidateGroup(candidateGroup);
    Assertions.assertThat(task.getDueDate().toInstant()).isEqualTo(expectedDue);
    JsonNode form = deployedFormOf(task);
    Assertions.assertThat(form.get("id").asText()).isEqualTo(formId);
    Set<String> keys = new HashSet<>();
    for (JsonNode field : form.get("components")) {
      if (!field.has("key")) {
        continue;
      }
      String key = field.get("key").asText();
      keys.add(key);
      if (field.path("validate").path("required").asBoolean() && !field.has("conditional")) {
        Assertions.assertThat(variables).as("required field %s of %s", key, formId)
            .containsKey(key);
      }
      if (field.has("values") && variables.containsKey(key)) {
        Assertions.assertThat(field.get("values").findValuesAsText("value"))
            .as("values of %s in %s", key, formId).contains((String) variables.get(key));
      }
    }
    Assertions.assertThat(keys).as("fields of %s", formId).containsAll(variables.keySet());
    complete(task, variables);
  }

  public static JsonNode deployedFormOf(Task task) throws IOException {
    try (InputStream form = formService().getDeployedTaskForm(task.getId())) {
      return new ObjectMapper().readTree(form);
    }
  }
}
