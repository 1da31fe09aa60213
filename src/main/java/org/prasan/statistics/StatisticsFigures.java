package org.prasan.statistics;

import static org.prasan.statistics.Reports.GLOTIP;
import static org.prasan.statistics.Reports.SDG;
import static org.prasan.statistics.Reports.THAILAND;
import static org.prasan.statistics.Reports.US_TIP;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.prasan.statistics.ReportingRows.CaseRow;
import org.prasan.statistics.ReportingRows.SeizureRow;
import org.prasan.statistics.ReportingRows.VictimRow;
import org.prasan.system.Bilingual;
import org.springframework.stereotype.Service;

/**
 * Counts a period's figures from the reporting store. Each figure counts by the date its own
 * event happened: investigations started, indictments filed, judgments given, victims
 * identified, case files submitted (suspects), assets seized, in the period.
 */
@Service
public class StatisticsFigures {

  private static final Locale THAI = Locale.forLanguageTag("th");
  private static final List<String> COUNT = List.of("จำนวน / Count");
  static final String UNKNOWN_PROVINCE = "(unknown)";

  private static final String PER_100K = "ต่อประชากร 100,000 คน / Per 100,000 population";

  private final ReportingRows rows;
  private final PopulationProperties population;

  public StatisticsFigures(ReportingRows rows, PopulationProperties population) {
    this.rows = rows;
    this.population = population;
  }

  public Statistics of(Period period) {
    return of(period, rows.cases(period), rows.victims(period), rows.seizures(period),
        population);
  }

  static Statistics of(Period period, List<CaseRow> cases, List<VictimRow> victims,
                       List<SeizureRow> seizures, PopulationProperties population) {
    List<CaseRow> investigated = only(cases, c -> period.contains(c.investigationStarted()));
    List<CaseRow> indicted = only(cases, c -> period.contains(c.indictmentFiled()));
    List<CaseRow> judged = only(cases, c -> period.contains(c.judgmentAt()));
    List<CaseRow> convicted = only(judged, c -> !"ACQUITTED".equals(c.verdict()));
    List<CaseRow> submitted = only(cases, c -> period.contains(c.caseFileSubmitted()));

    Map<String, Long> byCharge = zeros(names(Charge.values()));
    indicted.forEach(c -> byCharge.merge(c.charge() == null ? Charge.OTHER.name() : c.charge(),
        1L, Long::sum));
    Map<String, Long> sentences = new LinkedHashMap<>();
    for (SentenceBand band : SentenceBand.values()) {
      sentences.put(band.name(), 0L);
    }
    convicted.forEach(c -> sentences.merge(SentenceBand.of(c.sentenceMonths()).name(), 1L,
        Long::sum));

    Statistics.Victims victimFigures = victims(victims);
    Statistics.VictimRate rate = rate(victimFigures, population, period);
    List<Statistics.Province> provinces = provinces(investigated, indicted, convicted, victims);
    Statistics.MedianDays days = new Statistics.MedianDays(
        median(submitted, CaseRow::opened, CaseRow::caseFileSubmitted),
        median(indicted, CaseRow::caseFileSubmitted, CaseRow::indictmentFiled),
        median(judged, CaseRow::indictmentFiled, CaseRow::judgmentAt),
        durations(submitted, CaseRow::opened, CaseRow::caseFileSubmitted).size(),
        durations(indicted, CaseRow::caseFileSubmitted, CaseRow::indictmentFiled).size(),
        durations(judged, CaseRow::indictmentFiled, CaseRow::judgmentAt).size());
    Statistics.Suspects suspects = suspects(submitted);
    Statistics.Seizures seized = new Statistics.Seizures(seizures.size(),
        sum(seizures.stream().map(SeizureRow::value).toList()),
        seizures.stream().filter(s -> "FORFEITURE_PETITION".equals(s.decision())).count(),
        seizures.stream().filter(s -> "RELEASE".equals(s.decision())).count(),
        seizures.stream().filter(s -> s.decision() == null).count());
    Statistics.Compensation compensation = new Statistics.Compensation(judged.size(),
        sum(judged.stream().map(CaseRow::claimed).toList()),
        sum(judged.stream().map(CaseRow::awarded).toList()),
        sum(judged.stream().map(CaseRow::paid).toList()));

    long acquittals = judged.size() - convicted.size();
    List<Table> tables = new ArrayList<>();
    tables.add(table("cases", "Investigations, prosecutions and convictions",
        "การสืบสวน การฟ้องคดี และการพิพากษาลงโทษ", List.of(US_TIP, GLOTIP, THAILAND), COUNT,
        List.of(row("investigations", "การสืบสวนที่เริ่ม", "investigations started",
                investigated.size()),
            row("prosecutions", "คดีที่ยื่นฟ้อง", "prosecutions (indictments filed)",
                indicted.size()),
            row("convictions", "คดีที่ศาลพิพากษาลงโทษ", "convictions", convicted.size()),
            row("acquittals", "คดีที่ศาลยกฟ้อง", "acquittals", acquittals))));
    tables.add(codeTable("prosecutions-charge", "Prosecutions by principal charge",
        "การฟ้องคดี จำแนกตามข้อหาหลัก", List.of(US_TIP, GLOTIP), byCharge,
        key -> Charge.valueOf(key).label()));
    tables.add(codeTable("sentences", "Sentences of those convicted (longest prison term)",
        "โทษของผู้ถูกพิพากษาลงโทษ (โทษจำคุกสูงสุด)", List.of(US_TIP, THAILAND), sentences,
        key -> SentenceBand.valueOf(key).label()));
    tables.add(codeTable("victims-sex-age", "Victims identified by sex and age",
        "ผู้เสียหายที่คัดแยกได้ จำแนกตามเพศและอายุ", List.of(US_TIP, GLOTIP, SDG),
        victimFigures.bySexAndAge(), Labels::sexAndAge));
    tables.add(codeTable("victims-sex", "Victims identified by sex", "ผู้เสียหาย จำแนกตามเพศ",
        List.of(US_TIP, GLOTIP, SDG), victimFigures.bySex(), Labels::sex));
    tables.add(codeTable("victims-age", "Victims identified by age band",
        "ผู้เสียหาย จำแนกตามช่วงอายุ", List.of(GLOTIP, SDG), victimFigures.byAgeBand(),
        Labels::ageBand));
    tables.add(codeTable("victims-nationality", "Victims identified by nationality",
        "ผู้เสียหาย จำแนกตามสัญชาติ", List.of(US_TIP, GLOTIP), victimFigures.byNationality(),
        StatisticsFigures::country));
    tables.add(codeTable("victims-exploitation", "Victims identified by form of exploitation",
        "ผู้เสียหาย จำแนกตามรูปแบบการแสวงประโยชน์", List.of(US_TIP, GLOTIP, SDG),
        victimFigures.byExploitation(), key -> Exploitation.valueOf(key).label()));
    tables.add(rateTable(victimFigures, rate));
    tables.add(codeTable("victims-sector", "Victims identified by sector",
        "ผู้เสียหาย จำแนกตามภาคธุรกิจ", List.of(US_TIP, THAILAND), victimFigures.bySector(),
        key -> Sector.valueOf(key).label()));
    tables.add(new Table("provinces", "By province", "จำแนกตามจังหวัด", List.of(THAILAND),
        List.of("การสืบสวน / Investigations", "การฟ้องคดี / Prosecutions",
            "การลงโทษ / Convictions", "ผู้เสียหาย / Victims"),
        provinces.stream().map(p -> new Table.Row(p.province(), p.province(), p.province(),
            List.<Number>of(p.investigations(), p.prosecutions(), p.convictions(),
                p.victims()))).toList()));
    tables.add(new Table("stage-days", "Median days per stage", "ระยะเวลากลางในแต่ละขั้นตอน (วัน)",
        List.of(THAILAND), List.of("มัธยฐาน (วัน) / Median days", "คดี / Cases"), List.of(
            stageRow("inquiry", "พนักงานสอบสวน (เปิดคดีถึงส่งสำนวน)",
                "inquiry officers (case opened to case file)", days.inquiry(),
                days.inquiryCases()),
            stageRow("prosecutor", "พนักงานอัยการ (รับสำนวนถึงยื่นฟ้อง)",
                "prosecutors (case file to indictment)", days.prosecutor(),
                days.prosecutorCases()),
            stageRow("court", "ศาล (ยื่นฟ้องถึงพิพากษา)", "courts (indictment to judgment)",
                days.court(), days.courtCases()))));
    tables.add(new Table("suspects", "Suspects in case files submitted",
        "ผู้ต้องหาในสำนวนที่ส่งพนักงานอัยการ", List.of(GLOTIP, US_TIP), COUNT, List.of(
            row("MALE", "ชาย", "male", suspects.bySex().get("MALE")),
            row("FEMALE", "หญิง", "female", suspects.bySex().get("FEMALE")),
            row("officialsSuspected", "เจ้าหน้าที่รัฐที่ถูกสงสัยว่ามีส่วนรู้เห็น",
                "officials suspected of complicity", suspects.officialsSuspected()))));
    tables.add(codeTable("suspects-nationality", "Suspects by nationality",
        "ผู้ต้องหา จำแนกตามสัญชาติ", List.of(GLOTIP), suspects.byNationality(),
        StatisticsFigures::country));
    tables.add(new Table("amlo", "AMLO seizures (AML Act s.48)", "การยึดอายัดทรัพย์สินของ ปปง.",
        List.of(THAILAND), List.of("จำนวน / Count", "มูลค่า (บาท) / Value (THB)"), List.of(
            new Table.Row("seizures", "seizures", "การยึดหรืออายัด",
                List.<Number>of(seized.count(), seized.valueThb())),
            row("forfeiturePetitions", "ส่งให้พนักงานอัยการร้องขอให้ทรัพย์สินตกเป็นของแผ่นดิน",
                "referred for a forfeiture petition", seized.forfeiturePetitions()),
            row("released", "คืนทรัพย์สิน", "released", seized.released()),
            row("undecided", "ยังไม่ได้ตัดสินใจ", "not yet decided", seized.undecided()))));
    tables.add(new Table("compensation", "Compensation to victims, cases judged in the period",
        "ค่าสินไหมทดแทนแก่ผู้เสียหาย ในคดีที่พิพากษาในช่วงเวลานี้", List.of(THAILAND, US_TIP),
        List.of("บาท / THB"), List.of(
            new Table.Row("claimed", "claimed", "ที่เรียกร้อง",
                List.<Number>of(compensation.claimedThb())),
            new Table.Row("awarded", "awarded by the courts", "ที่ศาลกำหนด",
                List.<Number>of(compensation.awardedThb())),
            new Table.Row("paid", "paid", "ที่ได้รับชำระ",
                List.<Number>of(compensation.paidThb())))));

    return new Statistics(period.from(), period.to(), Period.ZONE.getId(), investigated.size(),
        indicted.size(), convicted.size(), acquittals, byCharge, sentences, victimFigures,
        rate, provinces, days, suspects, seized, compensation, List.copyOf(tables));
  }

  private static Statistics.Victims victims(List<VictimRow> groups) {
    Map<String, Long> bySexAndAge = zeros("WOMEN", "GIRLS", "MEN", "BOYS");
    Map<String, Long> bySex = zeros("FEMALE", "MALE");
    Map<String, Long> byAge = zeros("UNDER_15", "15_TO_17", "CHILD", "ADULT");
    Map<String, Long> byNationality = new TreeMap<>();
    Map<String, Long> byExploitation = zeros(names(Exploitation.values()));
    Map<String, Long> bySector = zeros(names(Sector.values()));
    long total = 0;
    for (VictimRow group : groups) {
      total += group.total();
      bySexAndAge.merge("WOMEN", (long) group.women(), Long::sum);
      bySexAndAge.merge("GIRLS", (long) group.girls(), Long::sum);
      bySexAndAge.merge("MEN", (long) group.men(), Long::sum);
      bySexAndAge.merge("BOYS", (long) group.boys(), Long::sum);
      bySex.merge("FEMALE", (long) group.women() + group.girls(), Long::sum);
      bySex.merge("MALE", (long) group.men() + group.boys(), Long::sum);
      byAge.merge(childBand(group.ageBand()), (long) group.girls() + group.boys(), Long::sum);
      byAge.merge("ADULT", (long) group.women() + group.men(), Long::sum);
      byNationality.merge(group.nationality(), (long) group.total(), Long::sum);
      byExploitation.merge(group.exploitation(), (long) group.total(), Long::sum);
      bySector.merge(group.sector(), (long) group.total(), Long::sum);
    }
    return new Statistics.Victims(total, bySex, bySexAndAge, byAge,
        new LinkedHashMap<>(byNationality), byExploitation, bySector);
  }

  /** SDG 16.2.2's rates: each count over the whole population of the period's year. */
  static Statistics.VictimRate rate(Statistics.Victims victims, PopulationProperties population,
                                    Period period) {
    var year = population.forYear(period.to().getYear()).orElse(null);
    Long people = year == null || year.getValue() <= 0 ? null : year.getValue();
    Function<Long, Double> per100k = count -> people == null ? null
        : Math.round(count * 100_000_000.0 / people) / 1000.0;
    return new Statistics.VictimRate(year == null ? null : year.getKey(), people,
        population.source(), per100k.apply(victims.total()),
        rates(victims.bySex(), per100k), rates(victims.byAgeBand(), per100k),
        rates(victims.byExploitation(), per100k));
  }

  private static Map<String, Double> rates(Map<String, Long> counts,
                                           Function<Long, Double> per100k) {
    Map<String, Double> rates = new LinkedHashMap<>();
    counts.forEach((key, count) -> rates.put(key, per100k.apply(count)));
    return rates;
  }

  /** The rate next to its count, the population's year and source in the title. */
  private static Table rateTable(Statistics.Victims victims, Statistics.VictimRate rate) {
    String basis = rate.population() == null
        ? "no population configured for the period (prasan.statistics.population)"
        : "population " + rate.populationYear() + ": "
            + String.format(Locale.ENGLISH, "%,d", rate.population()) + ", "
            + rate.populationSource();
    String basisTh = rate.population() == null
        ? "ยังไม่ได้กำหนดจำนวนประชากรของช่วงเวลานี้ (prasan.statistics.population)"
        : "ประชากรปี " + rate.populationYear() + ": "
            + String.format(Locale.ENGLISH, "%,d", rate.population()) + " คน, "
            + rate.populationSource();
    List<Table.Row> lines = new ArrayList<>();
    lines.add(rateRow("total", "ผู้เสียหายทั้งหมด", "all victims", victims.total(),
        rate.total()));
    victims.bySex().forEach((key, count) -> lines.add(rateRow(key, Labels.sex(key).th(),
        Labels.sex(key).en(), count, rate.bySex().get(key))));
    victims.byAgeBand().forEach((key, count) -> lines.add(rateRow(key,
        Labels.ageBand(key).th(), Labels.ageBand(key).en(), count, rate.byAgeBand().get(key))));
    victims.byExploitation().forEach((key, count) -> lines.add(rateRow(key,
        Exploitation.valueOf(key).label().th(), Exploitation.valueOf(key).label().en(), count,
        rate.byExploitation().get(key))));
    return new Table("victims-rate", "Victims identified per 100,000 population (" + basis
        + ")", "ผู้เสียหายที่คัดแยกได้ต่อประชากร 100,000 คน (" + basisTh + ")", List.of(SDG),
        List.of("ผู้เสียหาย / Victims", PER_100K), lines);
  }

  private static Table.Row rateRow(String key, String th, String en, long count, Double rate) {
    List<Number> values = new ArrayList<>();
    values.add(count);
    values.add(rate);
    return new Table.Row(key, en, th, java.util.Collections.unmodifiableList(values));
  }

  /** The children of a group whose band says which: under 15, 15 to 17; else only "child". */
  static String childBand(String ageBand) {
    return switch (ageBand) {
      case FormFacts.AGE_UNDER_15 -> "UNDER_15";
      case FormFacts.AGE_15_TO_17 -> "15_TO_17";
      default -> "CHILD";
    };
  }

  private static List<Statistics.Province> provinces(List<CaseRow> investigated,
      List<CaseRow> indicted, List<CaseRow> convicted, List<VictimRow> victims) {
    Map<String, long[]> counts = new TreeMap<>();
    investigated.forEach(c -> counts.computeIfAbsent(province(c.province()),
        p -> new long[4])[0]++);
    indicted.forEach(c -> counts.computeIfAbsent(province(c.province()), p -> new long[4])[1]++);
    convicted.forEach(c -> counts.computeIfAbsent(province(c.province()),
        p -> new long[4])[2]++);
    victims.forEach(v -> counts.computeIfAbsent(province(v.province()),
        p -> new long[4])[3] += v.total());
    return counts.entrySet().stream().map(e -> new Statistics.Province(e.getKey(),
        e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3])).toList();
  }

  private static Statistics.Suspects suspects(List<CaseRow> submitted) {
    Map<String, Long> bySex = zeros("MALE", "FEMALE");
    Map<String, Long> byNationality = new TreeMap<>();
    long officials = 0;
    for (CaseRow c : submitted) {
      if (c.suspectsMale() == null) {
        continue;
      }
      bySex.merge("MALE", (long) c.suspectsMale(), Long::sum);
      bySex.merge("FEMALE", (long) c.suspectsFemale(), Long::sum);
      byNationality.merge(c.suspectNationality(), (long) c.suspectsMale() + c.suspectsFemale(),
          Long::sum);
      officials += c.officialsSuspected();
    }
    return new Statistics.Suspects(bySex.get("MALE") + bySex.get("FEMALE"), bySex,
        new LinkedHashMap<>(byNationality), officials);
  }

  static List<Double> durations(List<CaseRow> cases, Function<CaseRow, Instant> start,
                                Function<CaseRow, Instant> end) {
    return cases.stream().filter(c -> start.apply(c) != null && end.apply(c) != null)
        .map(c -> Duration.between(start.apply(c), end.apply(c)).toMinutes() / 1440.0)
        .filter(days -> days >= 0).sorted().toList();
  }

  /** The median in days, to one decimal; null with nothing to measure. */
  static Double median(List<CaseRow> cases, Function<CaseRow, Instant> start,
                       Function<CaseRow, Instant> end) {
    List<Double> days = durations(cases, start, end);
    if (days.isEmpty()) {
      return null;
    }
    int middle = days.size() / 2;
    double median = days.size() % 2 == 1 ? days.get(middle)
        : (days.get(middle - 1) + days.get(middle)) / 2;
    return Math.round(median * 10) / 10.0;
  }

  static Bilingual country(String code) {
    if (Nationality.UNKNOWN.equals(code) || code == null) {
      return Bilingual.of("ไม่ทราบหรือไร้สัญชาติ", "unknown or stateless");
    }
    Locale country = new Locale.Builder().setRegion(code).build();
    return Bilingual.of(country.getDisplayCountry(THAI) + " (" + code + ")",
        country.getDisplayCountry(Locale.ENGLISH) + " (" + code + ")");
  }

  private static String province(String province) {
    return province == null ? UNKNOWN_PROVINCE : province;
  }

  private static Table table(String id, String title, String titleTh,
                             List<String> reports, List<String> columns, List<Table.Row> rows) {
    return new Table(id, title, titleTh, reports, columns, rows);
  }

  private static Table codeTable(String id, String title, String titleTh, List<String> reports,
                                 Map<String, Long> counts, Function<String, Bilingual> label) {
    return new Table(id, title, titleTh, reports, COUNT, counts.entrySet().stream()
        .map(e -> new Table.Row(e.getKey(), label.apply(e.getKey()).en(),
            label.apply(e.getKey()).th(), List.<Number>of(e.getValue()))).toList());
  }

  private static Table.Row row(String key, String th, String en, long value) {
    return new Table.Row(key, en, th, List.<Number>of(value));
  }

  private static Table.Row stageRow(String key, String th, String en, Double median,
                                    long cases) {
    List<Number> values = new ArrayList<>();
    values.add(median);
    values.add(cases);
    return new Table.Row(key, en, th, java.util.Collections.unmodifiableList(values));
  }

  private static <T> List<T> only(List<T> rows, Predicate<T> keep) {
    return rows.stream().filter(keep).toList();
  }

  private static BigDecimal sum(List<BigDecimal> amounts) {
    return amounts.stream().filter(java.util.Objects::nonNull)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static String[] names(Enum<?>[] codes) {
    return java.util.Arrays.stream(codes).map(Enum::name).toArray(String[]::new);
  }

  private static Map<String, Long> zeros(String... keys) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String key : keys) {
      counts.put(key, 0L);
    }
    return counts;
  }
}
