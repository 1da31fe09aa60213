package org.prasan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of issue 8 with their goals: printed as a table and written to
 * {@code target/bench/results.json} (each figure a plain number at the top level, the goals
 * and the details behind them in objects of their own).
 */
final class Figures {

  /** A goal: at least or at most a value. */
  record Goal(boolean atLeast, double value) {
    boolean met(double figure) {
      return atLeast ? figure >= value : figure <= value;
    }

    @Override
    public String toString() {
      return (atLeast ? ">= " : "<= ") + trim(value);
    }
  }

  static final Map<String, Goal> GOALS = new LinkedHashMap<>();

  static {
    // Issue 20 restates issue 8's intake, start-up and memory goals: these are issue 20's.
    GOALS.put("intake_mariadb_tips_per_s", new Goal(true, 250));
    GOALS.put("intake_mariadb_p95_ms", new Goal(false, 60));
    GOALS.put("tasklist_query_p95_ms_at_10k_open", new Goal(false, 50));
    GOALS.put("timer_storm_10k_all_escalated_s", new Goal(false, 60));
    GOALS.put("lifecycle_h2_tasks_per_s", new Goal(true, 400));
    GOALS.put("lifecycle_h2_cases_per_s", null);
    GOALS.put("lifecycle_mariadb_tasks_per_s", new Goal(true, 200));
    GOALS.put("lifecycle_mariadb_cases_per_s", null);
    // Issue 20 (OverheadBench) replaces issue 8's overhead_vs_bare_engine_ratio: seconds per
    // task over the bare engine's, on MariaDB, Prasan signed in through the Java API and REST.
    GOALS.put("api_vs_bare_engine_ratio", new Goal(false, 1.15));
    GOALS.put("rest_vs_bare_engine_ratio", new Goal(false, 1.5));
    GOALS.put("identifier_match_p95_ms_at_1m", new Goal(false, 5));
    GOALS.put("startup_s", new Goal(false, 12));
    GOALS.put("rss_mb_after_intake", new Goal(false, 512));
    // Issue 20 (RoundTripsBench): statements the database answers, per tip and per task.
    GOALS.put("round_trips_per_tip", new Goal(false, 40));
    GOALS.put("commits_per_tip", null);
    GOALS.put("round_trips_per_task", new Goal(false, 80));
    GOALS.put("commits_per_task", null);
    // Issue 20 (SharedIdentifierBench): a tip whose phone is already on 1,000 cases.
    GOALS.put("shared_identifier_tip_p95_ms", new Goal(false, 100));
    // Issue 17 (ScreeningBench): a 7,141-person handover list, until every hold runs.
    GOALS.put("screening_7141_import_s", new Goal(false, 60));
    // Issue 17 (ScreeningBench): MDT officers' queues with 10,000 people waiting; the goal is
    // issue 20's for the Tasklist (tasklist_p95_ms_at_100k_open_20_officers <= 100).
    GOALS.put("screening_queue_p95_ms_at_10k_open", new Goal(false, 100));
    // Issue 17 (ScreeningClerksBench): 20 clerks recording screening outcomes at once.
    GOALS.put("screening_clerks_p95_ms", new Goal(false, 300));
    GOALS.put("screening_clerks_p95_growth", new Goal(false, 1.5));
    // Issue 20 (StormBench): 100 officers in the Tasklist during a 10,000-timer storm and an
    // import; the storm's time with them (PrasanBench's timer_storm_10k_all_escalated_s is
    // the storm alone).
    GOALS.put("officer_action_p95_ms_during_storm", new Goal(false, 500));
    GOALS.put("storm_interactive_p95_ms", new Goal(false, 1000));
    GOALS.put("timer_storm_10k_with_officers_s", new Goal(false, 60));
    // Issue 20 (TasklistBench): 20 officers in the Tasklist at 100,000 open tasks.
    GOALS.put("tasklist_p95_ms_at_100k_open_20_officers", new Goal(false, 100));
  }

  private final Map<String, Double> values = new LinkedHashMap<>();
  private final Map<String, Object> details = new LinkedHashMap<>();

  void put(String name, double value) {
    if (!GOALS.containsKey(name)) {
      throw new IllegalArgumentException("Not a figure of issue 8: " + name);
    }
    values.put(name, round(value));
    System.out.printf("[bench] %s = %s%n", name, trim(round(value)));
  }

  void detail(String name, Object value) {
    details.put(name, value instanceof Double number ? round(number) : value);
    System.out.printf("[bench] (%s: %s)%n", name, value);
  }

  String table() {
    StringBuilder table = new StringBuilder(String.format("%n| %-36s | %10s | %9s | %-4s |%n",
        "figure", "value", "goal", "met"));
    table.append("|").append("-".repeat(38)).append("|").append("-".repeat(12)).append("|")
        .append("-".repeat(11)).append("|").append("-".repeat(6)).append("|\n");
    GOALS.forEach((name, goal) -> {
      Double value = values.get(name);
      table.append(String.format("| %-36s | %10s | %9s | %-4s |%n", name,
          value == null ? "not run" : trim(value), goal == null ? "" : goal,
          goal == null || value == null ? "" : goal.met(value) ? "yes" : "NO"));
    });
    return table.toString();
  }

  /** Writes this run's figures, keeping those another bench class wrote before in this run. */
  void write(Path file) throws IOException {
    ObjectNode root = BenchHttp.JSON.createObjectNode();
    ObjectNode earlierDetails = BenchHttp.JSON.createObjectNode();
    if (Files.exists(file)) {
      JsonNode earlier = BenchHttp.JSON.readTree(file.toFile());
      earlier.fields().forEachRemaining(field -> {
        if (field.getValue().isNumber() && !values.containsKey(field.getKey())) {
          root.set(field.getKey(), field.getValue());
        }
      });
      // The details of the classes that ran before this one in the same run stay too.
      earlier.path("details").fields().forEachRemaining(field -> {
        if (!details.containsKey(field.getKey())) {
          earlierDetails.set(field.getKey(), field.getValue());
        }
      });
    }
    values.forEach(root::put);
    ObjectNode goals = root.putObject("goals");
    GOALS.forEach((name, goal) -> {
      if (goal != null) {
        goals.putObject(name).put(goal.atLeast() ? "at_least" : "at_most", goal.value());
      }
    });
    earlierDetails.setAll((ObjectNode) BenchHttp.JSON.valueToTree(details));
    root.set("details", earlierDetails);
    Files.createDirectories(file.getParent());
    BenchHttp.JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
  }

  static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }

  private static String trim(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value) : Double.toString(value);
  }
}
