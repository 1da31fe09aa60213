package org.prasan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Issue 15, item 8: guessing slows down per user and source, and never locks anyone out. */
class LoginThrottleTest {

  private Instant now = Instant.parse("2026-03-09T03:00:00Z");
  private final LoginThrottle throttle = new LoginThrottle(new Clock() {
    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  });

  @Test
  void fiveFailuresMakeThatSourceWaitForTheUserAndNoOtherSource() {
    for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
      assertThat(throttle.mayTry("admin", "10.0.0.66")).isTrue();
      throttle.failed("admin", "10.0.0.66");
    }

    assertThat(throttle.mayTry("admin", "10.0.0.66")).isFalse();
    assertThat(throttle.mayTry("admin", "10.0.0.7")).as("the admin's own desk").isTrue();
    assertThat(throttle.mayTry("dsi.officer", "10.0.0.66")).isTrue();
  }

  @Test
  void theWaitEndsAndNeverExceedsFifteenMinutes() {
    for (int i = 0; i < 40; i++) {
      throttle.failed("admin", "10.0.0.66");
    }
    now = now.plus(Duration.ofMinutes(15)).minusSeconds(1);
    assertThat(throttle.mayTry("admin", "10.0.0.66")).isFalse();
    now = now.plusSeconds(1);
    assertThat(throttle.mayTry("admin", "10.0.0.66")).isTrue();
  }

  @Test
  void aSuccessOrAnAdministratorClearsIt() {
    for (int i = 0; i < 6; i++) {
      throttle.failed("admin", "10.0.0.66");
    }
    throttle.clear("admin");
    assertThat(throttle.mayTry("admin", "10.0.0.66")).isTrue();
  }
}
