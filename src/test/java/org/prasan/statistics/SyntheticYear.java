package org.prasan.statistics;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A year of synthetic cases (2019, a year no other test writes), recorded as officers would
 * complete their tasks: through {@link RecordedFacts} with the engine clock moved to each
 * completion. It tallies what the statistics must then show, counted its own way.
 */
final class SyntheticYear {

  static final int YEAR = 2019;
  static final ZoneOffset BANGKOK = ZoneOffset.ofHours(7);
  private static final String[] PROVINCES = {"เชียงราย", "ตาก", "สงขลา", "กรุงเทพมหานคร",
      "ระนอง", "สระแก้ว"};
  private static final String[] NATIONALITIES = {"MM", "MM", "MM", "LA", "KH", "TH", "TH", "VN"};

  final Map<String, Long> expected = new LinkedHashMap<>();
  final Map<String, Long> byExploitation = new HashMap<>();
  final Map<String, Long> byNationality = new HashMap<>();
  final List<Double> inquiryDays = new ArrayList<>();

  private final RecordedFacts facts;
  private final JdbcClient jdbc;
  private final Random random = new Random(YEAR);

  SyntheticYear(RecordedFacts facts, JdbcClient jdbc) {
    this.facts = facts;
    this.jdbc = jdbc;
  }

  SyntheticYear record(int cases) {
    try {
      for (int i = 1; i <= cases; i++) {
        recordCase(String.format("TIP-%d-%06d", YEAR, i));
      }
    } finally {
      ClockUtil.reset();
    }
    return this;
  }

  private void recordCase(String caseId) {
    Instant opened = LocalDateTime.of(YEAR, 1, 1, 9, 0).toInstant(BANGKOK)
        .plus(random.nextInt(240), ChronoUnit.DAYS).plus(random.nextInt(480), ChronoUnit.MINUTES);
    jdbc.sql("INSERT INTO case_file (case_id, source, received_at, province, status, created_at)"
            + " VALUES (?, 'HOTLINE', ?, ?, 'CLOSED', ?)")
        .param(caseId).param(Timestamp.from(opened))
        .param(PROVINCES[random.nextInt(PROVINCES.length)]).param(Timestamp.from(opened))
        .update();

    Instant planned = opened.plus(1 + random.nextInt(4), ChronoUnit.DAYS);
    complete(planned, RecordedFacts.PLAN_INVESTIGATION, caseId, Map.of());
    count("investigations", planned);

    Instant identified = planned.plus(1, ChronoUnit.DAYS);
    int women = random.nextInt(4);
    int girls = random.nextInt(3);
    int men = random.nextInt(4);
    int boys = random.nextInt(2);
    if (women + girls + men + boys == 0) {
      women = 1;
    }
    String band = girls + boys == 0 ? "ADULT" : women + men == 0 ? "15_TO_17" : "MIXED";
    String nationality = NATIONALITIES[random.nextInt(NATIONALITIES.length)];
    Exploitation exploitation = Exploitation.values()[random.nextInt(3) == 0 ? 0
        : random.nextInt(Exploitation.values().length)];
    Sector sector = Sector.values()[random.nextInt(Sector.values().length)];
    Map<String, Object> victims = new HashMap<>();
    victims.putAll(Map.of("identificationOutcome", "VICTIMS_IDENTIFIED",
        "identifiedVictimCount", (long) (women + girls + men + boys), "victimAgeBand", band,
        "victimsWomen", (long) women, "victimsGirls", (long) girls, "victimsMen", (long) men,
        "victimsBoys", (long) boys, "victimNationality", nationality));
    victims.put("exploitationForm", exploitation.name());
    victims.put("exploitationSector", sector.name());
    complete(identified, RecordedFacts.IDENTIFY_VICTIMS, caseId, victims);
    if (inYear(identified)) {
      int total = women + girls + men + boys;
      add("victims", total);
      add("female", women + girls);
      add("male", men + boys);
      add("children", girls + boys);
      byExploitation.merge(exploitation.name(), (long) total, Long::sum);
      byNationality.merge(nationality, (long) total, Long::sum);
    }

    if (random.nextInt(10) < 3) {
      Instant seized = planned.plus(10, ChronoUnit.DAYS);
      complete(seized, RecordedFacts.SEIZE_ASSETS, caseId, Map.of("seizedAt", form(seized),
          "seizedAssetValue", 100_000L * (1 + random.nextInt(50))));
      count("seizures", seized);
    }

    if (random.nextInt(10) < 3) {
      return;
    }
    Instant submitted = opened.plus(20 + random.nextInt(100), ChronoUnit.DAYS);
    int male = random.nextInt(3);
    int female = male == 0 ? 1 : random.nextInt(2);
    int officials = random.nextInt(12) == 0 ? 1 : 0;
    complete(submitted, RecordedFacts.SUBMIT_CASE_FILE, caseId, Map.of("suspectsMale",
        (long) male, "suspectsFemale", (long) female, "suspectNationality", "TH",
        "officialsSuspected", (long) officials));
    if (inYear(submitted)) {
      add("suspects", male + female);
      add("officials", officials);
      inquiryDays.add(ChronoUnit.MINUTES.between(opened, submitted) / 1440.0);
    }

    Instant decided = submitted.plus(3, ChronoUnit.DAYS);
    if (random.nextInt(20) < 3) {
      complete(decided, RecordedFacts.APPROVE_CHARGING, caseId,
          Map.of("chargingDecision", "NOT_PROSECUTE"));
      return;
    }
    complete(decided, RecordedFacts.APPROVE_CHARGING, caseId,
        Map.of("chargingDecision", "APPROVE", "principalCharge", "TRAFFICKING"));
    complete(decided, RecordedFacts.PREPARE_COMPENSATION_CLAIM, caseId,
        Map.of("compensationAmountClaimed", 300_000L));
    Instant indicted = decided.plus(5 + random.nextInt(30), ChronoUnit.DAYS);
    complete(indicted, RecordedFacts.FILE_INDICTMENT, caseId,
        Map.of("indictmentFiledAt", form(indicted)));
    count("prosecutions", indicted);

    if (random.nextInt(10) < 3) {
      return;
    }
    Instant judged = indicted.plus(60 + random.nextInt(200), ChronoUnit.DAYS);
    boolean acquitted = random.nextInt(8) == 0;
    Map<String, Object> judgment = new HashMap<>(Map.of("judgmentAt", form(judged),
        "verdict", acquitted ? "ACQUITTED" : "CONVICTED", "compensationAwarded",
        acquitted ? "NO" : "YES"));
    if (!acquitted) {
      judgment.put("sentenceMonths", (long) (random.nextInt(20) * 12));
      judgment.put("compensationAmountAwarded", 200_000L);
    }
    complete(judged, RecordedFacts.RECORD_JUDGMENT, caseId, judgment);
    count(acquitted ? "acquittals" : "convictions", judged);
    if (!acquitted && inYear(judged)) {
      add("awarded", 200_000);
      add("claimed", 300_000);
    } else if (inYear(judged)) {
      add("claimed", 300_000);
    }
  }

  private void complete(Instant at, String task, String caseId, Map<String, Object> form) {
    ClockUtil.setCurrentTime(Date.from(at));
    facts.record(task, task + "-" + caseId, caseId, form);
  }

  private void count(String figure, Instant at) {
    add(figure, inYear(at) ? 1 : 0);
  }

  private void add(String figure, long value) {
    expected.merge(figure, value, Long::sum);
  }

  static boolean inYear(Instant instant) {
    return instant.atOffset(BANGKOK).getYear() == YEAR;
  }

  private static String form(Instant instant) {
    return OffsetDateTime.ofInstant(instant, BANGKOK).toString();
  }

  double medianInquiryDays() {
    List<Double> sorted = inquiryDays.stream().sorted().toList();
    int middle = sorted.size() / 2;
    double median = sorted.size() % 2 == 1 ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    return Math.round(median * 10) / 10.0;
  }
}
