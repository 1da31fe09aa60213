package org.prasan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Issue 17's clerks benchmark ({@code mvn -Pbench verify}, or
 * {@code -Dit.test=ScreeningClerksBench} alone): 20 MDT clerks record screening outcomes at
 * once on the packaged jar on MariaDB, as users do: over HTTP, each clerk a user of the
 * {@code mdt} group signed in with its own password (HTTP Basic, as the other benches), the
 * engine's authorizations on. Each outcome is the Tasklist's two requests, claim then
 * submit-form with the screening form's fields; its time is both together.
 *
 * <p>Not timed: a list of people is imported and each brought to the MDT screening through the
 * same APIs (the police officer informs them of their rights, Immigration's and the police's
 * systems take their checks as external tasks). Then one warm-up round and {@link #ROUNDS}
 * measured rounds of {@link #OUTCOMES} outcomes, each round's tasks shuffled among the clerks.
 * Figures: the median over the rounds of the p95 ({@code screening_clerks_p95_ms}) and of the
 * p95 of the round's last tenth of outcomes over its first tenth, in the order they were sent
 * ({@code screening_clerks_p95_growth}).
 */
class ScreeningClerksBench {

  static final int CLERKS = 20;
  static final int ROUNDS = 3;
  static final int OUTCOMES = Integer.getInteger("prasan.bench.clerks.outcomes", 400);
  static final int WARM_UP = Math.max(CLERKS, OUTCOMES / 4);
  static final int SETUP_CLIENTS = 8;
  /**
   * {@code -Dprasan.bench.clerks.wire=true}: the node's connections run through
   * {@link DatabaseWire}, and before the warm-up {@link #COUNTED} outcomes are recorded one at a
   * time, their statements counted per claim and per submit (details only; the relay costs
   * time, so the timed figures of such a run are not comparable with a run without it).
   */
  static final boolean WIRE = Boolean.getBoolean("prasan.bench.clerks.wire");
  static final int COUNTED = 20;
  private static final String RIGHTS_TASK = "Task_InformScreenedPersonRights";
  private static final String SCREEN_ADULT = "Task_ScreenPerson";
  private static final String SCREEN_CHILD = "Task_ScreenChildPerson";
  private static final String[] OUTCOME_CHOICES = {"VICTIM", "NOT_VICTIM"};

  private final Figures figures = new Figures();

  @Test
  void twentyClerksRecordOutcomesAtOnce() throws Exception {
    int counted = WIRE ? COUNTED : 0;
    int people = counted + WARM_UP + ROUNDS * OUTCOMES;
    try (BenchDatabase database = BenchDatabase.create("clerks");
         DatabaseWire wire = WIRE ? new DatabaseWire("127.0.0.1", 3306) : null) {
      Map<String, String> environment = ScreeningBench.environment(database);
      if (wire != null) {
        environment.put("PRASAN_DB_URL", "jdbc:mariadb://127.0.0.1:" + wire.port() + "/"
            + database.name());
      }
      BenchNode node = new BenchNode("mariadb-clerks", environment);
      try {
        node.start("--spring.profiles.active=mariadb");
        BenchHttp http = new BenchHttp(node);
        List<String> clerks = clerks(http);
        long setup = System.nanoTime();
        String operationId = http.post("immigration.officer", "/api/screenings", Map.of(
                "name", "Bench clerks", "site", "ตาก",
                "receivedAt", Instant.now().minus(1, ChronoUnit.HOURS).toString(),
                "handedOverBy", "Bench (synthetic)"))
            .expect(201, "operation").body().get("operationId").asText();
        ScreeningBench.importAndWait(http, operationId, ScreeningBench.list(people, true));
        informOfRights(http, people);
        completeChecks(http, "immigration.system", "immigration-status-check",
            Map.of("immigrationStatus", Map.of("value", "LEFT_IRREGULARLY")), people);
        completeChecks(http, "rtp-atpd.system", "police-warrant-check",
            Map.of("warrantHit", Map.of("value", false, "type", "Boolean")), people);
        List<JsonNode> screenings = screenings(http, people);
        figures.detail("screening_clerks_setup_s", (System.nanoTime() - setup) / 1e9);

        Random random = new Random(20);
        List<JsonNode> queue = new ArrayList<>(screenings);
        Collections.shuffle(queue, random);
        if (wire != null) {
          countStatements(http, wire, clerks.get(0), queue.subList(0, counted), random);
        }
        record(http, clerks, queue.subList(counted, counted + WARM_UP), random);
        double[] p95 = new double[ROUNDS];
        double[] growth = new double[ROUNDS];
        double cpu = node.cpuSeconds();
        for (int round = 0; round < ROUNDS; round++) {
          int from = counted + WARM_UP + round * OUTCOMES;
          Round measured = record(http, clerks, queue.subList(from, from + OUTCOMES), random);
          p95[round] = measured.p95();
          growth[round] = measured.growth();
          figures.detail("screening_clerks_round_" + (round + 1), measured.toString());
        }
        // The node's own CPU per outcome (claim and submit): on a shared machine a figure of
        // the work that other processes move less than the wall clock.
        figures.detail("screening_clerks_node_cpu_ms_per_outcome",
            (node.cpuSeconds() - cpu) * 1000 / (ROUNDS * OUTCOMES));
        figures.put("screening_clerks_p95_ms", median(p95));
        figures.put("screening_clerks_p95_growth", median(growth));
        JsonNode counts = http.get("coordinator", "/api/screenings/" + operationId)
            .expect(200, "counts").body();
        figures.detail("screening_clerks_screened", counts.path("screened").asInt());
        if (counts.path("screened").asInt() != people) {
          throw new IllegalStateException("Not every outcome was counted: " + counts);
        }
      } finally {
        node.stop();
        System.out.println(figures.table());
        figures.write(BenchFiles.dir().resolve("results.json"));
      }
    }
  }

  /**
   * One clerk records outcomes one at a time; the wire's counts right before and after each
   * request put each statement on its claim or submit (as {@link RoundTripsBench} does).
   */
  private void countStatements(BenchHttp http, DatabaseWire wire, String clerk,
                               List<JsonNode> tasks, Random random) throws Exception {
    Map<String, Long> claims = new java.util.TreeMap<>();
    Map<String, Long> submits = new java.util.TreeMap<>();
    for (JsonNode task : tasks) {
      String id = task.get("id").asText();
      String outcome = OUTCOME_CHOICES[random.nextInt(OUTCOME_CHOICES.length)];
      Map<String, Long> before = wire.snapshot();
      http.post(clerk, "/engine-rest/task/" + id + "/claim", Map.of("userId", clerk))
          .expect(204, "claim");
      Map<String, Long> claimed = wire.snapshot();
      http.post(clerk, "/engine-rest/task/" + id + "/submit-form", Map.of("variables",
              outcome(task.get("taskDefinitionKey").asText(), outcome)))
          .expect(204, "outcome");
      DatabaseWire.delta(before, claimed).forEach((name, n) -> claims.merge(name, n, Long::sum));
      DatabaseWire.delta(claimed, wire.snapshot())
          .forEach((name, n) -> submits.merge(name, n, Long::sum));
    }
    figures.detail("screening_clerks_claim_statements", perOutcome(claims, tasks.size()));
    figures.detail("screening_clerks_submit_statements", perOutcome(submits, tasks.size()));
  }

  /** Per outcome, most asked first, round trips and commits at the top. */
  private static Map<String, Double> perOutcome(Map<String, Long> counts, int outcomes) {
    Map<String, Double> per = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(entry -> per.put(entry.getKey(),
            Figures.round((double) entry.getValue() / outcomes)));
    return per;
  }

  /** Twenty users of the mdt group, made by the administrator as an agency would. */
  private static List<String> clerks(BenchHttp http) throws Exception {
    List<String> clerks = new ArrayList<>();
    for (int number = 1; number <= CLERKS; number++) {
      String id = String.format("mdt.clerk%02d", number);
      http.post("admin", "/engine-rest/user/create", Map.of(
              "profile", Map.of("id", id, "firstName", "Clerk", "lastName", "MDT " + number),
              "credentials", Map.of("password", "demo")))
          .expect(204, "user " + id);
      http.put("admin", "/engine-rest/group/mdt/members/" + id).expect(204, "member " + id);
      clerks.add(id);
    }
    return clerks;
  }

  /** The police officer informs each person of their rights, with an English interpreter. */
  private static void informOfRights(BenchHttp http, int people) throws Exception {
    List<JsonNode> tasks = tasks(http, "rtp-atpd.officer", RIGHTS_TASK, people);
    inParallel(tasks, task -> {
      String id = task.get("id").asText();
      http.post("rtp-atpd.officer", "/engine-rest/task/" + id + "/claim",
          Map.of("userId", "rtp-atpd.officer")).expect(204, "claim rights");
      http.post("rtp-atpd.officer", "/engine-rest/task/" + id + "/submit-form", Map.of(
              "variables", Map.of("interpreterLanguage", Map.of("value", "en"),
                  "rightsInformedAt", Map.of("value",
                      Instant.now().minusSeconds(60).toString()))))
          .expect(204, "rights");
    });
  }

  /** An agency's system takes its checks, 100 at a time, and answers each. */
  private static void completeChecks(BenchHttp http, String system, String topic,
                                     Map<String, Object> answer, int people) throws Exception {
    int done = 0;
    while (done < people) {
      JsonNode locked = http.post(system, "/engine-rest/external-task/fetchAndLock", Map.of(
              "workerId", system, "maxTasks", 100, "topics",
              List.of(Map.of("topicName", topic, "lockDuration", 600_000))))
          .expect(200, "fetch " + topic).body();
      if (locked.isEmpty()) {
        Thread.sleep(100); // the rights just submitted may still be reaching the check
        continue;
      }
      List<JsonNode> checks = new ArrayList<>();
      locked.forEach(checks::add);
      inParallel(checks, check -> http.post(system, "/engine-rest/external-task/"
              + check.get("id").asText() + "/complete",
          Map.of("workerId", system, "variables", answer)).expect(204, "check " + topic));
      done += checks.size();
    }
  }

  private static List<JsonNode> screenings(BenchHttp http, int people) throws Exception {
    List<JsonNode> screenings = new ArrayList<>(tasks(http, "mdt.officer", SCREEN_ADULT, people));
    screenings.addAll(tasks(http, "mdt.officer", SCREEN_CHILD, people));
    if (screenings.size() != people) {
      throw new IllegalStateException(screenings.size() + " screenings for " + people
          + " people");
    }
    return screenings;
  }

  private static List<JsonNode> tasks(BenchHttp http, String user, String key, int max)
      throws Exception {
    List<JsonNode> tasks = new ArrayList<>();
    http.get(user, "/engine-rest/task?taskDefinitionKey=" + key + "&firstResult=0&maxResults="
        + max).expect(200, "tasks " + key).body().forEach(tasks::add);
    return tasks;
  }

  /** The clerks take the tasks in the given order, each the next free one, all at once. */
  private static Round record(BenchHttp http, List<String> clerks, List<JsonNode> tasks,
                              Random random) throws Exception {
    long[] sent = new long[tasks.size()];
    double[] millis = new double[tasks.size()];
    String[] outcomes = new String[tasks.size()];
    for (int index = 0; index < tasks.size(); index++) {
      outcomes[index] = OUTCOME_CHOICES[random.nextInt(OUTCOME_CHOICES.length)];
    }
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clerks.size());
    try {
      List<Future<?>> running = new ArrayList<>();
      for (String clerk : clerks) {
        running.add(pool.submit(() -> {
          for (int index = next.getAndIncrement(); index < tasks.size();
               index = next.getAndIncrement()) {
            JsonNode task = tasks.get(index);
            String id = task.get("id").asText();
            long start = System.nanoTime();
            http.post(clerk, "/engine-rest/task/" + id + "/claim", Map.of("userId", clerk))
                .expect(204, "claim");
            http.post(clerk, "/engine-rest/task/" + id + "/submit-form", Map.of("variables",
                    outcome(task.get("taskDefinitionKey").asText(), outcomes[index])))
                .expect(204, "outcome");
            millis[index] = (System.nanoTime() - start) / 1e6;
            sent[index] = start;
          }
          return null;
        }));
      }
      for (Future<?> clerk : running) {
        clerk.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return new Round(sent, millis);
  }

  private static Map<String, Object> outcome(String taskKey, String outcome) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("indicatorDeceptiveRecruitment", Map.of("value", true));
    variables.put("indicatorDocumentsConfiscated", Map.of("value", true));
    variables.put("exploitationSector", Map.of("value", "ONLINE_FRAUD"));
    variables.put("screeningOutcome", Map.of("value", outcome));
    if (SCREEN_CHILD.equals(taskKey)) {
      variables.put("childSuitableRoom", Map.of("value", true));
      variables.put("psychologistOrSocialWorkerPresent", Map.of("value", true));
      variables.put("prosecutorPresent", Map.of("value", true));
    }
    return variables;
  }

  /** One measured round: each outcome's start and time. */
  record Round(long[] sent, double[] millis) {

    double p95() {
      return percentile(millis, 95);
    }

    /** p95 of the last tenth of outcomes sent over the p95 of the first tenth. */
    double growth() {
      Integer[] order = new Integer[sent.length];
      for (int index = 0; index < order.length; index++) {
        order[index] = index;
      }
      Arrays.sort(order, (a, b) -> Long.compare(sent[a], sent[b]));
      int tenth = Math.max(1, sent.length / 10);
      double[] first = new double[tenth];
      double[] last = new double[tenth];
      for (int index = 0; index < tenth; index++) {
        first[index] = millis[order[index]];
        last[index] = millis[order[order.length - tenth + index]];
      }
      return percentile(last, 95) / percentile(first, 95);
    }

    @Override
    public String toString() {
      return String.format("n=%d p50=%.1f p95=%.1f max=%.1f ms, p95 growth %.2f", millis.length,
          percentile(millis, 50), p95(), percentile(millis, 100), growth());
    }
  }

  private interface Work {
    void on(JsonNode item) throws Exception;
  }

  private static void inParallel(List<JsonNode> items, Work work) throws Exception {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(SETUP_CLIENTS);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int client = 0; client < SETUP_CLIENTS; client++) {
        running.add(pool.submit(() -> {
          for (int index = next.getAndIncrement(); index < items.size();
               index = next.getAndIncrement()) {
            work.on(items.get(index));
          }
          return null;
        }));
      }
      for (Future<?> client : running) {
        client.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  static double percentile(double[] values, double p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  private static double median(double[] values) {
    return percentile(values, 50);
  }
}
