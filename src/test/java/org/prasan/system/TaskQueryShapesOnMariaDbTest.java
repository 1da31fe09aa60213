package org.prasan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.prasan.TestProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The guard on the task-statement rewrites ({@link TaskQueryShapes}): they rewrite SQL the
 * engine writes, by pattern, so an engine update that changes that SQL would make them stop
 * applying without a word. Here the engine prepares its real statements on MariaDB, the
 * Tasklist's query of an agency's tasks as an officer with authorizations on, and both
 * rewrites must have applied to them. {@code mvn verify -Pmariadb} runs it; on H2 nothing is
 * rewritten (no H2 statement matches) and it is skipped.
 *
 * <p>MockMvc only so that this test shares the API tests' cached application context.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestProfiles.class)
@Tag("mariadb")
class TaskQueryShapesOnMariaDbTest {

  @Autowired
  EngineIndexes engineIndexes;
  @Autowired
  TaskService taskService;
  @Autowired
  IdentityService identityService;

  @AfterEach
  void nobodyActs() {
    identityService.clearAuthentication();
  }

  @Test
  void theTasklistsStatementsAsTheEnginePreparesThemAreReshaped() {
    assumeTrue(TestProfiles.onMariaDb(), "the shapes are MariaDB's");
    TaskQueryShapes shapes = engineIndexes.taskQueryShapes();
    long seen = shapes.taskStatements();
    long grants = shapes.grantsReshaped();
    long pages = shapes.pagesReshaped();

    identityService.setAuthentication("rtp-atpd.officer", List.of("rtp-atpd"));
    taskService.createTaskQuery().taskCandidateGroupIn(List.of("rtp-atpd"))
        .includeAssignedTasks().active().orderByDueDate().asc().listPage(0, 15);
    taskService.createTaskQuery().taskCandidateGroupIn(List.of("rtp-atpd"))
        .includeAssignedTasks().active().count();

    assertThat(shapes.taskStatements() - seen).as("task statements prepared").isEqualTo(2);
    assertThat(shapes.grantsReshaped() - grants)
        .as("grant checks reshaped: if 0, the engine's SQL changed; see TaskQueryAuthorizationRewrite")
        .isEqualTo(2);
    assertThat(shapes.pagesReshaped() - pages)
        .as("pages found first: if 0, the engine's SQL changed; see TaskListPageFirst")
        .isEqualTo(1);
  }

  /**
   * The Tasklist's counts ({@link TasklistCountCap}): capped at the webapps' requests only, the
   * same number as the exact count while below the cap.
   */
  @Test
  void theTasklistsCountIsCappedAndExactBelowTheCap() {
    assumeTrue(TestProfiles.onMariaDb(), "the shapes are MariaDB's");
    TaskQueryShapes shapes = engineIndexes.taskQueryShapes();
    identityService.setAuthentication("rtp-atpd.officer", List.of("rtp-atpd"));
    long capped = shapes.countsCapped();
    long exact = taskService.createTaskQuery().taskCandidateGroupIn(List.of("rtp-atpd"))
        .includeAssignedTasks().active().count();
    assertThat(shapes.countsCapped() - capped).as("API counts stay exact").isZero();

    long tasklist = TasklistCountCap.asTasklist(() -> taskService.createTaskQuery()
        .taskCandidateGroupIn(List.of("rtp-atpd")).includeAssignedTasks().active().count());

    assertThat(shapes.countsCapped() - capped)
        .as("counts capped: if 0, the engine's SQL changed; see TasklistCountCap").isEqualTo(1);
    assertThat(tasklist).isEqualTo(Math.min(exact, TasklistCountCap.CAP));
  }

  /**
   * The screening teams' queues (screening/ScreeningQueues): a site's and a language's process
   * variables, sorted by follow-up date (the hold's end), as an MSDHS officer. Written here with
   * literal names: system may not know screening.
   */
  @Test
  void aScreeningQueuesStatementsAreReshapedToo() {
    assumeTrue(TestProfiles.onMariaDb(), "the shapes are MariaDB's");
    TaskQueryShapes shapes = engineIndexes.taskQueryShapes();
    long grants = shapes.grantsReshaped();
    long pages = shapes.pagesReshaped();

    identityService.setAuthentication("msdhs.officer", List.of("msdhs"));
    taskService.createTaskQuery().processDefinitionKey("person-screening")
        .taskCandidateGroupIn(List.of("msdhs")).active()
        .processVariableValueEquals("screeningSite", "ตาก")
        .processVariableValueEquals("screeningLanguage", "my")
        .orderByFollowUpDate().asc().listPage(0, 15);
    taskService.createTaskQuery().processDefinitionKey("person-screening")
        .taskCandidateGroupIn(List.of("msdhs")).active()
        .processVariableValueEquals("screeningSite", "ตาก")
        .processVariableValueEquals("screeningLanguage", "my").count();

    assertThat(shapes.grantsReshaped() - grants).as("grant checks reshaped").isEqualTo(2);
    assertThat(shapes.pagesReshaped() - pages).as("pages found first").isEqualTo(1);
  }
}
