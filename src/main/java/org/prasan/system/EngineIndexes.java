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
      // The Tasklist sorts by due date, follow-up date (the screening queues), created or
      // priority: with an index on the sort column MariaDB walks an agency's tasks in that
      // order and stops at the page (created has Camunda's ACT_IDX_TASK_CREATE); "Overdue" and
      // "Due today" read their range of due dates instead of every task of the agency.
      "CREATE INDEX IF NOT EXISTS PRASAN_IDX_TASK_DUE ON ACT_RU_TASK (DUE_DATE_)",
      "CREATE INDEX IF NOT EXISTS PRASAN_IDX_TASK_FOLLOW_UP ON ACT_RU_TASK (FOLLOW_UP_DATE_)",
      "CREATE INDEX IF NOT EXISTS PRASAN_IDX_TASK_PRIORITY ON ACT_RU_TASK (PRIORITY_)",
      // Every job acquisition asks whether another job of the same instance is locked; MariaDB
      // answers by reading every job into a temporary table, once per acquisition.
      // With this index it reads the few locked jobs only.
      "CREATE INDEX IF NOT EXISTS PRASAN_IDX_JOB_LOCK_EXP ON ACT_RU_JOB (LOCK_EXP_TIME_)");

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
      for (String index : STATEMENTS) {
        statement.execute(index);
      }
    } catch (SQLException refused) {
      LOG.warn("Engine indexes not created ({}); large agencies' task lists and timer storms "
          + "will be slower. Create them by hand: {}", refused.getMessage(), STATEMENTS);
    }
  }
}
