package org.prasan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.prasan.agency.AgencyRegistry;
import org.prasan.casefile.OfficerAnswers;
import org.prasan.intake.TipRequests;

/**
 * Issue 20's machine-independent figures ({@code mvn -Pbench verify}, or
 * {@code -Dit.test=RoundTripsBench} alone): how many statements the database answers per tip
 * and per user task, on the path users take: the packaged jar on MariaDB (profile
 * {@code mariadb}, authorizations on), over HTTP, each request signed in with HTTP Basic as
 * the officer of the task's agency. The node's connections run through {@link DatabaseWire},
 * which counts every command the node sends, so other work on the shared server is not
 * counted.
 *
 * <p>One client, one request at a time, and the counts are taken right before and after each
 * request, so each statement is put on the request that caused it (background work of the
 * node, e.g. the metrics' recount every 30 s, counts only if it happens to run during a
 * request; its rate when idle is reported as {@code round_trips_idle_per_minute}). A tip is
 * {@code POST /api/tips}; a task is what the lifecycle bench does per task (the Tasklist's
 * list, the task's identity links, its deployed form, claim, submit-form; AMLO's system answering
 * the case's asset trace is counted apart, as "asset trace"). Three measured runs
 * after a warm-up (20 tips; one whole case, tip to judgment), median of the three.
 */
class RoundTripsBench {

  static final int TIPS_PER_RUN = Integer.getInteger("prasan.bench.trips.tips", 20);
  static final int RUNS = 3;
  static final int MAX_TASKS = 200;
  static final int BREAKDOWN_LINES = 30;

  private final Figures figures = new Figures();

  @Test
  void roundTripsPerTipAndPerTask() throws Exception {
    try (BenchDatabase database = BenchDatabase.create("trips");
         DatabaseWire wire = new DatabaseWire("127.0.0.1", 3306)) {
      Map<String, String> environment = PrasanBench.mariaDb(database);
      environment.put("PRASAN_DB_URL", "jdbc:mariadb://127.0.0.1:" + wire.port() + "/"
          + database.name());
      BenchNode node = new BenchNode("mariadb-round-trips", environment);
      try {
        node.start("--spring.profiles.active=mariadb");
        BenchHttp http = new BenchHttp(node);
        Counted counted = new Counted(wire);

        tips(http, counted, TIPS_PER_RUN);
        new CountedCase(http, counted).work();
        counted.clear();

        Map<String, Long> idleBefore = wire.snapshot();
        Thread.sleep(60_000);
        figures.detail("round_trips_idle_per_minute", DatabaseWire.delta(idleBefore,
            wire.snapshot()).getOrDefault(DatabaseWire.ROUND_TRIPS, 0L));

        List<Double> perTip = new ArrayList<>();
        List<Double> commitsPerTip = new ArrayList<>();
        List<Double> perTask = new ArrayList<>();
        List<Double> commitsPerTask = new ArrayList<>();
        Map<String, Long> tipBreakdown = new TreeMap<>();
        Map<String, Long> taskBreakdown = new TreeMap<>();
        Map<String, Long> taskRequests = new TreeMap<>();
        Map<String, Long> taskRequestStatements = new TreeMap<>();
        int tipsCounted = 0;
        int tasksCounted = 0;
        for (int run = 0; run < RUNS; run++) {
          counted.clear();
          tips(http, counted, TIPS_PER_RUN);
          Map<String, Long> tip = counted.total();
          perTip.add(per(tip, DatabaseWire.ROUND_TRIPS, TIPS_PER_RUN));
          commitsPerTip.add(per(tip, DatabaseWire.COMMITS, TIPS_PER_RUN));
          tip.forEach((name, count) -> tipBreakdown.merge(name, count, Long::sum));
          tipsCounted += TIPS_PER_RUN;

          counted.clear();
          int tasks = new CountedCase(http, counted).work();
          Map<String, Long> task = counted.totalWithout("tip", "case status", "asset trace");
          perTask.add(per(task, DatabaseWire.ROUND_TRIPS, tasks));
          commitsPerTask.add(per(task, DatabaseWire.COMMITS, tasks));
          task.forEach((name, count) -> taskBreakdown.merge(name, count, Long::sum));
          counted.byRequest().forEach((request, count) ->
              taskRequests.merge(request, count, Long::sum));
          counted.byRequestAndStatement().forEach((name, count) ->
              taskRequestStatements.merge(name, count, Long::sum));
          tasksCounted += tasks;
          figures.detail("round_trips_run_" + (run + 1), String.format(
              "tip %.1f (%.2f commits), task %.1f (%.2f commits), %d tasks",
              perTip.get(run), commitsPerTip.get(run), perTask.get(run),
              commitsPerTask.get(run), tasks));
        }
        figures.put("round_trips_per_tip", median(perTip));
        figures.put("commits_per_tip", median(commitsPerTip));
        figures.put("round_trips_per_task", median(perTask));
        figures.put("commits_per_task", median(commitsPerTask));
        figures.detail("round_trips_per_tip_by_statement", top(tipBreakdown, tipsCounted));
        figures.detail("round_trips_per_task_by_statement", top(taskBreakdown, tasksCounted));
        Map<String, Double> requests = new LinkedHashMap<>();
        for (Map.Entry<String, Long> request : taskRequests.entrySet()) {
          requests.put(request.getKey(),
              Figures.round((double) request.getValue() / tasksCounted));
        }
        figures.detail("round_trips_per_task_by_request", requests);
        figures.detail("round_trips_per_task_by_request_and_statement",
            top(taskRequestStatements, tasksCounted, 60));
      } finally {
        node.stop();
      }
    } finally {
      System.out.println(figures.table());
      figures.write(BenchFiles.dir().resolve("results.json"));
    }
  }

  private static void tips(BenchHttp http, Counted counted, int tips) throws Exception {
    for (int tip = 0; tip < tips; tip++) {
      counted.request("tip", () -> http.post("rtp-atpd.officer", "/api/tips",
          TipRequests.aTip().build()).expect(201, "tip"));
    }
  }

  private static double per(Map<String, Long> counts, String name, int units) {
    return (double) counts.getOrDefault(name, 0L) / units;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  /** The statements most asked per unit, e.g. {"select ACT_RU_AUTHORIZATION": 12.4}. */
  private static Map<String, Double> top(Map<String, Long> counts, int units) {
    return top(counts, units, BREAKDOWN_LINES);
  }

  private static Map<String, Double> top(Map<String, Long> counts, int units, int lines) {
    Map<String, Double> top = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
        .limit(lines)
        .forEach(entry -> top.put(entry.getKey(),
            Figures.round((double) entry.getValue() / units)));
    return top;
  }

  /** Counts per kind of request: the wire's counts between the start and end of each. */
  private static final class Counted {

    private final DatabaseWire wire;
    private final Map<String, Map<String, Long>> byRequest = new LinkedHashMap<>();

    Counted(DatabaseWire wire) {
      this.wire = wire;
    }

    <T> T request(String kind, Callable<T> call) throws Exception {
      Map<String, Long> before = wire.snapshot();
      T answer = call.call();
      DatabaseWire.delta(before, wire.snapshot()).forEach((name, count) ->
          byRequest.computeIfAbsent(kind, key -> new TreeMap<>()).merge(name, count, Long::sum));
      return answer;
    }

    void clear() {
      byRequest.clear();
    }

    Map<String, Long> total() {
      return totalWithout();
    }

    Map<String, Long> totalWithout(String... kinds) {
      Map<String, Long> total = new TreeMap<>();
      byRequest.forEach((kind, counts) -> {
        if (!List.of(kinds).contains(kind)) {
          counts.forEach((name, count) -> total.merge(name, count, Long::sum));
        }
      });
      return total;
    }

    /** Counts by kind of request and statement, e.g. "claim: select ACT_RU_TASK". */
    Map<String, Long> byRequestAndStatement() {
      Map<String, Long> counts = new TreeMap<>();
      byRequest.forEach((kind, statements) -> statements.forEach((name, count) -> {
        if (!name.equals(DatabaseWire.ROUND_TRIPS) && !name.equals(DatabaseWire.COMMITS)) {
          counts.put(kind + ": " + name, count);
        }
      }));
      return counts;
    }

    /** Round trips by kind of request. */
    Map<String, Long> byRequest() {
      Map<String, Long> trips = new TreeMap<>();
      byRequest.forEach((kind, counts) ->
          trips.put(kind, counts.getOrDefault(DatabaseWire.ROUND_TRIPS, 0L)));
      return trips;
    }
  }

  /** {@link RestCase}'s whole case, one request at a time, each counted. */
  private record CountedCase(BenchHttp http, Counted counted) {

    int work() throws Exception {
      String caseId = counted.request("tip", () -> http.post("rtp-atpd.officer", "/api/tips",
          TipRequests.aTip().build()).expect(201, "tip")).body().get("caseId").asText();
      OfficerAnswers answers = new OfficerAnswers();
      for (int tasks = 0; tasks < MAX_TASKS; tasks++) {
        JsonNode open = counted.request("list", () -> http.get(AgencyRegistry.COORDINATOR,
            "/engine-rest/task?processInstanceBusinessKey=" + caseId
                + "&sortBy=created&sortOrder=asc&firstResult=0&maxResults=1")
            .expect(200, "tasks of " + caseId)).body();
        if (open.isEmpty() && counted.request("asset trace", () -> AssetTraces.answer(http,
            caseId)) > 0) {
          tasks--;
          continue;
        }
        if (open.isEmpty()) {
          String status = counted.request("case status", () -> http.get(
              AgencyRegistry.COORDINATOR, "/api/cases/" + caseId).expect(200, caseId))
              .body().get("status").asText();
          if (!"CLOSED".equals(status)) {
            throw new IllegalStateException(caseId + " has no open task but is " + status);
          }
          return tasks;
        }
        JsonNode task = open.get(0);
        String id = task.get("id").asText();
        JsonNode links = counted.request("links", () -> http.get(AgencyRegistry.COORDINATOR,
            "/engine-rest/task/" + id + "/identity-links").expect(200, "links")).body();
        String officer = officerOf(id, links);
        counted.request("form", () -> http.get(officer,
            "/engine-rest/task/" + id + "/deployed-form").expect(200, "form"));
        counted.request("claim", () -> http.post(officer, "/engine-rest/task/" + id + "/claim",
            Map.of("userId", officer)).expect(204, "claim"));
        Map<String, Object> variables = new LinkedHashMap<>();
        answers.next(task.get("taskDefinitionKey").asText())
            .forEach((name, value) -> variables.put(name, Map.of("value", value)));
        counted.request("submit", () -> http.post(officer, "/engine-rest/task/" + id
            + "/submit-form", Map.of("variables", variables))
            .expect(204, "submit " + task.get("taskDefinitionKey")));
      }
      throw new IllegalStateException(caseId + " not closed after " + MAX_TASKS + " tasks");
    }

    private static String officerOf(String taskId, JsonNode links) {
      for (JsonNode link : links) {
        if ("candidate".equals(link.get("type").asText()) && link.hasNonNull("groupId")) {
          return RestCase.userOf(link.get("groupId").asText());
        }
      }
      throw new IllegalStateException("task " + taskId + " has no candidate group");
    }
  }
}
