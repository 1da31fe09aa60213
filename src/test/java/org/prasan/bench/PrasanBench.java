package org.prasan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.prasan.deconfliction.IdentifierIndex;
import org.prasan.deconfliction.IdentifierNormalizer;
import org.prasan.deconfliction.IdentifierType;
import org.prasan.intake.Indicator;
import org.prasan.intake.TipRequests;
import org.prasan.intake.TipSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Issue 8's benchmark suite ({@code mvn -Pbench verify}): the packaged jar as production runs
 * it, on MariaDB and on H2, driven over HTTP (the overhead over the bare engine is
 * {@link OverheadBench}'s).
 * Prints the table and writes {@code target/bench/results.json}. Asserts nothing about
 * timings: they are figures of this machine (docs/benchmarks.md).
 *
 * <p>Sizes are the issue's; {@code -Dprasan.bench.tips}, {@code .cases}, {@code .identifiers}
 * make a smaller run for development.
 */
class PrasanBench {

  static final int TIPS = Integer.getInteger("prasan.bench.tips", 10_000);
  static final int CASES = Integer.getInteger("prasan.bench.cases", 24);
  static final int WARM_UP_CASES = 4;
  static final int IDENTIFIERS = Integer.getInteger("prasan.bench.identifiers", 1_000_000);
  static final int TASKLIST_QUERIES = 300;
  static final int IDENTIFIER_LOOKUPS = 5_000;
  static final int CLIENTS = 8;
  static final String ESCALATION_TASK = "Task_ReviewOverdueTask";

  /** Development runs may pick parts: {@code -Dprasan.bench.parts=intake,mariadb,h2}. */
  static final String PARTS = System.getProperty("prasan.bench.parts", "intake,mariadb,h2");

  private final Figures figures = new Figures();

  private static boolean runs(String part) {
    return List.of(PARTS.split(",")).contains(part);
  }

  @Test
  void prasanHoldsAMassIntakeDayAndATimerStorm() throws Exception {
    try {
      if (runs("intake")) {
        massIntakeTasklistAndTimerStorm();
      }
      if (runs("mariadb")) {
        lifecycleOnMariaDbAndIdentifierMatch();
      }
      if (runs("h2")) {
        lifecycleOnH2();
      }
    } finally {
      System.out.println(figures.table());
      figures.write(BenchFiles.dir().resolve("results.json"));
    }
  }

  /**
   * One MariaDB node takes 10,000 tips with its job executor off, the triage's service level
   * one second: after the intake, every triage is overdue. The Tasklist query runs on those
   * 10,000 open tasks; then the node restarts with its job executor, as after a night's
   * outage, and all 10,000 clocks fire at once.
   */
  private void massIntakeTasklistAndTimerStorm() throws Exception {
    try (BenchDatabase database = BenchDatabase.create("intake")) {
      Map<String, String> environment = mariaDb(database);
      environment.put("SPRING_APPLICATION_JSON", "{\"prasan\":{\"sla\":{\"service-levels\":"
          + "{\"[Task_TriageTip]\":\"1s\"}}}}");
      Map<String, String> intakeEnvironment = new LinkedHashMap<>(environment);
      intakeEnvironment.put("CAMUNDA_BPM_JOBEXECUTION_ENABLED", "false");
      BenchNode node = new BenchNode("mariadb-intake", intakeEnvironment);
      try {
        figures.put("startup_s", node.start("--spring.profiles.active=mariadb"));
        BenchHttp http = new BenchHttp(node);
        intake(http);
        figures.put("rss_mb_after_intake", node.rssMb());
        tasklistQuery(http);
      } finally {
        node.stop();
      }
      timerStorm(database, environment);
    }
  }

  private void intake(BenchHttp http) throws Exception {
    Latencies latencies = new Latencies(TIPS);
    AtomicInteger next = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    long start = System.nanoTime();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int client = 0; client < CLIENTS; client++) {
        running.add(clients.submit(() -> {
          for (int tip = next.getAndIncrement(); tip < TIPS; tip = next.getAndIncrement()) {
            Map<String, Object> body = TipRequests.aTip()
                .with("externalRef", "BENCH-" + tip).build();
            long sent = System.nanoTime();
            http.post("rtp-atpd.officer", "/api/tips", body).expect(201, "tip " + tip);
            latencies.add(sent);
          }
          return null;
        }));
      }
      for (Future<?> client : running) {
        client.get();
      }
    } finally {
      clients.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    figures.put("intake_mariadb_tips_per_s", TIPS / seconds);
    figures.put("intake_mariadb_p95_ms", latencies.percentile(95));
    figures.detail("intake_latencies", latencies.toString());
  }

  /**
   * The "My agency" filter as the Tasklist lists it for an officer of rtp-atpd, whose agency
   * holds the 10,000 triages: first page of 15, sorted by due date, HAL with the count.
   */
  private void tasklistQuery(BenchHttp http) throws Exception {
    String officer = "rtp-atpd.officer";
    String filterId = http.get(officer, "/engine-rest/filter?nameLike=%25%2F%20My%20agency")
        .expect(200, "filter").body().get(0).get("id").asText();
    Map<String, Object> body = Map.of("processVariables", List.of(), "taskVariables",
        List.of(), "caseInstanceVariables", List.of(), "sorting",
        List.of(Map.of("sortBy", "dueDate", "sortOrder", "asc")));
    String path = "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15";
    Latencies latencies = new Latencies(TASKLIST_QUERIES);
    JsonNode page = null;
    // At most a minute of queries (at least 10 after 3 to warm up): a slow query must not
    // take the run's whole time to show that it is slow.
    long until = System.nanoTime() + 60_000_000_000L;
    for (int query = 0; query < TASKLIST_QUERIES + 3
        && (query < 13 || System.nanoTime() < until); query++) {
      long sent = System.nanoTime();
      page = http.post(officer, path, body, "application/hal+json").expect(200, "list").body();
      if (query >= 3) {
        latencies.add(sent);
      }
    }
    // Random phones of two tips may match: their overlap review is rtp-atpd's task too.
    if (page.path("count").asLong() < TIPS) {
      throw new IllegalStateException("The officer's filter counts " + page.path("count")
          + " tasks, fewer than the " + TIPS + " triages of the intake");
    }
    figures.put("tasklist_query_p95_ms_at_10k_open", latencies.percentile(95));
    figures.detail("tasklist_latencies", latencies.toString());
    figures.detail("tasklist_count", page.path("count").asLong());
  }

  private void timerStorm(BenchDatabase database, Map<String, String> environment)
      throws Exception {
    BenchNode node = new BenchNode("mariadb-storm", environment);
    try (Connection connection = database.connect()) {
      node.start("--spring.profiles.active=mariadb");
      long ready = System.nanoTime();
      long first = -1;
      long done = -1;
      int escalated = 0;
      long giveUp = ready + 600_000_000_000L;
      while (System.nanoTime() < giveUp) {
        escalated = count(connection, "SELECT COUNT(*) FROM ACT_RU_TASK WHERE TASK_DEF_KEY_ = '"
            + ESCALATION_TASK + "'");
        if (escalated > 0 && first < 0) {
          first = System.nanoTime();
        }
        if (escalated >= TIPS) {
          done = System.nanoTime();
          break;
        }
        Thread.sleep(250);
      }
      figures.detail("timer_storm_escalated", escalated);
      if (done < 0) {
        throw new IllegalStateException("Only " + escalated + " of " + TIPS
            + " escalations after 600 s");
      }
      figures.put("timer_storm_10k_all_escalated_s", (done - ready) / 1e9);
      figures.detail("timer_storm_first_escalation_after_ready_s", (first - ready) / 1e9);
      figures.detail("timer_storm_failed_jobs", count(connection,
          "SELECT COUNT(*) FROM ACT_RU_JOB WHERE RETRIES_ < 3 OR EXCEPTION_MSG_ IS NOT NULL"));
    } finally {
      node.stop();
    }
  }

  private void lifecycleOnMariaDbAndIdentifierMatch() throws Exception {
    try (BenchDatabase database = BenchDatabase.create("lifecycle")) {
      BenchNode node = new BenchNode("mariadb-lifecycle", mariaDb(database));
      try {
        node.start("--spring.profiles.active=mariadb");
        Throughput throughput = lifecycle(new BenchHttp(node));
        figures.put("lifecycle_mariadb_tasks_per_s", throughput.tasksPerSecond());
        figures.put("lifecycle_mariadb_cases_per_s", throughput.casesPerSecond());
        figures.detail("lifecycle_mariadb", throughput.toString());
      } finally {
        node.stop();
      }
      identifierMatch(database);
    }
  }

  private void lifecycleOnH2() throws Exception {
    // The default profile as shipped (H2 file database and demo users under the working
    // directory, a fresh one for each run).
    BenchNode node = new BenchNode("h2-lifecycle", Map.of());
    try {
      node.start();
      Throughput throughput = lifecycle(new BenchHttp(node));
      figures.put("lifecycle_h2_tasks_per_s", throughput.tasksPerSecond());
      figures.put("lifecycle_h2_cases_per_s", throughput.casesPerSecond());
      figures.detail("lifecycle_h2", throughput.toString());
      figures.detail("lifecycle_h2_rest_s_per_task", throughput.secondsPerTask());
    } finally {
      node.stop();
    }
  }

  /** A few cases to warm the node's JIT, then the measured ones. */
  private static Throughput lifecycle(BenchHttp http) throws Exception {
    RestCase wholeCase = new RestCase(http);
    Officers.work(WARM_UP_CASES, wholeCase);
    return Officers.work(CASES, wholeCase);
  }

  static Map<String, Object> bareVariables(String caseId) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("caseId", caseId);
    variables.put("tipSource", TipSource.HOTLINE.name());
    variables.put("externalRef", null);
    variables.put("receivedAt", java.util.Date.from(Instant.now().minus(1, ChronoUnit.HOURS)));
    variables.put("province", "Chiang Rai");
    variables.put("tipSummary",
        "Caller reports teenagers recruited for restaurant work across the border.");
    variables.put("triageAgency", "rtp-atpd");
    for (Indicator indicator : Indicator.values()) {
      variables.put(indicator.variableName(),
          indicator == Indicator.CHILD_VICTIM || indicator == Indicator.TRANSNATIONAL);
    }
    return variables;
  }

  /**
   * 1,000,000 identifiers (200,000 cases of five, one in a thousand shared with the case
   * before) in the schema Flyway made on MariaDB; then the match intake runs for every tip
   * ({@link IdentifierIndex#matchesOf}) for random stored cases.
   */
  private void identifierMatch(BenchDatabase database) throws Exception {
    IdentifierNormalizer normalizer = new IdentifierNormalizer();
    try (Connection connection = database.connect()) {
      long loadStart = System.nanoTime();
      loadIdentifiers(connection, normalizer);
      figures.detail("identifiers_load_s", (System.nanoTime() - loadStart) / 1e9);
      figures.detail("identifiers_stored", count(connection,
          "SELECT COUNT(*) FROM case_identifier"));
    }
    SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
        database.url() + "?useMysqlMetadata=true", "root", "", true);
    try {
      JdbcClient jdbc = JdbcClient.create(dataSource);
      org.prasan.system.EngineClock clock = new org.prasan.system.EngineClock();
      IdentifierIndex index = new IdentifierIndex(jdbc, normalizer, clock,
          new org.prasan.casefile.CaseFileRepository(jdbc, clock));
      Random random = new Random(8);
      Latencies latencies = new Latencies(IDENTIFIER_LOOKUPS);
      int matched = 0;
      int cases = IDENTIFIERS / 5;
      for (int lookup = 0; lookup < IDENTIFIER_LOOKUPS + 500; lookup++) {
        String caseId = benchCaseId(random.nextInt(cases));
        long start = System.nanoTime();
        matched += index.matchesOf(caseId).size();
        if (lookup >= 500) {
          latencies.add(start);
        }
      }
      figures.put("identifier_match_p95_ms_at_1m", latencies.percentile(95));
      figures.detail("identifier_match_latencies", latencies + ", matches found " + matched);
    } finally {
      dataSource.destroy();
    }
  }

  private static void loadIdentifiers(Connection connection, IdentifierNormalizer normalizer)
      throws SQLException {
    int batch = 1000;
    connection.setAutoCommit(false);
    for (int from = 0; from < IDENTIFIERS; from += batch * 5) {
      StringBuilder cases = new StringBuilder("INSERT INTO case_file (case_id, source, "
          + "received_at, province, status, created_at) VALUES ");
      for (int c = from / 5; c < Math.min(IDENTIFIERS, from + batch * 5) / 5; c++) {
        cases.append(c == from / 5 ? "" : ",").append("('").append(benchCaseId(c))
            .append("','HOTLINE',NOW(3),'Bangkok','").append(c % 10 == 0 ? "CLOSED" : "OPEN")
            .append("',NOW(3))");
      }
      StringBuilder identifiers = new StringBuilder("INSERT INTO case_identifier (case_id, "
          + "type, raw_value, normalized_value, added_at) VALUES ");
      for (int n = from; n < Math.min(IDENTIFIERS, from + batch * 5); n++) {
        int value = n % 1000 == 7 ? n - 5 : n;
        String raw = String.format("08%d-%03d-%04d", value / 10_000_000 % 10,
            value / 10_000 % 1000, value % 10_000);
        identifiers.append(n == from ? "" : ",").append("('").append(benchCaseId(n / 5))
            .append("','PHONE','").append(raw).append("','")
            .append(normalizer.normalize(IdentifierType.PHONE, raw)).append("',NOW(3))");
      }
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate(cases.toString());
        statement.executeUpdate(identifiers.toString());
      }
      connection.commit();
    }
    connection.setAutoCommit(true);
  }

  private static String benchCaseId(int number) {
    return String.format("TIP-2099-%06d", number);
  }

  static Map<String, String> mariaDb(BenchDatabase database) {
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("PRASAN_DB_URL", database.url());
    environment.put("PRASAN_DB_USER", "root");
    environment.put("PRASAN_DB_PASSWORD", "");
    // The demo users (password demo) are the bench's officers; the database is dropped after.
    environment.put("PRASAN_DEMO", "true");
    byte[] vaultKey = new byte[32];
    new java.security.SecureRandom().nextBytes(vaultKey);
    environment.put("PRASAN_VAULT_KEY", java.util.Base64.getEncoder().encodeToString(vaultKey));
    environment.put("PRASAN_VAULT_KEY_ID", "bench");
    return environment;
  }

  private static int count(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql);
         ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getInt(1);
    }
  }
}
