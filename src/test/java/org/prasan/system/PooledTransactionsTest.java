package org.prasan.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 20: a pool with autocommit off behind {@link PooledTransactions} keeps what a statement
 * outside a transaction does (it commits), and transactions still commit or roll back whole.
 */
class PooledTransactionsTest {

  private HikariDataSource pool;
  private DataSource dataSource;
  private JdbcTemplate jdbc;
  private TransactionTemplate transaction;

  @BeforeEach
  void aPoolWithAutocommitOff() {
    pool = new HikariDataSource();
    pool.setJdbcUrl("jdbc:h2:mem:pooled-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    pool.setAutoCommit(false);
    pool.setMaximumPoolSize(2);
    dataSource = (DataSource) new PooledTransactions()
        .postProcessAfterInitialization(pool, "dataSource");
    jdbc = new JdbcTemplate(dataSource);
    transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    jdbc.execute("CREATE TABLE t (v INT)");
  }

  @AfterEach
  void close() {
    pool.close();
  }

  @Test
  void aWriteOutsideATransactionIsCommitted() {
    jdbc.update("INSERT INTO t VALUES (1)");

    assertThat(new JdbcTemplate(pool).queryForObject("SELECT COUNT(*) FROM t", Integer.class))
        .isEqualTo(1);
  }

  @Test
  void aTransactionStillRollsBackWhole() {
    try {
      transaction.executeWithoutResult(status -> {
        jdbc.update("INSERT INTO t VALUES (1)");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM t", Integer.class)).isEqualTo(1);
        throw new IllegalStateException("rolled back");
      });
    } catch (IllegalStateException expected) {
      // the transaction's rollback
    }
    transaction.executeWithoutResult(status -> jdbc.update("INSERT INTO t VALUES (2)"));

    assertThat(jdbc.queryForList("SELECT v FROM t", Integer.class)).containsExactly(2);
  }

  @Test
  void onlyAPoolWithAutocommitOffIsWrapped() {
    HikariDataSource autocommitting = new HikariDataSource();
    assertThat(new PooledTransactions().postProcessAfterInitialization(autocommitting, "ds"))
        .isSameAs(autocommitting);
    assertThat(dataSource).isNotSameAs(pool);
  }
}
