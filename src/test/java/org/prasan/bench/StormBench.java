package org.prasan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.prasan.intake.TipRequests;

/**
 * Issue 20's storm with officers working ({@code mvn -Pbench verify}, or
 * {@code -Dit.test=StormBench} alone): 100 officers of rtp-atpd work in the Tasklist, with
 * think time, while 10,000 task clocks fall due at once and a handover list of 7,141 people
 * is imported. docs/benchmarks.md says what each figure is.
 *
 * <p>The set-up once, then each round on a fresh copy of its database (the packaged jar):
 * <ol>
 *   <li>set-up (once, not timed): job executor off, the triage's service level 1 s (as {@code PrasanBench}'s
 *   storm): {@link #TIMERS} tips, whose triage clocks are all due when it stops;
 *   {@link #OFFICERS} users of rtp-atpd made by the administrator; an earlier handover of
 *   {@link #TASKS_EACH} people per officer, whose rights tasks (rtp-atpd's, due in hours) are
 *   dealt out to the officers; the operation the storm's list is imported into;</li>
 *   <li>each round: a new database, a copy of the set-up's, then the storm on it with
 *   production settings, job executor on. From ready: the storm fires, the list of
 *   {@link #PEOPLE} is posted for import, and every officer, after a random part of a think
 *   time, logs into the Tasklist (not timed in the figures: the day starts after the outage)
 *   and works: open the list, think, open a form (the next rights task dealt to him), think,
 *   submit it, think.</li>
 * </ol>
 * Each round ends when all {@link #TIMERS} escalations exist and the import is done; the
 * figures are the median over {@link #ROUNDS} rounds.
 */
class StormBench {

  static final int TIMERS = Integer.getInteger("prasan.bench.storm.timers", 10_000);
  static final int OFFICERS = Integer.getInteger("prasan.bench.storm.officers", 100);
  static final int PEOPLE = Integer.getInteger("prasan.bench.storm.people", 7_141);
  static final int ROUNDS = Integer.getInteger("prasan.bench.storm.rounds", 3);
  /** An officer's think time between two actions: uniform in [mean/2, 3 mean/2]. */
  static final long THINK_MS = Long.getLong("prasan.bench.storm.think-ms", 10_000);
  static final int TASKS_EACH = 6;
  static final int SETUP_CLIENTS = 8;
  static final String AGENCY = "rtp-atpd";
  static final String RIGHTS = "Task_InformScreenedPersonRights";
  static final String ESCALATION = "Task_ReviewOverdueTask";
  /**
   * Development only, to compare settings: {@code KEY=VALUE;KEY=VALUE} added to the storm
   * node's environment, e.g. {@code CAMUNDA_BPM_JOBEXECUTION_MAXPOOLSIZE=2}.
   */
  static final String STORM_ENV = System.getProperty("prasan.bench.storm.env", "");

  /** Set when the round's window ends: the officers stop after their current action. */
  private static volatile boolean stop;
  private final Figures figures = new Figures();

  /** One request or one action of an officer: when it started and how long it took. */
  record Sample(String kind, long start, double millis) {
  }

  /** What one round measured. */
  record Round(double actionP95, double interactiveP95, double stormSeconds, String detail) {
  }

  @Test
  void officersWorkThroughATimerStormAndAnImport() throws Exception {
    long began = System.nanoTime();
    try {
      double[] action = new double[ROUNDS];
      double[] interactive = new double[ROUNDS];
      double[] storm = new double[ROUNDS];
      SetUp setUp = setUp();
      try {
        for (int round = 0; round < ROUNDS; round++) {
          Round measured = round(round, setUp);
          action[round] = measured.actionP95();
          interactive[round] = measured.interactiveP95();
          storm[round] = measured.stormSeconds();
          figures.detail("storm_round_" + (round + 1), measured.detail());
        }
      } finally {
        setUp.database().close();
      }
      figures.put("officer_action_p95_ms_during_storm", median(action));
      figures.put("storm_interactive_p95_ms", median(interactive));
      figures.put("timer_storm_10k_with_officers_s", median(storm));
      figures.detail("storm_bench_s", (System.nanoTime() - began) / 1e9);
    } finally {
      System.out.println(figures.table());
      figures.write(BenchFiles.dir().resolve("results.json"));
    }
  }

  /**
   * What the set-up leaves for every round: the database it filled (copied into each round's
   * own), the nodes' environment (its vault key) and the rights tasks dealt to each officer.
   */
  record SetUp(BenchDatabase database, Map<String, String> environment,
               List<List<String>> dealt, String operationId) {
  }

  /**
   * The un-timed set-up, once for all rounds (issue 20: three set-ups of 10,000 tips each did
   * not fit the class's 10 minutes): one node with its job executor off and the triage's
   * service level 1 s (as {@code PrasanBench}'s storm) takes the tips, the officers and the
   * earlier handover; each round then starts from its own copy of this database
   * ({@link BenchDatabase#copyOf}), so every storm meets the same state a fresh set-up left.
   */
  private SetUp setUp() throws Exception {
    BenchDatabase database = BenchDatabase.create("stormsetup");
    Map<String, String> environment = ScreeningBench.environment(database);
    Map<String, String> clocks = new LinkedHashMap<>(environment);
    clocks.put("CAMUNDA_BPM_JOBEXECUTION_ENABLED", "false");
    clocks.put("SPRING_APPLICATION_JSON", "{\"prasan\":{\"sla\":{\"service-levels\":"
        + "{\"[Task_TriageTip]\":\"1s\"}}}}");
    BenchNode setupNode = new BenchNode("storm-setup", clocks);
    List<String> users = new ArrayList<>();
    List<List<String>> dealt = new ArrayList<>();
    String operationId;
    long setup = System.nanoTime();
    try {
      setupNode.start("--spring.profiles.active=mariadb");
      BenchHttp http = new BenchHttp(setupNode);
      tips(http, TIMERS, "STORM-");
      for (int number = 1; number <= OFFICERS; number++) {
        users.add(officerName(number));
        dealt.add(new ArrayList<>());
      }
      inParallel(users, user -> {
        http.post("admin", "/engine-rest/user/create", Map.of(
                "profile", Map.of("id", user, "firstName", "Officer",
                    "lastName", "Storm"),
                "credentials", Map.of("password", "demo")))
            .expect(204, "user " + user);
        http.put("admin", "/engine-rest/group/" + AGENCY + "/members/" + user)
            .expect(204, "member " + user);
      });
      // The officers' own work: people of an earlier handover to inform of their rights.
      String desk = operation(http, "Bench desk");
      List<Map<String, Object>> deskList = new ArrayList<>();
      for (Map<String, Object> person : ScreeningBench.list(OFFICERS * TASKS_EACH, true)) {
        Map<String, Object> renamed = new LinkedHashMap<>(person);
        renamed.put("listRef", "DESK-" + person.get("listRef"));
        renamed.put("fullName", "Desk " + person.get("fullName"));
        deskList.add(renamed);
      }
      ScreeningBench.importAndWait(http, desk, deskList);
      JsonNode rights = http.get(AGENCY + ".officer", "/engine-rest/task?taskDefinitionKey="
              + RIGHTS + "&firstResult=0&maxResults=" + OFFICERS * TASKS_EACH)
          .expect(200, "rights tasks").body();
      if (rights.size() != OFFICERS * TASKS_EACH) {
        throw new IllegalStateException(rights.size() + " rights tasks for "
            + OFFICERS * TASKS_EACH + " people");
      }
      for (int index = 0; index < rights.size(); index++) {
        dealt.get(index % OFFICERS).add(rights.get(index).get("id").asText());
      }
      operationId = operation(http, "Bench storm");
    } catch (Exception | Error failed) {
      try {
        database.close();
      } catch (java.sql.SQLException notDropped) {
        failed.addSuppressed(notDropped); // the set-up's own failure is the one to see
      }
      throw failed;
    } finally {
      setupNode.stop();
    }
    figures.detail("storm_setup_s", (System.nanoTime() - setup) / 1e9);
    return new SetUp(database, environment, dealt, operationId);
  }

  private static String officerName(int number) {
    return String.format("%s.storm%03d", AGENCY, number);
  }

  private Round round(int round, SetUp setUp) throws Exception {
    String loadBefore = load();
    long copying = System.nanoTime();
    try (BenchDatabase database = BenchDatabase.copyOf(setUp.database(), "storm" + round)) {
      figures.detail("storm_copy_s_round_" + (round + 1), (System.nanoTime() - copying) / 1e9);
      List<TasklistSession> officers = new ArrayList<>();
      for (int number = 1; number <= OFFICERS; number++) {
        officers.add(new TasklistSession(officerName(number)));
      }
      Map<String, String> production = new LinkedHashMap<>(setUp.environment());
      production.put("PRASAN_DB_URL", database.url());
      for (String setting : STORM_ENV.split(";")) {
        if (setting.contains("=")) {
          production.put(setting.substring(0, setting.indexOf('=')),
              setting.substring(setting.indexOf('=') + 1));
        }
      }
      BenchNode stormNode = new BenchNode("storm-" + (round + 1), production);
      try (Connection connection = database.connect()) {
        stormNode.start("--spring.profiles.active=mariadb");
        officers.forEach(officer -> officer.on(stormNode));
        return storm(round, stormNode, connection, officers, setUp.dealt(),
            setUp.operationId(), loadBefore);
      } finally {
        stormNode.stop();
      }
    }
  }

  private static String operation(BenchHttp http, String name) throws Exception {
    return http.post("immigration.officer", "/api/screenings", Map.of(
            "name", name, "site", "ตาก",
            "receivedAt", Instant.now().minus(1, ChronoUnit.HOURS).toString(),
            "handedOverBy", "Bench (synthetic)"))
        .expect(201, "operation").body().get("operationId").asText();
  }

  private Round storm(int round, BenchNode node, Connection connection,
                      List<TasklistSession> officers, List<List<String>> dealt,
                      String operationId, String loadBefore) throws Exception {
    long ready = System.nanoTime();
    double cpu = node.cpuSeconds();
    Queue<Sample> requests = new ConcurrentLinkedQueue<>();
    Queue<Sample> actions = new ConcurrentLinkedQueue<>();
    Queue<String> errors = new ConcurrentLinkedQueue<>();
    AtomicInteger submitted = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(officers.size() + 1);
    List<Future<?>> running = new ArrayList<>();
    long[] importDone = {-1};
    stop = false;
    running.add(pool.submit(() -> {
      BenchHttp http = new BenchHttp(node);
      ScreeningBench.importAndWait(http, operationId, ScreeningBench.list(PEOPLE, false));
      importDone[0] = System.nanoTime();
      return null;
    }));
    for (int index = 0; index < officers.size(); index++) {
      TasklistSession officer = officers.get(index);
      List<String> tasks = dealt.get(index);
      Random random = new Random(1000L * round + index);
      running.add(pool.submit(() -> {
        work(officer, tasks, random, requests, actions, errors, submitted, failed);
        return null;
      }));
    }

    PoolGauges gauges = new PoolGauges(new BenchHttp(node));
    long[] locksBefore = rowLockWaits(connection);
    long stormDone = -1;
    long giveUp = ready + 600_000_000_000L;
    int escalated = 0;
    while (System.nanoTime() < giveUp) {
      if (stormDone < 0) {
        escalated = count(connection, "SELECT COUNT(*) FROM ACT_RU_TASK WHERE TASK_DEF_KEY_ = '"
            + ESCALATION + "'");
        if (escalated >= TIMERS) {
          stormDone = System.nanoTime();
        }
      }
      if (stormDone > 0 && (importDone[0] > 0 || running.get(0).isDone())) {
        break;
      }
      gauges.sampleEverySecond();
      Thread.sleep(250);
    }
    long windowEnd = System.nanoTime();
    long[] locksAfter = rowLockWaits(connection);
    stop = true;
    pool.shutdown();
    if (!pool.awaitTermination(150, TimeUnit.SECONDS)) {
      pool.shutdownNow();
    }
    running.get(0).get(1, TimeUnit.SECONDS); // the import's failure, if any
    double nodeCpu = node.cpuSeconds() - cpu;
    if (stormDone < 0) {
      throw new IllegalStateException("Only " + escalated + " of " + TIMERS
          + " escalations after 600 s");
    }
    if (!errors.isEmpty()) {
      throw new IllegalStateException(errors.size() + " officers' requests failed, e.g. "
          + errors.peek());
    }
    long stormEnd = stormDone;
    double[] inWindow = millis(actions, ready, windowEnd, null);
    double[] inStorm = millis(requests, ready, stormEnd, null);
    String detail = String.format("storm %.1f s, import %.1f s, window %.1f s; actions n=%d"
            + " p50=%.0f p95=%.0f max=%.0f (list p95 %.0f, form p95 %.0f, submit p95 %.0f,"
            + " login p95 %.0f not counted); "
            + "requests in the storm n=%d p50=%.0f p95=%.0f; submitted %d, actions failed (5xx)"
            + " %d; node CPU %.1f s;"
            + " failed jobs %d; %s; InnoDB row lock waits (whole server) %d, %d ms;"
            + " load before %s, after %s",
        (stormDone - ready) / 1e9, (importDone[0] - ready) / 1e9, (windowEnd - ready) / 1e9,
        inWindow.length, percentile(inWindow, 50), percentile(inWindow, 95),
        percentile(inWindow, 100),
        percentile(millis(actions, ready, windowEnd, "list"), 95),
        percentile(millis(actions, ready, windowEnd, "form"), 95),
        percentile(millis(actions, ready, windowEnd, "submit"), 95),
        percentile(millis(actions, ready, windowEnd, "login"), 95),
        inStorm.length, percentile(inStorm, 50), percentile(inStorm, 95), submitted.get(),
        failed.get(),
        nodeCpu, count(connection, "SELECT COUNT(*) FROM ACT_RU_JOB WHERE EXCEPTION_MSG_ IS NOT NULL"),
        gauges, locksAfter[0] - locksBefore[0], locksAfter[1] - locksBefore[1],
        loadBefore, load());
    return new Round(percentile(inWindow, 95), percentile(inStorm, 95),
        (stormDone - ready) / 1e9, detail);
  }

  /**
   * One officer until the window ends: list, think, form, think, submit, think. An answer 5xx
   * (e.g. no database connection within Hikari's 10 s) is what the officer gets: the action
   * counts with its time and as failed, and the officer goes on (a failed login is tried again
   * after a think time, a task whose form or submission failed is left). Any other unexpected
   * answer is a fault of the run and fails it.
   */
  private static void work(TasklistSession officer, List<String> tasks, Random random,
                           Queue<Sample> requests, Queue<Sample> actions, Queue<String> errors,
                           AtomicInteger submitted, AtomicInteger failed) {
    Map<String, Object> listBody = Map.of("processVariables", List.of(), "taskVariables",
        List.of(), "caseInstanceVariables", List.of(), "sorting",
        List.of(Map.of("sortBy", "dueDate", "sortOrder", "asc")));
    try {
      pause(random.nextLong(THINK_MS * 3 / 2)); // the officers do not start in step
      // The day starts after the outage: the Tasklist's login, then its agency filter.
      String[] filterId = {null};
      while (filterId[0] == null && !stop) {
        act(actions, "login", failed, () -> {
          timed(requests, "login", 200, () -> officer.login("demo"));
          filterId[0] = timed(requests, "login-filter", 200, () -> officer.get(
                  "/filter?resourceType=Task&nameLike=%25%2F%20My%20agency"))
              .body().get(0).get("id").asText();
        });
        if (filterId[0] == null) {
          think(random);
        }
      }
      int next = 0;
      while (!stop) {
        act(actions, "list", failed, () -> timed(requests, "list", 200, () -> officer.post(
            "/filter/" + filterId[0] + "/list?firstResult=0&maxResults=15", listBody,
            "application/hal+json")));
        think(random);
        if (next >= tasks.size() || stop) {
          continue; // nothing more dealt: the officer keeps an eye on the list
        }
        String task = tasks.get(next++);
        boolean opened = act(actions, "form", failed, () -> {
          timed(requests, "task", 200, () -> officer.get("/task/" + task));
          timed(requests, "form", 200, () -> officer.get("/task/" + task + "/form"));
          timed(requests, "deployed-form", 200,
              () -> officer.get("/task/" + task + "/deployed-form"));
          timed(requests, "form-variables", 200,
              () -> officer.get("/task/" + task + "/form-variables"));
        });
        think(random);
        if (stop || !opened) {
          continue;
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("interpreterLanguage", Map.of("value", "en"));
        variables.put("rightsInformedAt", Map.of("value",
            Instant.now().minusSeconds(60).toString()));
        if (act(actions, "submit", failed, () -> {
          timed(requests, "claim", 204, () -> officer.post("/task/" + task + "/claim",
              Map.of("userId", officer.user()), "application/json"));
          timed(requests, "submit-form", 204, () -> officer.post("/task/" + task
              + "/submit-form", Map.of("variables", variables), "application/json"));
        })) {
          submitted.incrementAndGet();
        }
        think(random);
      }
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
    } catch (Exception fault) {
      if (!stop) {
        errors.add(officer.user() + ": " + fault.getMessage());
      }
    }
  }

  /** An answer 5xx: the officer saw an error page. */
  private static final class ServerFailure extends Exception {
    ServerFailure(String message) {
      super(message);
    }
  }

  private interface Action {
    void run() throws Exception;
  }

  /** Times one action; answers whether it succeeded (false: a 5xx, counted as failed). */
  private static boolean act(Queue<Sample> actions, String kind, AtomicInteger failed,
                             Action action) throws Exception {
    long start = System.nanoTime();
    boolean succeeded = true;
    try {
      action.run();
    } catch (ServerFailure serverFailed) {
      failed.incrementAndGet();
      succeeded = false;
    }
    actions.add(new Sample(kind, start, (System.nanoTime() - start) / 1e6));
    return succeeded;
  }

  private interface Request {
    BenchHttp.Answer send() throws Exception;
  }

  private static BenchHttp.Answer timed(Queue<Sample> requests, String kind, int expected,
                                        Request request) throws Exception {
    long start = System.nanoTime();
    BenchHttp.Answer answer = request.send();
    requests.add(new Sample(kind, start, (System.nanoTime() - start) / 1e6));
    if (answer.status() >= 500) {
      throw new ServerFailure(kind + ": " + answer.status());
    }
    return answer.expect(expected, kind);
  }

  /** Think time, cut short when the window ends (an action under way is finished). */
  private static void think(Random random) throws InterruptedException {
    pause(THINK_MS / 2 + random.nextLong(THINK_MS));
  }

  private static void pause(long millis) throws InterruptedException {
    long until = System.nanoTime() + millis * 1_000_000;
    while (!stop && System.nanoTime() < until) {
      Thread.sleep(Math.min(100, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
    }
  }

  /** Tips from 8 clients, each with its own reference and phone (as PrasanBench's intake). */
  private static void tips(BenchHttp http, int tips, String prefix) throws Exception {
    AtomicInteger next = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(SETUP_CLIENTS);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int client = 0; client < SETUP_CLIENTS; client++) {
        running.add(clients.submit(() -> {
          for (int tip = next.getAndIncrement(); tip < tips; tip = next.getAndIncrement()) {
            http.post("rtp-atpd.officer", "/api/tips", TipRequests.aTip()
                .with("externalRef", prefix + tip).build()).expect(201, "tip " + tip);
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

  private interface Work {
    void on(String user) throws Exception;
  }

  private static void inParallel(List<String> users, Work work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(SETUP_CLIENTS);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (String officer : users) {
        running.add(pool.submit(() -> {
          work.on(officer);
          return null;
        }));
      }
      for (Future<?> one : running) {
        one.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The samples of a kind (null: all but the logins') that started in [from, to), in ms. */
  private static double[] millis(Queue<Sample> samples, long from, long to, String kind) {
    return samples.stream().filter(sample -> sample.start() >= from && sample.start() < to
            && (kind == null ? !sample.kind().startsWith("login") : kind.equals(sample.kind())))
        .mapToDouble(Sample::millis).toArray();
  }

  static double percentile(double[] values, double p) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  private static double median(double[] values) {
    return percentile(values, 50);
  }

  private static String load() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + "/" + fields[1];
    } catch (java.io.IOException unreadable) {
      return "?";
    }
  }

  /** InnoDB's row lock waits and their time (ms) so far, server-wide. */
  private static long[] rowLockWaits(Connection connection) throws java.sql.SQLException {
    long[] waits = new long[2];
    try (PreparedStatement statement = connection.prepareStatement("SHOW GLOBAL STATUS WHERE "
        + "Variable_name IN ('Innodb_row_lock_waits', 'Innodb_row_lock_time')");
         ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        waits[rows.getString(1).endsWith("waits") ? 0 : 1] = rows.getLong(2);
      }
    }
    return waits;
  }

  /**
   * The node's own gauges once a second during the storm ({@code /actuator/prometheus} as the
   * administrator): requests waiting for a database connection, connections in use, busy web
   * threads, runnable JVM threads.
   */
  static final class PoolGauges {
    private static final String[] NAMES = {"hikaricp_connections_pending{",
        "hikaricp_connections_active{", "tomcat_threads_busy_threads{",
        "jvm_threads_states_threads{state=\"runnable\""};
    private final BenchHttp http;
    private final double[] sum = new double[NAMES.length];
    private final double[] max = new double[NAMES.length];
    private int samples;
    private long last;

    PoolGauges(BenchHttp http) {
      this.http = http;
    }

    void sampleEverySecond() {
      if (System.nanoTime() - last < 1_000_000_000L) {
        return;
      }
      last = System.nanoTime();
      try {
        JsonNode text = http.get("admin", "/actuator/prometheus").body();
        double[] values = new double[NAMES.length];
        for (String line : text.asText().split("\n")) {
          for (int index = 0; index < NAMES.length; index++) {
            if (line.startsWith(NAMES[index]) || line.startsWith(NAMES[index].replace("{", " "))) {
              values[index] += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
          }
        }
        for (int index = 0; index < NAMES.length; index++) {
          sum[index] += values[index];
          max[index] = Math.max(max[index], values[index]);
        }
        samples++;
      } catch (Exception unavailable) {
        // a gauge missed under load is not a failure of the run
      }
    }

    @Override
    public String toString() {
      String[] labels = {"connections pending", "connections active", "busy web threads",
          "runnable JVM threads"};
      StringBuilder text = new StringBuilder("node gauges (" + samples + " s, mean/max):");
      for (int index = 0; index < NAMES.length; index++) {
        text.append(String.format(" %s %.1f/%.0f", labels[index],
            samples == 0 ? Double.NaN : sum[index] / samples, max[index]));
      }
      return text.toString();
    }
  }

  private static int count(Connection connection, String sql) throws java.sql.SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql);
         ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getInt(1);
    }
  }
}
