package org.prasan.sla;

import java.time.Duration;
import java.util.List;

/**
 * One legal deadline of {@code prasan.sla.legal-clocks}, in calendar time. It starts at the
 * instant an officer recorded on a form and ends after its duration, unless the form records
 * the end itself (a court's order); it never ends after {@code latest}.
 *
 * @param name       what officers call it: "Police custody"
 * @param law        where it comes from: "CPC s.87"
 * @param startsFrom variable holding the recorded start (the law's starting event); the moment
 *                   the clock starts if unset. A comma-separated list names the variable of
 *                   older form versions after the current one, so running cases keep working
 * @param recordWithin how soon after its starting event a start must be recorded; later, the
 *                   clock still counts from the real event and the late start is recorded as
 *                   a breach with the officer's reason
 * @param lateReason variable holding the officer's reason for a start recorded late
 * @param endsAt     variable that may hold an end set by a court (an extension, a remand order)
 * @param duration   time from start to end when no end is recorded
 * @param longer     a longer duration for graver offences (the remand cap)
 * @param latest     time from start after which no end may lie (7 days for s.29)
 * @param cappedBy   another clock of the case whose end this one may not pass
 * @param warnBefore how long before the end the agency is warned
 * @param dueTasks   user tasks that must be done before the clock runs out
 */
public record LegalClockProperties(String name, String law, String startsFrom, String endsAt,
                                   LegalDuration duration, Longer longer, LegalDuration latest,
                                   String cappedBy, Duration warnBefore, List<String> dueTasks,
                                   Duration recordWithin, String lateReason) {

  public LegalClockProperties {
    dueTasks = dueTasks == null ? List.of() : List.copyOf(dueTasks);
    warnBefore = warnBefore == null ? Duration.ZERO : warnBefore;
  }

  /**
   * A longer period when a recorded number reaches a threshold: the remand cap is 84 days
   * instead of 48 when the maximum penalty is ten years or more.
   */
  public record Longer(String variable, int atLeast, LegalDuration duration) {
  }
}
