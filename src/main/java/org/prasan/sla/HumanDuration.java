package org.prasan.sla;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Durations as officers read them in task names and e-mails: {@code 2 d 3 h 15 min}. */
public final class HumanDuration {

  private HumanDuration() {
  }

  public static String of(Duration duration) {
    Duration rest = duration.isNegative() ? duration.negated() : duration;
    List<String> parts = new ArrayList<>();
    if (rest.toDaysPart() > 0) {
      parts.add(rest.toDaysPart() + " d");
    }
    if (rest.toHoursPart() > 0) {
      parts.add(rest.toHoursPart() + " h");
    }
    if (rest.toMinutesPart() > 0 || parts.isEmpty()) {
      parts.add(rest.toMinutesPart() + " min");
    }
    return (duration.isNegative() ? "-" : "") + String.join(" ", parts);
  }
}
