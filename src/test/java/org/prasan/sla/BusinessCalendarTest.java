package org.prasan.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

  private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
  /** Songkran 2026 falls on Monday to Wednesday, right after a weekend. */
  private static final List<LocalDate> SONGKRAN = List.of(LocalDate.of(2026, 4, 13),
      LocalDate.of(2026, 4, 14), LocalDate.of(2026, 4, 15));

  private final BusinessCalendar calendar = new BusinessCalendar(new BusinessCalendar.Properties(
      BANGKOK, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 30),
      LocalTime.of(16, 30), Map.of(2026, SONGKRAN)));

  @Test
  void skipsTheWeekendAndTheHolidaysAfterIt() {
    Instant fridayAfternoon = bangkok(2026, 4, 10, 15, 0);

    assertThat(calendar.add(fridayAfternoon, ServiceLevel.workingDays(1)))
        .isEqualTo(bangkok(2026, 4, 16, 15, 0));
  }

  @Test
  void countsOnlyWorkingHours() {
    Instant mondayMorning = bangkok(2026, 3, 2, 10, 0);

    assertThat(calendar.add(mondayMorning, ServiceLevel.workingHours(4)))
        .isEqualTo(bangkok(2026, 3, 2, 14, 0));
    assertThat(calendar.add(mondayMorning, ServiceLevel.workingHours(8)))
        .isEqualTo(bangkok(2026, 3, 3, 10, 0));
  }

  @Test
  void startsCountingAtTheNextOpeningWhenWorkArrivesAtNight() {
    Instant fridayNight = bangkok(2026, 3, 6, 22, 0);

    assertThat(calendar.add(fridayNight, ServiceLevel.workingHours(2)))
        .isEqualTo(bangkok(2026, 3, 9, 10, 30));
    assertThat(calendar.add(fridayNight, ServiceLevel.workingDays(1)))
        .isEqualTo(bangkok(2026, 3, 9, 16, 30));
  }

  @Test
  void letsCalendarTimeRunThroughNightsWeekendsAndHolidays() {
    Instant fridayAfternoon = bangkok(2026, 4, 10, 15, 0);

    assertThat(calendar.add(fridayAfternoon, ServiceLevel.calendar(Duration.ofHours(24))))
        .isEqualTo(bangkok(2026, 4, 11, 15, 0));
  }

  @Test
  void knowsWhichDaysAreWorkingDays() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 10))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 11))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 13))).isFalse();
  }

  @Test
  void refusesWorkingHoursThatEndBeforeTheyStart() {
    assertThatThrownBy(() -> new BusinessCalendar.Properties(BANGKOK, null, LocalTime.of(17, 0),
        LocalTime.of(9, 0), null))
        .hasMessageContaining("work-starts 17:00 must be before work-ends 09:00");
  }

  private static Instant bangkok(int year, int month, int day, int hour, int minute) {
    return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, BANGKOK).toInstant();
  }
}
