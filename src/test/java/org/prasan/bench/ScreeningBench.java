package org.prasan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 17's import benchmark ({@code mvn -Pbench verify}, or
 * {@code -Dit.test=ScreeningBench} alone): the packaged jar on MariaDB takes a synthetic
 * handover list of 7,141 people (28 nationalities, 15 % children, invented names) and is timed
 * from the POST until the import is DONE, which is when every person's process (and so every
 * s.29 hold) runs. The same list again must add nobody. Writes
 * {@code screening_7141_import_s} into {@code target/bench/results.json}. Then the queues
 * at 10,000 open screenings ({@link ScreeningQueueQueries}):
 * {@code screening_queue_p95_ms_at_10k_open}.
 */
class ScreeningBench {

  static final int PEOPLE = Integer.getInteger("prasan.bench.screening.people", 7_141);
  static final String[][] NATIONALITIES = {
      {"CN", "zh"}, {"MM", "my"}, {"VN", "vi"}, {"ID", "id"}, {"PH", "tl"}, {"TH", "th"},
      {"LA", "lo"}, {"KH", "km"}, {"IN", "hi"}, {"BD", "bn"}, {"PK", "ur"}, {"NP", "ne"},
      {"LK", "si"}, {"MY", "ms"}, {"KE", "sw"}, {"UG", "en"}, {"NG", "en"}, {"ET", "am"},
      {"BR", "pt"}, {"TW", "zh"}, {"KR", "ko"}, {"JP", "ja"}, {"RU", "ru"}, {"UZ", "uz"},
      {"KZ", "kk"}, {"TR", "tr"}, {"EG", "ar"}, {"GH", "en"}};

  private final Figures figures = new Figures();

  @Test
  void aHandoverOf7141PeopleImportsUntilEveryHoldRuns() throws Exception {
    try (BenchDatabase database = BenchDatabase.create("screening")) {
      BenchNode node = new BenchNode("mariadb-screening", environment(database));
      try {
        node.start("--spring.profiles.active=mariadb");
        BenchHttp http = new BenchHttp(node);
        Instant received = Instant.now().minus(1, ChronoUnit.HOURS);
        String operationId = http.post("immigration.officer", "/api/screenings", Map.of(
                "name", "Bench handover", "site", "ตาก", "receivedAt", received.toString(),
                "handedOverBy", "Bench (synthetic)"))
            .expect(201, "operation").body().get("operationId").asText();
        List<Map<String, Object>> list = list(PEOPLE, false);

        double cpu = node.cpuSeconds();
        long start = System.nanoTime();
        JsonNode done = importAndWait(http, operationId, list);
        double seconds = (System.nanoTime() - start) / 1e9;
        figures.detail("screening_import_node_cpu_s", node.cpuSeconds() - cpu);
        figures.put("screening_7141_import_s", seconds);
        JsonNode counts = http.get("coordinator", "/api/screenings/" + operationId)
            .expect(200, "counts").body();
        figures.detail("screening_imported", done.get("imported").asInt());
        figures.detail("screening_processes_started", counts.get("processesStarted").asInt());
        figures.detail("screening_children", counts.get("children").asInt());
        figures.detail("screening_nationalities", counts.get("byNationality").size());

        long again = System.nanoTime();
        JsonNode second = importAndWait(http, operationId, list);
        figures.detail("screening_7141_reimport_s", (System.nanoTime() - again) / 1e9);
        figures.detail("screening_reimport_added", second.get("imported").asInt());
        if (second.get("imported").asInt() != 0 || counts.get("processesStarted").asInt() != PEOPLE) {
          throw new IllegalStateException("The list again added people, or not every process "
              + "started: " + second + " " + counts);
        }
        new ScreeningQueueQueries(http, figures).run(operationId, PEOPLE);
      } finally {
        node.stop();
        System.out.println(figures.table());
        figures.write(BenchFiles.dir().resolve("results.json"));
      }
    }
  }

  static JsonNode importAndWait(BenchHttp http, String operationId,
                                        List<Map<String, Object>> list) throws Exception {
    JsonNode accepted = http.post("immigration.officer",
        "/api/screenings/" + operationId + "/people", list).body();
    String path = "/api/screenings/" + operationId + "/imports/" + accepted.get("importId").asText();
    while (true) {
      JsonNode status = http.get("immigration.officer", path).expect(200, "import").body();
      if (!"RUNNING".equals(status.get("status").asText())) {
        if (!"DONE".equals(status.get("status").asText())) {
          throw new IllegalStateException("Import failed: " + status);
        }
        return status;
      }
      Thread.sleep(200); // polling a real server's progress; no engine clock is involved
    }
  }

  /**
   * Invented people: 28 nationalities in turn, 15 % under 18, some without a birth date;
   * {@code english}: everyone speaks English too (the clerks bench's interpreter).
   */
  static List<Map<String, Object>> list(int size, boolean english) {
    return list(1, size, english);
  }

  /** As {@link #list(int, boolean)}, the people numbered from {@code first} on. */
  static List<Map<String, Object>> list(int first, int size, boolean english) {
    Random random = new Random(17L + first - 1);
    List<Map<String, Object>> people = new ArrayList<>(size);
    for (int i = first; i < first + size; i++) {
      String[] nationality = NATIONALITIES[i % NATIONALITIES.length];
      Map<String, Object> person = new LinkedHashMap<>();
      person.put("listRef", String.format("MW-%05d", i));
      person.put("fullName", "Bench Person " + i);
      person.put("sex", i % 3 == 0 ? "F" : "M");
      int age = i % 100 < 15 ? 14 + random.nextInt(4) : 18 + random.nextInt(40);
      if (i % 2 == 0) {
        person.put("estimatedAge", age);
      } else {
        person.put("dateOfBirth", java.time.LocalDate.now().minusYears(age)
            .minusDays(1 + random.nextInt(300)).toString());
      }
      person.put("nationality", nationality[0]);
      person.put("languages", nationality[1] + (i % 5 == 0
          || english && !"en".equals(nationality[1]) ? ";en" : ""));
      if (i % 4 == 0) {
        person.put("documentNumber", "BX" + (1_000_000 + i));
      }
      people.add(person);
    }
    return people;
  }

  static Map<String, String> environment(BenchDatabase database) {
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("PRASAN_DB_URL", database.url());
    environment.put("PRASAN_DB_USER", "root");
    environment.put("PRASAN_DB_PASSWORD", "");
    environment.put("PRASAN_DEMO", "true");
    byte[] vaultKey = new byte[32];
    new java.security.SecureRandom().nextBytes(vaultKey);
    environment.put("PRASAN_VAULT_KEY", java.util.Base64.getEncoder().encodeToString(vaultKey));
    environment.put("PRASAN_VAULT_KEY_ID", "bench");
    // The whole list in one request (7,141 rows, about 1.3 MB).
    environment.put("PRASAN_SCREENING_MAX_ROWS", "20000");
    return environment;
  }
}
