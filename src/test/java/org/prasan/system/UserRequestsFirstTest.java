package org.prasan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The gate between user requests and jobs, without Spring: threads and latches only. */
class UserRequestsFirstTest {

  private static final Duration PATIENCE = Duration.ofSeconds(10);

  @Test
  void withoutRequestsJobsRunSideBySide() throws Exception {
    UserRequestsFirst.Gate gate = new UserRequestsFirst.Gate(1);
    CountDownLatch bothIn = new CountDownLatch(2);
    CountDownLatch release = new CountDownLatch(1);
    Thread first = job(gate, bothIn, release);
    Thread second = job(gate, bothIn, release);

    assertThat(bothIn.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
    assertThat(gate.jobsRunning()).isEqualTo(2);
    release.countDown();
    first.join(PATIENCE.toMillis());
    second.join(PATIENCE.toMillis());
    assertThat(gate.jobsRunning()).isZero();
  }

  @Test
  void whileARequestRunsASecondJobWaitsUntilItEnds() throws Exception {
    UserRequestsFirst.Gate gate = new UserRequestsFirst.Gate(1);
    CountDownLatch firstIn = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    gate.requestStarted();
    Thread first = job(gate, firstIn, release);
    assertThat(firstIn.await(PATIENCE.toSeconds(), TimeUnit.SECONDS))
        .as("one job always runs, requests or not").isTrue();

    CountDownLatch secondIn = new CountDownLatch(1);
    Thread second = job(gate, secondIn, release);
    WaitingThreads.awaitTimedWaiting(second);
    assertThat(secondIn.getCount()).as("the second job waits for the request").isEqualTo(1);
    assertThat(gate.jobsRunning()).isEqualTo(1);

    gate.requestEnded();
    assertThat(secondIn.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
    release.countDown();
    first.join(PATIENCE.toMillis());
    second.join(PATIENCE.toMillis());
    assertThat(gate.jobsRunning()).isZero();
  }

  @Test
  void zeroTurnsTheGateOff() {
    assertThat(new UserRequestsFirst.Gate(0).enabled()).isFalse();
    assertThat(new UserRequestsFirst.Gate(1).enabled()).isTrue();
  }

  private static Thread job(UserRequestsFirst.Gate gate, CountDownLatch in,
                            CountDownLatch release) {
    Thread thread = new Thread(gate.decorate(() -> {
      in.countDown();
      try {
        release.await();
      } catch (InterruptedException stopped) {
        Thread.currentThread().interrupt();
      }
    }));
    thread.start();
    return thread;
  }
}
