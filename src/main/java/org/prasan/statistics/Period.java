package org.prasan.statistics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.prasan.system.Bilingual;
import org.prasan.system.FieldProblem;
import org.prasan.system.InvalidFieldException;

/**
 * The days a report covers, {@code from} to {@code to} inclusive, in Thai local dates (a
 * reporting year is a calendar year in Thailand). Without dates: this calendar year.
 */
public record Period(LocalDate from, LocalDate to) {

  public static final ZoneId ZONE = ZoneId.of("Asia/Bangkok");
  /** Longer periods are refused: a report covers a year or a few. */
  static final int MAX_YEARS = 10;

  public static Period parse(String from, String to, Clock clock) {
    List<FieldProblem> problems = new ArrayList<>();
    int year = LocalDate.now(clock.withZone(ZONE)).getYear();
    LocalDate start = date("from", from, LocalDate.of(year, 1, 1), problems);
    LocalDate end = date("to", to, LocalDate.of(year, 12, 31), problems);
    if (problems.isEmpty() && end.isBefore(start)) {
      problems.add(FieldProblem.of("to", Bilingual.of("ต้องไม่ก่อนวันที่ from",
          "must not be before from")));
    } else if (problems.isEmpty() && end.isAfter(start.plusYears(MAX_YEARS))) {
      problems.add(FieldProblem.of("to", Bilingual.of(
          "ช่วงเวลายาวเกิน " + MAX_YEARS + " ปี", "covers more than " + MAX_YEARS + " years")));
    }
    if (!problems.isEmpty()) {
      throw new InvalidFieldException(problems);
    }
    return new Period(start, end);
  }

  private static LocalDate date(String field, String text, LocalDate otherwise,
                                List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return otherwise;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException notADate) {
      problems.add(FieldProblem.of(field, Bilingual.of(
          "ต้องเป็นวันที่ในรูปแบบ 2026-01-31 (ค.ศ.)", "must be a date such as 2026-01-31")));
      return otherwise;
    }
  }

  public Instant start() {
    return from.atStartOfDay(ZONE).toInstant();
  }

  /** The first instant after the period. */
  public Instant end() {
    return to.plusDays(1).atStartOfDay(ZONE).toInstant();
  }

  public boolean contains(Instant instant) {
    return instant != null && !instant.isBefore(start()) && instant.isBefore(end());
  }
}
