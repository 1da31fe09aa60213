package org.prasan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Requests in turn, without Spring's context: a filter, threads and latches. */
class RequestsInTurnTest {

  private static final Duration PATIENCE = Duration.ofSeconds(10);

  @Test
  void aRequestWaitsWhileTheTurnsAreTakenAndRunsWhenOneIsFree() throws Exception {
    RequestsInTurn.Turns turns = new RequestsInTurn.Turns(1, PATIENCE);
    CountDownLatch release = new CountDownLatch(1);
    Thread first = holdTheTurn(turns, release);

    CountDownLatch secondIn = new CountDownLatch(1);
    Thread second = request(turns, secondIn::countDown);
    WaitingThreads.awaitTimedWaiting(second);
    assertThat(secondIn.getCount()).as("the second waits for the first").isEqualTo(1);

    release.countDown();
    assertThat(secondIn.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
    second.join(PATIENCE.toMillis());
    endTheTurn(turns, release, first);
  }

  @Test
  void theLongestWaitingRequestGoesFirst() throws Exception {
    RequestsInTurn.Turns turns = new RequestsInTurn.Turns(1, PATIENCE);
    CountDownLatch release = new CountDownLatch(1);
    Thread holder = holdTheTurn(turns, release);
    List<Integer> served = new CopyOnWriteArrayList<>();
    Thread[] waiting = new Thread[5];
    for (int index = 0; index < waiting.length; index++) {
      int number = index;
      waiting[index] = request(turns, () -> served.add(number));
      WaitingThreads.awaitTimedWaiting(waiting[index]);
    }

    release.countDown();
    holder.join(PATIENCE.toMillis());
    for (Thread thread : waiting) {
      thread.join(PATIENCE.toMillis());
    }
    assertThat(served).containsExactly(0, 1, 2, 3, 4);
  }

  @Test
  void aRequestThatWaitedTheLongestAllowedRunsWithoutATurn() throws Exception {
    RequestsInTurn.Turns turns = new RequestsInTurn.Turns(1, Duration.ofMillis(50));
    CountDownLatch release = new CountDownLatch(1);
    Thread holder = holdTheTurn(turns, release);

    CountDownLatch secondIn = new CountDownLatch(1);
    Thread second = request(turns, secondIn::countDown);
    assertThat(secondIn.await(PATIENCE.toSeconds(), TimeUnit.SECONDS))
        .as("nobody waits for ever behind a slow request").isTrue();
    second.join(PATIENCE.toMillis());
    assertThat(turns.free()).as("the one without a turn gave none back").isZero();

    endTheTurn(turns, release, holder);
  }

  @Test
  void aFailedRequestGivesItsTurnBack() {
    RequestsInTurn.Turns turns = new RequestsInTurn.Turns(1, PATIENCE);
    assertThatThrownBy(() -> turns.doFilter(new MockHttpServletRequest("POST", "/engine-rest/x"),
        new MockHttpServletResponse(), (request, response) -> {
          throw new ServletException("refused");
        })).isInstanceOf(ServletException.class);
    assertThat(turns.free()).isEqualTo(1);
  }

  @Test
  void aJobThatStartsLetsOneMoreRequestInUntilItEnds() throws Exception {
    RequestsInTurn.Turns turns = new RequestsInTurn.Turns(1, PATIENCE);
    turns.jobStarted();
    CountDownLatch release = new CountDownLatch(1);
    // holdTheTurn fails unless the request has its turn: the second has the job's
    Thread[] holders = {holdTheTurn(turns, release), holdTheTurn(turns, release)};
    assertThat(turns.free()).as("two at once beside the job").isZero();

    turns.jobEnded();
    assertThat(turns.free()).as("taken away from the turns held now").isEqualTo(-1);
    release.countDown();
    for (Thread holder : holders) {
      holder.join(PATIENCE.toMillis());
    }
    assertThat(turns.free()).as("one at once again").isEqualTo(1);
  }

  @Test
  void theGateTellsTheTurnsOfEachJobItRuns() {
    RequestsInTurn.Turns turns = new RequestsInTurn.Turns(2, PATIENCE);
    UserRequestsFirst.Gate gate = new UserRequestsFirst.Gate(2);
    gate.tell(turns);
    List<Integer> freeWhileTheJobRan = new CopyOnWriteArrayList<>();

    gate.decorate(() -> freeWhileTheJobRan.add(turns.free())).run();

    assertThat(freeWhileTheJobRan).containsExactly(3);
    assertThat(turns.free()).isEqualTo(2);
  }

  @Test
  void theTurnsGrowWithTheCoresAndZeroTurnsThemOff() {
    assertThat(RequestsInTurn.atOnce(1, 2)).isEqualTo(2);
    assertThat(RequestsInTurn.atOnce(2.5, 2)).isEqualTo(5);
    assertThat(RequestsInTurn.atOnce(0.1, 2)).as("at least one").isEqualTo(1);
    assertThat(RequestsInTurn.atOnce(0, 16)).isZero();
  }

  /** Lets the holder of the turn end and checks that every turn has come back. */
  private static void endTheTurn(RequestsInTurn.Turns turns, CountDownLatch release,
                                 Thread holder) throws InterruptedException {
    release.countDown();
    holder.join(PATIENCE.toMillis());
    assertThat(turns.free()).as("every turn back").isEqualTo(1);
  }

  private interface Work {
    void run() throws Exception;
  }

  /** A request that has its turn and keeps it until released. */
  private static Thread holdTheTurn(RequestsInTurn.Turns turns, CountDownLatch release)
      throws InterruptedException {
    CountDownLatch holding = new CountDownLatch(1);
    Thread holder = request(turns, () -> {
      holding.countDown();
      release.await();
    });
    assertThat(holding.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
    return holder;
  }

  private static Thread request(RequestsInTurn.Turns turns, Work work) {
    Thread thread = new Thread(() -> {
      try {
        turns.doFilter(new MockHttpServletRequest("POST", "/engine-rest/task/t/claim"),
            new MockHttpServletResponse(), (request, response) -> {
              try {
                work.run();
              } catch (Exception failed) {
                throw new ServletException(failed);
              }
            });
      } catch (Exception failed) {
        throw new IllegalStateException(failed);
      }
    });
    thread.start();
    return thread;
  }
}
