package org.prasan.webapps;

import org.prasan.DemoUsers;
import org.prasan.ThisContextsEngine;
import org.junit.jupiter.api.extension.ExtendWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.prasan.sla.BusinessCalendar;
import org.prasan.sla.ServiceLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Issue 19 done as a coordinator does it, in headless chromium, with no terminal and no
 * restart: two cases wait at "Review tip" of {@code workbench-check}. The coordinator opens the
 * process in the workbench, appends "Check victim support" for msdhs with its own service level
 * of 2 working days (the configured default is 3), sees the check mark its missing form, links
 * the form, deploys, moves both cases after a dry run; the next new task of a moved case is
 * due 2 working days on.
 */
@Tag("browser")
@ExtendWith(ThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WorkbenchBrowserTest {

  private static final String KEY = "workbench-check";
  private static final String REVIEW = "Task_ReviewTip";
  private static final String NEW_TASK = "Task_CheckVictimSupport";
  private static final String NEW_FORM = "check-victim-support";
  private static final List<String> CASES = List.of("WB-2026-000001", "WB-2026-000002");

  @RegisterExtension
  final Browsers browsers = new Browsers();

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate http;
  @Autowired
  IdentityService identityService;
  @Autowired
  RepositoryService repository;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  BusinessCalendar calendar;

  @BeforeEach
  void twoCasesWaitAtTheReviewOfVersionOne() {
    DemoUsers.unlockAll(identityService);
    LinkedMultiValueMap<String, Object> files = new LinkedMultiValueMap<>();
    files.add("files", file(KEY + ".bpmn", Bpmn.convertToString(Bpmn.createExecutableProcess(KEY)
        .name("Workbench check").camundaHistoryTimeToLive(3650)
        .startEvent("StartEvent_TipReceived").name("Tip received")
        .userTask(REVIEW).name("Review tip").camundaCandidateGroups("rtp-atpd")
        .camundaFormRef("review-tip").camundaFormRefBinding("deployment")
        .camundaDueDate("${sla.due(execution)}")
        .endEvent("EndEvent_Reviewed").name("Reviewed").done())));
    files.add("files", file("review-tip.form", form("review-tip", "ทบทวนเบาะแส / Review tip")));
    files.add("files", file(NEW_FORM + ".form", form(NEW_FORM,
        "ตรวจสอบการช่วยเหลือผู้เสียหาย / Check victim support")));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    assertThat(http.withBasicAuth("coordinator", "demo").postForEntity("/api/models/deployments",
        new HttpEntity<>(files, headers), String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    CASES.forEach(caseId -> runtime.startProcessInstanceByKey(KEY, caseId));
  }

  @AfterEach
  void removeTheProcessAndResetTheClock() {
    repository.createDeploymentQuery().deploymentSource("prasan-models-api").list()
        .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
    ClockUtil.reset();
  }

  @Test
  void aCoordinatorAddsATaskWithItsOwnServiceLevelDeploysAndMovesTwoCases() {
    Browser browser = browsers.preferring("en-GB");
    Workbench workbench = new Workbench(browser, base()).logIn("coordinator");
    assertThat(workbench.text(Workbench.TITLE)).isEqualTo("Model workbench");
    assertThat(browser.driver().findElements(Workbench.LEGAL_CLOCKS)).isNotEmpty();

    workbench.openProcess(KEY).select(REVIEW);
    workbench.appendUserTask("Check victim support");
    workbench.id(NEW_TASK).candidateGroups("msdhs").dueDate("${sla.due(execution)}")
        .extensionProperty("serviceLevel", "2 working days");

    workbench.check();
    assertThat(workbench.findings()).anySatisfy(finding -> {
      assertThat(finding.getAttribute("data-element")).isEqualTo(NEW_TASK);
      assertThat(finding.getAttribute("data-code")).isEqualTo("ML02");
      assertThat(finding.getText()).contains("has no form");
    });
    assertThat(workbench.markedAsError(NEW_TASK)).isTrue();
    browser.screenshot("workbench-lint-en");

    workbench.camundaForm(NEW_FORM).check();
    assertThat(workbench.findings()).noneSatisfy(finding ->
        assertThat(finding.getAttribute("class")).contains("error"));
    assertThat(workbench.findings()).noneSatisfy(finding ->
        assertThat(finding.getAttribute("data-element")).isEqualTo(NEW_TASK));

    workbench.deploy();
    ProcessDefinition v2 = repository.createProcessDefinitionQuery().processDefinitionKey(KEY)
        .latestVersion().singleResult();
    assertThat(v2.getVersion()).isEqualTo(2);
    assertThat(workbench.text(Workbench.DEPLOYED)).contains(NEW_FORM);

    workbench.dryRun(1, 2);
    List<WebElement> rows = workbench.dryRunRows();
    assertThat(rows).hasSize(2).allSatisfy(row ->
        assertThat(row.getAttribute("class")).contains("migrate"));
    assertThat(rows).extracting(row -> row.getAttribute("data-case"))
        .containsExactlyInAnyOrderElementsOf(CASES);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionId(v2.getId()).count()).isZero();
    browser.screenshot("workbench-dry-run-en");

    workbench.confirmMigration();
    assertThat(workbench.text(Workbench.MIGRATION_RESULT)).startsWith("2 cases moved");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionId(v2.getId()).count())
        .isEqualTo(2);

    // An officer of rtp-atpd finishes the review of a moved case on a Monday morning.
    Instant monday = Instant.parse("2026-12-14T02:00:00Z");
    ClockUtil.setCurrentTime(Date.from(monday));
    Task review = tasks.createTaskQuery().processInstanceBusinessKey(CASES.get(0))
        .taskDefinitionKey(REVIEW).singleResult();
    tasks.complete(review.getId());
    Task next = tasks.createTaskQuery().processInstanceBusinessKey(CASES.get(0))
        .taskDefinitionKey(NEW_TASK).singleResult();
    assertThat(next.getDueDate().toInstant())
        .isEqualTo(calendar.add(monday, ServiceLevel.valueOf("2 working days")))
        .isNotEqualTo(calendar.add(monday, ServiceLevel.valueOf("3 working days")));

    workbench.switchTo("th");
    assertThat(workbench.text(Workbench.TITLE)).isEqualTo("ปรับปรุงขั้นตอนการทำงาน");
    browser.screenshot("workbench-th");
  }

  private static ByteArrayResource file(String name, String content) {
    return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return name;
      }
    };
  }

  private static String form(String id, String heading) {
    return "{\"id\":\"" + id + "\",\"type\":\"default\",\"schemaVersion\":16,\"components\":["
        + "{\"type\":\"text\",\"id\":\"Text_Heading\",\"text\":\"## " + heading + "\"},"
        + "{\"type\":\"textfield\",\"id\":\"Field_notes\",\"key\":\"" + id.replace("-", "")
        + "Notes\",\"label\":\"บันทึก / Notes\"}]}";
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
