package org.prasan.sla;

import java.time.Instant;

/**
 * A legal deadline running (or stopped) in one case.
 *
 * @param latestEndsAt the law's outermost end (after extensions), or null when the end is fixed
 */
public record LegalClock(long id, String caseId, String clock, String name, String law,
                         Instant startedAt, Instant endsAt, Instant latestEndsAt, Status status,
                         Instant stoppedAt, String stopReason) {

  public enum Status { RUNNING, STOPPED }

  public boolean running() {
    return status == Status.RUNNING;
  }

  /**
   * The deadline a task bound to this clock gets: its end, or once that has passed its latest
   * end (a trial past its six-month target still has its one-year maximum).
   */
  public Instant deadlineAfter(Instant now) {
    if (endsAt.isAfter(now) || latestEndsAt == null || !latestEndsAt.isAfter(now)) {
      return endsAt;
    }
    return latestEndsAt;
  }

  /** How far a task bound to this clock may be extended: the latest end, or the end itself. */
  public Instant outermostEnd() {
    return latestEndsAt == null ? endsAt : latestEndsAt;
  }
}
