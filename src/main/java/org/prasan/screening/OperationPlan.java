package org.prasan.screening;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/screenings/{operationId}/plan}: who can be screened before their hold ends
 * at the site's capacity, who cannot (soonest end first), when the petition for them is due,
 * and the interpreter backlog per language.
 */
public record OperationPlan(Instant asOf, int screeningsPerDay, Map<String, Integer> interpreters,
                            int inTime, int late, Instant firstLateHoldEndsAt,
                            Instant petitionDueAt, Map<String, Long> interpreterBacklog,
                            List<Late> cannotBeScreenedInTime) {

  /** A person who cannot be screened in time: the ref, the list's id and their end. */
  public record Late(String personRef, String listRef, String language, Instant plannedAt,
                     Instant holdEndsAt) {
  }
}
