package org.prasan.models;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.mock.web.MockMultipartFile;

/** Small models that follow the conventions, for the model API tests, and their uploads. */
final class TestModels {

  /** A task id with a service level in sop.yaml. */
  static final String TASK = "Task_ApproveCharging";

  private TestModels() {
  }

  /** Start, one user task for {@code group} with form {@code formId}, end. */
  static BpmnModelInstance process(String processId, String group, String formId) {
    return Bpmn.createExecutableProcess(processId).name("Process " + processId)
        .camundaHistoryTimeToLive(3650)
        .startEvent("StartEvent_Started").name("Started")
        .userTask(TASK).name("Approve charging")
        .camundaCandidateGroups(group)
        .camundaFormRef(formId).camundaFormRefBinding("deployment")
        .camundaDueDate("${sla.due(execution)}")
        .endEvent("EndEvent_Done").name("Done")
        .done();
  }

  static byte[] bytes(BpmnModelInstance model) {
    return Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8);
  }

  static byte[] form(String id, String... keys) {
    ObjectMapper json = new ObjectMapper();
    ObjectNode form = json.createObjectNode().put("id", id).put("type", "default")
        .put("schemaVersion", 16);
    ArrayNode components = form.putArray("components");
    for (String key : keys) {
      components.addObject().put("type", "textfield").put("id", "Field_" + key).put("key", key)
          .put("label", "ช่อง " + key + " / " + key);
    }
    return form.toString().getBytes(StandardCharsets.UTF_8);
  }

  static MockMultipartFile upload(String fileName, byte[] content) {
    return new MockMultipartFile(ModelDeploymentController.FILES, fileName,
        "application/octet-stream", content);
  }
}
