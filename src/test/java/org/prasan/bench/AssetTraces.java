package org.prasan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * AMLO's system answers a case's asset traces (external tasks, topic {@code amlo-asset-trace}),
 * as {@code TaskRestApi} does in the tests: an investigation waits for them with no user task
 * open.
 */
final class AssetTraces {

  private static final String SYSTEM = "amlo.system";
  private static final String WORKER = "bench-amlo";

  private AssetTraces() {
  }

  /** Fetches and completes the case's asset traces; answers how many there were. */
  static int answer(BenchHttp http, String caseId) throws Exception {
    JsonNode locked = http.post(SYSTEM, "/engine-rest/external-task/fetchAndLock", Map.of(
        "workerId", WORKER, "maxTasks", 10, "topics", List.of(Map.of(
            "topicName", "amlo-asset-trace", "lockDuration", 60_000, "businessKey", caseId))))
        .expect(200, "asset traces of " + caseId).body();
    for (JsonNode trace : locked) {
      http.post(SYSTEM, "/engine-rest/external-task/" + trace.get("id").asText() + "/complete",
          Map.of("workerId", WORKER, "variables", Map.of(
              "assetsTraced", Map.of("value", "YES", "type", "String"),
              "assetTraceSummary", Map.of("value",
                  "Two accounts and the bar premises in the recruiter's name",
                  "type", "String")))).expect(204, "asset trace of " + caseId);
    }
    return locked.size();
  }
}
