package org.prasan.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.convert.DurationStyle;

/**
 * A legal period in calendar time: hours and days ({@code 48h}, {@code 84d}) or months and
 * years ({@code 6 months}, {@code 1 year}, {@code P6M}), which the law counts on the calendar.
 */
public record LegalDuration(Period period, Duration duration) {

  private static final Pattern CALENDAR = Pattern.compile("(\\d+)\\s*(month|months|year|years)");

  public LegalDuration {
    period = period == null ? Period.ZERO : period;
    duration = duration == null ? Duration.ZERO : duration;
  }

  public static LegalDuration of(Duration duration) {
    return new LegalDuration(Period.ZERO, duration);
  }

  /** Parses the configuration's text; Spring's binder finds this method by its name. */
  public static LegalDuration valueOf(String text) {
    String value = text.strip().toLowerCase(Locale.ROOT);
    Matcher calendar = CALENDAR.matcher(value);
    if (calendar.matches()) {
      int count = Integer.parseInt(calendar.group(1));
      return new LegalDuration(calendar.group(2).startsWith("month") ? Period.ofMonths(count)
          : Period.ofYears(count), Duration.ZERO);
    }
    try {
      if (value.startsWith("p") && !value.contains("t") && value.matches("p\\d+[ymwd].*")) {
        return new LegalDuration(Period.parse(text.strip()), Duration.ZERO);
      }
      return of(DurationStyle.detectAndParse(text.strip()));
    } catch (IllegalArgumentException | DateTimeParseException notADuration) {
      throw new IllegalArgumentException("'" + text + "' is not a legal period: write 48h, 12d, "
          + "6 months or 1 year", notADuration);
    }
  }

  /** The end of the period that starts at {@code start}, months counted in {@code zone}. */
  public Instant addTo(Instant start, ZoneId zone) {
    return start.atZone(zone).plus(period).plus(duration).toInstant();
  }

  /** The start of the period that ends at {@code end}. */
  public Instant subtractFrom(Instant end, ZoneId zone) {
    return end.atZone(zone).minus(period).minus(duration).toInstant();
  }

  @Override
  public String toString() {
    if (period.isZero()) {
      return HumanDuration.of(duration);
    }
    return period + (duration.isZero() ? "" : " + " + HumanDuration.of(duration));
  }
}
