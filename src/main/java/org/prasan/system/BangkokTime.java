package org.prasan.system;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Instants as officers read them: local time in Thailand, whatever zone the server or the
 * caller's system runs in. Stored and exchanged instants stay UTC (ISO-8601); only the words of
 * a message use these.
 */
public final class BangkokTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Bangkok");

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern(
      "yyyy-MM-dd HH:mm", Locale.ROOT);
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern(
      "yyyy-MM-dd HH:mm:ss", Locale.ROOT);

  private BangkokTime() {
  }

  /** {@code 2026-03-02 17:00 น. (เวลาประเทศไทย)}. */
  public static String th(Instant instant) {
    return local(instant) + " น. (เวลาประเทศไทย)";
  }

  /** {@code 2026-03-02 17:00 Bangkok time (UTC+7)}. */
  public static String en(Instant instant) {
    return local(instant) + " Bangkok time (UTC+7)";
  }

  /** The local date and time alone, seconds shown only when there are some. */
  public static String local(Instant instant) {
    ZonedDateTime time = instant.atZone(ZONE);
    return (time.getSecond() == 0 && time.getNano() == 0 ? MINUTES : SECONDS).format(time);
  }
}
