package org.prasan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.SimpleDateFormat;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.prasan.TestProfiles;
import org.prasan.ThisContextsEngine;
import org.prasan.casefile.OfficerAnswers;
import org.prasan.casefile.TaskRestApi;
import org.prasan.claims.Concurrently;
import org.prasan.intake.TipRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The engine as this application sets it up, and the logins in front of it, in the suite's
 * shared context (one configuration for the API tests, so Spring starts it once): the
 * engine's own indexes and the shapes of its task statements on MariaDB, the history it keeps,
 * what {@code /engine-rest} answers to conflicts and to rules refused inside a completion,
 * and who may read the API's description and the metrics, with logins verified on every
 * request. Each former test class is a {@code @Nested} class; those tagged {@code mariadb}
 * also run in {@code mvn verify -Pmariadb}.
 */
@ExtendWith(ThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestProfiles.class)
class EngineAndLoginsTest {

  /** The engine's own indexes ({@link EngineIndexes}): on MariaDB, kept by a second node. */
  @Tag("mariadb")
  @Nested
  class EngineIndexesTest {

    @Autowired
    DataSource dataSource;

    @Test
    void theEngineIndexesExistOnMariaDbAndNotOnH2() throws SQLException {
      List<String> expected = TestProfiles.onMariaDb()
          ? List.of("PRASAN_IDX_AUTH_RESOURCE_CHECK", "PRASAN_IDX_IDENT_LNK_GROUP_TASK",
              "PRASAN_IDX_JOB_LOCK_EXP", "PRASAN_IDX_TASK_PARENT", "PRASAN_IDX_TASK_DUE",
              "PRASAN_IDX_TASK_FOLLOW_UP",
              "PRASAN_IDX_TASK_PRIORITY", "PRASAN_IDX_TASK_DUE_CREATE",
              "PRASAN_IDX_TASK_DUE_CREATE_DESC", "PRASAN_IDX_TASK_DUE_PRIORITY",
              "PRASAN_IDX_TASK_DUE_PRIORITY_DESC")
          : List.of();

      assertThat(prasanIndexes()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aSecondNodeStartingFindsTheIndexesAndKeepsThem() throws SQLException {
      assumeTrue(TestProfiles.onMariaDb(), "the indexes are MariaDB's");
      List<String> before = prasanIndexes();

      EngineIndexes.ensure(dataSource);

      assertThat(prasanIndexes()).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void aTaskCompletedLooksForItsSubtasksByIndexNotThroughEveryOpenTask() throws SQLException {
      assumeTrue(TestProfiles.onMariaDb(), "the indexes are MariaDB's");
      try (Connection connection = dataSource.getConnection();
           ResultSet plan = connection.createStatement().executeQuery(
               "EXPLAIN select * from ACT_RU_TASK where PARENT_TASK_ID_ = 'a-task-id'")) {
        assertThat(plan.next()).isTrue();
        assertThat(plan.getString("key")).isEqualTo("PRASAN_IDX_TASK_PARENT");
      }
    }

    private List<String> prasanIndexes() throws SQLException {
      List<String> names = new ArrayList<>();
      try (Connection connection = dataSource.getConnection()) {
        for (String table : List.of("ACT_RU_IDENTITYLINK", "ACT_RU_AUTHORIZATION", "ACT_RU_JOB",
            "ACT_RU_TASK")) {
          try (ResultSet indexes = connection.getMetaData()
              .getIndexInfo(connection.getCatalog(), null, table, false, false)) {
            while (indexes.next()) {
              String name = indexes.getString("INDEX_NAME");
              if (name != null && name.startsWith("PRASAN_") && !names.contains(name)) {
                names.add(name);
              }
            }
          }
        }
      }
      return names;
    }
  }

  /**
   * The guard on the task-statement rewrites ({@link TaskQueryShapes}): they rewrite SQL the
   * engine writes, by pattern, so an engine update that changes that SQL would make them stop
   * applying without a word. Here the engine prepares its real statements on MariaDB, the
   * Tasklist's query of an agency's tasks as an officer with authorizations on, and both
   * rewrites must have applied to them. {@code mvn verify -Pmariadb} runs it; on H2 nothing is
   * rewritten (no H2 statement matches) and it is skipped.
   */
  @Tag("mariadb")
  @Nested
  class TaskQueryShapesOnMariaDbTest {

    @Autowired
    EngineIndexes engineIndexes;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    IdentityService identityService;
    @Autowired
    org.camunda.bpm.engine.FilterService filterService;
    @Autowired
    TestRestTemplate http;

    @AfterEach
    void nobodyActs() {
      identityService.clearAuthentication();
    }

    /** A task of its own, offered to {@code group}. */
    private Task offeredTo(String group, String name) {
      Task task = taskService.newTask();
      task.setName(name);
      taskService.saveTask(task);
      taskService.addCandidateGroup(task.getId(), group);
      return task;
    }

    @Test
    void theTasklistsStatementsAsTheEnginePreparesThemAreReshaped() {
      assumeTrue(TestProfiles.onMariaDb(), "the shapes are MariaDB's");
      TaskQueryShapes shapes = engineIndexes.taskQueryShapes();
      Task agencys = offeredTo("rtp-atpd", "Check the hotline log");
      Task others = offeredTo("msdhs", "Check the shelter's register");
      try {
        identityService.setAuthentication("rtp-atpd.officer", List.of("rtp-atpd"));
        List<Task> page = List.of();
        long count = 0;
        long seen = 0;
        long grants = 0;
        long pages = 0;
        // The counters are the node's: a task statement of a background thread (a gauge's
        // recount) prepared within the window counts too, so a crowded window is tried again.
        for (int attempt = 0; attempt < 5; attempt++) {
          long seenBefore = shapes.taskStatements();
          long grantsBefore = shapes.grantsReshaped();
          long pagesBefore = shapes.pagesReshaped();
          page = taskService.createTaskQuery().taskCandidateGroupIn(List.of("rtp-atpd"))
              .includeAssignedTasks().active().orderByDueDate().asc().listPage(0, 15);
          count = taskService.createTaskQuery().taskCandidateGroupIn(List.of("rtp-atpd"))
              .includeAssignedTasks().active().count();
          seen = shapes.taskStatements() - seenBefore;
          grants = shapes.grantsReshaped() - grantsBefore;
          pages = shapes.pagesReshaped() - pagesBefore;
          if (seen == 2) {
            break;
          }
        }

        assertThat(seen).as("task statements prepared").isEqualTo(2);
        assertThat(grants)
            .as("grant checks reshaped: if 0, the engine's SQL changed; see TaskQueryAuthorizationRewrite")
            .isEqualTo(2);
        assertThat(pages)
            .as("pages found first: if 0, the engine's SQL changed; see TaskListPageFirst")
            .isEqualTo(1);
        // What the reshaped statements answer: the agency's tasks, page and count agreeing
        // (no task without a due date is left out of the page), nobody else's.
        assertThat(count).isPositive();
        assertThat(page).hasSize((int) Math.min(15, count))
            .extracting(Task::getId).doesNotContain(others.getId());
        assertThat(taskService.createTaskQuery().taskId(agencys.getId())
            .taskCandidateGroupIn(List.of("rtp-atpd")).includeAssignedTasks().active().count())
            .as("the agency's new task, through a reshaped count").isOne();
        assertThat(taskService.createTaskQuery().taskId(others.getId()).count())
            .as("another agency's task, through the grant check").isZero();
      } finally {
        identityService.clearAuthentication();
        taskService.deleteTask(agencys.getId(), true);
        taskService.deleteTask(others.getId(), true);
      }
    }

    /**
     * A large agency's page found by walking the sort index ({@link TaskListByIndex}): the same
     * tasks as the engine's join, nobody else's. The threshold is lowered to 1 link so the few
     * tasks of this database take the walk.
     */
    @Test
    void theWalkedPageListsTheSameTasksAsTheJoin() {
      assumeTrue(TestProfiles.onMariaDb(), "the shapes are MariaDB's");
      TaskQueryShapes shapes = engineIndexes.taskQueryShapes();
      Task others = offeredTo("msdhs", "Check the shelter's register");
      List<Task> agencys = new ArrayList<>();
      for (int task = 0; task < 3; task++) {
        Task mine = offeredTo("rtp-atpd", "Check the hotline log " + task);
        agencys.add(mine);
      }
      int threshold = TaskListByIndex.manyLinks;
      try {
        identityService.setAuthentication("rtp-atpd.officer", List.of("rtp-atpd"));
        java.util.function.Supplier<List<String>> page = () -> taskService.createTaskQuery()
            .taskCandidateGroupIn(List.of("rtp-atpd")).includeAssignedTasks().active()
            .orderByTaskCreateTime().desc().listPage(0, 1000).stream().map(Task::getId).toList();
        List<String> joined = page.get();
        long walks = shapes.listsByIndex();
        TaskListByIndex.manyLinks = 1;
        List<String> walked = page.get();

        assertThat(shapes.listsByIndex() - walks).as("pages walked").isEqualTo(1);
        assertThat(walked).containsExactlyInAnyOrderElementsOf(joined)
            .contains(agencys.get(0).getId(), agencys.get(2).getId())
            .doesNotContain(others.getId());
        identityService.setAuthentication("msdhs.officer", List.of("msdhs"));
        assertThat(taskService.createTaskQuery().taskCandidateGroupIn(List.of("rtp-atpd"))
            .includeAssignedTasks().active().listPage(0, 15))
            .as("another agency's officer asking for rtp-atpd's tasks: the grants still check")
            .isEmpty();
      } finally {
        TaskListByIndex.manyLinks = threshold;
        identityService.clearAuthentication();
        taskService.deleteTask(others.getId(), true);
        agencys.forEach(task -> taskService.deleteTask(task.getId(), true));
      }
    }

    /**
     * The agency filters' due date then the officer's created or priority, either way
     * ({@link EngineIndexes#TASK_SORTS}): walked on the two-column indexes, the same tasks in the
     * same order as the join, nobody else's. Two of the agency's tasks share a due date, one has
     * none (MariaDB puts NULLs first, in the join's order and in the index alike).
     */
    @Test
    void aPageSortedByDueDateThenCreatedOrPriorityIsWalkedToTheSameTasks() {
      assumeTrue(TestProfiles.onMariaDb(), "the shapes are MariaDB's");
      TaskQueryShapes shapes = engineIndexes.taskQueryShapes();
      Task others = offeredTo("msdhs", "Check the shelter's register");
      List<String> agencys = new ArrayList<>();
      java.time.Instant due = java.time.Instant.parse("2026-12-20T09:00:00Z");
      int[][] dueDayAndPriority = {{0, 10}, {0, 70}, {1, 50}, {-1, 30}};
      for (int[] task : dueDayAndPriority) {
        Task mine = taskService.newTask();
        mine.setName("Check the hotline log");
        mine.setDueDate(task[0] < 0 ? null
            : java.util.Date.from(due.plus(java.time.Duration.ofDays(task[0]))));
        mine.setPriority(task[1]);
        taskService.saveTask(mine);
        taskService.addCandidateGroup(mine.getId(), "rtp-atpd");
        agencys.add(mine.getId());
      }
      // Tasks equal on both sort columns may come in either order (the engine's SQL has no
      // tie-breaker; CREATE_TIME_ keeps whole seconds): the orders are compared on the sort's
      // own columns.
      Map<String, Task> saved = new java.util.HashMap<>();
      taskService.createTaskQuery().taskIdIn(agencys.toArray(String[]::new)).list()
          .forEach(task -> saved.put(task.getId(), task));
      List<java.util.function.Function<Task, Object>> secondColumns = List.of(
          Task::getPriority, Task::getPriority, Task::getCreateTime, Task::getCreateTime);
      int threshold = TaskListByIndex.manyLinks;
      try {
        identityService.setAuthentication("rtp-atpd.officer", List.of("rtp-atpd"));
        List<java.util.function.Function<org.camunda.bpm.engine.task.TaskQuery,
            org.camunda.bpm.engine.task.TaskQuery>> sorts = List.of(
                query -> query.orderByDueDate().asc().orderByTaskPriority().desc(),
                query -> query.orderByDueDate().asc().orderByTaskPriority().asc(),
                query -> query.orderByDueDate().asc().orderByTaskCreateTime().desc(),
                query -> query.orderByDueDate().asc().orderByTaskCreateTime().asc());
        for (int sortIndex = 0; sortIndex < sorts.size(); sortIndex++) {
          var sort = sorts.get(sortIndex);
          var second = secondColumns.get(sortIndex);
          java.util.function.Function<List<String>, List<String>> sortKeys = ids -> ids.stream()
              .filter(agencys::contains).map(saved::get)
              .map(task -> task.getDueDate() + "|" + second.apply(task)).toList();
          java.util.function.Supplier<List<String>> page = () -> sort.apply(taskService
              .createTaskQuery().taskCandidateGroupIn(List.of("rtp-atpd"))
              .includeAssignedTasks().active()).listPage(0, 1000).stream().map(Task::getId)
              .toList();
          TaskListByIndex.manyLinks = threshold;
          List<String> joined = page.get();
          long walks = shapes.listsByIndex();
          TaskListByIndex.manyLinks = 1;
          List<String> walked = page.get();

          assertThat(shapes.listsByIndex() - walks).as("pages walked").isEqualTo(1);
          assertThat(walked).containsExactlyInAnyOrderElementsOf(joined)
              .containsAll(agencys).doesNotContain(others.getId());
          assertThat(sortKeys.apply(walked))
              .as("this test's tasks in the join's order of their sort columns")
              .containsExactlyElementsOf(sortKeys.apply(joined));
        }
        assertThat(sorts.get(0).apply(taskService.createTaskQuery().taskIdIn(
            agencys.toArray(String[]::new))).list()).extracting(Task::getId)
            .as("NULL due date first, then by due date, then by priority descending")
            .containsExactly(agencys.get(3), agencys.get(1), agencys.get(0), agencys.get(2));
        identityService.setAuthentication("msdhs.officer", List.of("msdhs"));
        long walks = shapes.listsByIndex();
        assertThat(sorts.get(0).apply(taskService.createTaskQuery()
            .taskCandidateGroupIn(List.of("rtp-atpd")).includeAssignedTasks().active())
            .listPage(0, 15))
            .as("another agency's officer asking for rtp-atpd's tasks: the grants still check")
            .isEmpty();
        assertThat(shapes.listsByIndex() - walks).as("walked too").isEqualTo(1);
      } finally {
        TaskListByIndex.manyLinks = threshold;
        identityService.clearAuthentication();
        taskService.deleteTask(others.getId(), true);
        agencys.forEach(task -> taskService.deleteTask(task, true));
      }
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
     * A page and its count in one request ({@link PageTotals}): the count is the total the
     * page's statement read, the same number as the tasks counted, once; another officer's
     * count after it is read from the tasks under their own grants.
     */
    @Test
    void aPagesCountInTheSameRequestIsTheTotalItsListRead() {
      assumeTrue(TestProfiles.onMariaDb(), "the shapes are MariaDB's");
      TaskQueryShapes shapes = engineIndexes.taskQueryShapes();
      List<Task> created = List.of(offeredTo("rtp-atpd", "Check the hotline log 1"),
          offeredTo("rtp-atpd", "Check the hotline log 2"),
          offeredTo("msdhs", "Check the shelter's register"));
      java.util.function.Supplier<org.camunda.bpm.engine.task.TaskQuery> agencys =
          () -> taskService.createTaskQuery().taskCandidateGroupIn(List.of("rtp-atpd"))
              .includeAssignedTasks().active();
      try {
        identityService.setAuthentication("rtp-atpd.officer", List.of("rtp-atpd"));
        long exact = agencys.get().count();
        long fromPages = shapes.countsFromPages();

        long[] pageAndCounts = PageTotals.during(() -> new long[] {
            agencys.get().orderByDueDate().asc().listPage(0, 15).size(),
            agencys.get().count(), agencys.get().count()});

        assertThat(shapes.countsFromPages() - fromPages)
            .as("counts answered by their page: if 0, the engine's SQL changed; see PageTotals")
            .isEqualTo(1);
        assertThat(exact).isGreaterThanOrEqualTo(2);
        assertThat(pageAndCounts).containsExactly(Math.min(15, exact), exact, exact);

        long anotherOfficers = PageTotals.during(() -> {
          agencys.get().orderByDueDate().asc().listPage(0, 15);
          identityService.setAuthentication("msdhs.officer", List.of("msdhs"));
          return agencys.get().count();
        });

        assertThat(anotherOfficers).as("msdhs counting rtp-atpd's tasks").isZero();
        assertThat(shapes.countsFromPages() - fromPages).isEqualTo(1);
      } finally {
        identityService.clearAuthentication();
        created.forEach(task -> taskService.deleteTask(task.getId(), true));
      }
    }

    /**
     * The Tasklist's page as a filter's HAL list ({@code POST /engine-rest/filter/{id}/list}):
     * its count is its list's total, the number the engine counts.
     */
    @Test
    void aFiltersHalPageCountsItsTasksOnce() {
      assumeTrue(TestProfiles.onMariaDb(), "the shapes are MariaDB's");
      TaskQueryShapes shapes = engineIndexes.taskQueryShapes();
      List<Task> created = List.of(offeredTo("rtp-atpd", "Check the hotline log 1"),
          offeredTo("rtp-atpd", "Check the hotline log 2"));
      org.camunda.bpm.engine.filter.Filter filter = filterService.newTaskFilter("Page totals")
          .setOwner("rtp-atpd.officer")
          .setQuery(taskService.createTaskQuery().taskCandidateGroup("rtp-atpd").active());
      filterService.saveFilter(filter);
      try {
        identityService.setAuthentication("rtp-atpd.officer", List.of("rtp-atpd"));
        long exact = taskService.createTaskQuery().taskCandidateGroup("rtp-atpd").active()
            .count();
        identityService.clearAuthentication();
        long fromPages = shapes.countsFromPages();
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
        headers.setContentType(MediaType.APPLICATION_JSON);

        ResponseEntity<JsonNode> page = http.withBasicAuth("rtp-atpd.officer", "demo").exchange(
            "/engine-rest/filter/" + filter.getId() + "/list?firstResult=0&maxResults=15",
            HttpMethod.POST, new HttpEntity<>(Map.of("sorting",
                List.of(Map.of("sortBy", "dueDate", "sortOrder", "asc"))), headers),
            JsonNode.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody().get("count").asLong()).isEqualTo(exact);
        assertThat(page.getBody().path("_embedded").path("task")).hasSize((int) Math.min(15,
            exact));
        assertThat(shapes.countsFromPages() - fromPages).as("the page's count from its list")
            .isEqualTo(1);
      } finally {
        identityService.clearAuthentication();
        filterService.deleteFilter(filter.getId());
        created.forEach(task -> taskService.deleteTask(task.getId(), true));
      }
    }

    /**
     * The screening teams' queues (screening/ScreeningQueues): a site's and a language's queue
     * group (issue 17; no process variables), sorted by follow-up date (the hold's end), as an
     * MSDHS officer. Written here with
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
          .taskCandidateGroup("screening-queue:ตาก:my").active()
          .orderByFollowUpDate().asc().listPage(0, 15);
      taskService.createTaskQuery().processDefinitionKey("person-screening")
          .taskCandidateGroup("screening-queue:ตาก:my").active().count();

      assertThat(shapes.grantsReshaped() - grants).as("grant checks reshaped").isEqualTo(2);
      assertThat(shapes.pagesReshaped() - pages).as("pages found first").isEqualTo(1);
    }

    /**
     * The variables a Tasklist page shows (a filter's shown variables, {@link
     * VariableQueryShapes}): the engine's variable instance query as an officer, its grants
     * check reshaped, answering the variables of the tasks the officer's grants let them read
     * and no other.
     */
    @Test
    void theShownVariablesQueryIsReshapedAndAnswersOnlyWhatTheGrantsLetRead() {
      assumeTrue(TestProfiles.onMariaDb(), "the shapes are MariaDB's");
      VariableQueryShapes shapes = engineIndexes.variableQueryShapes();
      Task agencys = offeredTo("rtp-atpd", "Check the hotline log");
      taskService.setVariableLocal(agencys.getId(), "checkNote", "the agency's");
      Task others = offeredTo("msdhs", "Check the shelter's register");
      taskService.setVariableLocal(others.getId(), "checkNote", "another agency's");
      long reshaped = shapes.grantsReshaped();
      try {
        identityService.setAuthentication("rtp-atpd.officer", List.of("rtp-atpd"));
        var variables = runtimeService.createVariableInstanceQuery()
            .variableNameIn("checkNote").variableScopeIdIn(agencys.getId(), others.getId())
            .list();
        long count = runtimeService.createVariableInstanceQuery()
            .variableNameIn("checkNote").variableScopeIdIn(agencys.getId(), others.getId())
            .count();

        assertThat(shapes.grantsReshaped() - reshaped)
            .as("grant checks reshaped: if 0, the engine's SQL changed; see VariableQueryShapes")
            .isEqualTo(2);
        assertThat(variables).extracting(variable -> variable.getValue())
            .containsExactly("the agency's");
        assertThat(count).isOne();
      } finally {
        identityService.clearAuthentication();
        taskService.deleteTask(agencys.getId(), true);
        taskService.deleteTask(others.getId(), true);
      }
    }
  }

  /**
   * Two officers acting on one task at the same moment through {@code /engine-rest}: one wins,
   * the other gets 409 with what happened, never 500. TwoNodesIT does the same across two nodes.
   *
   * <p>Camunda's REST finds its engine in a JVM-wide registry, where every cached test context's
   * engine is called "default": {@link ThisContextsEngine} points it at this context's engine.
   */
  @Tag("mariadb")
  @Nested
  class EngineRestConflictsTest {

    private static final String TASKS = "/engine-rest/task/";

    @Autowired
    TestRestTemplate http;
    @Autowired
    TaskService taskService;

    @Test
    void twoCompletionsOfOneTaskAtTheSameMomentGiveOneSuccessAndOneConflict() throws Exception {
      for (int round = 0; round < 5; round++) {
        String taskId = newTask();
        String action = round % 2 == 0 ? "complete" : "submit-form";
        List<Callable<ResponseEntity<JsonNode>>> twice = new ArrayList<>();
        for (int officer = 0; officer < 2; officer++) {
          twice.add(() -> post(TASKS + taskId + "/" + action));
        }

        List<ResponseEntity<JsonNode>> answers = Concurrently.run(twice);

        assertThat(answers).extracting(ResponseEntity::getStatusCode)
            .as("%s, round %d: %s", action, round, answers)
            .containsExactlyInAnyOrder(HttpStatus.NO_CONTENT, HttpStatus.CONFLICT);
      }
    }

    @Test
    void completingATaskSomeoneCompletedAnswers409SayingWhen() {
      String taskId = newTask();
      assertThat(post(TASKS + taskId + "/complete").getStatusCode())
          .isEqualTo(HttpStatus.NO_CONTENT);

      ResponseEntity<JsonNode> again = post(TASKS + taskId + "/submit-form");

      assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
      assertThat(again.getBody().get("message").asText())
          .contains("Task " + taskId + " was already completed at ")
          .contains(" Bangkok time (UTC+7); reload the task list.")
          .contains("งาน " + taskId + " เสร็จไปแล้ว");
    }

    @Test
    void completingATaskThatNeverExistedAnswers404() {
      ResponseEntity<JsonNode> answer = post(TASKS + "no-such-task/complete");

      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(answer.getBody().get("message").asText())
          .isEqualTo("ไม่มีงาน no-such-task ในระบบ / Task no-such-task does not exist.");
    }

    @Test
    void claimingATaskAnotherOfficerClaimedAnswers409() {
      String taskId = newTask();
      taskService.claim(taskId, "rtp-atpd.officer");

      ResponseEntity<JsonNode> answer = http.withBasicAuth("rtp-atpd.supervisor", "demo")
          .postForEntity(TASKS + taskId + "/claim", Map.of("userId", "rtp-atpd.supervisor"),
              JsonNode.class);

      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
      assertThat(answer.getBody().get("type").asText()).isEqualTo("TaskAlreadyClaimedException");
    }

    private String newTask() {
      Task task = taskService.newTask();
      task.setName("Check the hotline log");
      taskService.saveTask(task);
      // The officers' grant on the task comes with its candidate group, as in the models.
      taskService.addCandidateGroup(task.getId(), "rtp-atpd");
      return task.getId();
    }

    private ResponseEntity<JsonNode> post(String path) {
      return http.withBasicAuth("rtp-atpd.officer", "demo")
          .postForEntity(path, Map.of("variables", Map.of()), JsonNode.class);
    }
  }

  /**
   * Issue 17: requests of users and systems take turns (at most {@code
   * prasan.requests.at-once-per-core} per core at work, and a turn more per running job: none
   * here, the test profile runs no job executor), and each gives its turn back, answered or
   * refused.
   */
  @Nested
  class RequestsInTurnInUseTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    @Qualifier("requestsInTurnFilter")
    FilterRegistrationBean<?> turns;

    @Test
    void manyRequestsAtOnceAreAllAnsweredAndEveryTurnComesBack() throws Exception {
      assertThat(turns.isEnabled()).isTrue();
      assertThat(turns.getUrlPatterns())
          .containsExactlyInAnyOrder("/api/*", "/engine-rest/*", "/camunda/api/*");
      List<Callable<ResponseEntity<JsonNode>>> requests = new ArrayList<>();
      for (int officer = 0; officer < 12; officer++) {
        TestRestTemplate client = officer % 3 == 0 ? http // nobody signed in: refused
            : http.withBasicAuth("rtp-atpd.officer", "demo");
        requests.add(() -> client.getForEntity("/engine-rest/task?maxResults=1", JsonNode.class));
      }

      List<ResponseEntity<JsonNode>> answers = Concurrently.run(requests);

      assertThat(answers).extracting(ResponseEntity::getStatusCode)
          .containsOnly(HttpStatus.OK, HttpStatus.UNAUTHORIZED);
      assertThat(((RequestsInTurn.Turns) turns.getFilter()).free())
          .isEqualTo(Runtime.getRuntime().availableProcessors());
    }
  }

  /**
   * Issue 20: {@code /engine-rest} asks our one mapper ({@link EngineJsonMapper}), not Camunda's
   * mapper-per-call, and its dates stay Camunda's, in JSON and in HAL.
   */
  @Nested
  class EngineJsonMapperInUseTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    TaskService taskService;
    @Autowired
    EngineJsonMapper engineJson;

    @Test
    void engineRestWritesWithOurMapperInCamundasDateFormat() {
      Task task = taskService.newTask();
      taskService.saveTask(task);
      taskService.addCandidateGroup(task.getId(), "rtp-atpd");
      try {
        String created = new SimpleDateFormat(JacksonConfigurator.dateFormatString).format(
            taskService.createTaskQuery().taskId(task.getId()).singleResult().getCreateTime());
        long before = engineJson.engineRest().answers();

        JsonNode json = taskAs(task.getId(), MediaType.APPLICATION_JSON);
        JsonNode hal = taskAs(task.getId(), MediaType.valueOf("application/hal+json"));

        assertThat(engineJson.engineRest().answers()).isGreaterThanOrEqualTo(before + 2);
        assertThat(json.get("created").asText()).isEqualTo(created)
            .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}[+-]\\d{4}");
        assertThat(hal.get("created").asText()).isEqualTo(created);
        assertThat(hal.has("_links")).as("HAL: %s", hal).isTrue();
      } finally {
        taskService.deleteTask(task.getId(), true);
      }
    }

    private JsonNode taskAs(String taskId, MediaType type) {
      HttpHeaders headers = new HttpHeaders();
      headers.setAccept(List.of(type));
      ResponseEntity<JsonNode> answer = http.withBasicAuth("rtp-atpd.officer", "demo").exchange(
          "/engine-rest/task/" + taskId, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(answer.getHeaders().getContentType().isCompatibleWith(type))
          .as("%s", answer.getHeaders().getContentType()).isTrue();
      return answer.getBody();
    }
  }

  /**
   * A rule the engine enforces inside a completion (a delegate after the form, a task listener
   * on it) reaches the officer through {@code /engine-rest}, as the Tasklist calls it, as a 400
   * that says why in Thai and English with times in Bangkok, never as a 500; the task stays open.
   */
  @Tag("mariadb")
  @Nested
  class EngineRuleRefusalTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    TaskService taskService;

    private TaskRestApi tasks;

    @BeforeEach
    void api() {
      Mocks.reset();
      tasks = new TaskRestApi(http, json);
    }

    @Test
    void aScreeningStartRecordedInTheFutureIsRefusedWith400InThaiAndEnglishInBangkokTime()
        throws Exception {
      String caseId = newCase();
      JsonNode screening = tasks.workUntil(caseId, "Task_ScreenPotentialVictims",
          new OfficerAnswers());
      OffsetDateTime future = OffsetDateTime.now(ZoneOffset.UTC).plusDays(2)
          .truncatedTo(ChronoUnit.MINUTES).withHour(3).withMinute(30);

      ResponseEntity<String> refused = tasks.submit(screening, Map.of(
          "receivedIntoCareAt", future.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
          "potentialVictimCount", 3, "childVictimPresent", "NO", "foreignVictimPresent", "NO",
          "screeningExtensionNeeded", "NO"));

      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      String message = json.readTree(refused.getBody()).get("message").asText();
      String bangkok = future.atZoneSameInstant(BangkokTime.ZONE)
          .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
      assertThat(message)
          // Named by the form's label (casepage's FormLabels) for the officer, and by the
          // variable for an agency system.
          .contains("(receivedIntoCareAt): lies in the future (" + bangkok + " Bangkok time")
          .contains("(receivedIntoCareAt): วันเวลาที่บันทึก (" + bangkok + " น.")
          .contains("อยู่ในอนาคต")
          .doesNotContain("ENGINE-");
      assertThat(bangkok).endsWith("10:30");
      assertThat(taskService.createTaskQuery().taskId(screening.get("id").asText()).count())
          .as("the task stays open").isOne();
    }

    @Test
    void aBoardVoteTheTaskListenerRefusesIs400WithItsReasonNot500() throws Exception {
      String caseId = newCase();
      ResponseEntity<JsonNode> requested = http.withBasicAuth("dsi.officer", "demo")
          .postForEntity("/api/cases/" + caseId + "/special-case-requests",
              Map.of("grounds", "Network spans three provinces and two countries"), JsonNode.class);
      assertThat(requested.getStatusCode()).isEqualTo(HttpStatus.CREATED);
      JsonNode board = tasks.openTask(caseId, "Task_RecordBoardDecision").orElseThrow();

      ResponseEntity<String> refused = tasks.submit(board, Map.of("boardResolution", "ACCEPTED",
          "boardMembers", 9, "boardVotesFor", 5, "boardVotesAgainst", 4,
          "boardVotesAbstained", 0, "boardResolutionRef", "BSC-2026-07"));

      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(json.readTree(refused.getBody()).get("message").asText())
          .contains("Votes for (boardVotesFor): Board vote: 5 of 9 members is less than two thirds")
          .contains("น้อยกว่าสองในสาม");
    }

    private String newCase() {
      return TaskRestApi.newCase(http);
    }
  }

  /**
   * Issue 20: a tip and its triage, submitted as the Tasklist does, leave the history the audit,
   * the case page and the dashboard read (processes, tasks, variables' values, the operation
   * log) and no value-by-value details.
   */
  @Nested
  class HistoryWithoutDetailsTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    HistoryService history;

    @Test
    void aTriagedTipKeepsItsHistoryButNoDetails() throws Exception {
      String caseId = http.withBasicAuth("rtp-atpd.officer", "demo").postForObject("/api/tips",
          TipRequests.aTip().build(), JsonNode.class).get("caseId").asText();
      TaskRestApi tasks = new TaskRestApi(http, json);
      JsonNode triage = tasks.openTasks(caseId).get(0);
      tasks.work(triage, new OfficerAnswers().next(triage.get("taskDefinitionKey").asText()));

      List<HistoricProcessInstance> processes = history.createHistoricProcessInstanceQuery()
          .processInstanceBusinessKey(caseId).list();
      assertThat(processes).extracting(HistoricProcessInstance::getProcessDefinitionKey)
          .contains("joint-case");
      for (HistoricProcessInstance process : processes) {
        assertThat(history.createHistoricDetailQuery().processInstanceId(process.getId()).count())
            .as("details of %s", process.getProcessDefinitionKey()).isZero();
        assertThat(history.createHistoricVariableInstanceQuery()
            .processInstanceId(process.getId()).count()).isPositive();
      }
      assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseId)
          .taskDefinitionKey(triage.get("taskDefinitionKey").asText()).finished().count())
          .isEqualTo(1);
      assertThat(history.createUserOperationLogQuery().taskId(triage.get("id").asText()).count())
          .isPositive();
      // The claim merged the task's and activity's history rows without reading them back
      // (issue 17): the assignee is there, the start time kept, the duration from it.
      var task = history.createHistoricTaskInstanceQuery().taskId(triage.get("id").asText())
          .singleResult();
      assertThat(task.getAssignee()).isNotNull();
      assertThat(task.getStartTime()).isNotNull();
      // The definition named from the deployment cache (HistoryFromDeployedDefinitions).
      assertThat(task.getProcessDefinitionKey()).isEqualTo("joint-case");
      assertThat(history.createHistoricIdentityLinkLogQuery().taskId(task.getId())
          .type("assignee").singleResult().getProcessDefinitionKey()).isEqualTo("joint-case");
      assertThat(task.getDurationInMillis())
          .isEqualTo(task.getEndTime().getTime() - task.getStartTime().getTime());
      var activity = history.createHistoricActivityInstanceQuery()
          .activityId(triage.get("taskDefinitionKey").asText())
          .processInstanceId(task.getProcessInstanceId()).singleResult();
      assertThat(activity.getAssignee()).isEqualTo(task.getAssignee());
      assertThat(activity.getStartTime()).isNotNull();
      assertThat(activity.getDurationInMillis())
          .isEqualTo(activity.getEndTime().getTime() - activity.getStartTime().getTime());
    }
  }

  /**
   * Issue 20: deleting a job that never failed skips the search for its incident
   * ({@link FailedJobIncidents}); a job that failed still takes its incident with it.
   */
  @Nested
  class FailedJobIncidentsTest {

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    @Test
    void aDeletedJobTakesItsIncidentAlongAndOneThatNeverFailedHasNone() {
      BpmnModelInstance model = Bpmn.createExecutableProcess("failing-job")
          .startEvent()
          .serviceTask("callMissingBean").camundaAsyncBefore()
          .camundaExpression("${noSuchBeanAnywhere}")
          .endEvent()
          .done();
      String deployment = repository.createDeployment().name("failing job")
          .addModelInstance("failing-job.bpmn", model).deploy().getId();
      try {
        String failing = runtime.startProcessInstanceByKey("failing-job").getId();
        Job job = management.createJobQuery().processInstanceId(failing).singleResult();
        management.setJobRetries(job.getId(), 1);
        assertThatThrownBy(() -> management.executeJob(job.getId()));
        assertThat(runtime.createIncidentQuery().processInstanceId(failing).count()).isOne();

        management.deleteJob(job.getId());

        assertThat(runtime.createIncidentQuery().processInstanceId(failing).count()).isZero();

        String waiting = runtime.startProcessInstanceByKey("failing-job").getId();
        management.deleteJob(management.createJobQuery().processInstanceId(waiting)
            .singleResult().getId());
        assertThat(management.createJobQuery().processInstanceId(waiting).count()).isZero();
        assertThat(runtime.createIncidentQuery().processInstanceId(waiting).count()).isZero();
      } finally {
        repository.deleteDeployment(deployment, true);
      }
    }
  }

  /**
   * Issue 20: a call activity hands its stage the values the case holds, and the nulls its
   * expressions name, but creates no empty variable the stage may go without
   * ({@link CallInputsWithoutNulls}); what the stage records comes back as before.
   */
  @Nested
  class CallInputsWithoutNullsTest {

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;

    @Test
    void aStageGetsTheValuesAndTheNullsItNamesButNoOtherEmptyVariable() {
      BpmnModelInstance stage = Bpmn.createExecutableProcess("inputs-stage")
          .startEvent()
          .exclusiveGateway().condition("named null", "${namedEmpty == null}")
          .userTask("recordStage")
          .endEvent()
          .moveToLastGateway().condition("otherwise", "${namedEmpty != null}").endEvent()
          .done();
      BpmnModelInstance caseModel = Bpmn.createExecutableProcess("inputs-case")
          .startEvent()
          .callActivity("callStage").calledElement("inputs-stage")
          .camundaIn("given", "given").camundaIn("namedEmpty", "namedEmpty")
          .camundaIn("unnamedEmpty", "unnamedEmpty").camundaIn("absent", "absent")
          .camundaOut("given", "given").camundaOut("unnamedEmpty", "unnamedEmpty")
          .camundaOut("absent", "absent")
          .userTask("afterStage")
          .endEvent()
          .done();
      String deployment = repository.createDeployment().name("call inputs")
          .addModelInstance("inputs-stage.bpmn", stage)
          .addModelInstance("inputs-case.bpmn", caseModel).deploy().getId();
      try {
        Map<String, Object> start = new HashMap<>();
        start.put("given", "kept");
        start.put("namedEmpty", null);
        start.put("unnamedEmpty", null);
        String caseInstance = runtime.startProcessInstanceByKey("inputs-case", start).getId();
        var stageInstance = runtime.createProcessInstanceQuery()
            .superProcessInstanceId(caseInstance).singleResult();

        assertThat(runtime.getVariables(stageInstance.getId()))
            .containsOnlyKeys("given", "namedEmpty").containsEntry("given", "kept");

        Task recordStage = taskService.createTaskQuery()
            .processInstanceId(stageInstance.getId()).singleResult();
        taskService.complete(recordStage.getId(), Map.of("unnamedEmpty", "recorded"));

        assertThat(runtime.getVariables(caseInstance))
            .containsEntry("given", "kept").containsEntry("unnamedEmpty", "recorded")
            .containsEntry("absent", null);
      } finally {
        repository.deleteDeployment(deployment, true);
      }
    }
  }

  /**
   * Issue 20: a task's form kept after its first opening, authorization checks asked with the
   * user's groups unfiltered and the task's process definition from the deployment cache
   * ({@link DeployedForms}, {@link LeanAuthorizationChecks}, {@link DeployedDefinitions}) answer
   * exactly as before: the form, its links and the task only for whom the grants name.
   */
  @Nested
  class LeanAuthorizationChecksTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    private int status(String user, String path) {
      return http.withBasicAuth(user, "demo").getForEntity("/engine-rest" + path, String.class)
          .getStatusCode().value();
    }

    @Test
    void aKeptFormAndItsTaskStayTheirAgencys() throws Exception {
      String caseId = TaskRestApi.newCase(http);
      TaskRestApi tasks = new TaskRestApi(http, json);
      JsonNode triage = tasks.openTasks(caseId).get(0);
      String taskId = triage.get("id").asText();
      String officer = tasks.officerOf(taskId);
      String outsider = officer.startsWith("dsi.") ? "msdhs.officer" : "dsi.officer";

      // Twice each: the first opening reads and keeps the form, the second is served kept.
      for (int opening = 0; opening < 2; opening++) {
        assertThat(tasks.formFieldsOf(taskId, officer)).isNotEmpty();
        assertThat(status(outsider, "/task/" + taskId + "/deployed-form")).isEqualTo(403);
        assertThat(status(outsider, "/task/" + taskId + "/identity-links")).isEqualTo(403);
        assertThat(status(outsider, "/task/" + taskId)).isIn(403, 404);
        assertThat(status(officer, "/task/" + taskId + "/identity-links")).isEqualTo(200);
      }
      assertThat(status(officer, "/task/no-such-task/deployed-form")).isIn(404, 500);
      tasks.work(triage, new OfficerAnswers().next(triage.get("taskDefinitionKey").asText()));
      assertThat(status(officer, "/task/" + taskId + "/deployed-form")).isIn(404, 500);
    }
  }

  /**
   * Issue 20: an authorization check asked as one plain statement ({@link GrantChecks})
   * answers what the engine's own statement answers, for every user, group set and shape of
   * check the engine asks: single permissions, either-of and all-of, on an id, on {@code *},
   * with grants of the user, of a group and global ones.
   */
  @Nested
  @Tag("mariadb")
  class GrantChecksTest {

    private static final String USER = "grant.checker";
    private static final String GROUP_A = "grant-checkers-a";
    private static final String GROUP_B = "grant-checkers-b";

    @Autowired
    ProcessEngine engine;

    private final List<String> created = new ArrayList<>();

    @BeforeEach
    void grants() {
      grant(Authorization.AUTH_TYPE_GRANT, USER, null, Resources.TASK, "gc-task-1",
          Permissions.READ);
      grant(Authorization.AUTH_TYPE_GRANT, USER, null, Resources.TASK, "gc-task-2",
          Permissions.READ, Permissions.UPDATE);
      grant(Authorization.AUTH_TYPE_GRANT, null, GROUP_A, Resources.PROCESS_DEFINITION,
          "gc-process", ProcessDefinitionPermissions.READ_TASK);
      grant(Authorization.AUTH_TYPE_GRANT, null, GROUP_B, Resources.DEPLOYMENT, "*",
          Permissions.READ);
      grant(Authorization.AUTH_TYPE_GLOBAL, "*", null, Resources.FILTER, "gc-filter",
          Permissions.READ);
    }

    @AfterEach
    void noGrantsLeft() {
      created.forEach(engine.getAuthorizationService()::deleteAuthorization);
    }

    private void grant(int type, String user, String group, Resources resource, String id,
                       Permission... permissions) {
      Authorization authorization = engine.getAuthorizationService().createNewAuthorization(type);
      authorization.setUserId(user);
      authorization.setGroupId(group);
      authorization.setResource(resource);
      authorization.setResourceId(id);
      for (Permission permission : permissions) {
        authorization.addPermission(permission);
      }
      created.add(engine.getAuthorizationService().saveAuthorization(authorization).getId());
    }

    @Test
    void everyCheckAnswersAsTheEnginesOwnStatement() {
      List<PermissionCheck> atoms = new ArrayList<>();
      for (String taskId : new String[] {"gc-task-1", "gc-task-2", "gc-task-3", "*", null}) {
        atoms.add(atom(Resources.TASK, taskId, Permissions.READ));
        atoms.add(atom(Resources.TASK, taskId, Permissions.UPDATE));
      }
      atoms.add(atom(Resources.PROCESS_DEFINITION, "gc-process",
          ProcessDefinitionPermissions.READ_TASK));
      atoms.add(atom(Resources.PROCESS_DEFINITION, "other-process",
          ProcessDefinitionPermissions.READ_TASK));
      atoms.add(atom(Resources.DEPLOYMENT, "any-deployment", Permissions.READ));
      atoms.add(atom(Resources.DEPLOYMENT, "any-deployment", Permissions.DELETE));
      atoms.add(atom(Resources.FILTER, "gc-filter", Permissions.READ));
      atoms.add(atom(Resources.FILTER, "gc-other-filter", Permissions.READ));

      List<CompositePermissionCheck> checks = new ArrayList<>();
      for (PermissionCheck one : atoms) {
        checks.add(composite(true, one));
        for (PermissionCheck other : atoms) {
          checks.add(composite(true, one, other));
          checks.add(composite(false, one, other));
        }
      }
      List<List<String>> groupSets = List.of(List.of(), List.of(GROUP_A),
          List.of(GROUP_A, GROUP_B), List.of(GROUP_B, "no-such-group"));
      int granted = 0;
      int refused = 0;
      ProcessEngineConfigurationImpl configuration =
          (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
      for (String user : new String[] {USER, "someone.else", null}) {
        for (List<String> groups : groupSets) {
          for (CompositePermissionCheck check : checks) {
            boolean[] answers = configuration.getCommandExecutorTxRequired().execute(context ->
                new boolean[] {
                    new AuthorizationManager().isAuthorized(user, groups, check),
                    new LeanAuthorizationChecks.AllGroups().isAuthorized(user, groups, check)});
            assertThat(answers[1]).as("%s %s %s", user, groups, describe(check))
                .isEqualTo(answers[0]);
            assertThat(GrantChecks.statementFor(configuration.getDatabaseType(),
                configuration.getDatabaseTablePrefix(), user, groups, check))
                .as("asked as one plain statement").isNotNull();
            if (answers[0]) {
              granted++;
            } else {
              refused++;
            }
          }
        }
      }
      assertThat(granted).isPositive();
      assertThat(refused).isPositive();
    }

    private PermissionCheck atom(Resources resource, String id, Permission permission) {
      PermissionCheck check = new PermissionCheck();
      check.setResource(resource);
      check.setResourceId(id);
      check.setPermission(permission);
      return check;
    }

    private CompositePermissionCheck composite(boolean disjunctive, PermissionCheck... atoms) {
      CompositePermissionCheck check = new CompositePermissionCheck(disjunctive);
      for (PermissionCheck atom : atoms) {
        check.addAtomicCheck(atom);
      }
      return check;
    }

    private String describe(CompositePermissionCheck check) {
      return (check.isDisjunctive() ? "any of " : "all of ") + check.getAtomicChecks().stream()
          .map(atom -> atom.getResource().resourceName() + "/" + atom.getResourceId() + "/"
              + atom.getPermission().getName()).toList();
    }
  }

  /**
   * Issue 20: HTTP Basic logins are remembered for a few seconds, yet a membership removed or a
   * password changed through the node takes effect on the very next request.
   */
  @Nested
  class VerifiedLoginsApiTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    IdentityService identityService;

    private HttpStatus dashboardAs(String user, String password) {
      return HttpStatus.valueOf(http.withBasicAuth(user, password)
          .getForEntity("/api/dashboard/sla", String.class).getStatusCode().value());
    }

    @Test
    void aRemovedMembershipTakesEffectOnTheNextRequest() {
      assertThat(dashboardAs("coordinator", "demo")).isEqualTo(HttpStatus.OK);
      identityService.deleteMembership("coordinator", "coordinator");
      try {
        assertThat(dashboardAs("coordinator", "demo")).isEqualTo(HttpStatus.FORBIDDEN);
      } finally {
        identityService.createMembership("coordinator", "coordinator");
      }
      assertThat(dashboardAs("coordinator", "demo")).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aChangedPasswordTakesEffectOnTheNextRequest() {
      assertThat(dashboardAs("coordinator.supervisor", "demo")).isEqualTo(HttpStatus.OK);
      User user = identityService.createUserQuery().userId("coordinator.supervisor").singleResult();
      user.setPassword("a new password 2026");
      identityService.saveUser(user);
      try {
        assertThat(dashboardAs("coordinator.supervisor", "demo"))
            .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(dashboardAs("coordinator.supervisor", "a new password 2026"))
            .isEqualTo(HttpStatus.OK);
      } finally {
        User again = identityService.createUserQuery().userId("coordinator.supervisor")
            .singleResult();
        again.setPassword("demo");
        identityService.saveUser(again);
      }
    }
  }

  /**
   * The API's description and Swagger UI only for the signed-in, metrics only for the monitoring
   * group and administrators, health for anyone (issue 15, item 10; issue 23).
   */
  @Nested
  class DocsAndMetricsAccessTest {

    private static final String WATCHER = "metrics.watcher";

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityService identityService;

    @BeforeEach
    void aMemberOfTheMonitoringGroup() {
      if (identityService.createUserQuery().userId(WATCHER).count() == 0) {
        User user = identityService.newUser(WATCHER);
        user.setPassword("watch-" + WATCHER);
        identityService.saveUser(user);
        identityService.createMembership(WATCHER, MonitoringGroup.ID);
      }
    }

    @Test
    void theApiDescriptionAndSwaggerUiAreForTheSignedIn() throws Exception {
      for (String path : List.of("/v3/api-docs", "/swagger-ui/index.html", "/swagger-ui.html")) {
        assertThat(answer(get(path)).getStatus()).as(path).isEqualTo(401);
      }

      MockHttpServletResponse docs = answer(get("/v3/api-docs")
          .with(httpBasic("rtp-atpd.officer", "demo")));
      assertThat(docs.getStatus()).isEqualTo(200);
      assertThat(docs.getContentAsString()).contains("/api/tips").contains("\"basic\"")
          .doesNotContain("\"/engine-rest/");
      MockHttpServletResponse ui = answer(get("/swagger-ui/index.html")
          .with(httpBasic("rtp-atpd.officer", "demo")));
      assertThat(ui.getStatus()).isEqualTo(200);
      assertThat(ui.getContentAsString()).contains("swagger-ui");
    }

    @Test
    void metricsAreForTheMonitoringGroupAndAdministratorsHealthForAnyone() throws Exception {
      assertThat(answer(get("/actuator/health")).getStatus()).isEqualTo(200);
      for (String path : List.of("/actuator/metrics", "/actuator/prometheus")) {
        assertThat(answer(get(path)).getStatus()).as(path).isEqualTo(401);
        assertThat(answer(get(path).with(httpBasic("coordinator", "demo"))).getStatus())
            .as(path).isEqualTo(403);
      }

      assertThat(answer(get("/actuator/metrics").with(httpBasic(WATCHER, "watch-" + WATCHER)))
          .getStatus()).isEqualTo(200);
      assertThat(answer(get("/actuator/metrics").with(httpBasic("admin", "demo"))).getStatus())
          .isEqualTo(200);
    }

    private MockHttpServletResponse answer(MockHttpServletRequestBuilder request)
        throws Exception {
      return mvc.perform(request).andReturn().getResponse();
    }
  }
}
