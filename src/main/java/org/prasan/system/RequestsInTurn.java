package org.prasan.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests served in turn: at most {@code prasan.requests.at-once-per-core} requests per core of
 * users and agency systems ({@code /api}, {@code /engine-rest}, the webapps' {@code /camunda/api})
 * do their work at once, and one more for each job the job executor runs meanwhile; the others
 * wait for a turn, first come first served.
 *
 * <p>Why: on the 2 cores of the README's sizing, 20 screening clerks sending outcomes at once
 * all ran at once, each getting a twentieth of the cores, so every request took as long as the
 * twenty together and the dearest outcomes (those that open the next agency's task) the longest
 * of all; the few database connections left for requests were handed out in no order. In turn,
 * a request waits for the requests before it and then runs at the speed of the cores, so its
 * time is the queue's plus its own, not its own multiplied by everybody's (issue 17's clerks and
 * queues, docs/benchmarks.md). One per core kept the clerks' p95 lowest, but in a storm of
 * clocks the jobs ({@link UserRequestsFirst}: at most 2 at once while requests run) took the
 * cores whenever those few requests waited for the database, and the officers working through
 * the storm waited 2-3 times as long as with two per core. So each running job adds a turn:
 * with the job executor idle the requests keep to the cores' number, and beside the jobs they
 * keep their share of them (the jobs are counted by {@link UserRequestsFirst}'s gate; with
 * {@code prasan.job-execution.jobs-while-requests-run} 0 they are not, and add none). Nobody
 * waits for ever: a request that has not had its turn within
 * {@code prasan.requests.wait-at-most} runs anyway (a slow download or upload holding a turn
 * delays the others by that at most). A request that goes asynchronous (an agency system's
 * long-polling fetch of external tasks) gives its turn back while it waits. 0 turns it off.
 */
@Configuration
public class RequestsInTurn {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> requestsInTurnFilter(
      @Value("${prasan.requests.at-once-per-core:0}") double perCore,
      @Value("${prasan.requests.wait-at-most:2s}") Duration waitAtMost,
      UserRequestsFirst.Gate jobs) {
    int atOnce = atOnce(perCore, Runtime.getRuntime().availableProcessors());
    Turns turns = new Turns(atOnce, waitAtMost);
    if (atOnce > 0) {
      jobs.tell(turns);
    }
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(turns);
    registration.setUrlPatterns(UserRequestsFirst.USER_REQUEST_PATHS);
    // After UserRequestsFirst's count: a request waiting for its turn still holds jobs back.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    registration.setEnabled(atOnce > 0);
    return registration;
  }

  /** Requests at once on this many cores; at least one when turns are on, 0 when off. */
  static int atOnce(double perCore, int cores) {
    return perCore <= 0 ? 0 : Math.max(1, (int) Math.round(perCore * cores));
  }

  /**
   * The turns: a fair semaphore, so that the longest waiting request goes next; a job that
   * starts adds a turn, a job that ends takes one away (after the requests holding it end).
   */
  static final class Turns extends OncePerRequestFilter implements UserRequestsFirst.JobsRunning {

    private final Turnstile turns;
    private final long waitNanos;

    Turns(int atOnce, Duration waitAtMost) {
      this.turns = new Turnstile(Math.max(1, atOnce));
      this.waitNanos = waitAtMost.toNanos();
    }

    @Override
    public void jobStarted() {
      turns.release();
    }

    @Override
    public void jobEnded() {
      turns.takeAway();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                    FilterChain chain) throws ServletException, IOException {
      boolean turn = awaitTurn();
      try {
        chain.doFilter(request, response);
      } finally {
        if (turn) {
          turns.release();
        }
      }
    }

    private boolean awaitTurn() {
      try {
        return turns.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
      } catch (InterruptedException stopping) {
        Thread.currentThread().interrupt();
        return false;
      }
    }

    /** Turns free now (for tests). */
    int free() {
      return turns.availablePermits();
    }
  }

  /** A fair semaphore whose turns can be taken away without waiting (it may go below zero). */
  private static final class Turnstile extends Semaphore {

    Turnstile(int turns) {
      super(turns, true);
    }

    void takeAway() {
      reducePermits(1);
    }
  }
}
