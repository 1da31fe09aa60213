package org.prasan.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * 100 cases run on version 1 of {@code migration-check}, waiting at three different tasks.
 * Version 2 adds {@code Task_CheckVictimSupport} and renames {@code Task_ApproveCharging} to
 * {@code Task_DecideCharging}: the 33 cases waiting at the renamed task cannot move.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CaseMigrationApiTest {

  private static final String KEY = "migration-check";
  private static final String FORM = "migration-check-form";
  private static final String REVIEW = "Task_ReviewEvidence";
  private static final String APPROVE = "Task_ApproveCharging";
  private static final String INDICT = "Task_FileIndictment";
  private static final String CHECK_SUPPORT = "Task_CheckVictimSupport";
  private static final String DECIDE = "Task_DecideCharging";
  private static final int CASES = 100;

  @Autowired
  MockMvc mvc;
  @Autowired
  RepositoryService repository;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;

  private ProcessDefinition v1;
  private ProcessDefinition v2;

  @BeforeEach
  void runHundredCasesOnVersionOneThenDeployVersionTwo() throws Exception {
    deploy(version(REVIEW, APPROVE, INDICT));
    v1 = latest();
    for (int i = 0; i < CASES; i++) {
      String caseId = "MIG-2026-%06d".formatted(i);
      ProcessInstance instance = runtime.startProcessInstanceByKey(KEY, caseId,
          Map.of("caseId", caseId, "sequence", i));
      for (int step = 0; step < i % 3; step++) {
        tasks.complete(openTask(instance.getId()).getId(), Map.of("note", "step " + step));
      }
      if (i % 5 == 0) {
        Task open = openTask(instance.getId());
        tasks.claim(open.getId(), "oag-tip.officer");
        tasks.setVariableLocal(open.getId(), "draftNote", "half written " + i);
      }
    }
    deploy(version(REVIEW, CHECK_SUPPORT, DECIDE, INDICT));
    v2 = latest();
  }

  @AfterEach
  void removeTheProcess() {
    repository.createDeploymentQuery().deploymentSource(ModelDeployments.DEPLOYMENT_SOURCE).list()
        .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
  }

  @Test
  void dryRunReportsPerCaseWhatWouldHappenAndMovesNothing() throws Exception {
    migrate("coordinator", true)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.dryRun").value(true))
        .andExpect(jsonPath("$.instances").value(CASES))
        .andExpect(jsonPath("$.migrate").value(67))
        .andExpect(jsonPath("$.stay").value(33))
        .andExpect(jsonPath("$.plan.mapped[*].sourceActivityId", hasItem(REVIEW)))
        .andExpect(jsonPath("$.plan.unmapped", hasSize(1)))
        .andExpect(jsonPath("$.plan.unmapped[0].activityId").value(APPROVE))
        .andExpect(jsonPath("$.plan.unmapped[0].instancesWaiting").value(33))
        .andExpect(jsonPath("$.plan.unmapped[0].reason").value(containsString("no activity with this id")))
        .andExpect(jsonPath("$.plan.newActivities", containsInAnyOrder(CHECK_SUPPORT, DECIDE)))
        .andExpect(jsonPath("$.outcomes", hasSize(CASES)))
        .andExpect(jsonPath("$.outcomes[?(@.outcome == 'STAY')].activities[0]",
            everyItem(org.hamcrest.Matchers.is(APPROVE))))
        .andExpect(jsonPath("$.outcomes[?(@.outcome == 'MIGRATE')]", hasSize(67)))
        .andExpect(jsonPath("$.outcomes[1].businessKey").value("MIG-2026-000001"))
        .andExpect(jsonPath("$.outcomes[1].reasons[0]").value(containsString(APPROVE)));

    assertThat(runtime.createProcessInstanceQuery().processDefinitionId(v1.getId()).count())
        .isEqualTo(CASES);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionId(v2.getId()).count()).isZero();
  }

  @Test
  void movesEveryMovableCaseWithItsVariablesAndOpenTasksAndListsTheOthers() throws Exception {
    Map<String, Snapshot> before = snapshots(v1);
    migrate("coordinator", true).andExpect(status().isOk());

    migrate("coordinator", false)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.dryRun").value(false))
        .andExpect(jsonPath("$.migrate").value(67))
        .andExpect(jsonPath("$.stay").value(33))
        .andExpect(jsonPath("$.outcomes", hasSize(33)))
        .andExpect(jsonPath("$.outcomes[*].outcome", everyItem(org.hamcrest.Matchers.is("STAY"))));

    Map<String, Snapshot> moved = snapshots(v2);
    Map<String, Snapshot> stayed = snapshots(v1);
    assertThat(moved).hasSize(67);
    assertThat(stayed).hasSize(33);
    assertThat(stayed.values()).allSatisfy(snapshot ->
        assertThat(snapshot.taskDefinitionKey()).isEqualTo(APPROVE));
    moved.forEach((instanceId, after) -> {
      Snapshot was = before.get(instanceId);
      assertThat(after.taskId()).isEqualTo(was.taskId());
      assertThat(after.taskDefinitionKey()).isEqualTo(was.taskDefinitionKey()).isNotEqualTo(APPROVE);
      assertThat(after.assignee()).isEqualTo(was.assignee());
      assertThat(after.due()).isEqualTo(was.due());
      assertThat(after.variables()).isEqualTo(was.variables());
      assertThat(after.taskVariables()).isEqualTo(was.taskVariables());
    });
    assertThat(moved.values()).filteredOn(snapshot -> snapshot.assignee() != null).isNotEmpty();
  }

  @Test
  void aMovedCaseContinuesOnTheNewVersion() throws Exception {
    migrate("coordinator", false).andExpect(status().isOk());
    ProcessInstance first = runtime.createProcessInstanceQuery().processInstanceBusinessKey(
        "MIG-2026-000000").singleResult();

    tasks.complete(openTask(first.getId()).getId(), Map.of("note", "evidence reviewed"));

    assertThat(openTask(first.getId()).getTaskDefinitionKey()).isEqualTo(CHECK_SUPPORT);
  }

  @Test
  void onlyCoordinatorsMigrate() throws Exception {
    migrate("oag-tip.supervisor", false)
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    assertThat(runtime.createProcessInstanceQuery().processDefinitionId(v2.getId()).count()).isZero();
  }

  @Test
  void answersNotFoundForAVersionThatIsNotDeployed() throws Exception {
    mvc.perform(post("/api/models/migrations").with(httpBasic("coordinator", "demo"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"processKey\":\"" + KEY + "\",\"fromVersion\":1,\"toVersion\":9,\"dryRun\":true}"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void refusesARequestWithoutDryRunOrToTheSameVersion() throws Exception {
    mvc.perform(post("/api/models/migrations").with(httpBasic("coordinator", "demo"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"processKey\":\"" + KEY + "\",\"fromVersion\":1,\"toVersion\":2}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("dryRun"));
    mvc.perform(post("/api/models/migrations").with(httpBasic("coordinator", "demo"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"processKey\":\"" + KEY + "\",\"fromVersion\":2,\"toVersion\":2,\"dryRun\":true}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("toVersion"));
  }

  /** One running case: its variables and its single open task. */
  private record Snapshot(String taskId, String taskDefinitionKey, String assignee, Object due,
                          Map<String, Object> variables, Map<String, Object> taskVariables) {
  }

  private Map<String, Snapshot> snapshots(ProcessDefinition definition) {
    Map<String, Snapshot> snapshots = new HashMap<>();
    for (ProcessInstance instance : runtime.createProcessInstanceQuery()
        .processDefinitionId(definition.getId()).list()) {
      Task task = openTask(instance.getId());
      assertThat(task.getProcessDefinitionId()).isEqualTo(definition.getId());
      snapshots.put(instance.getId(), new Snapshot(task.getId(), task.getTaskDefinitionKey(),
          task.getAssignee(), task.getDueDate(), runtime.getVariables(instance.getId()),
          tasks.getVariablesLocal(task.getId())));
    }
    return snapshots;
  }

  private Task openTask(String processInstanceId) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
  }

  private ResultActions migrate(String user, boolean dryRun) throws Exception {
    return mvc.perform(post("/api/models/migrations").with(httpBasic(user, "demo"))
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"processKey\":\"" + KEY + "\",\"fromVersion\":" + v1.getVersion()
            + ",\"toVersion\":" + v2.getVersion() + ",\"dryRun\":" + dryRun + "}"));
  }

  private ProcessDefinition latest() {
    return repository.createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion()
        .singleResult();
  }

  /** A coordinator deploys a version through the API, as after editing it in Modeler. */
  private void deploy(BpmnModelInstance model) throws Exception {
    mvc.perform(multipart("/api/models/deployments")
            .file(TestModels.upload(KEY + ".bpmn", TestModels.bytes(model)))
            .file(TestModels.upload(FORM + ".form", TestModels.form(FORM, "note")))
            .with(httpBasic("coordinator", "demo")))
        .andExpect(status().isCreated());
  }

  /**
   * Start, the user tasks in order (for oag-tip, with the form), the evidence check (a
   * synchronous service task, untouched between versions: no case waits there, so the dry run
   * must list it neither as changed nor as new), end.
   */
  private static BpmnModelInstance version(String... taskIds) {
    AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(KEY)
        .name("Migration check").camundaHistoryTimeToLive(3650)
        .startEvent("StartEvent_Started").name("Started");
    for (String taskId : List.of(taskIds)) {
      flow = flow.userTask(taskId).name(taskId.substring("Task_".length()))
          .camundaCandidateGroups("oag-tip")
          .camundaFormRef(FORM).camundaFormRefBinding("deployment")
          .camundaDueDate("${sla.due(execution)}");
    }
    return flow.serviceTask("ServiceTask_VerifyEvidence").name("Verify evidence")
        .camundaDelegateExpression("${verifyEvidenceDelegate}")
        .endEvent("EndEvent_Done").name("Done").done();
  }
}
