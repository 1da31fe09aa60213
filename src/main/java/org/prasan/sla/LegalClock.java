package org.prasan.sla;

import java.time.Instant;

/**
 * A legal deadline running (or stopped) in one case.
 *
 * @param latestEndsAt the law's outermost end (after extensions), or null when the end is fixed
 * @param endsOnlyByOrder the end moves only by a recorded order (a court's extension, a renewed
 *                        preservation): without one the clock ends at its end, never later
 */
public record LegalClock(long id, String caseId, String clock, String name, String law,
                         Instant startedAt, Instant endsAt, Instant latestEndsAt, Status status,
                         Instant stoppedAt, String stopReason, boolean endsOnlyByOrder) {

  public enum Status { RUNNING, STOPPED }

  public boolean running() {
    return status == Status.RUNNING;
  }

  /**
   * The deadline a task bound to this clock gets: its end, or once that has passed its latest
   * end (a trial past its six-month target still has its one-year maximum). A clock whose end
   * moves only by an order keeps its end: an s.29 hold without a recorded court extension ends
   * at 24 h, not at the 7 days a court could have allowed.
   */
  public Instant deadlineAfter(Instant now) {
    if (endsOnlyByOrder || endsAt.isAfter(now) || latestEndsAt == null
        || !latestEndsAt.isAfter(now)) {
      return endsAt;
    }
    return latestEndsAt;
  }

  /** How far a task bound to this clock may be extended: the latest end, or the end itself. */
  public Instant outermostEnd() {
    return latestEndsAt == null ? endsAt : latestEndsAt;
  }
}
