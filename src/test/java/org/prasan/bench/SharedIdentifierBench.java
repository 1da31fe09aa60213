package org.prasan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prasan.agency.AgencyRegistry;
import org.prasan.intake.TipRequests;

/**
 * Issue 20's {@code shared_identifier_tip_p95_ms} ({@code mvn -Pbench verify}, or
 * {@code -Dit.test=SharedIdentifierBench} alone): the response time of {@code POST /api/tips}
 * for a tip whose phone number is already on 1,000 open cases, over HTTP (Basic, as agency
 * systems send tips) to the packaged jar on a fresh MariaDB database (profile {@code mariadb},
 * authorizations on). The response lists every case the phone is on, and the deconfliction
 * starts one review for the coordinator (checked after each tip, outside the timing, through
 * the coordinator's task list), not one per case.
 *
 * <p>Set-up, not timed: the 1,000 cases are made by 1,000 tips naming the phone through the
 * same API, one after the other, so the database holds what the system made of them (each
 * tip's review of the cases before it). Then 5 warm-up tips and 3 rounds of 20 measured
 * tips, each naming the phone (each round's cases find the earlier rounds' too); the figure is
 * the median of the rounds' p95. {@code -Dprasan.bench.shared.cases=100} for a smaller run.
 */
class SharedIdentifierBench {

  static final int CASES = Integer.getInteger("prasan.bench.shared.cases", 1_000);
  static final int WARM_UP = 5;
  static final int ROUNDS = 3;
  static final int TIPS_PER_ROUND = 20;
  static final String OFFICER = "rtp-atpd.officer";

  private final Figures figures = new Figures();

  @Test
  void aTipWhosePhoneIsOnAThousandCases() throws Exception {
    try (BenchDatabase database = BenchDatabase.create("shared")) {
      BenchNode node = new BenchNode("mariadb-shared-identifier", PrasanBench.mariaDb(database));
      try {
        node.start("--spring.profiles.active=mariadb");
        BenchHttp http = new BenchHttp(node);
        String phone = TipRequests.aPhoneOfItsOwn();

        long setUp = System.nanoTime();
        for (int tip = 0; tip < CASES; tip++) {
          tip(http, phone);
        }
        figures.detail("shared_identifier_setup_s", (System.nanoTime() - setUp) / 1e9);

        for (int tip = 0; tip < WARM_UP; tip++) {
          checkOneReview(http, tip(http, phone), CASES + tip);
        }
        List<Double> p95s = new ArrayList<>();
        int before = CASES + WARM_UP;
        for (int round = 0; round < ROUNDS; round++) {
          Latencies latencies = new Latencies(TIPS_PER_ROUND);
          for (int tip = 0; tip < TIPS_PER_ROUND; tip++) {
            long start = System.nanoTime();
            JsonNode answer = tip(http, phone);
            latencies.add(start);
            checkOneReview(http, answer, before++);
          }
          p95s.add(latencies.percentile(95));
          figures.detail("shared_identifier_round_" + (round + 1), latencies.toString());
        }
        figures.put("shared_identifier_tip_p95_ms", p95s.stream().sorted().toList()
            .get(ROUNDS / 2));
      } finally {
        node.stop();
      }
    } finally {
      System.out.println(figures.table());
      figures.write(BenchFiles.dir().resolve("results.json"));
    }
  }

  private static JsonNode tip(BenchHttp http, String phone) throws Exception {
    return http.post(OFFICER, "/api/tips", TipRequests.aTip()
            .with("identifiers", List.of(Map.of("type", "PHONE", "value", phone))).build())
        .expect(201, "tip").body();
  }

  /** The tip found every earlier case, and the coordinator has one review of them. */
  private static void checkOneReview(BenchHttp http, JsonNode answer, int casesBefore)
      throws Exception {
    String caseId = answer.get("caseId").asText();
    if (answer.get("overlapsWith").size() != casesBefore) {
      throw new IllegalStateException(caseId + " found " + answer.get("overlapsWith").size()
          + " cases, not " + casesBefore);
    }
    JsonNode reviews = http.get(AgencyRegistry.COORDINATOR,
            "/engine-rest/task/count?processDefinitionKey=overlap-review"
                + "&processInstanceBusinessKey=" + caseId)
        .expect(200, "reviews of " + caseId).body();
    if (reviews.get("count").asInt() != 1) {
      throw new IllegalStateException(caseId + " has " + reviews.get("count")
          + " overlap reviews, not one");
    }
  }
}
