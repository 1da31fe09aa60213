package org.prasan;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
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
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.prasan.agency.CurrentActor;
import org.prasan.casefile.SendCaseMessageDelegate;
import org.prasan.modellint.ConfigurationFiles;
import org.prasan.sla.BusinessCalendar;
import org.prasan.sla.ExtendLegalClockDelegate;
import org.prasan.sla.LegalClockRepository;
import org.prasan.sla.LegalClocks;
import org.prasan.sla.ServiceLevel;
import org.prasan.sla.ServiceLevels;
import org.prasan.sla.SlaEvents;
import org.prasan.sla.SlaProperties;
import org.prasan.sla.StartLegalClockDelegate;
import org.prasan.sla.StopLegalClockDelegate;
import org.prasan.system.EngineClock;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The plain engine for process tests: in-memory H2 (or this run's MariaDB database with
 * {@code -Pmariadb}: {@link TestProfiles#onMariaDb()}) with Prasan's own tables (Flyway), full
 * history, no job executor (tests execute jobs themselves), and bean names resolved through
 * {@link Mocks}. One engine per JVM, shared by every process test class; each test deploys
 * what its {@code @Deployment} names.
 *
 * <pre>
 * &#64;RegisterExtension
 * static ProcessEngineExtension engine = ProcessTestEngine.extension();
 * </pre>
 */
public final class ProcessTestEngine {

  /** The service level every task gets in process tests, unless a test registers its own. */
  public static final Duration TEST_SERVICE_LEVEL = Duration.ofDays(3);
  /** Prasan's clock, the engine's: tests move it with {@code ClockUtil}. */
  public static final EngineClock CLOCK = new EngineClock();

  private static ProcessEngine engine;
  private static JdbcClient jdbc;
  private static SlaProperties applicationClocks;

  private ProcessTestEngine() {
  }

  public static ProcessEngineExtension extension() {
    return ProcessEngineExtension.builder().useProcessEngine(engine()).build();
  }

  /**
   * Forgets beans and clocks an earlier test left, points Camunda BPM Assert at this engine (a
   * cached Spring test context may hold a second one), and registers the beans every model
   * expects: {@code sla} with {@link #TEST_SERVICE_LEVEL} for every task, the legal clocks of
   * application.yaml with their delegates, and the case messages.
   */
  public static void registerStandardBeans() {
    registerServiceLevels(Map.of());
  }

  /** The standard beans, with these service levels (calendar time) per task id. */
  public static void registerServiceLevels(Map<String, Duration> levels) {
    engine();
    register(new SlaProperties(ServiceLevel.calendar(TEST_SERVICE_LEVEL),
        levels.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
            entry -> ServiceLevel.calendar(entry.getValue()))),
        applicationClocks.calendar(), applicationClocks.legalClocks(),
        applicationClocks.escalation()));
  }

  /**
   * The standard beans with the service levels sop.yaml configures, working time on the
   * business calendar included: for tests that drive a law's clock to its instant.
   */
  public static void registerConfiguredServiceLevels() {
    engine();
    register(applicationClocks);
  }

  /** Prasan's tables of the process-test database (victim vault records, clocks). */
  public static JdbcClient jdbc() {
    engine();
    return jdbc;
  }

  private static void register(SlaProperties properties) {
    Mocks.reset();
    BpmnAwareTests.init(engine());
    jdbc.sql("DELETE FROM legal_clock").update();
    jdbc.sql("DELETE FROM sla_event").update();
    LegalClocks clocks = legalClocks(properties);
    Mocks.register(ServiceLevels.BEAN_NAME, new ServiceLevels(properties,
        new BusinessCalendar(properties.calendar()), clocks, CLOCK));
    Mocks.register(LegalClocks.BEAN_NAME, clocks);
    CurrentActor actor = new CurrentActor(engine().getIdentityService());
    Mocks.register("startLegalClockDelegate", new StartLegalClockDelegate(clocks, actor));
    Mocks.register("extendLegalClockDelegate", new ExtendLegalClockDelegate(clocks, actor));
    Mocks.register("stopLegalClockDelegate", new StopLegalClockDelegate(clocks, actor));
    Mocks.register("sendCaseMessageDelegate",
        new SendCaseMessageDelegate(engine().getRuntimeService()));
  }

  /** The legal clocks of the process-test database, as the registered beans see them. */
  public static LegalClocks legalClocks() {
    return (LegalClocks) Mocks.get(LegalClocks.BEAN_NAME);
  }

  public static SlaEvents slaEvents() {
    return new SlaEvents(jdbc);
  }

  private static LegalClocks legalClocks(SlaProperties properties) {
    return new LegalClocks(properties, new LegalClockRepository(jdbc), new SlaEvents(jdbc),
        CLOCK);
  }

  private static synchronized ProcessEngine engine() {
    if (engine == null) {
      StandaloneInMemProcessEngineConfiguration configuration =
          new StandaloneInMemProcessEngineConfiguration();
      DataSource prasanTables;
      if (TestProfiles.onMariaDb()) {
        prasanTables = mariaDb();
        configuration.setDataSource(prasanTables);
        configuration.setDatabaseType("mysql");
      } else {
        String url = "jdbc:h2:mem:process-tests-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        configuration.setJdbcUrl(url);
        prasanTables = h2(url);
      }
      configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
      configuration.setJobExecutorActivate(false);
      configuration.setExpressionManager(new MockExpressionManager());
      configuration.setEnforceHistoryTimeToLive(true);
      configuration.setProcessEngineName("process-tests");
      engine = configuration.buildProcessEngine();
      jdbc = JdbcClient.create(migrated(prasanTables));
      applicationClocks = applicationClocks();
    }
    return engine;
  }

  private static DataSource h2(String url) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    dataSource.setUser("sa");
    return dataSource;
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

  private static DataSource migrated(DataSource dataSource) {
    Flyway.configure().dataSource(dataSource).table("prasan_schema_history")
        .baselineOnMigrate(true).baselineVersion("0")
        .locations("classpath:db/migration").load().migrate();
    return dataSource;
  }

  private static SlaProperties applicationClocks() {
    try {
      return ConfigurationFiles.slaProperties(List.of(new ClassPathResource("application.yaml")));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
