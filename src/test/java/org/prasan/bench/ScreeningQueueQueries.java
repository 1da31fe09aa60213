package org.prasan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Issue 17's queues at 10,000 open screenings, part of {@link ScreeningBench}: MDT officers
 * take the next person from the Tasklist queues of their site, one per language, soonest hold
 * end first. Not timed: the operation's list is topped up to {@link #OPEN} people and every
 * person brought to the MDT screening by the administrator's process-instance modification
 * ({@code POST /engine-rest/modification/execute}: the rights task cancelled, the process
 * started again before the screening round, which picks the adult's or the child's task), as
 * Cockpit does it; bringing 10,000 people there through rights and both checks would take the
 * bench a quarter of an hour on this machine. Timed: {@link #OFFICERS} users of {@code mdt}
 * (made by {@code admin}) listing their queues at once as the Tasklist does, each request
 * {@code POST /engine-rest/filter/{id}/list?firstResult=0&maxResults=15} with the Tasklist's
 * body sorted by follow-up date (the hold's end) and HAL, so with the count and the queue's
 * shown variables; each page of one of the site's queues picked at random. A warm-up round,
 * then {@link #ROUNDS} measured rounds, each of {@link #QUERIES} pages per officer; figure: the
 * median over the measured rounds of their p95 (as {@link TasklistBench}).
 */
final class ScreeningQueueQueries {

  static final int OPEN = Integer.getInteger("prasan.bench.screening.queue.open", 10_000);
  static final int OFFICERS = 5;
  static final int QUERIES = Integer.getInteger("prasan.bench.screening.queue.queries", 200);
  /**
   * A round's worth: with 10 pages per officer (as {@link TasklistBench}) the first measured
   * round's p95 was 1.5-2 times the third's, the node still compiling the queue's path.
   */
  static final int WARM_UP = QUERIES;
  static final int ROUNDS = 3;
  private static final int MODIFY_CHUNK = 200;
  private static final String SITE_QUEUES = "%Screening queue ตาก, %";

  private final BenchHttp http;
  private final Figures figures;

  ScreeningQueueQueries(BenchHttp http, Figures figures) {
    this.http = http;
    this.figures = figures;
  }

  /** Tops the operation up to {@link #OPEN} people, brings them all to screening, times. */
  void run(String operationId, int imported) throws Exception {
    long setup = System.nanoTime();
    if (OPEN > imported) {
      ScreeningBench.importAndWait(http, operationId,
          ScreeningBench.list(imported + 1, OPEN - imported, false));
    }
    toScreening();
    List<String> officers = officers();
    figures.detail("screening_queue_setup_s", (System.nanoTime() - setup) / 1e9);

    List<JsonNode> queues = new ArrayList<>();
    http.get(officers.get(0), "/engine-rest/filter?nameLike="
            + URLEncoder.encode(SITE_QUEUES, StandardCharsets.UTF_8))
        .expect(200, "queues").body().forEach(queues::add);
    Map<String, Long> sizes = new LinkedHashMap<>();
    long open = 0;
    for (JsonNode queue : queues) {
      long count = http.get(officers.get(0), "/engine-rest/filter/" + queue.get("id").asText()
          + "/count").expect(200, "count").body().get("count").asLong();
      sizes.put(queue.get("name").asText().replaceAll(".*, ", ""), count);
      open += count;
    }
    if (open != OPEN) {
      throw new IllegalStateException("The site's queues hold " + open + " people, not "
          + OPEN + ": " + sizes);
    }
    figures.detail("screening_queue_sizes", sizes);

    Random random = new Random(17);
    pages(officers, queues, WARM_UP, random);
    double[] p95 = new double[ROUNDS];
    for (int round = 0; round < ROUNDS; round++) {
      Latencies latencies = pages(officers, queues, QUERIES, random);
      p95[round] = latencies.percentile(95);
      figures.detail("screening_queue_round_" + (round + 1), latencies.toString());
    }
    figures.put("screening_queue_p95_ms_at_10k_open", ScreeningClerksBench.percentile(p95, 50));
  }

  /** Each officer lists {@code each} pages of the site's queues, each queue at random. */
  private Latencies pages(List<String> officers, List<JsonNode> queues, int each, Random random)
      throws Exception {
    Latencies latencies = new Latencies(OFFICERS * each);
    long[] seeds = random.longs(OFFICERS).toArray();
    ExecutorService pool = Executors.newFixedThreadPool(OFFICERS);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int index = 0; index < OFFICERS; index++) {
        String officer = officers.get(index);
        Random own = new Random(seeds[index]);
        running.add(pool.submit(() -> {
          for (int query = 0; query < each; query++) {
            JsonNode queue = queues.get(own.nextInt(queues.size()));
            long sent = System.nanoTime();
            JsonNode page = http.post(officer, "/engine-rest/filter/" + queue.get("id").asText()
                    + "/list?firstResult=0&maxResults=15", body(), "application/hal+json")
                .expect(200, "queue").body();
            latencies.add(sent);
            if (page.path("count").asLong() == 0 || page.path("_embedded").path("task").isEmpty()) {
              throw new IllegalStateException("An empty queue: " + queue.get("name") + page);
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
    return latencies;
  }

  /** The Tasklist's body of a list: no search, sorted by follow-up date (the hold's end). */
  private static Map<String, Object> body() {
    return Map.of("processVariables", List.of(), "taskVariables", List.of(),
        "caseInstanceVariables", List.of(), "sorting",
        List.of(Map.of("sortBy", "followUpDate", "sortOrder", "asc")));
  }

  /** Every person waiting for their rights goes to the screening round, as Cockpit would. */
  private void toScreening() throws Exception {
    String definition = http.get("admin", "/engine-rest/process-definition/key/person-screening")
        .expect(200, "definition").body().get("id").asText();
    while (true) {
      List<String> waiting = new ArrayList<>();
      http.get("admin", "/engine-rest/task?processDefinitionKey=person-screening"
              + "&taskDefinitionKey=Task_InformScreenedPersonRights&firstResult=0&maxResults="
              + MODIFY_CHUNK)
          .expect(200, "rights tasks").body()
          .forEach(task -> waiting.add(task.get("processInstanceId").asText()));
      if (waiting.isEmpty()) {
        return;
      }
      http.post("admin", "/engine-rest/modification/execute", Map.of(
              "processDefinitionId", definition,
              "processInstanceIds", waiting,
              "skipCustomListeners", false,
              "skipIoMappings", false,
              "instructions", List.of(
                  Map.of("type", "cancel", "activityId", "Task_InformScreenedPersonRights"),
                  Map.of("type", "startBeforeActivity", "activityId",
                      "Gateway_ScreeningRound"))))
          .expect(204, "modification");
    }
  }

  /** Officers of mdt, made by the administrator as an agency would. */
  private List<String> officers() throws Exception {
    List<String> officers = new ArrayList<>();
    for (int number = 1; number <= OFFICERS; number++) {
      String id = String.format("mdt.queue%02d", number);
      http.post("admin", "/engine-rest/user/create", Map.of(
              "profile", Map.of("id", id, "firstName", "Queue", "lastName", "MDT " + number),
              "credentials", Map.of("password", "demo")))
          .expect(204, "user " + id);
      http.put("admin", "/engine-rest/group/mdt/members/" + id).expect(204, "member " + id);
      officers.add(id);
    }
    return officers;
  }
}
