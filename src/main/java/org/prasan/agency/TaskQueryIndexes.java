package org.prasan.agency;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two indexes on the engine's tables for the task query on MariaDB, created when the engine's
 * tables exist (Flyway runs before the engine, so they cannot be a migration of ours). The
 * Tasklist's query of an agency's tasks walks the agency's candidate-group links and checks one
 * grant per task ({@link TaskQueryAuthorizationRewrite}); with these both steps read only the
 * index, not the rows (at 10,000 open tasks the count statement went from 94 to 33 ms;
 * docs/benchmarks.md). {@code IF NOT EXISTS}: every node of a cluster runs this at start.
 * The authorization index holds every column the check reads; its key (2,304 bytes) fits
 * InnoDB's 3,072 because Camunda creates its tables {@code utf8mb3} whatever the database's
 * character set is; without {@code USER_ID_} MariaDB stops using it.
 */
final class TaskQueryIndexes {

  private static final Logger LOG = LoggerFactory.getLogger(TaskQueryIndexes.class);

  static final List<String> STATEMENTS = List.of(
      "CREATE INDEX IF NOT EXISTS PRASAN_IDX_IDENT_LNK_GROUP_TASK"
          + " ON ACT_RU_IDENTITYLINK (GROUP_ID_, TYPE_, TASK_ID_)",
      "CREATE INDEX IF NOT EXISTS PRASAN_IDX_AUTH_RESOURCE_CHECK"
          + " ON ACT_RU_AUTHORIZATION (RESOURCE_ID_, TYPE_, RESOURCE_TYPE_, PERMS_, GROUP_ID_,"
          + " USER_ID_)");

  private TaskQueryIndexes() {
  }

  /**
   * A database that refuses (no DDL right) still works, only its Tasklist is slower: the
   * refusal is logged, start-up goes on.
   */
  static void ensure(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
         Statement statement = connection.createStatement()) {
      for (String index : STATEMENTS) {
        statement.execute(index);
      }
    } catch (SQLException refused) {
      LOG.warn("Task query indexes not created ({}); the Tasklist's queries of large agencies "
          + "will be slower. Create them by hand: {}", refused.getMessage(), STATEMENTS);
    }
  }
}
