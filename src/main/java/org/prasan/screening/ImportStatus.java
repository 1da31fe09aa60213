package org.prasan.screening;

import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/screenings/{operationId}/imports/{importId}}: how far a list's import got.
 * {@code imported} new people, {@code updated} changed rows, {@code unchanged} rows sent
 * again as they were; {@code rejected} rows with their number, field and reason.
 */
public record ImportStatus(String importId, String operationId, State status, int total,
                           int imported, int updated, int unchanged, List<Rejection> rejected,
                           Instant startedAt, Instant finishedAt) {

  /** RUNNING until the rows are stored and every new person's process runs. */
  public enum State { RUNNING, DONE, FAILED }
}
