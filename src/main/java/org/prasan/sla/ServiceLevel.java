package org.prasan.sla;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.convert.DurationStyle;

/**
 * The time an agency has for a task. Written in sop.yaml either as working time, which
 * only runs on working days inside working hours ({@code 3 working days}, {@code 4 working
 * hours}), or as calendar time, which never stops ({@code 24h}, {@code 2d}, {@code PT12H}).
 * A working day is as long as the business calendar's working hours.
 *
 * @param amount      calendar time, or working time in working hours
 * @param workingDays whole working days, added on top of {@code amount}
 * @param working     whether the business calendar applies
 */
public record ServiceLevel(Duration amount, int workingDays, boolean working) {

  private static final Pattern WORKING = Pattern.compile(
      "(\\d+)\\s+working\\s+(day|days|hour|hours|minute|minutes)");

  public ServiceLevel {
    if (amount == null || amount.isNegative() || workingDays < 0) {
      throw new IllegalArgumentException("A service level is a positive amount of time");
    }
  }

  public static ServiceLevel calendar(Duration amount) {
    return new ServiceLevel(amount, 0, false);
  }

  public static ServiceLevel workingDays(int days) {
    return new ServiceLevel(Duration.ZERO, days, true);
  }

  public static ServiceLevel workingHours(long hours) {
    return new ServiceLevel(Duration.ofHours(hours), 0, true);
  }

  /** Parses the configuration's text; Spring's binder finds this method by its name. */
  public static ServiceLevel valueOf(String text) {
    String value = text.strip().toLowerCase(Locale.ROOT);
    Matcher working = WORKING.matcher(value);
    if (working.matches()) {
      long count = Long.parseLong(working.group(1));
      return switch (working.group(2)) {
        case "day", "days" -> workingDays(Math.toIntExact(count));
        case "hour", "hours" -> workingHours(count);
        default -> new ServiceLevel(Duration.ofMinutes(count), 0, true);
      };
    }
    try {
      return calendar(DurationStyle.detectAndParse(text.strip()));
    } catch (IllegalArgumentException | DateTimeParseException notADuration) {
      throw new IllegalArgumentException("'" + text + "' is not a service level: write calendar "
          + "time such as 24h or 2d, or working time such as '3 working days' or "
          + "'4 working hours'", notADuration);
    }
  }

  @Override
  public String toString() {
    if (!working) {
      return HumanDuration.of(amount);
    }
    return workingDays > 0 ? workingDays + " working days" : amount.toMinutes() % 60 == 0
        ? amount.toHours() + " working hours" : amount.toMinutes() + " working minutes";
  }
}
