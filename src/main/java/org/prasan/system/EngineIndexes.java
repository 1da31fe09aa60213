package org.prasan.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What MariaDB needs of the engine at thousands of open tasks and timers (docs/benchmarks.md),
 * on MySQL/MariaDB only (the H2 demo has other plans and goes without). Indexes on the
 * engine's tables, created when the engine has built them: Flyway runs before the engine, so
 * they cannot be a migration of ours; {@code IF NOT EXISTS}: every node of a cluster runs this
 * at start. And the shapes of the task statements ({@link TaskQueryShapes}) and of the
 * variable statements' grants check ({@link VariableQueryShapes}), put into the
 * engine's SQL session as soon as it exists; {@code
 * EngineAndLoginsTest.TaskQueryShapesOnMariaDbTest} fails the build when an engine update
 * changes the SQL so that they no longer apply.
 */
@Component
public class EngineIndexes extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

  /**
   * The indexes of ACT_RU_TASK that give the task list's sorts as the engine writes its {@code
   * order by} (each term {@code RES.COLUMN_ asc|desc}, no tie-breaker; NULLs first in ascending
   * order, as in MariaDB's indexes): MariaDB walks an agency's tasks in that order, or its full
   * reverse, and stops at the page. {@link TaskListByIndex} walks only these sorts ({@link
   * #TASK_SORTS}). Due date, follow-up date (the screening queues), created (Camunda's {@code
   * ACT_IDX_TASK_CREATE}, not created here) and priority alone; and the agency filters' due date
   * followed by the officer's created or priority, either way (the Tasklist appends the
   * officer's sort to the filter's; MariaDB 10.8+ keeps {@code DESC} key parts). "Overdue" and
   * "Due today" read their range of the due-date index instead of every task of the agency.
   */
  private static final List<TaskSortIndex> TASK_SORT_INDEXES = List.of(
      new TaskSortIndex("PRASAN_IDX_TASK_DUE", "DUE_DATE_"),
      new TaskSortIndex("PRASAN_IDX_TASK_FOLLOW_UP", "FOLLOW_UP_DATE_"),
      new TaskSortIndex("PRASAN_IDX_TASK_PRIORITY", "PRIORITY_"),
      new TaskSortIndex(null, "CREATE_TIME_"),
      new TaskSortIndex("PRASAN_IDX_TASK_DUE_CREATE", "DUE_DATE_", "CREATE_TIME_"),
      new TaskSortIndex("PRASAN_IDX_TASK_DUE_CREATE_DESC", "DUE_DATE_", "CREATE_TIME_ DESC"),
      new TaskSortIndex("PRASAN_IDX_TASK_DUE_PRIORITY", "DUE_DATE_", "PRIORITY_"),
      new TaskSortIndex("PRASAN_IDX_TASK_DUE_PRIORITY_DESC", "DUE_DATE_", "PRIORITY_ DESC"));

  /**
   * The sorts an index gives, as lists of {@code COLUMN_ asc|desc} (the full reverse of each is
   * given too: MariaDB reads the index backwards).
   */
  static final List<List<String>> TASK_SORTS = TASK_SORT_INDEXES.stream()
      .map(TaskSortIndex::sort).toList();

  /** An index on ACT_RU_TASK giving a sort; name null: Camunda creates it. */
  private record TaskSortIndex(String name, String... keyParts) {

    List<String> sort() {
      return java.util.Arrays.stream(keyParts).map(part -> part.endsWith(" DESC")
          ? part.substring(0, part.length() - 5) + " desc" : part + " asc").toList();
    }

    String statement() {
      return "CREATE INDEX IF NOT EXISTS " + name + " ON ACT_RU_TASK ("
          + String.join(", ", keyParts) + ")";
    }
  }

  static final List<String> STATEMENTS = List.of(
      // The Tasklist's query of an agency's tasks walks the agency's candidate-group links and
      // checks each task's own grant (TaskQueryShapes): with these two both steps read
      // the index only. The grant index holds every column the check reads (without USER_ID_
      // MariaDB stops using it); its key, 2,304 bytes, fits InnoDB's 3,072 because Camunda
      // creates its tables utf8mb3 whatever the database's character set is.
      "CREATE INDEX IF NOT EXISTS PRASAN_IDX_IDENT_LNK_GROUP_TASK"
          + " ON ACT_RU_IDENTITYLINK (GROUP_ID_, TYPE_, TASK_ID_)",
      "CREATE INDEX IF NOT EXISTS PRASAN_IDX_AUTH_RESOURCE_CHECK ON ACT_RU_AUTHORIZATION"
          + " (RESOURCE_ID_, TYPE_, RESOURCE_TYPE_, PERMS_, GROUP_ID_, USER_ID_)",
      // Every job acquisition asks whether another job of the same instance is locked; MariaDB
      // answers by reading every job into a temporary table, once per acquisition.
      // With this index it reads the few locked jobs only.
      "CREATE INDEX IF NOT EXISTS PRASAN_IDX_JOB_LOCK_EXP ON ACT_RU_JOB (LOCK_EXP_TIME_)",
      // Completing or deleting any task first asks for its subtasks by parent; Camunda gives
      // that column no index, so MariaDB read every open task once per completed task (the
      // slow log of 20 screening clerks at 1,300 open: 1,291 rows per completion, 9 % of the
      // database's time; at 10,000 open, 10,000).
      "CREATE INDEX IF NOT EXISTS PRASAN_IDX_TASK_PARENT ON ACT_RU_TASK (PARENT_TASK_ID_)");

  /** Every index created: {@link #STATEMENTS} and the sorts' ({@link #TASK_SORT_INDEXES}). */
  static final List<String> ALL = java.util.stream.Stream.concat(STATEMENTS.stream(),
      TASK_SORT_INDEXES.stream().filter(index -> index.name() != null)
          .map(TaskSortIndex::statement)).toList();

  private final TaskQueryShapes taskQueryShapes = new TaskQueryShapes();
  private final VariableQueryShapes variableQueryShapes = new VariableQueryShapes();

  /** No other database's statements would match; H2 need not pay the test. */
  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if ("mysql".equals(configuration.getDatabaseType())) {
      configuration.getSqlSessionFactory().getConfiguration().addInterceptor(taskQueryShapes);
      // Added last, so called first: it hands TaskQueryShapes the statement handler itself.
      configuration.getSqlSessionFactory().getConfiguration()
          .addInterceptor(variableQueryShapes);
    }
  }

  /** The interceptor, with what it has reshaped so far. */
  public TaskQueryShapes taskQueryShapes() {
    return taskQueryShapes;
  }

  /** The variable statements' interceptor, with what it has reshaped so far. */
  public VariableQueryShapes variableQueryShapes() {
    return variableQueryShapes;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    if ("mysql".equals(configuration.getDatabaseType())) {
      ensure(configuration.getDataSource());
    }
  }

  /**
   * A database that refuses (no DDL right) still works, only slower at scale: the refusal is
   * logged, start-up goes on.
   */
  static void ensure(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
         Statement statement = connection.createStatement()) {
      for (String index : ALL) {
        statement.execute(index);
      }
    } catch (SQLException refused) {
      LOG.warn("Engine indexes not created ({}); large agencies' task lists and timer storms "
          + "will be slower. Create them by hand: {}", refused.getMessage(), ALL);
    }
  }
}
