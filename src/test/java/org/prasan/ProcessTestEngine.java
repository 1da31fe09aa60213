package org.prasan;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.prasan.sla.ServiceLevels;
import org.prasan.sla.SlaProperties;

/**
 * The plain engine for process tests: in-memory H2 (or this run's MariaDB database with
 * {@code -Pmariadb}: {@link TestProfiles#onMariaDb()}), full history, no job executor (tests
 * execute jobs themselves), and bean names resolved through {@link Mocks}. One engine per JVM,
 * shared by every process test class; each test deploys what its {@code @Deployment} names.
 *
 * <pre>
 * &#64;RegisterExtension
 * static ProcessEngineExtension engine = ProcessTestEngine.extension();
 * </pre>
 */
public final class ProcessTestEngine {

  /** The service level every task gets in process tests, unless a test registers its own. */
  public static final Duration TEST_SERVICE_LEVEL = Duration.ofDays(3);

  private static ProcessEngine engine;

  private ProcessTestEngine() {
  }

  public static ProcessEngineExtension extension() {
    return ProcessEngineExtension.builder().useProcessEngine(engine()).build();
  }

  /**
   * Forgets beans an earlier test registered, points Camunda BPM Assert at this engine (a
   * cached Spring test context may hold a second one), and registers the beans every model
   * expects: {@code sla} for user-task due dates.
   */
  public static void registerStandardBeans() {
    Mocks.reset();
    BpmnAwareTests.init(engine());
    Mocks.register(ServiceLevels.BEAN_NAME,
        new ServiceLevels(new SlaProperties(TEST_SERVICE_LEVEL, Map.of())));
  }

  private static synchronized ProcessEngine engine() {
    if (engine == null) {
      StandaloneInMemProcessEngineConfiguration configuration =
          new StandaloneInMemProcessEngineConfiguration();
      if (TestProfiles.onMariaDb()) {
        configuration.setDataSource(mariaDb());
        configuration.setDatabaseType("mysql");
      } else {
        configuration.setJdbcUrl("jdbc:h2:mem:process-tests-" + UUID.randomUUID()
            + ";DB_CLOSE_DELAY=-1");
      }
      configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
      configuration.setJobExecutorActivate(false);
      configuration.setExpressionManager(new MockExpressionManager());
      configuration.setEnforceHistoryTimeToLive(true);
      configuration.setProcessEngineName("process-tests");
      engine = configuration.buildProcessEngine();
    }
    return engine;
  }

  /** Connections as the mariadb profile makes them (application.yaml). */
  private static DataSource mariaDb() {
    MariaDbTestDatabase database = MariaDbTestDatabase.forRun("process_tests");
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(database.url());
    config.setUsername(MariaDbTestDatabase.USER);
    config.setPassword(MariaDbTestDatabase.PASSWORD);
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    config.setMaximumPoolSize(4);
    config.addDataSourceProperty("useMysqlMetadata", "true");
    config.addDataSourceProperty("nullDatabaseMeansCurrent", "true");
    return new HikariDataSource(config);
  }
}
