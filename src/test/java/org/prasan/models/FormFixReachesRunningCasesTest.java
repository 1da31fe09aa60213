package org.prasan.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prasan.models.TestModels.bytes;
import static org.prasan.models.TestModels.process;
import static org.prasan.models.TestModels.upload;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Two cases wait at a task whose form has a typo in a label. A coordinator deploys the
 * corrected form alone: the cases' open tasks show it at once, without a migration by hand. A
 * form whose fields change is not carried: those cases stay until the coordinator moves them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FormFixReachesRunningCasesTest {

  private static final String KEY = "form-fix-check";
  private static final String FORM = "form-fix-check-form";

  @Autowired
  MockMvc mvc;
  @Autowired
  RepositoryService repository;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  FormService forms;

  @BeforeEach
  void twoCasesWaitAtTheTaskWithTheTypo() throws Exception {
    deploy(upload(KEY + ".bpmn", bytes(process(KEY, "oag-tip", FORM))),
        upload(FORM + ".form", form("ความเห็น / Coment", "textfield")))
        .andExpect(status().isCreated());
    runtime.startProcessInstanceByKey(KEY, "FIX-2026-000001");
    runtime.startProcessInstanceByKey(KEY, "FIX-2026-000002");
  }

  @AfterEach
  void removeTheProcess() {
    repository.createDeploymentQuery().deploymentSource(ModelDeployments.DEPLOYMENT_SOURCE).list()
        .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
  }

  @Test
  void aCorrectedLabelReachesTheOpenTasksOfRunningCases() throws Exception {
    deploy(upload(FORM + ".form", form("ความเห็น / Comment", "textfield")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.carried[0].processKey").value(KEY))
        .andExpect(jsonPath("$.carried[0].fromVersion").value(1))
        .andExpect(jsonPath("$.carried[0].toVersion").value(2))
        .andExpect(jsonPath("$.carried[0].moved").value(2))
        .andExpect(jsonPath("$.carried[0].stayed").value(0));

    assertThat(openTasks()).hasSize(2).allSatisfy(task ->
        assertThat(formOf(task)).contains("ความเห็น / Comment").doesNotContain("Coment"));
  }

  @Test
  void aFormWhoseFieldsChangedLeavesTheCasesWhereTheyAre() throws Exception {
    deploy(upload(FORM + ".form", form("ความเห็น / Comment", "textarea")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.carried[0].moved").value(0))
        .andExpect(jsonPath("$.carried[0].stayed").value(2))
        .andExpect(jsonPath("$.carried[0].note").value(
            org.hamcrest.Matchers.containsString("dry run")));

    assertThat(openTasks()).hasSize(2).allSatisfy(task ->
        assertThat(formOf(task)).contains("Coment"));
  }

  private List<Task> openTasks() {
    return tasks.createTaskQuery().processDefinitionKey(KEY).list();
  }

  private String formOf(Task task) {
    try (InputStream form = forms.getDeployedTaskForm(task.getId())) {
      return new String(form.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] form(String label, String type) {
    return ("{\"id\":\"" + FORM + "\",\"type\":\"default\",\"schemaVersion\":16,\"components\":["
        + "{\"type\":\"" + type + "\",\"id\":\"Field_note\",\"key\":\"note\",\"label\":\""
        + label + "\"}]}").getBytes(StandardCharsets.UTF_8);
  }

  private ResultActions deploy(org.springframework.mock.web.MockMultipartFile... files)
      throws Exception {
    var request = multipart("/api/models/deployments");
    for (var file : files) {
      request.file(file);
    }
    return mvc.perform(request.with(httpBasic("coordinator", "demo")));
  }
}
