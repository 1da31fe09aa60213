package org.prasan.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Working time of the agencies: working days and hours in one time zone, less public holidays.
 * Service levels written as working time run only inside it; legal deadlines never use it.
 */
public final class BusinessCalendar {

  /** A working day that is never reached means a holiday list without working days. */
  private static final int MAX_DAYS_SEARCHED = 3660;

  private final ZoneId zone;
  private final Set<DayOfWeek> workingDays;
  private final LocalTime workStarts;
  private final LocalTime workEnds;
  private final Set<LocalDate> holidays;

  public BusinessCalendar(Properties properties) {
    this.zone = properties.zone();
    this.workingDays = EnumSet.copyOf(properties.workingDays());
    this.workStarts = properties.workStarts();
    this.workEnds = properties.workEnds();
    Set<LocalDate> days = new HashSet<>();
    properties.holidays().values().forEach(days::addAll);
    this.holidays = Set.copyOf(days);
  }

  public ZoneId zone() {
    return zone;
  }

  public Duration workingDayLength() {
    return Duration.between(workStarts, workEnds);
  }

  public boolean isWorkingDay(LocalDate day) {
    return workingDays.contains(day.getDayOfWeek()) && !holidays.contains(day);
  }

  /** The instant a service level that starts at {@code start} runs out. */
  public Instant add(Instant start, ServiceLevel level) {
    if (!level.working()) {
      return start.plus(level.amount());
    }
    Duration remaining = workingDayLength().multipliedBy(level.workingDays()).plus(level.amount());
    ZonedDateTime time = start.atZone(zone);
    for (int day = 0; day < MAX_DAYS_SEARCHED; day++) {
      LocalDate date = time.toLocalDate();
      ZonedDateTime opens = date.atTime(workStarts).atZone(zone);
      ZonedDateTime closes = date.atTime(workEnds).atZone(zone);
      if (isWorkingDay(date) && time.isBefore(closes)) {
        ZonedDateTime from = time.isBefore(opens) ? opens : time;
        Duration left = Duration.between(from, closes);
        if (remaining.compareTo(left) <= 0) {
          return from.plus(remaining).toInstant();
        }
        remaining = remaining.minus(left);
      }
      time = date.plusDays(1).atStartOfDay(zone);
    }
    throw new IllegalStateException("No working day within " + MAX_DAYS_SEARCHED + " days of "
        + start + ": check prasan.sla.calendar");
  }

  /**
   * The business calendar of {@code prasan.sla.calendar}.
   *
   * @param zone        where the agencies work: {@code Asia/Bangkok}
   * @param workingDays the days of the week that are working days
   * @param workStarts  start of working hours, local time
   * @param workEnds    end of working hours, local time
   * @param holidays    public holidays by year: no working time on them
   */
  public record Properties(ZoneId zone, Set<DayOfWeek> workingDays, LocalTime workStarts,
                           LocalTime workEnds, Map<Integer, List<LocalDate>> holidays) {

    public Properties {
      zone = zone == null ? ZoneId.of("Asia/Bangkok") : zone;
      workingDays = workingDays == null || workingDays.isEmpty()
          ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY) : EnumSet.copyOf(workingDays);
      workStarts = workStarts == null ? LocalTime.of(8, 30) : workStarts;
      workEnds = workEnds == null ? LocalTime.of(16, 30) : workEnds;
      holidays = holidays == null ? Map.of() : Map.copyOf(holidays);
      if (!workStarts.isBefore(workEnds)) {
        throw new IllegalArgumentException("prasan.sla.calendar: work-starts " + workStarts
            + " must be before work-ends " + workEnds);
      }
    }
  }
}
