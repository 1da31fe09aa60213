package org.prasan.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.prasan.models.TestModels.bytes;
import static org.prasan.models.TestModels.form;
import static org.prasan.models.TestModels.process;
import static org.prasan.models.TestModels.upload;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.prasan.TestProfiles;
import org.prasan.ThisContextsEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The models as the application deploys and changes them: deployment through the API, the
 * workbench, running cases migrated to a new version, and a form fix reaching running cases.
 * Each former test class is a {@code @Nested} class; those tagged {@code mariadb} also run in
 * {@code mvn verify -Pmariadb}. One configuration, the API tests' shared one (RANDOM_PORT with
 * MockMvc), so Spring starts one context for all of them.
 */
@ExtendWith(ThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestProfiles.class)
class ModelsApiTest {

  static final String DEPLOYMENTS = "/api/models/deployments";

  @Autowired
  MockMvc mvc;
  @Autowired
  RepositoryService repository;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;

  /** Files deployed through the API as {@code user} would from Modeler. */
  ResultActions deployAs(String user, MockMultipartFile... files) throws Exception {
    MockMultipartHttpServletRequestBuilder request = multipart(DEPLOYMENTS);
    for (MockMultipartFile file : files) {
      request.file(file);
    }
    return mvc.perform(request.with(httpBasic(user, "demo")));
  }

  ResultActions deploy(MockMultipartFile... files) throws Exception {
    return deployAs("coordinator", files);
  }

  @Nested
  class ModelDeploymentApiTest {


    @AfterEach
    void removeTestDeployments() {
      repository.createDeploymentQuery().deploymentSource(ModelDeployments.DEPLOYMENT_SOURCE).list()
          .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
    }

    private long apiDeployments() {
      return repository.createDeploymentQuery().deploymentSource(ModelDeployments.DEPLOYMENT_SOURCE)
          .count();
    }

    @Test
    void deploysCleanModelsAndAnswersCreatedWithTheDeployedDefinitions() throws Exception {
      deploy(upload("model-api-alpha.bpmn", bytes(process("model-api-alpha", "oag-tip", "alpha-form"))),
          upload("alpha-form.form", form("alpha-form", "chargingDecision")))
          .andExpect(status().isCreated())
          .andExpect(jsonPath("$.deploymentId").isNotEmpty())
          .andExpect(jsonPath("$.deployed", hasSize(2)))
          .andExpect(jsonPath("$.deployed[?(@.kind == 'PROCESS')].key").value("model-api-alpha"))
          .andExpect(jsonPath("$.deployed[?(@.kind == 'PROCESS')].version").value(1))
          .andExpect(jsonPath("$.deployed[?(@.kind == 'PROCESS')].reason").value("new"))
          .andExpect(jsonPath("$.deployed[?(@.kind == 'FORM')].key").value("alpha-form"))
          .andExpect(jsonPath("$.unchanged", empty()))
          .andExpect(jsonPath("$.warnings", empty()));

      ProcessDefinition alpha = repository.createProcessDefinitionQuery()
          .processDefinitionKey("model-api-alpha").singleResult();
      assertThat(repository.getDeploymentResourceNames(alpha.getDeploymentId()))
          .containsExactlyInAnyOrder("model-api-alpha.bpmn", "alpha-form.form");
    }

    @Test
    void deploysOnlyWhatChangedWithTheProcessesBoundToAChangedForm() throws Exception {
      MockMultipartFile alpha = upload("model-api-alpha.bpmn",
          bytes(process("model-api-alpha", "oag-tip", "alpha-form")));
      MockMultipartFile alphaForm = upload("alpha-form.form", form("alpha-form", "chargingDecision"));
      MockMultipartFile beta = upload("model-api-beta.bpmn",
          bytes(process("model-api-beta", "${leadAgency}", "beta-form")));
      deploy(alpha, alphaForm, beta, upload("beta-form.form", form("beta-form", "arrestOutcome")))
          .andExpect(status().isCreated());

      deploy(alpha, alphaForm, beta,
          upload("beta-form.form", form("beta-form", "arrestOutcome", "arrestedAt")))
          .andExpect(status().isCreated())
          .andExpect(jsonPath("$.deployed[*].key", containsInAnyOrder("beta-form", "model-api-beta")))
          .andExpect(jsonPath("$.deployed[?(@.kind == 'FORM')].reason").value("changed"))
          .andExpect(jsonPath("$.deployed[?(@.kind == 'PROCESS')].reason")
              .value("uses the changed form beta-form"))
          .andExpect(jsonPath("$.deployed[?(@.kind == 'PROCESS')].version").value(2))
          .andExpect(jsonPath("$.unchanged", containsInAnyOrder("model-api-alpha.bpmn",
              "alpha-form.form")));

      deploy(alpha, alphaForm, beta,
          upload("beta-form.form", form("beta-form", "arrestOutcome", "arrestedAt")))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.deploymentId").isEmpty())
          .andExpect(jsonPath("$.deployed", empty()))
          .andExpect(jsonPath("$.unchanged", hasSize(4)));
      assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("model-api-alpha")
          .latestVersion().singleResult().getVersion()).isEqualTo(1);
    }

    @Test
    void takesTheUnchangedFormAlongWithAChangedProcess() throws Exception {
      MockMultipartFile alphaForm = upload("alpha-form.form", form("alpha-form", "chargingDecision"));
      deploy(upload("model-api-alpha.bpmn", bytes(process("model-api-alpha", "oag-tip", "alpha-form"))),
          alphaForm).andExpect(status().isCreated());

      deploy(upload("model-api-alpha.bpmn", bytes(process("model-api-alpha", "msdhs", "alpha-form"))))
          .andExpect(status().isCreated())
          .andExpect(jsonPath("$.deployed[?(@.kind == 'PROCESS')].reason").value("changed"))
          .andExpect(jsonPath("$.deployed[?(@.kind == 'FORM')].reason")
              .value("form of model-api-alpha"));
    }

    @Test
    void refusesABrokenModelWithItsFindingsAndDeploysNothing() throws Exception {
      long before = apiDeployments();

      deploy(upload("model-api-alpha.bpmn", bytes(process("model-api-alpha", "police", "alpha-form"))),
          upload("alpha-form.form", form("alpha-form", "chargingDecision")))
          .andExpect(status().isUnprocessableEntity())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.findings", hasSize(1)))
          .andExpect(jsonPath("$.findings[0].code").value("ML01"))
          .andExpect(jsonPath("$.findings[0].severity").value("ERROR"))
          .andExpect(jsonPath("$.findings[0].file").value("model-api-alpha.bpmn"))
          .andExpect(jsonPath("$.findings[0].elementId").value(TestModels.TASK))
          .andExpect(jsonPath("$.findings[0].message", not(empty())))
          .andExpect(jsonPath("$.findings[0].fix").isNotEmpty());

      assertThat(apiDeployments()).isEqualTo(before);
      assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("model-api-alpha")
          .count()).isZero();
    }

    @Test
    void refusesXmlWithAnExternalEntityWithoutReadingIt() throws Exception {
      String xml = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
          + "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">&x;</definitions>";

      deploy(upload("model-api-alpha.bpmn", xml.getBytes(StandardCharsets.UTF_8)))
          .andExpect(status().isUnprocessableEntity())
          .andExpect(jsonPath("$.findings[0].code").value("ML00"))
          .andExpect(jsonPath("$.findings[0].message").value(org.hamcrest.Matchers.allOf(
              org.hamcrest.Matchers.containsString("DOCTYPE"),
              not(org.hamcrest.Matchers.containsString("root:")))));
    }

    @Test
    void forbidsAnyoneOutsideTheCoordinators() throws Exception {
      deployAs("oag-tip.supervisor",
          upload("model-api-alpha.bpmn", bytes(process("model-api-alpha", "oag-tip", "alpha-form"))))
          .andExpect(status().isForbidden())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

      assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("model-api-alpha")
          .count()).isZero();
    }

    @Test
    void asksForCredentials() throws Exception {
      mvc.perform(multipart(DEPLOYMENTS).file(upload("a.form", form("a"))))
          .andExpect(status().isUnauthorized());
    }

    @Test
    void refusesFilesThatAreNoModels() throws Exception {
      deploy(upload("notes.txt", "hello".getBytes(StandardCharsets.UTF_8)))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].field").value("files"));
      mvc.perform(multipart(DEPLOYMENTS).with(httpBasic("coordinator", "demo")))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].field").value("files"));
    }
  }

  /**
   * The workbench's endpoints: the catalogue with running cases, one version's file, the lint,
   * the diff, the roll-back, the clocks, who may use them, and the model's own service level in
   * force for new tasks from its deployment on.
   */
  @Nested
  class WorkbenchApiTest {

    private static final String KEY = "workbench-api-check";
    private static final String FORM = "workbench-api-form";


    @BeforeEach
    void versionOneWithACase() throws Exception {
      deploy(upload(KEY + ".bpmn", bytes(process(KEY, "oag-tip", FORM))),
          upload(FORM + ".form", form(FORM, "note"))).andExpect(status().isCreated());
      runtime.startProcessInstanceByKey(KEY, "WBA-2026-000001");
    }

    @AfterEach
    void removeTheProcess() {
      repository.createDeploymentQuery().deploymentSource(ModelDeployments.DEPLOYMENT_SOURCE).list()
          .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
      ClockUtil.reset();
    }

    @Test
    void listsEveryModelWithItsVersionsAndRunningCases() throws Exception {
      mvc.perform(get("/api/models").with(httpBasic("coordinator", "demo")))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$[?(@.key == '" + KEY + "')].kind").value("PROCESS"))
          .andExpect(jsonPath("$[?(@.key == '" + KEY + "')].versions[0].runningCases").value(1))
          .andExpect(jsonPath("$[?(@.key == '" + FORM + "')].versions[0].runningCases").value(1))
          .andExpect(jsonPath("$[?(@.key == 'lead-agency')].kind").value("DECISION"));
      mvc.perform(get("/api/models/process/" + KEY + "/versions/1").with(httpBasic("coordinator", "demo")))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("Task_ApproveCharging")));
      mvc.perform(get("/api/models/form/" + FORM + "/versions/9").with(httpBasic("coordinator", "demo")))
          .andExpect(status().isNotFound());
    }

    @Test
    void lintsAndComparesWithoutDeploying() throws Exception {
      // The deployed file with a misspelt agency and a new label, as the editor would save it.
      var v1 = repository.createProcessDefinitionQuery().processDefinitionKey(KEY).singleResult();
      byte[] changed = new String(repository.getResourceAsStream(v1.getDeploymentId(),
          v1.getResourceName()).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .replace("\"oag-tip\"", "\"oag-tp\"").replace("Approve charging", "Decide charging")
          .getBytes(java.nio.charset.StandardCharsets.UTF_8);

      mvc.perform(multipart("/api/models/lint").file(upload(KEY + ".bpmn", changed))
              .with(httpBasic("coordinator", "demo")))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.errors").value(1))
          .andExpect(jsonPath("$.findings[0].code").value("ML01"))
          .andExpect(jsonPath("$.findings[0].elementId").value(TestModels.TASK))
          .andExpect(jsonPath("$.findings[0].fix").isNotEmpty());
      mvc.perform(multipart("/api/models/diff").file(upload(KEY + ".bpmn", changed))
              .with(httpBasic("coordinator", "demo")))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$[0].deployedVersion").value(1))
          .andExpect(jsonPath("$[0].changed[*].id", hasItem(TestModels.TASK)))
          .andExpect(jsonPath("$[0].added").isEmpty())
          .andExpect(jsonPath("$[0].removed").isEmpty());
      assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(KEY).count()).isEqualTo(1);
    }

    @Test
    void rollsBackToThePreviousVersionAsANewOne() throws Exception {
      deploy(upload(KEY + ".bpmn", bytes(process(KEY, "msdhs", FORM)))).andExpect(status().isCreated());

      mvc.perform(post("/api/models/rollbacks").with(httpBasic("coordinator", "demo"))
              .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"PROCESS\",\"key\":\"" + KEY + "\"}"))
          .andExpect(status().isCreated())
          .andExpect(jsonPath("$.deployed[?(@.kind == 'PROCESS')].version").value(3));
      String v3 = new String(repository.getResourceAsStream(repository.createProcessDefinitionQuery()
          .processDefinitionKey(KEY).processDefinitionVersion(3).singleResult().getDeploymentId(),
          KEY + ".bpmn").readAllBytes());
      assertThat(v3).contains("oag-tip").doesNotContain("msdhs");
      mvc.perform(post("/api/models/rollbacks").with(httpBasic("coordinator", "demo"))
              .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"FORM\",\"key\":\"nothing-here\"}"))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].field").value("key"));
    }

    @Test
    void showsTheClocksReadOnly() throws Exception {
      mvc.perform(get("/api/models/clocks").with(httpBasic("coordinator", "demo")))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.defaultServiceLevel").value("3 working days"))
          .andExpect(jsonPath("$.legalClocks[?(@.id == 'police-custody')].law").value("CPC s.87"));
    }

    @Test
    void onlyCoordinatorsUseTheWorkbench() throws Exception {
      mvc.perform(get("/api/models").with(httpBasic("oag-tip.supervisor", "demo")))
          .andExpect(status().isForbidden());
      mvc.perform(multipart("/api/models/lint").file(upload(KEY + ".bpmn", bytes(process(KEY, "oag-tip", FORM))))
              .with(httpBasic("admin", "demo")))
          .andExpect(status().isForbidden());
      mvc.perform(get("/api/models")).andExpect(status().isUnauthorized());
    }

    @Test
    void aServiceLevelInTheModelHoldsForNewTasksFromItsDeploymentOn() throws Exception {
      Instant now = Instant.parse("2026-12-14T02:00:00Z");
      ClockUtil.setCurrentTime(Date.from(now));
      BpmnModelInstance model = process(KEY, "oag-tip", FORM);
      UserTask task = model.getModelElementById(TestModels.TASK);
      ExtensionElements extensions = model.newInstance(ExtensionElements.class);
      task.setExtensionElements(extensions);
      CamundaProperty level = model.newInstance(CamundaProperty.class);
      level.setCamundaName("serviceLevel");
      level.setCamundaValue("12h");
      extensions.addExtensionElement(CamundaProperties.class).getCamundaProperties().add(level);

      deploy(upload(KEY + ".bpmn", bytes(model))).andExpect(status().isCreated());
      runtime.startProcessInstanceByKey(KEY, "WBA-2026-000002");

      Task onNewVersion = tasks.createTaskQuery().processInstanceBusinessKey("WBA-2026-000002")
          .singleResult();
      assertThat(onNewVersion.getDueDate().toInstant()).isEqualTo(now.plus(Duration.ofHours(12)));
    }
  }

  /**
   * 100 cases run on version 1 of {@code migration-check}, waiting at three different tasks.
   * Version 2 adds {@code Task_CheckVictimSupport} and renames {@code Task_ApproveCharging} to
   * {@code Task_DecideCharging}: the 33 cases waiting at the renamed task cannot move.
   */
  @Nested
  class CaseMigrationApiTest {

    private static final String KEY = "migration-check";
    private static final String FORM = "migration-check-form";
    private static final String REVIEW = "Task_ReviewEvidence";
    private static final String APPROVE = "Task_ApproveCharging";
    private static final String INDICT = "Task_FileIndictment";
    private static final String CHECK_SUPPORT = "Task_CheckVictimSupport";
    private static final String DECIDE = "Task_DecideCharging";
    private static final int CASES = 100;


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
      mvc.perform(multipart(DEPLOYMENTS)
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

  /**
   * Two cases wait at a task whose form has a typo in a label. A coordinator deploys the
   * corrected form alone: the cases' open tasks show it at once, without a migration by hand. A
   * form whose fields change is not carried: those cases stay until the coordinator moves them.
   */
  @Nested
  class FormFixReachesRunningCasesTest {

    private static final String KEY = "form-fix-check";
    private static final String FORM = "form-fix-check-form";

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
  }
}
