package org.prasan.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Prasan's one clock: the engine's ({@link ClockUtil}), which decides when timers fire. Every
 * instant Prasan records or compares comes from here (inject {@link Clock} and call
 * {@code instant()}), so a record and the timer it belongs to never disagree, and a test that
 * moves the engine clock moves everything. Its zone is Thailand's, for local dates (the year
 * of a case id, a victim's age band, "today").
 */
@Component
public class EngineClock extends Clock {

  private final ZoneId zone;

  public EngineClock() {
    this(BangkokTime.ZONE);
  }

  private EngineClock(ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new EngineClock(other);
  }
}
