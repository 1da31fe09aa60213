package org.prasan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

/** Waits until a thread of a test waits itself: the gates here wait with a timeout. */
final class WaitingThreads {

  private static final Duration PATIENCE = Duration.ofSeconds(10);

  private WaitingThreads() {
  }

  /** Until the thread is in a timed wait (a gate's recheck, a turn's bounded wait). */
  static void awaitTimedWaiting(Thread thread) {
    long giveUp = System.nanoTime() + PATIENCE.toNanos();
    while (thread.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < giveUp) {
      Thread.onSpinWait();
    }
    assertThat(thread.getState()).isEqualTo(Thread.State.TIMED_WAITING);
  }
}
