package org.prasan.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting anyone lock an account (issue 15, item 8):
 * failures count per user <em>and</em> source address, so guesses from one place never keep the
 * user out elsewhere; after {@value #FREE_FAILURES} failures that pair waits, 30 seconds at
 * first, doubling up to 15 minutes, and a success clears it. Camunda's own lock (permanent after
 * ten failures, whoever caused them) is off ({@code login-max-attempts},
 * {@code login-delay-max-time} in application.yaml). Kept in memory: a restart forgets it;
 * an administrator clears a user at once ({@code DELETE /api/admin/login-throttle/{userId}},
 * audited).
 */
@Component
public class LoginThrottle {

  static final int FREE_FAILURES = 5;
  static final Duration FIRST_WAIT = Duration.ofSeconds(30);
  static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
  /** Beyond this many pairs, the oldest are forgotten: a flood of names cannot fill memory. */
  private static final int MAX_PAIRS = 100_000;

  private final Clock clock;
  private final Map<Key, Failures> failures = new ConcurrentHashMap<>();

  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  record Key(String userId, String source) {
  }

  record Failures(int count, Instant waitUntil) {
  }

  /** Whether this user may try a password from this source now. */
  public boolean mayTry(String userId, String source) {
    Failures seen = failures.get(new Key(userId, source));
    return seen == null || seen.waitUntil() == null || !clock.instant().isBefore(seen.waitUntil());
  }

  public void failed(String userId, String source) {
    if (failures.size() >= MAX_PAIRS) {
      failures.clear();
    }
    failures.compute(new Key(userId, source), (key, seen) -> {
      int count = seen == null ? 1 : seen.count() + 1;
      if (count < FREE_FAILURES) {
        return new Failures(count, null);
      }
      int doublings = Math.min(count - FREE_FAILURES, 10);
      Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
      return new Failures(count, clock.instant().plus(
          wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait));
    });
  }

  public void succeeded(String userId, String source) {
    failures.remove(new Key(userId, source));
  }

  /** An administrator lets the user try again from everywhere: how many sources waited. */
  public int clear(String userId) {
    int[] cleared = {0};
    failures.keySet().removeIf(key -> {
      boolean theirs = key.userId().equals(userId);
      if (theirs) {
        cleared[0]++;
      }
      return theirs;
    });
    return cleared[0];
  }

  /** One user and source made to wait now, for the administrators' list. */
  public record Waiting(String userId, String source, int failures, Instant waitUntil) {
  }

  /** Who waits now, and until when, soonest first. */
  public List<Waiting> waiting() {
    Instant now = clock.instant();
    return failures.entrySet().stream()
        .filter(entry -> entry.getValue().waitUntil() != null
            && now.isBefore(entry.getValue().waitUntil()))
        .map(entry -> new Waiting(entry.getKey().userId(), entry.getKey().source(),
            entry.getValue().count(), entry.getValue().waitUntil()))
        .sorted(Comparator.comparing(Waiting::waitUntil))
        .toList();
  }
}
