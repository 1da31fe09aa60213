package org.prasan.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The figures of a period ({@code GET /api/statistics}): the named figures for systems, and
 * the same as {@link #tables()}, each naming the reports that ask for it, for people (the
 * page, CSV and XLSX). Maps keep their keys' order.
 */
public record Statistics(LocalDate from, LocalDate to, String zone, long investigations,
                         long prosecutions, long convictions, long acquittals,
                         Map<String, Long> prosecutionsByCharge, Map<String, Long> sentences,
                         Victims victims, VictimRate victimRate,
                         List<Province> byProvince, MedianDays medianDays, Suspects suspects,
                         Seizures amloSeizures, Compensation compensation,
                         List<Table> tables) {

  /** Victims identified in the period. */
  public record Victims(long total, Map<String, Long> bySex, Map<String, Long> bySexAndAge,
                        Map<String, Long> byAgeBand, Map<String, Long> byNationality,
                        Map<String, Long> byExploitation, Map<String, Long> bySector) {
  }

  /**
   * SDG indicator 16.2.2: victims identified per 100,000 population, by sex, age band and form
   * of exploitation, each over the whole population of {@code populationYear} (from the
   * configuration, with its source); the rates are null when no population is configured for
   * the period. Rounded to three decimals.
   */
  public record VictimRate(Integer populationYear, Long population, String populationSource,
                           Double total, Map<String, Double> bySex,
                           Map<String, Double> byAgeBand, Map<String, Double> byExploitation) {
  }

  public record Province(String province, long investigations, long prosecutions,
                         long convictions, long victims) {
  }

  /**
   * Median days with inquiry officers (case opened to case file submitted), prosecutors (case
   * file to indictment) and courts (indictment to judgment), over the stages ended in the
   * period; null when none did.
   */
  public record MedianDays(Double inquiry, Double prosecutor, Double court, long inquiryCases,
                           long prosecutorCases, long courtCases) {
  }

  /** Suspects named in the case files submitted in the period. */
  public record Suspects(long total, Map<String, Long> bySex, Map<String, Long> byNationality,
                         long officialsSuspected) {
  }

  /** AMLO's provisional seizures in the period and what became of them. */
  public record Seizures(long count, BigDecimal valueThb, long forfeiturePetitions,
                         long released, long undecided) {
  }

  /** Of the cases judged in the period: compensation claimed, awarded, paid (baht). */
  public record Compensation(long cases, BigDecimal claimedThb, BigDecimal awardedThb,
                             BigDecimal paidThb) {
  }
}
