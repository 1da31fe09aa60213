package org.prasan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.prasan.casefile.OfficerAnswers;
import org.prasan.intake.TipRequests;

/**
 * Issue 20's Tasklist benchmark ({@code mvn -Pbench verify}, or {@code -Dit.test=TasklistBench}
 * alone): 20 officers of three agencies use the Tasklist at once on the packaged jar on
 * MariaDB holding 100,000 open tasks, each signed in with the Tasklist's own login (session
 * cookie and XSRF token), each listing its agency's filters ("My agency", "Overdue", "Due
 * today", and "My agency" searched for the tasks assigned to the officer, the Tasklist's
 * "Assignee" search), sorted by due date, created or priority, either way, first page or a later
 * one: {@code POST /camunda/api/engine/engine/default/filter/{id}/list}, HAL with the count, as
 * the Tasklist sends it. Think time 0-100 ms between an officer's queries.
 *
 * <p>Setting up (not timed): {@link #SEED} tips through {@code POST /api/tips} (8 clients), a
 * third each for the triage of rtp-atpd (hotline), rtp-ticac (NCMEC) and mol-dlpw (labour
 * inspection); then their rows are copied with new ids until {@link #OPEN} tasks are open
 * ({@link EngineRowCopies}: history rows in copy 1 only, no measured request reads them); the
 * node starts again on them and an officer claims and completes a triage of copy 1 through the
 * API, the proof the copies are cases the engine takes. The node runs
 * without its job executor (no timer falls due while measuring; the storm is another bench).
 * Warm-up: 10 queries per officer; then {@link #ROUNDS} rounds of {@link #QUERIES} queries;
 * figure: median over the rounds of the p95 of all queries.
 *
 * <p>Development: {@code -Dprasan.bench.tasklist.open=20000}, {@code .seed}, {@code .queries};
 * {@code -Dprasan.bench.tasklist.keep=true} keeps the seeded database (its name is printed) and
 * {@code -Dprasan.bench.tasklist.database=<name>} measures on it again without seeding.
 */
class TasklistBench {

  static final int OPEN = Integer.getInteger("prasan.bench.tasklist.open", 100_000);
  static final int SEED = Integer.getInteger("prasan.bench.tasklist.seed", 900);
  static final int QUERIES = Integer.getInteger("prasan.bench.tasklist.queries", 1_000);
  static final String REUSE = System.getProperty("prasan.bench.tasklist.database");
  static final boolean KEEP = Boolean.getBoolean("prasan.bench.tasklist.keep");
  static final int OFFICERS = 20;
  static final int ROUNDS = 3;
  static final int WARM_UP = 10;
  static final int THINK_MS = 100;
  static final int PAGE = 15;
  static final int CLIENTS = 8;
  private static final String SERVER = System.getProperty("prasan.bench.mariadb",
      "jdbc:mariadb://127.0.0.1:3306/");
  /** The agencies whose triage the tips reach, by the tip's source (sop.yaml). */
  private static final Map<String, String> SOURCES = new LinkedHashMap<>();

  static {
    SOURCES.put("rtp-atpd", "HOTLINE");
    SOURCES.put("rtp-ticac", "NCMEC_CYBERTIPLINE");
    SOURCES.put("mol-dlpw", "LABOUR_INSPECTION");
  }

  private static final String MY_AGENCY = "My agency";
  private static final String MY_TASKS = "My tasks";
  private static final String OVERDUE = "Overdue";
  private static final String DUE_TODAY = "Due today";
  private static final String[] SORTS = {"dueDate", "created", "priority"};

  private final Figures figures = new Figures();

  @Test
  void twentyOfficersUseTheTasklistAtAHundredThousandOpenTasks() throws Exception {
    BenchDatabase database = REUSE == null ? BenchDatabase.create("tasklist") : null;
    String name = database != null ? database.name() : REUSE;
    String url = SERVER + name;
    Map<String, String> environment = environment(url, name);
    BenchNode node = null;
    try {
      if (database != null) {
        seed(environment, url);
      }
      environment.put("CAMUNDA_BPM_JOBEXECUTION_ENABLED", "false");
      node = new BenchNode("mariadb-tasklist", environment);
      node.start("--spring.profiles.active=mariadb");
      BenchHttp http = new BenchHttp(node);
      completeACopiedTriage(http, url);
      long open = count(url, "SELECT COUNT(*) FROM ACT_RU_TASK");
      figures.detail("tasklist_open_tasks", open);
      if (open < OPEN) {
        throw new IllegalStateException(open + " open tasks, fewer than " + OPEN);
      }
      List<TasklistOfficer> officers = officers(http, node);
      Map<String, String> filters = filters(officers.get(0));
      Random random = new Random(20);
      run(officers, filters, OFFICERS * WARM_UP, random, null);
      double[] p95 = new double[ROUNDS];
      for (int round = 0; round < ROUNDS; round++) {
        double[] millis = run(officers, filters, QUERIES, random, figures);
        p95[round] = ScreeningClerksBench.percentile(millis, 95);
        figures.detail("tasklist_round_" + (round + 1), String.format(
            "n=%d p50=%.1f p95=%.1f p99=%.1f max=%.1f ms", millis.length,
            ScreeningClerksBench.percentile(millis, 50), p95[round],
            ScreeningClerksBench.percentile(millis, 99),
            ScreeningClerksBench.percentile(millis, 100)));
      }
      figures.put("tasklist_p95_ms_at_100k_open_20_officers",
          ScreeningClerksBench.percentile(p95, 50));
    } finally {
      if (node != null) {
        node.stop();
      }
      System.out.println(figures.table());
      figures.write(BenchFiles.dir().resolve("results.json"));
      if (database != null && !KEEP) {
        database.close();
      } else if (database != null) {
        System.out.println("[bench] kept database " + name
            + " (-Dprasan.bench.tasklist.database=" + name + ")");
      }
    }
  }

  /** The seed tips through the API, then their rows copied until OPEN tasks are open. */
  private void seed(Map<String, String> environment, String url) throws Exception {
    long start = System.nanoTime();
    EngineRowCopies copies = new EngineRowCopies();
    BenchNode node = new BenchNode("mariadb-tasklist-seed", environment);
    try {
      node.start("--spring.profiles.active=mariadb");
      try (Connection connection = connect(url)) {
        copies.snapshot(connection);
      }
      intake(new BenchHttp(node));
    } finally {
      node.stop();
    }
    double intake = (System.nanoTime() - start) / 1e9;
    long tasks = count(url, "SELECT COUNT(*) FROM ACT_RU_TASK");
    int times = (int) Math.max(0, (OPEN + tasks - 1) / tasks - 1);
    long rows;
    try (Connection connection = connect(url)) {
      rows = copies.copy(connection, times);
      try (Statement statement = connection.createStatement()) {
        statement.execute("SELECT SETVAL(case_number_seq, " + 1000L * (times + 1) + ")");
      }
    }
    figures.detail("tasklist_seed", String.format("%d tips through the API in %.1f s (%d open "
            + "tasks), copied %d times: %d rows in %.1f s", SEED, intake, tasks, times, rows,
        (System.nanoTime() - start) / 1e9 - intake));
  }

  private static void intake(BenchHttp http) throws Exception {
    List<String> sources = new ArrayList<>(SOURCES.values());
    AtomicInteger next = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int client = 0; client < CLIENTS; client++) {
        running.add(clients.submit(() -> {
          for (int tip = next.getAndIncrement(); tip < SEED; tip = next.getAndIncrement()) {
            http.post("rtp-atpd.officer", "/api/tips", TipRequests.aTip()
                    .with("source", sources.get(tip % sources.size()))
                    .with("externalRef", "BENCH-TL-" + tip).build())
                .expect(201, "tip " + tip);
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
  }

  /** A copied triage, claimed and completed by an officer of its agency through the API. */
  private void completeACopiedTriage(BenchHttp http, String url) throws Exception {
    String taskId;
    String group;
    try (Connection connection = connect(url);
         Statement statement = connection.createStatement();
         ResultSet row = statement.executeQuery("""
             SELECT T.ID_, I.GROUP_ID_ FROM ACT_RU_TASK T JOIN ACT_RU_IDENTITYLINK I
               ON I.TASK_ID_ = T.ID_ AND I.TYPE_ = 'candidate'
             WHERE T.TASK_DEF_KEY_ = 'Task_TriageTip' AND T.ASSIGNEE_ IS NULL
               AND T.ID_ LIKE '%-c1' LIMIT 1""")) {
      if (!row.next()) {
        return; // no copies at this size
      }
      taskId = row.getString(1);
      group = row.getString(2);
    }
    String officer = RestCase.userOf(group);
    http.post(officer, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", officer))
        .expect(204, "claim a copied triage");
    Map<String, Object> variables = new LinkedHashMap<>();
    new OfficerAnswers().next("Task_TriageTip")
        .forEach((name, value) -> variables.put(name, Map.of("value", value)));
    http.post(officer, "/engine-rest/task/" + taskId + "/submit-form",
        Map.of("variables", variables)).expect(204, "complete a copied triage");
    figures.detail("tasklist_copied_triage_completed", taskId + " by " + officer);
  }

  /**
   * Twenty officers (7 of rtp-atpd, 7 of rtp-ticac, 6 of mol-dlpw), made by the administrator
   * as an agency would, each with a few of its agency's tasks claimed, logged into the Tasklist.
   */
  private static List<TasklistOfficer> officers(BenchHttp http, BenchNode node) throws Exception {
    List<String> agencies = new ArrayList<>(SOURCES.keySet());
    List<TasklistOfficer> officers = new ArrayList<>();
    for (int number = 0; number < OFFICERS; number++) {
      String agency = agencies.get(number % agencies.size());
      String id = String.format("%s.bench%02d", agency, number + 1);
      if (http.get("admin", "/engine-rest/user/" + id + "/profile").status() == 404) {
        http.post("admin", "/engine-rest/user/create", Map.of(
                "profile", Map.of("id", id, "firstName", "Bench", "lastName", "Officer " + number),
                "credentials", Map.of("password", "demo")))
            .expect(204, "user " + id);
        http.put("admin", "/engine-rest/group/" + agency + "/members/" + id)
            .expect(204, "member " + id);
      }
      JsonNode mine = http.get(id, "/engine-rest/task/count?assignee=" + id)
          .expect(200, "my tasks").body();
      if (mine.path("count").asInt() < 5) {
        for (JsonNode task : http.get(id, "/engine-rest/task?candidateGroup=" + agency
            + "&unassigned=true&firstResult=" + (number * 7) + "&maxResults=5")
            .expect(200, "tasks").body()) {
          http.post(id, "/engine-rest/task/" + task.get("id").asText() + "/claim",
              Map.of("userId", id)).expect(204, "claim");
        }
      }
      officers.add(new TasklistOfficer(node, id).login("demo"));
    }
    return officers;
  }

  /** The agency filters' ids by their English names ("ไทย / English"). */
  private static Map<String, String> filters(TasklistOfficer officer) throws Exception {
    Map<String, String> ids = new LinkedHashMap<>();
    for (JsonNode filter : officer.get("/filter?resourceType=Task")) {
      String name = filter.get("name").asText();
      String english = name.substring(name.indexOf(" / ") + 3);
      ids.put(english, filter.get("id").asText());
    }
    for (String needed : List.of(MY_AGENCY, OVERDUE, DUE_TODAY)) {
      if (!ids.containsKey(needed)) {
        throw new IllegalStateException("No filter " + needed + " in " + ids.keySet());
      }
    }
    return ids;
  }

  /**
   * The officers send {@code queries} queries between them, each after a think time; answers
   * the response times (ms). With {@code figures}, records the My agency counts seen.
   */
  private static double[] run(List<TasklistOfficer> officers, Map<String, String> filters,
                              int queries, Random random, Figures figures) throws Exception {
    double[] millis = new double[queries];
    long[] seeds = random.longs(officers.size()).toArray();
    AtomicInteger next = new AtomicInteger();
    Map<String, Long> counts = new java.util.concurrent.ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(officers.size());
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int index = 0; index < officers.size(); index++) {
        TasklistOfficer officer = officers.get(index);
        Random own = new Random(seeds[index]);
        running.add(pool.submit(() -> {
          for (int query = next.getAndIncrement(); query < queries;
               query = next.getAndIncrement()) {
            Thread.sleep(own.nextInt(THINK_MS + 1));
            String filter = pick(own);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("processVariables", List.of());
            body.put("taskVariables", List.of());
            body.put("caseInstanceVariables", List.of());
            body.put("sorting", List.of(Map.of("sortBy", SORTS[own.nextInt(SORTS.length)],
                "sortOrder", own.nextBoolean() ? "asc" : "desc")));
            if (filter.equals(MY_TASKS)) {
              body.put("assignee", officer.userId());
            }
            int page = own.nextBoolean() ? 0 : 1 + own.nextInt(9);
            String path = "/filter/" + filters.get(filter.equals(MY_TASKS) ? MY_AGENCY : filter)
                + "/list?firstResult=" + page * PAGE + "&maxResults=" + PAGE;
            long start = System.nanoTime();
            JsonNode list = officer.post(path, body, "application/hal+json");
            millis[query] = (System.nanoTime() - start) / 1e6;
            if (filter.equals(MY_AGENCY)) {
              counts.put(officer.userId().substring(0, officer.userId().indexOf('.')),
                  list.path("count").asLong());
            }
          }
          return null;
        }));
      }
      for (Future<?> officer : running) {
        officer.get();
      }
    } finally {
      pool.shutdownNow();
    }
    if (figures != null) {
      figures.detail("tasklist_my_agency_counts", counts.toString());
    }
    return millis;
  }

  /** Half the queries "My agency", the rest the officer's own, overdue and due today. */
  private static String pick(Random random) {
    int roll = random.nextInt(100);
    return roll < 50 ? MY_AGENCY : roll < 70 ? MY_TASKS : roll < 85 ? OVERDUE : DUE_TODAY;
  }

  private static Map<String, String> environment(String url, String name) throws Exception {
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("PRASAN_DB_URL", url);
    environment.put("PRASAN_DB_USER", "root");
    environment.put("PRASAN_DB_PASSWORD", "");
    environment.put("PRASAN_DEMO", "true");
    // The same (synthetic) vault key whenever this database is measured again.
    byte[] vaultKey = MessageDigest.getInstance("SHA-256")
        .digest(("bench " + name).getBytes(StandardCharsets.UTF_8));
    environment.put("PRASAN_VAULT_KEY", java.util.Base64.getEncoder().encodeToString(vaultKey));
    environment.put("PRASAN_VAULT_KEY_ID", "bench");
    return environment;
  }

  private static Connection connect(String url) throws SQLException {
    return DriverManager.getConnection(url + "?useMysqlMetadata=true", "root", "");
  }

  private static long count(String url, String sql) throws SQLException {
    try (Connection connection = connect(url);
         Statement statement = connection.createStatement();
         ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }
}
